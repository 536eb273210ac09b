import type { PeerName } from "../peers/peer.js";

/** One HTTP request as autocannon and fetch both understand it. */
export interface HttpRequest {
  method: "GET" | "POST";
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/** A GraphQL POST to /graphql (both GraphQL peers serve it there; Apollo standalone serves every path). */
export function graphql(query: string, variables: Record<string, unknown> = {}): HttpRequest {
  return {
    method: "POST",
    path: "/graphql",
    body: JSON.stringify({ query, variables }),
    headers: { "content-type": "application/json" },
  };
}

/** A call of the raw floor: POST /<statement> with its parameters. */
export function rawCall(statement: string, params: Record<string, unknown> = {}): HttpRequest {
  return {
    method: "POST",
    path: `/${statement}`,
    body: JSON.stringify({ params }),
    headers: { "content-type": "application/json" },
  };
}

/** Sends a request and returns the parsed body; throws on a non-2xx status or GraphQL errors. */
export async function send(
  baseUrl: string,
  r: HttpRequest,
  who: PeerName | string = baseUrl,
): Promise<{ json: any; bytes: number }> {
  const res = await fetch(baseUrl + r.path, { method: r.method, body: r.body, headers: r.headers });
  const text = await res.text();
  if (!res.ok) throw new Error(`${who}: ${r.method} ${r.path} answered ${res.status}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text);
  if (json?.errors?.length)
    throw new Error(`${who}: ${r.method} ${r.path} answered with errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return { json, bytes: Buffer.byteLength(text) };
}

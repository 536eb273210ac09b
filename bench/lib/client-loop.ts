import http from "node:http";

/** What one client saw over a loop: each answer's latency, and the error codes it got. */
export interface LoopResult {
  /** Milliseconds from sending to the whole answer, one per request. */
  latenciesMs: number[];
  /** Requests answered 2xx with no GraphQL errors. */
  ok: number;
  /** Answers that were not fine, by HTTP status and first GraphQL error code (e.g. "503 UNAVAILABLE"). */
  refused: Record<string, number>;
  /** Seconds the loop ran. */
  seconds: number;
}

/** A client of the service: the loopback address it sends from, and the GraphQL operation it repeats. */
export interface LoopClient {
  /** Base URL of the service, e.g. http://127.0.0.1:4000. */
  url: string;
  /**
   * Loopback source address (127.0.0.x). The service tells clients apart by the peer's address, so
   * two addresses are two clients, as two machines would be, with no proxy header involved.
   */
  localAddress: string;
  /** GraphQL query text. */
  query: string;
  /** Requests in flight at once (each a closed loop: the next is sent when the last is answered). */
  concurrency: number;
  /** Pause after each answer before the next request, in ms (0: none). */
  pauseMs?: number;
}

/**
 * Answers longer than this are not parsed, only checked to start as data (an error answer is far
 * smaller): a heavy client's megabytes cost the load generator little CPU beside the service's.
 */
const PARSED_BYTES = 64 * 1024;

/**
 * Sends `client.query` in `client.concurrency` closed loops until `signal` aborts, over keep-alive
 * connections from `client.localAddress`, and reports what came back. Network errors count as
 * refused ("network"); the loop goes on.
 */
export async function runClientLoop(client: LoopClient, signal: AbortSignal): Promise<LoopResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: client.concurrency, localAddress: client.localAddress });
  const body = JSON.stringify({ query: client.query });
  const result: LoopResult = { latenciesMs: [], ok: 0, refused: {}, seconds: 0 };
  const refuse = (why: string) => (result.refused[why] = (result.refused[why] ?? 0) + 1);
  const started = performance.now();
  const loop = async () => {
    while (!signal.aborted) {
      const sent = performance.now();
      try {
        const { status, text, long } = await post(agent, `${client.url}/graphql`, body);
        const code = long ? (text.startsWith('{"data"') ? undefined : "NOT_DATA") : firstErrorCode(text);
        if (status === 200 && code === undefined) result.ok++;
        else refuse(`${status} ${code ?? ""}`.trim());
      } catch {
        refuse("network");
      }
      result.latenciesMs.push(performance.now() - sent);
      if (client.pauseMs) await new Promise((r) => setTimeout(r, client.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: client.concurrency }, loop));
  result.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return result;
}

/** POSTs `body`; the answer's text, or only its first chunk when it is longer than {@link PARSED_BYTES}. */
function post(agent: http.Agent, url: string, body: string): Promise<{ status: number; text: string; long: boolean }> {
  return new Promise((resolve, reject) => {
    const headers = {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      "content-length": Buffer.byteLength(body),
    };
    const req = http.request(url, { method: "POST", agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on("data", (b: Buffer) => {
        bytes += b.length;
        if (chunks.length === 0 || bytes <= PARSED_BYTES) chunks.push(b);
      });
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          text: Buffer.concat(chunks).toString("utf8"),
          long: bytes > PARSED_BYTES,
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

function firstErrorCode(text: string): string | undefined {
  try {
    const json = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    return json.errors?.length ? (json.errors[0]!.extensions?.code ?? "ERROR") : undefined;
  } catch {
    return "NOT_JSON";
  }
}

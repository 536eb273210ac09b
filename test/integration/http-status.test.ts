import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { startServer } from "../helpers/server.js";

// One database query at a time per client and none waiting: concurrent requests from this test
// (one client, 127.0.0.1) are refused with UNAVAILABLE without stopping the shared Neo4j.
const TOKEN = "http-status-test-token-0123456789";
const FLOOD = `{ tasks(first: 18) { totalCount edges { node { name action { name } platforms { name } zones { name } } } } }`;
const INGEST = `mutation($text: String!) { ingestDocument(text: $text) { documentId } }`;
const GRAPHQL_RESPONSE = "application/graphql-response+json";

let app: RunningApp;
beforeAll(async () => {
  app = await startServer({ MAX_DB_CONCURRENCY_PER_CLIENT: "1", DB_QUEUE_PER_CLIENT: "0", INGEST_TOKEN: TOKEN });
});
afterAll(async () => {
  await app?.stop();
});

interface Answer {
  status: number;
  contentType: string;
  retryAfter: string | null;
  wwwAuthenticate: string | null;
  body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

async function post(
  query: string,
  accept: string | undefined,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(accept ? { accept } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    contentType: res.headers.get("content-type") ?? "",
    retryAfter: res.headers.get("retry-after"),
    wwwAuthenticate: res.headers.get("www-authenticate"),
    body: (await res.json()) as Answer["body"],
  };
}

const codes = (a: Answer) => (a.body.errors ?? []).map((e) => e.extensions?.code);
const withoutData = (a: Answer) => a.body.data === undefined || a.body.data === null;

/** Floods until some answers come back UNAVAILABLE without data (a few rounds on a fast machine). */
async function refusedAnswers(accept: string | undefined): Promise<Answer[]> {
  for (let round = 0; round < 5; round++) {
    const answers = await Promise.all(Array.from({ length: 30 }, () => post(FLOOD, accept)));
    const refused = answers.filter((a) => withoutData(a) && codes(a).includes("UNAVAILABLE"));
    if (refused.length > 0) return answers;
  }
  throw new Error("no request was refused for want of a database slot");
}

describe("HTTP status of GraphQL responses (GraphQL over HTTP)", () => {
  it("answers 503 with Retry-After when a client that accepts application/graphql-response+json gets UNAVAILABLE and no data", async () => {
    const answers = await refusedAnswers(`${GRAPHQL_RESPONSE}, application/json;q=0.9`);
    for (const a of answers) {
      expect(a.contentType).toContain(GRAPHQL_RESPONSE);
      if (withoutData(a) && codes(a).includes("UNAVAILABLE")) {
        expect(a.status).toBe(503);
        expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
        expect(Number(a.retryAfter)).toBeLessThanOrEqual(5);
      } else {
        // Data, even partial, is a successful execution: 200.
        expect(a.body.data).toBeTruthy();
        expect(a.status).toBe(200);
      }
    }
  });

  it("keeps 200 for application/json clients (and for clients that send no Accept), with the UNAVAILABLE error in the body", async () => {
    for (const accept of ["application/json", undefined, "*/*"]) {
      const answers = await refusedAnswers(accept);
      for (const a of answers) {
        expect(a.contentType).toContain("application/json");
        expect(a.status).toBe(200);
        expect(a.retryAfter).toBeNull();
      }
    }
  });

  it("answers 401 with WWW-Authenticate for ingestDocument with a wrong token, and 200 to application/json clients", async () => {
    const wrong = { authorization: "Bearer not-the-right-token-at-all" };
    const strict = await post(INGEST, GRAPHQL_RESPONSE, { text: "x" }, wrong);
    expect(codes(strict)).toEqual(["UNAUTHENTICATED"]);
    expect(strict.status).toBe(401);
    expect(strict.wwwAuthenticate).toMatch(/^Bearer\b/);
    const legacy = await post(INGEST, "application/json", { text: "x" }, wrong);
    expect(codes(legacy)).toEqual(["UNAUTHENTICATED"]);
    expect(legacy.status).toBe(200);
  });

  it("answers 400 to application/graphql-response+json for a request that fails validation, and 200 for a successful one", async () => {
    const invalid = await post(`{ noSuchField }`, GRAPHQL_RESPONSE);
    expect(invalid.status).toBe(400);
    expect(codes(invalid)).toEqual(["BAD_USER_INPUT"]);
    const ok = await post(`{ __typename }`, GRAPHQL_RESPONSE);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ data: { __typename: "Query" } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { fixture } from "../helpers/fixtures.js";
import { useSeededGraph } from "../helpers/seeded.js";
import { startServer } from "../helpers/server.js";

const TOKEN = "test-ingest-token-0123456789";
const graph = useSeededGraph();
let app: RunningApp;

/** POSTs an operation; returns the status, the Cache-Status header, the body as text and the statements it cost. */
async function ask(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const before = app.db.roundTrips;
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.text();
  return {
    status: res.status,
    cache: res.headers.get("cache-status"),
    body,
    json: JSON.parse(body),
    statements: app.db.roundTrips - before,
  };
}

const DOCS = `query Docs($first: Int) { documents(first: $first) { totalCount edges { node { id name } } } }`;

beforeAll(async () => {
  await graph.resetToSeed();
  app = await startServer({ RESPONSE_CACHE_SECONDS: "60" }, { ingestToken: TOKEN });
});
afterAll(async () => {
  await app?.stop();
  await graph.resetToSeed();
});

describe("the response cache (RESPONSE_CACHE_SECONDS)", () => {
  it("answers a repeated query from the cache, with the same body and no statement sent", async () => {
    const first = await ask(app.url, DOCS, { first: 3 });
    const again = await ask(app.url, DOCS, { first: 3 });
    expect(first.cache).toBe("policy-graph; fwd=miss; stored");
    expect(first.statements).toBeGreaterThan(0);
    expect(again.cache).toBe("policy-graph; hit");
    expect(again.statements).toBe(0);
    expect(again.body).toBe(first.body);
  });

  it("keeps answers to other variables apart", async () => {
    const three = await ask(app.url, DOCS, { first: 3 });
    const two = await ask(app.url, DOCS, { first: 2 });
    expect(two.cache).toBe("policy-graph; fwd=miss; stored");
    expect(two.json.data.documents.edges).toHaveLength(2);
    expect(three.json.data.documents.edges).toHaveLength(3);
  });

  it("stores no answer with errors", async () => {
    const bad = `{ tasks(first: 1000) { totalCount } }`;
    const first = await ask(app.url, bad);
    const again = await ask(app.url, bad);
    expect(first.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(again.cache).toBe("policy-graph; fwd=miss");
  });

  it("serves nothing stored before a write through the service: the next answer shows the new document", async () => {
    const before = await ask(app.url, DOCS, { first: 50 });
    expect((await ask(app.url, DOCS, { first: 50 })).cache).toBe("policy-graph; hit");
    const write = await ask(
      app.url,
      `mutation($text: String!) { ingestDocument(text: $text) { documentId status } }`,
      { text: fixture("national") },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(write.json.data.ingestDocument.status).toBe("ADDED");
    expect(write.cache).toBeNull();
    const after = await ask(app.url, DOCS, { first: 50 });
    expect(after.cache).toBe("policy-graph; fwd=miss; stored");
    expect(after.json.data.documents.totalCount).toBeGreaterThan(before.json.data.documents.totalCount);
    expect(after.json.data.documents.edges.map((e: any) => e.node.id)).toContain(
      write.json.data.ingestDocument.documentId,
    );
  });

  it("forgets an answer after RESPONSE_CACHE_SECONDS, and is off unless set", async () => {
    const short = await startServer({ RESPONSE_CACHE_SECONDS: "1" });
    const off = await startServer();
    try {
      expect((await ask(short.url, DOCS, { first: 4 })).cache).toBe("policy-graph; fwd=miss; stored");
      expect((await ask(short.url, DOCS, { first: 4 })).cache).toBe("policy-graph; hit");
      await new Promise((r) => setTimeout(r, 1_100));
      expect((await ask(short.url, DOCS, { first: 4 })).cache).toBe("policy-graph; fwd=miss; stored");
      expect((await ask(off.url, DOCS, { first: 4 })).cache).toBeNull();
      expect((await ask(off.url, DOCS, { first: 4 })).cache).toBeNull();
    } finally {
      await short.stop();
      await off.stop();
    }
  });
});

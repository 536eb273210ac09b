import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { PROJECT_ROOT, testNeo4j } from "../helpers/neo4j.js";

// Behind a proxy, clients are told apart by X-Forwarded-For (CLIENT_ID_HEADER). Each may run one
// database query at a time with one more waiting, so a flood from one address is refused in part.
const FLOOD = `{ tasks(first: 18) { totalCount edges { node { name action { name } platforms { name } zones { name } } } } }`;
const SIMPLE = `{ documents(first: 1) { totalCount } }`;
// Root fields run at once, so one request of eight asks for eight queries in the same moment: the
// overflow does not hang on how fast 40 requests reach the service on a busy machine.
const WIDE = `{ ${Array.from({ length: 8 }, (_, i) => `d${i}: documents(first: 1) { totalCount }`).join(" ")} }`;

let app: RunningApp;
beforeAll(async () => {
  const t = testNeo4j();
  const config = loadConfig(
    {
      CLIENT_ID_HEADER: "X-Forwarded-For",
      MAX_DB_CONCURRENCY_PER_CLIENT: "1",
      DB_QUEUE_PER_CLIENT: "1",
      NEO4J_ACQUIRE_TIMEOUT_MS: "3000",
    },
    {
      port: 0,
      host: "127.0.0.1",
      projectRoot: PROJECT_ROOT,
      queryTimeoutMs: 60_000,
      neo4j: { kind: "external", uri: t.uri, username: t.username ?? "neo4j", password: t.password ?? "" },
    },
  );
  app = await startApp(config, () => {});
});
afterAll(async () => {
  await app?.stop();
});

async function post(query: string, forwardedFor: string) {
  const res = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
}

describe("each client's fair share of the database", () => {
  it("answers another client while one floods the service, and refuses the flood with UNAVAILABLE only", async () => {
    const flood = [WIDE, ...Array.from({ length: 40 }, () => FLOOD)].map((q) => post(q, "198.51.100.7, 10.0.0.1"));
    const other = await post(SIMPLE, "198.51.100.8, 10.0.0.2");
    expect(other.errors).toBeUndefined();
    expect(other.data?.documents.totalCount).toBeGreaterThan(0);

    const codes = (await Promise.all(flood)).flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(["UNAVAILABLE"]));
  });
});

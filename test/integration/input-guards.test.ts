import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { captureLog } from "../helpers/log-capture.js";
import { useSeededGraph } from "../helpers/seeded.js";
import { startServer } from "../helpers/server.js";

// No input makes a 500: malformed percent-encoding in a path, and variables nested too deeply to
// serialise while the response cache (which keys answers by their variables) is on.
const graph = useSeededGraph();
const log = captureLog();
let app: RunningApp;

beforeAll(async () => {
  await graph.resetToSeed();
  app = await startServer({ RESPONSE_CACHE_SECONDS: "60", LOG_LEVEL: "info" }, { logDestination: log.stream });
});
afterAll(async () => {
  await app?.stop();
});

const MALFORMED = [
  "/documents/%ZZ",
  "/documents/%",
  "/documents/%E0%A4%A",
  "/id/%ZZ",
  "/id/%ED%A0%801",
  "/id/%ED%A0%80/quote/1-2",
  "/export/%ZZ",
  "/export/graph.gexf?around=%ZZ",
];

describe("input that cannot be decoded or serialised", () => {
  it.each(MALFORMED)("answers %s with a JSON 4xx that says what is wrong, and logs no stack", async (path) => {
    const before = log.lines.length;
    const res = await fetch(`${app.url}${path}`);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(body.errors[0]!.extensions.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    await new Promise((r) => setTimeout(r, 50));
    const lines = log.lines.slice(before);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.some((l) => l.msg === "request" && l.status === res.status)).toBe(true);
  });

  it("refuses variables nested past the stack with a client error while the cache is on, and still answers afterwards", async () => {
    const depth = 150_000;
    const body = `{"query":"query Q($v: String) { __typename }","variables":{"v":${"[".repeat(depth)}${"]".repeat(depth)}}}`;
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(res.status).toBe(400);
    const json = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(json.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    const next = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await next.json()).toEqual({ data: { __typename: "Query" } });
    expect(log.lines.filter((l) => l.level >= 50)).toEqual([]);
  });
});

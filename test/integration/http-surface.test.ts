import http from "node:http";
import { createHash } from "node:crypto";
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { captureLog } from "../helpers/log-capture.js";
import { useSeededGraph } from "../helpers/seeded.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

useSeededGraph();
let dev: RunningApp;
let prod: RunningApp;
const devLog = captureLog();
const ORIGIN = "https://research.example";
beforeAll(async () => {
  dev = await startServer({ LOG_LEVEL: "info" }, { logDestination: devLog.stream });
  prod = await startServer({ NODE_ENV: "production", CORS_ORIGINS: `${ORIGIN}, https://other.example` });
});
afterAll(async () => {
  await dev?.stop();
  await prod?.stop();
});

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

/** A response in the one JSON error shape, with its status and code. */
async function jsonError(res: Response): Promise<{ status: number; code: unknown; message: string; body: any }> {
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as any;
  expect(body.errors).toHaveLength(1);
  return { status: res.status, code: body.errors[0].extensions.code, message: body.errors[0].message, body };
}

/** The log lines of the request that got this response. */
async function linesOf(res: Response) {
  const id = res.headers.get("x-request-id")!;
  await expect.poll(() => devLog.lines.some((l) => l.reqId === id && l.msg === "request")).toBe(true);
  return devLog.lines.filter((l) => l.reqId === id);
}

describe("in production", () => {
  it("refuses introspection, saying how to turn it on", async () => {
    const res = await executeGraphQL(prod.url, "{ __schema { queryType { name } } }");
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toContain("GRAPHQL_INTROSPECTION");
    expect((await executeGraphQL(prod.url, "{ __typename }")).data).toEqual({ __typename: "Query" });
  });

  it("gives no field or value suggestions, and no stack traces", async () => {
    const field = await executeGraphQL(prod.url, "{ actions { edges { node { taks } } } }");
    expect(field.errors![0]!.message).toBe('Cannot query field "taks" on type "Action".');
    const value = await executeGraphQL(prod.url, "query($o: OrderBy) { tasks(orderBy: $o) { totalCount } }", {
      o: "NAM",
    });
    expect(value.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(value.errors![0]!.message).not.toMatch(/did you mean/i);
    for (const res of [field, value]) expect(res.errors![0]!.extensions!.stacktrace).toBeUndefined();
  });

  it("serves no GraphiQL", async () => {
    const res = await fetch(`${prod.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await res.text()).not.toContain("/graphiql/");
    expect((await fetch(`${prod.url}/graphiql/boot.js`)).status).toBe(404);
    const devPage = await fetch(`${dev.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await devPage.text()).toContain('src="/graphiql/boot.js"');
    expect((await fetch(`${dev.url}/graphiql/boot.js`)).status).toBe(200);
  });

  it("answers a subscription with a clean client error, and a mutation it does not have with a validation error", async () => {
    const sub = await executeGraphQL(prod.url, "subscription { tasks }");
    expect(sub.status).toBe(400);
    expect(sub.errors).toEqual([
      {
        message:
          "This API answers queries and mutations only; subscription operations are not supported. Send a query instead.",
        extensions: { code: "BAD_USER_INPUT" },
      },
    ]);
    const mutation = await executeGraphQL(prod.url, "mutation { tasks }");
    expect(mutation.status).toBe(400);
    expect(mutation.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(mutation.errors?.[0]?.message).toContain("tasks");
  });

  it("allows only the CORS origins configured on /graphql, and any origin to download /export", async () => {
    const path = "/graphql?query=%7B__typename%7D";
    const allowed = await fetch(`${prod.url}${path}`, { headers: { origin: ORIGIN, "apollo-require-preflight": "1" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const other = await fetch(`${prod.url}${path}`, {
      headers: { origin: "https://elsewhere.example", "apollo-require-preflight": "1" },
    });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const download = await fetch(`${prod.url}/export/graph.nodes.csv`, {
      headers: { origin: "https://elsewhere.example" },
    });
    expect(download.headers.get("access-control-allow-origin")).toBe("*");
    expect(download.headers.get("access-control-expose-headers")).toContain("Content-Disposition");
    const preflight = await fetch(`${prod.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: ORIGIN, "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(ORIGIN);
  });
});

describe("in development", () => {
  it("answers introspection and suggests the field meant", async () => {
    expect((await executeGraphQL(dev.url, "{ __schema { queryType { name } } }")).data).toEqual({
      __schema: { queryType: { name: "Query" } },
    });
    const full = await executeGraphQL(dev.url, getIntrospectionQuery()); // what GraphiQL and Sandbox send
    expect(full.errors).toBeUndefined();
    expect(full.data!.__schema.types.length).toBeGreaterThan(20);
    const field = await executeGraphQL(dev.url, "{ actions { edges { node { taks } } } }");
    expect(field.errors![0]!.message).toBe('Cannot query field "taks" on type "Action". Did you mean "tasks"?');
    const value = await executeGraphQL(dev.url, "query($o: OrderBy) { tasks(orderBy: $o) { totalCount } }", {
      o: "NAM",
    });
    expect(value.errors![0]!.message).toMatch(/did you mean the enum value "NAME"\?/i);
  });

  it("allows any origin by default", async () => {
    const res = await fetch(`${dev.url}/export/graph.nodes.csv`, { headers: { origin: "http://localhost:5173" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("HTTP mistakes", () => {
  it("answers a malformed JSON body with a JSON 400 and one log line without a stack trace", async () => {
    const res = await post(dev.url, '{"query": "{ __typename }"');
    const e = await jsonError(res);
    expect(e).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    expect(e.message).toContain("not valid JSON");
    const lines = await linesOf(res);
    expect(lines).toEqual([expect.objectContaining({ msg: "request", status: 400, refused: "entity.parse.failed" })]);
    expect(JSON.stringify(lines)).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it("answers a body over MAX_BODY_BYTES with a JSON 413 naming the limit, and one log line", async () => {
    const res = await post(
      dev.url,
      JSON.stringify({ query: `{ search(query: "${"x".repeat(1_100_000)}") { score } }` }),
    );
    const e = await jsonError(res);
    expect(e).toMatchObject({ status: 413, code: "BAD_USER_INPUT" });
    expect(e.message).toContain("over the limit of 1,000,000 bytes");
    expect(await linesOf(res)).toEqual([expect.objectContaining({ status: 413, refused: "entity.too.large" })]);
  });

  it("answers a JSON body that is not an object, or a batch, with a JSON 400", async () => {
    for (const body of ['"{ __typename }"', "[1, 2]", "null"]) {
      expect(await jsonError(await post(dev.url, body))).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    }
  });

  it("answers a URL too long for Node's HTTP parser with a JSON 431 that says to use POST", async () => {
    const query = `{ search(query: "${"x".repeat(20_000)}") { score } }`;
    const e = await jsonError(
      await fetch(`${dev.url}/graphql?query=${encodeURIComponent(query)}`, {
        headers: { "apollo-require-preflight": "1" },
      }),
    );
    expect(e).toMatchObject({ status: 431, code: "BAD_USER_INPUT" });
    expect(e.message).toContain("POST");
  });

  it("answers an unknown path with a JSON 404", async () => {
    const e = await jsonError(await fetch(`${dev.url}/graphq1`));
    expect(e).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect(e.message).toContain("/graphql");
  });

  it("spends no hash on an ETag for GraphQL answers, which a POST cannot revalidate", async () => {
    const res = await fetch(`${dev.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ tasks(first: 2) { edges { node { id } } } }" }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { tasks: { edges: unknown[] } } }).data.tasks.edges).toHaveLength(2);
    expect(res.headers.get("etag")).toBeNull();
  });

  it("does not advertise Express", async () => {
    for (const url of [`${dev.url}/graphql?query=%7B__typename%7D`, `${dev.url}/health`, `${dev.url}/nowhere`]) {
      expect(
        (await fetch(url, { headers: { "apollo-require-preflight": "1" } })).headers.get("x-powered-by"),
      ).toBeNull();
    }
  });
});

describe("persisted queries", () => {
  const query = "{ tasks(first: 1) { edges { node { name } } } }";
  const sha256Hash = createHash("sha256").update(query).digest("hex");
  const apq = (body: Record<string, unknown>) => post(dev.url, JSON.stringify(body));

  it("keep Apollo's protocol: an unknown hash is PERSISTED_QUERY_NOT_FOUND, then the hash with its query registers it", async () => {
    const miss = (await (await apq({ extensions: { persistedQuery: { version: 1, sha256Hash } } })).json()) as any;
    expect(miss.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const register = (await (
      await apq({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } })
    ).json()) as any;
    expect(register.data.tasks.edges).toHaveLength(1);
    const hit = (await (await apq({ extensions: { persistedQuery: { version: 1, sha256Hash } } })).json()) as any;
    expect(hit.data).toEqual(register.data);
  });

  it("report a hash that does not match the query, or an unknown version, as the client's mistake", async () => {
    const wrongHash = await jsonError(
      await apq({ query, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
    );
    expect(wrongHash).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    const version = await jsonError(await apq({ extensions: { persistedQuery: { version: 2, sha256Hash } } }));
    expect(version).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    const malformed = await jsonError(await apq({ extensions: { persistedQuery: "yes" } }));
    expect(malformed).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
  });
});

/** A GET with exactly these headers (node:http adds none of its own but Host and Connection). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

describe("/export parameters", () => {
  it.each([
    [
      "a repeated around",
      "around=Zone:huangpu-chain-valley&around=Task:gz-ai-plan-2020-2022/task-02",
      /around must be given once/,
    ],
    ["an empty around", "around=", /around must be a node id/],
    ["a repeated depth", "around=Zone:huangpu-chain-valley&depth=1&depth=2", /depth must be given once/],
    ["a malformed depth", "around=Zone:huangpu-chain-valley&depth=two", /depth must be a whole number from 1 to 3/],
    [
      "a depth out of range",
      "around=Zone:huangpu-chain-valley&depth=9",
      /depth must be a whole number from 1 to 3, but was 9/,
    ],
    ["a depth without around", "depth=2", /depth applies only with around/],
    ["an unknown parameter", "arond=Zone:huangpu-chain-valley", /Unknown parameter "arond"/],
    ["a bracketed parameter", "around[x]=1", /Unknown parameter "around\[x\]"/],
    [
      "a GEXF version it does not write",
      "gexfVersion=1.1",
      /gexfVersion must be 1.2 \(the default, GEXF 1.2draft\) or 1.3, but was "1.1"/,
    ],
  ])("answers %s with a JSON 400 instead of the whole graph", async (_name, query, message) => {
    const e = await jsonError(await fetch(`${dev.url}/export/graph.graphml?${query}`));
    expect(e).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    expect(e.message).toMatch(message);
  });

  it("lets any site's script download an export, cache it for a minute and revalidate it by ETag", async () => {
    const res = await fetch(`${prod.url}/export/graph.gexf?gexfVersion=1.3`, {
      headers: { origin: "https://notebook.example" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toBe("Content-Disposition,ETag,X-Request-Id");
    expect(res.headers.get("vary")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    const etag = res.headers.get("etag");
    expect(etag).toMatch(/^W\/".+"$/);
    expect(await res.text()).toContain('xmlns="http://gexf.net/1.3"');
    // As a cache revalidates: fetch() would add `Cache-Control: no-cache` to a hand-set If-None-Match.
    const again = await rawGet(`${prod.url}/export/graph.gexf?gexfVersion=1.3`, { "if-none-match": etag! });
    expect(again).toEqual({ status: 304, body: "" });
    const other = await rawGet(`${prod.url}/export/graph.gexf`, { "if-none-match": etag! });
    expect(other.status, "the 1.2draft file is another body with another ETag").toBe(200);
  });

  it("marks no error answer as cacheable", async () => {
    const missing = await fetch(`${prod.url}/export/graph.gexf?around=Task:nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBeNull();
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("still serves a well-formed neighbourhood", async () => {
    const res = await fetch(`${dev.url}/export/graph.edges.csv?around=Zone:huangpu-chain-valley&depth=2`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Zone:huangpu-chain-valley");
  });
});

describe("request ids", () => {
  it("echo the client's X-Request-Id and put it on the request's log line", async () => {
    const res = await post(dev.url, JSON.stringify({ query: "query Hello { __typename }" }), {
      "x-request-id": "trace-42.a",
    });
    expect(res.headers.get("x-request-id")).toBe("trace-42.a");
    expect(await linesOf(res)).toEqual([
      expect.objectContaining({
        reqId: "trace-42.a",
        msg: "request",
        operation: "Hello",
        status: 200,
        path: "/graphql",
      }),
    ]);
  });

  it("are generated when the client sends none, or one unfit for a log", async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect((await fetch(`${dev.url}/health`)).headers.get("x-request-id")).toMatch(uuid);
    const odd = await fetch(`${dev.url}/health`, { headers: { "x-request-id": `a b ${"x".repeat(300)}` } });
    expect(odd.headers.get("x-request-id")).toMatch(uuid);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { ErrorCode } from "../../src/errors/error-code.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { type FuzzRequest, fuzzRequests } from "../helpers/fuzz-requests.js";
import { captureLog } from "../helpers/log-capture.js";
import { graphCounts, useSeededGraph } from "../helpers/seeded.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

// A fixed seed: a failure names the request, and the same run replays it.
const SEED = 20_260_808;
const REQUESTS = 5_000;
const CONCURRENCY = 8;
const CODES = new Set<string>(Object.values(ErrorCode));
/** A request unanswered after this long counts as a hang (a busy machine can make a few statements slow). */
const HANG_MS = 60_000;

const graph = useSeededGraph();
let app: RunningApp;
const log = captureLog();
beforeAll(async () => {
  // The database's own 10 s statement timeout (the default) bounds each query; the graph is seeded above.
  app = await startServer({ LOG_LEVEL: "info", NEO4J_QUERY_TIMEOUT_MS: "10000" }, { logDestination: log.stream });
});
afterAll(async () => {
  await app?.stop();
});

/** What is wrong with the response to `r`, if anything (a JSON answer with enum codes is expected unless a file was served). */
async function problemWith(r: FuzzRequest): Promise<string | undefined> {
  let res: Response;
  try {
    res = await fetch(`${app.url}${r.path}`, {
      method: r.method,
      headers: r.headers,
      body: r.body,
      signal: AbortSignal.timeout(HANG_MS),
    });
  } catch (error) {
    return `no response (${String(error)})`;
  }
  const text = await res.text();
  // An overloaded database may time a query out: 503 with UNAVAILABLE is the honest answer then.
  const unavailable = res.status === 503 && /"code":"UNAVAILABLE"/.test(text);
  if (res.status >= 500 && !unavailable) return `status ${res.status}: ${text.slice(0, 300)}`;
  if (r.kind === "export" && res.status === 200) return undefined; // a file in the format asked for
  // The explorer page (fetch resolves /%2e%2e/ to / too, as a browser does).
  if (
    r.method === "GET" &&
    new URL(res.url).pathname === "/" &&
    res.status === 200 &&
    /^text\/html\b/.test(res.headers.get("content-type") ?? "")
  )
    return undefined;
  if (!/^application\/(graphql-response\+)?json\b/.test(res.headers.get("content-type") ?? ""))
    return `content-type ${res.headers.get("content-type")}: ${text.slice(0, 200)}`;
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return `malformed JSON: ${text.slice(0, 200)}`;
  }
  if (res.status >= 400 && !Array.isArray(body.errors))
    return `status ${res.status} without errors: ${text.slice(0, 200)}`;
  for (const e of body.errors ?? []) {
    const code = e?.extensions?.code;
    if (!CODES.has(code)) return `code ${String(code)} is not in the enum: ${text.slice(0, 300)}`;
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) return `internal error: ${text.slice(0, 300)}`;
    if (typeof e.message !== "string" || e.message === "") return `error without a message: ${text.slice(0, 200)}`;
  }
  return undefined;
}

function describeRequest(r: FuzzRequest): string {
  const body = r.body === undefined ? "" : typeof r.body === "string" ? r.body : Buffer.from(r.body).toString("latin1");
  return `${r.kind}: ${r.method} ${r.path.slice(0, 150)} ${JSON.stringify(r.headers)} ${body.slice(0, 300)}`;
}

describe("fuzzing the HTTP API", () => {
  it(`answers ${REQUESTS} random, malformed and hostile requests with well-formed JSON and codes from the enum, and changes nothing`, async () => {
    const requests = fuzzRequests(await buildGraphQLSchema(), SEED, REQUESTS);
    const before = await graphCounts(graph.driver);
    const problems: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const r = requests[next++]!;
          const problem = await problemWith(r);
          if (problem) problems.push(`${problem}\n    after ${describeRequest(r)}`);
        }
      }),
    );
    expect(problems.slice(0, 10)).toEqual([]);
    expect(
      log.lines
        .filter((l) => l.level === "error" || l.level === "fatal")
        .map((l) => l.msg + " " + JSON.stringify(l.err ?? "").slice(0, 300)),
    ).toEqual([]);
    // One log line per request (health probes log at debug, below this run's level).
    const logged = requests.filter((r) => !r.path.startsWith("/health")).length;
    expect(log.lines.filter((l) => l.msg === "request").length).toBeGreaterThanOrEqual(logged);
    // Still up, still answering, and the graph is as it was.
    expect((await executeGraphQL(app.url, "{ tasks(first: 1) { totalCount } }")).data).toEqual({
      tasks: { totalCount: 18 },
    });
    expect(await graphCounts(graph.driver)).toEqual(before);
  }, 300_000); // Node spends about 24 s of CPU on the 5,000 requests; the bound leaves room for a busy machine
});

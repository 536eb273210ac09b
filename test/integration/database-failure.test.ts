import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app.js";
import { type Config, loadConfig } from "../../src/config.js";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../../src/db/embedded.js";
import { freePort } from "../helpers/free-port.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { executeGraphQL } from "../helpers/server.js";

// These tests kill Neo4j with SIGKILL, so each starts its own (temporary folder, free port) beside
// the run's shared one.
const QUERY = "{ documents(first: 1) { totalCount } }";

function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-failure-"));
}

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Sends the query; returns the answer and its first error's code. */
async function send(url: string) {
  const res = await executeGraphQL(url, QUERY);
  return { res, code: res.errors?.[0]?.extensions?.code };
}

/** The health breaker's answer (src/db/database-health.ts): refused before any round trip to Neo4j. */
const BREAKER = /^The graph database is unavailable: /;

async function waitFor(what: string, check: () => Promise<boolean>, withinMs: number): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > withinMs) throw new Error(`timed out after ${withinMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function appConfig(neo4j: Config["neo4j"]): Config {
  return loadConfig(
    {},
    { port: 0, host: "127.0.0.1", projectRoot: PROJECT_ROOT, neo4j, embeddedRestarts: 3, queryTimeoutMs: 60_000 },
  );
}

describe("when the embedded Neo4j is killed", () => {
  const dataDir = tempDataDir();
  const lines: string[] = [];
  let app: RunningApp;

  beforeAll(async () => {
    const config = appConfig({ kind: "embedded", boltPort: await freePort(), dataDir, heapMb: 256, pageCacheMb: 64 });
    app = await startApp(config, (line) => lines.push(line));
  });
  afterAll(async () => {
    await app?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("fails requests at once with UNAVAILABLE, says why on /ready, restarts Neo4j and answers again", async () => {
    expect((await send(app.url)).res.data?.documents.totalCount).toBeGreaterThan(0);
    const firstPid = app.embedded!.neo4j.pid;

    process.kill(firstPid, "SIGKILL");
    // The waits end on the event; their bounds only stop a test that would otherwise hang.
    await waitFor("a request to fail", async () => (await send(app.url)).code === "UNAVAILABLE", 30_000);
    // The driver can see the connection drop a moment before the supervisor sees the JVM exit, so
    // the very first failures may say "not reachable"; the supervisor's reason follows at once.
    let down = await send(app.url);
    await waitFor(
      "the supervisor's reason",
      async () => /Neo4j is restarting/.test((down = await send(app.url)).res.errors?.[0]?.message ?? ""),
      30_000,
    );
    expect(down.code).toBe("UNAVAILABLE");
    // "At once" is the breaker answering, without a round trip, not a time on a possibly busy machine.
    expect(down.res.errors?.[0]?.message).toMatch(BREAKER);
    expect(down.res.errors?.[0]?.message).toMatch(/Neo4j is restarting \(attempt 1 of 3\)/);

    const ready = await getJson(`${app.url}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({
      status: "unavailable",
      reason: expect.stringMatching(/Neo4j is restarting \(attempt 1 of 3\)/),
    });
    expect(await getJson(`${app.url}/health`)).toEqual({ status: 200, body: { status: "ok" } });

    await waitFor("/ready to answer 200", async () => (await getJson(`${app.url}/ready`)).status === 200, 180_000);
    expect((await send(app.url)).res.data?.documents.totalCount).toBeGreaterThan(0);
    expect(app.embedded!.neo4j.pid).not.toBe(firstPid);
    expect(lines.filter((l) => /restarting \(attempt \d of 3\)/.test(l))).toHaveLength(1);
    expect(lines.some((l) => /restarted \(attempt 1 of 3\)/.test(l))).toBe(true);
  }, 240_000);
});

describe("when an external Neo4j goes away", () => {
  const dataDir = tempDataDir();
  let boltPort: number;
  let server: EmbeddedNeo4j | undefined;
  let app: RunningApp;
  const start = () =>
    startEmbeddedNeo4j({ boltPort, dataDir, heapMb: 256, pageCacheMb: 64, projectRoot: PROJECT_ROOT });

  beforeAll(async () => {
    boltPort = await freePort();
    server = await start();
    app = await startApp(
      appConfig({ kind: "external", uri: server.uri, username: server.auth.username, password: server.auth.password }),
      () => {},
    );
  });
  afterAll(async () => {
    await app?.stop();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("fails requests fast with UNAVAILABLE while it is down, and answers again once it is back", async () => {
    expect((await send(app.url)).res.data?.documents.totalCount).toBeGreaterThan(0);

    process.kill(server!.pid, "SIGKILL");
    await waitFor("a request to fail", async () => (await send(app.url)).code === "UNAVAILABLE", 30_000);
    // The first failure trips the breaker; from then on requests are refused without a round trip
    // to the dead server (fast by construction, not by a time measured on a possibly busy machine).
    let down = await send(app.url);
    await waitFor(
      "the breaker to answer",
      async () => BREAKER.test((down = await send(app.url)).res.errors?.[0]?.message ?? ""),
      30_000,
    );
    expect(down.code).toBe("UNAVAILABLE");
    expect(down.res.errors?.[0]?.message).toMatch(/Neo4j at \S+ is not reachable/);
    const ready = await getJson(`${app.url}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.body.reason).toMatch(/not reachable/);

    server = await start();
    await waitFor("/ready to answer 200", async () => (await getJson(`${app.url}/ready`)).status === 200, 30_000);
    expect((await send(app.url)).res.data?.documents.totalCount).toBeGreaterThan(0);
  }, 240_000);
});

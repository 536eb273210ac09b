import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { EmbeddedNeo4j } from "../../src/db/embedded.js";
import { neo4jState } from "../../src/db/neo4j-state.js";
import { EmbeddedSupervisor } from "../../src/db/supervisor.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { startHttpServer } from "../../src/http/server.js";
import { createLogger } from "../../src/log.js";
import { openTestDatabase } from "../helpers/neo4j.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

let app: RunningApp;
beforeAll(async () => {
  app = await startServer({ HTTP_RECEIVE_TIMEOUT_MS: "1000" });
});
afterAll(async () => {
  await app?.stop();
});

/** Sends headers announcing a 100-byte body, then one byte every 200 ms; resolves with what the server answered and when. */
function trickle(port: number): Promise<{ response: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, "127.0.0.1");
    let response = "";
    let timer: NodeJS.Timeout | undefined;
    socket.on("connect", () => {
      socket.write(
        "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
      );
      timer = setInterval(() => socket.writable && socket.write(" "), 200);
    });
    socket.on("data", (chunk) => (response += chunk.toString("utf8")));
    socket.on("error", () => {}); // EPIPE/ECONNRESET once the server closed its side.
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ response, ms: Date.now() - started });
    });
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within 20 s; got ${JSON.stringify(response)}`));
    }, 20_000).unref();
  });
}

describe("HTTP reliability", () => {
  it("answers 408 in JSON and closes the connection when a body trickles in slower than HTTP_RECEIVE_TIMEOUT_MS", async () => {
    const { response, ms } = await trickle(app.port);
    expect(response).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(response).toContain("Connection: close");
    const body = JSON.parse(response.slice(response.indexOf("\r\n\r\n") + 4)) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]).toMatchObject({
      message: expect.stringContaining("HTTP_RECEIVE_TIMEOUT_MS"),
      extensions: { code: "BAD_USER_INPUT" },
    });
    // The service's 1 s limit must fire, and not early; Node's own would be 300 s (checked every
    // 30 s). The upper bound is that far from both sides so that a busy machine meets it.
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(15_000);
  });

  it("serves Prometheus metrics: requests by operation and code, latency, database slots and Neo4j's state", async () => {
    expect(
      (await executeGraphQL(app.url, "query MetricsProbe { documents(first: 1) { totalCount } }")).errors,
    ).toBeUndefined();
    expect((await executeGraphQL(app.url, "query MetricsBroken { noSuchField }")).status).toBe(400);
    const res = await fetch(`${app.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('policy_graph_graphql_operations_total{operation="MetricsProbe",code="OK"} 1');
    expect(text).toContain('policy_graph_graphql_operations_total{operation="MetricsBroken",code="BAD_USER_INPUT"} 1');
    expect(text).toMatch(/policy_graph_http_requests_total\{route="\/graphql",status="200"\} [1-9]/);
    expect(text).toMatch(/policy_graph_http_request_duration_seconds_bucket\{le="\+Inf",route="\/graphql"\} [1-9]/);
    expect(text).toContain('policy_graph_db_slots{state="running"} 0');
    expect(text).toContain('policy_graph_db_slots{state="waiting"} 0');
    expect(text).toContain('policy_graph_neo4j_state{state="up"} 1');
    expect(text).toContain('policy_graph_neo4j_state{state="restarting"} 0');
    expect(text).toContain("nodejs_heap_size_used_bytes");
  });

  it("labels unknown paths and many operation names without growing the registry", async () => {
    for (let i = 0; i < 3; i++) await fetch(`${app.url}/no-such-path-${i}`);
    const text = await (await fetch(`${app.url}/metrics`)).text();
    expect(text).toMatch(/policy_graph_http_requests_total\{route="other",status="404"\} 3/);
    expect(text).not.toContain("no-such-path");
  });
});

/** A typed stand-in for the JVM handle: `die()` plays a `kill -9`. */
class FakeNeo4j implements EmbeddedNeo4j {
  uri = "bolt://127.0.0.1:1";
  auth = { username: "neo4j", password: "unused" };
  passwordFile = "/nonexistent/auth/password";
  pid = 1;
  private listeners: ((how: string) => void)[] = [];
  async stop() {}
  onExit(listener: (how: string) => void) {
    this.listeners.push(listener);
  }
  die() {
    for (const l of this.listeners) l("SIGKILL");
  }
}

describe("liveness once the embedded Neo4j cannot be restarted", () => {
  it("answers /health 200 while Neo4j restarts, then 503 with the reason once the supervisor gave up, and /metrics says down", async () => {
    // The real supervisor and the real HTTP server; only the JVM is played by a fake that fails to start again.
    let starts = 0;
    let release: () => void = () => {};
    const secondStart = new Promise<void>((resolve) => (release = resolve));
    const first = new FakeNeo4j();
    const supervisor = await EmbeddedSupervisor.start({
      start: async () => {
        if (starts++ === 0) return first;
        await secondStart;
        throw new Error("The embedded Neo4j could not start: the disk holding /x is full");
      },
      maxRestarts: 2,
      log: () => {},
      backoffMs: 1,
    });
    const db = await openTestDatabase();
    supervisor.attach(db.health);
    const config = loadConfig({ LOG_LEVEL: "silent" });
    const http = await startHttpServer({
      db,
      schema: await buildGraphQLSchema(),
      port: 0,
      host: "127.0.0.1",
      production: false,
      log: () => {},
      limits: config.limits,
      introspection: false,
      suggestions: false,
      corsOrigins: "*",
      logger: createLogger(config),
      liveness: () => supervisor.failure,
      neo4jState: () => neo4jState(db.health, supervisor),
    });
    try {
      first.die();
      const restarting = await fetch(`${http.url}/health`);
      expect(restarting.status).toBe(200);
      expect(await (await fetch(`${http.url}/metrics`)).text()).toContain(
        'policy_graph_neo4j_state{state="restarting"} 1',
      );
      release();
      await supervisor.settled();
      const failing = await fetch(`${http.url}/health`);
      expect(failing.status).toBe(503);
      expect(await failing.json()).toEqual({
        status: "failing",
        reason:
          "Neo4j stopped and could not be restarted (2 attempts): The embedded Neo4j could not start: the disk holding /x is full. Restart the service once the cause is fixed.",
      });
      expect(await (await fetch(`${http.url}/metrics`)).text()).toContain('policy_graph_neo4j_state{state="down"} 1');
      expect((await fetch(`${http.url}/ready`)).status).toBe(503);
    } finally {
      await http.stop();
      await db.close();
      await supervisor.stop();
    }
  });
});

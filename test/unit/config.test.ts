import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { configProblem as problem } from "../helpers/config-problem.js";

describe("loadConfig", () => {
  it("uses the embedded Neo4j and port 4000 when nothing is set", () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.seed).toBe("auto");
    expect(c.neo4j).toMatchObject({ kind: "embedded", boltPort: 7687, heapMb: 512, pageCacheMb: 256 });
    if (c.neo4j.kind === "embedded") expect(c.neo4j.dataDir).toBe(path.join(c.projectRoot, ".data/neo4j"));
  });

  it("connects to NEO4J_URI with its credentials and starts nothing when it is set", () => {
    const c = loadConfig({ NEO4J_URI: "neo4j://db.example:7687", NEO4J_USERNAME: "reader", NEO4J_PASSWORD: "s3cret" });
    expect(c.neo4j).toEqual({
      kind: "external",
      uri: "neo4j://db.example:7687",
      username: "reader",
      password: "s3cret",
    });
  });

  it("reads every numeric setting", () => {
    const c = loadConfig({
      PORT: "4100",
      NEO4J_EMBEDDED_PORT: "7700",
      NEO4J_QUERY_TIMEOUT_MS: "2500",
      NEO4J_CONNECT_TIMEOUT_MS: "0",
    });
    expect(c.port).toBe(4100);
    expect(c.queryTimeoutMs).toBe(2500);
    expect(c.connectTimeoutMs).toBe(0);
    expect(c.neo4j).toMatchObject({ boltPort: 7700 });
  });

  it("bounds database work by default: a pool of 100, 8 queries per client with 32 waiting, a 30 s request budget", () => {
    expect(loadConfig({}).dbLimits).toEqual({
      maxConnections: 100,
      acquireTimeoutMs: 5_000,
      retryTimeMs: 0,
      perClientConcurrency: 8,
      perClientQueue: 32,
      requestTimeoutMs: 30_000,
      clientIdHeader: undefined,
    });
    expect(loadConfig({}).embeddedRestarts).toBe(5);
  });

  it("reads the database limits and the client header from the environment", () => {
    const c = loadConfig({
      NEO4J_MAX_CONNECTIONS: "20",
      NEO4J_ACQUIRE_TIMEOUT_MS: "800",
      NEO4J_RETRY_TIME_MS: "3000",
      MAX_DB_CONCURRENCY_PER_CLIENT: "2",
      DB_QUEUE_PER_CLIENT: "0",
      REQUEST_TIMEOUT_MS: "9000",
      CLIENT_ID_HEADER: "X-Forwarded-For",
      NEO4J_EMBEDDED_RESTARTS: "0",
    });
    expect(c.dbLimits).toEqual({
      maxConnections: 20,
      acquireTimeoutMs: 800,
      retryTimeMs: 3000,
      perClientConcurrency: 2,
      perClientQueue: 0,
      requestTimeoutMs: 9000,
      clientIdHeader: "x-forwarded-for",
    });
    expect(c.embeddedRestarts).toBe(0);
    expect(problem({ MAX_DB_CONCURRENCY_PER_CLIENT: "0" })).toContain(
      "MAX_DB_CONCURRENCY_PER_CLIENT must be a whole number from 1",
    );
  });

  it("names a malformed number, its range and the value received", () => {
    expect(problem({ PORT: "forty" })).toContain('PORT must be a whole number from 0 to 65535, but is "forty"');
    expect(problem({ NEO4J_EMBEDDED_HEAP_MB: "64" })).toContain(
      "NEO4J_EMBEDDED_HEAP_MB must be a whole number from 128",
    );
  });

  it("rejects a URI that is not bolt:// or neo4j://", () => {
    expect(problem({ NEO4J_URI: "http://localhost:7474" })).toContain("NEO4J_URI must look like bolt://host:7687");
  });

  it("rejects an unknown NEO4J_ variable and suggests the one meant", () => {
    expect(problem({ NEO4J_URL: "bolt://x:7687" })).toContain(
      "NEO4J_URL is not a setting of this service (did you mean NEO4J_URI?)",
    );
  });

  it("rejects unknown values of NODE_ENV and SEED", () => {
    const message = problem({ NODE_ENV: "prod", SEED: "sometimes" });
    expect(message).toContain('NODE_ENV must be production, development or test, but is "prod"');
    expect(message).toContain('SEED must be auto, always or never, but is "sometimes"');
    expect(message).toMatch(/^The environment has 2 bad values/);
  });

  it("tolerates variables that Neo4j's own tools set", () => {
    expect(() => loadConfig({ NEO4J_HOME: "/opt/neo4j", NEO4J_AUTH: "neo4j/x" })).not.toThrow();
  });

  it("lets explicit options win over the environment", () => {
    expect(loadConfig({ PORT: "4100" }, { port: 0 }).port).toBe(0);
  });
});

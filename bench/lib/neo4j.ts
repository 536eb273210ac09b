import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config.js";
import { connect } from "../../src/db/connect.js";
import { startEmbeddedNeo4j } from "../../src/db/embedded.js";

/** The project root (bench/ lives directly under it). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

/** An embedded Neo4j of the bench's own, in a temporary folder that is removed when it stops. */
export interface BenchNeo4j {
  uri: string;
  port: number;
  pid: number;
  dataDir: string;
  driver: Driver;
  /** Credentials, when the embedded Neo4j has authentication on; today it has not. */
  auth?: { username: string; password: string };
  stop(): Promise<void>;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the project's embedded Neo4j (the same launcher `npm start` uses) on a free loopback port,
 * with its data in a fresh temporary folder, so the bench never touches `.data/` or a running service.
 */
export async function startBenchNeo4j(o: { heapMb: number; pageCacheMb: number; log: (line: string) => void }): Promise<BenchNeo4j> {
  const javaHome = loadConfig({ JAVA_HOME: process.env.JAVA_HOME }).neo4j;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bench-"));
  const port = await freePort();
  const started = Date.now();
  const embedded = await startEmbeddedNeo4j({
    boltPort: port,
    dataDir,
    heapMb: o.heapMb,
    pageCacheMb: o.pageCacheMb,
    javaHome: javaHome.kind === "embedded" ? javaHome.javaHome : undefined,
    projectRoot: PROJECT_ROOT,
  });
  o.log(`Neo4j up on ${embedded.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (heap ${o.heapMb} MB, page cache ${o.pageCacheMb} MB).`);
  const driver = await connect({ uri: embedded.uri, retryForMs: 10_000 });
  return {
    uri: embedded.uri,
    port,
    pid: embedded.pid,
    dataDir,
    driver,
    async stop() {
      await driver.close();
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs ad-hoc Cypher and returns plain rows (integers as JS numbers). */
export async function cypher(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}

export { neo4j };

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config.js";
import { connect } from "../../src/db/connect.js";
import { startEmbeddedNeo4j } from "../../src/db/embedded.js";
import { freePort } from "../../test/helpers/free-port.js";

export { freePort };

/** The project root (bench/ lives directly under it). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

/** An embedded Neo4j of the bench's own, in a temporary folder that is removed when it stops. */
export interface BenchNeo4j {
  uri: string;
  port: number;
  pid: number;
  dataDir: string;
  driver: Driver;
  /** The embedded Neo4j's credentials (user neo4j, the password generated in its data folder). */
  auth?: { username: string; password: string };
  stop(): Promise<void>;
}

/**
 * Starts the project's embedded Neo4j (the same launcher `npm start` uses) on a free loopback port,
 * with its data in a fresh temporary folder, so the bench never touches `.data/` or a running service.
 */
export async function startBenchNeo4j(o: {
  heapMb: number;
  pageCacheMb: number;
  log: (line: string) => void;
}): Promise<BenchNeo4j> {
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
  o.log(
    `Neo4j up on ${embedded.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (heap ${o.heapMb} MB, page cache ${o.pageCacheMb} MB).`,
  );
  const driver = await connect({ uri: embedded.uri, auth: embedded.auth, retryForMs: 10_000 });
  return {
    uri: embedded.uri,
    port,
    pid: embedded.pid,
    dataDir,
    driver,
    auth: embedded.auth,
    async stop() {
      await driver.close();
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

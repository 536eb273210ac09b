import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config.js";
import { startEmbeddedNeo4j } from "../../src/db/embedded.js";
import { freePort } from "./free-port.js";

/** How integration tests reach their Neo4j. */
export interface TestNeo4j {
  uri: string;
  username?: string;
  password?: string;
  /** The embedded Neo4j's data folder; absent for an external NEO4J_URI. */
  dataDir?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * Starts one embedded Neo4j for the whole run, on a free port and in a temporary folder (so tests
 * can run beside `npm start`), or uses NEO4J_URI when set. Stops it when the run ends.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const config = loadConfig();
  if (config.neo4j.kind === "external") {
    project.provide("neo4j", {
      uri: config.neo4j.uri,
      username: config.neo4j.username,
      password: config.neo4j.password,
    });
    return undefined;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-test-"));
  const neo4j = await startEmbeddedNeo4j({
    boltPort: await freePort(),
    dataDir,
    heapMb: 512,
    pageCacheMb: 128,
    javaHome: config.neo4j.javaHome,
    projectRoot: config.projectRoot,
    log: () => {},
  });
  // Authentication is on: the password is the one the launcher made in the data folder.
  project.provide("neo4j", { uri: neo4j.uri, ...neo4j.auth, dataDir });
  return async () => {
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

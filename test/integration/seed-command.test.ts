import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { passwordFile } from "../../src/db/embedded.js";
import { freePort } from "../helpers/free-port.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { listProcesses } from "../helpers/processes.js";

describe("npm run seed", () => {
  it("loads the seed into the embedded Neo4j with the password from the data folder, then exits with nothing left running", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-seed-"));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEO4J_EMBEDDED_PORT: String(await freePort()),
      NEO4J_EMBEDDED_DATA_DIR: dataDir,
      NEO4J_EMBEDDED_HEAP_MB: "256",
      NEO4J_EMBEDDED_PAGECACHE_MB: "32",
      // Start-up work is bounded by NEO4J_SETUP_TIMEOUT_MS (10 min), not by the per-request timeout:
      // a timeout no seed load meets must not matter.
      NEO4J_QUERY_TIMEOUT_MS: "100",
    };
    delete env.NEO4J_URI;
    try {
      const npm = spawn("npm", ["run", "seed"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      npm.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      npm.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => npm.once("close", resolve));
      expect(code, output).toBe(0);
      expect(output).toMatch(/Loaded PolicyDocument:\S+: \d+ nodes, \d+ relationships \(\d+\.\d s\)\./);
      expect(fs.statSync(passwordFile(dataDir)).mode & 0o777).toBe(0o600);
      expect(listProcesses().filter((p) => p.args.includes(dataDir))).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});

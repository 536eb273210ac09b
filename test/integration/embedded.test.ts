import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../../src/db/embedded.js";
import { StartupError } from "../../src/errors/startup-error.js";
import { freePort } from "../helpers/free-port.js";

// These tests start their own JVMs on free ports in temporary folders, beside the run's shared
// Neo4j and any `npm start` on 7687.
const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const CHILD = path.join(import.meta.dirname, "fixtures", "embedded-child.ts");

function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "embedded-neo4j-test-"));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
}

/** Command lines of running java processes that were given this data dir. */
function javaProcessesUsing(dataDir: string): string[] {
  return execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes("EmbeddedNeo4j") && line.includes(dataDir));
}

async function waitUntilGone(pid: number, withinMs: number): Promise<number> {
  const started = Date.now();
  while (isAlive(pid)) {
    if (Date.now() - started > withinMs) throw new Error(`java pid ${pid} still alive after ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

describe("the embedded Neo4j", () => {
  const dataDir = tempDataDir();
  let db: EmbeddedNeo4j;

  beforeAll(async () => {
    db = await startEmbeddedNeo4j({ boltPort: await freePort(), dataDir, heapMb: 512, pageCacheMb: 256, projectRoot: PROJECT_ROOT });
  });

  afterAll(async () => {
    await db?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves Bolt on loopback and answers a query from a driver that sends no credentials", async () => {
    expect(db.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const driver = neo4j.driver(db.uri, undefined, { disableLosslessIntegers: true });
    try {
      const { records } = await driver.executeQuery("RETURN 1 AS one");
      expect(records[0]?.get("one")).toBe(1);
    } finally {
      await driver.close();
    }
  });

  it("offers the cjk full-text analyzer that the search index is created with", async () => {
    const driver = neo4j.driver(db.uri);
    try {
      const { records } = await driver.executeQuery("CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS names");
      expect(records[0]?.get("names")).toContain("cjk");
    } finally {
      await driver.close();
    }
  });

  it("stops for good: the JVM is gone and no java process still uses the data dir, even after a second stop()", async () => {
    await db.stop();
    await db.stop();
    expect(isAlive(db.pid)).toBe(false);
    expect(javaProcessesUsing(dataDir)).toEqual([]);
  });
});

describe("the embedded Neo4j's lifetime", () => {
  it("ends with the Node process that started it, even when that process is SIGKILLed", async () => {
    const dataDir = tempDataDir();
    const node = spawn(process.execPath, ["--import", "tsx", CHILD, String(await freePort()), dataDir], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        readline.createInterface({ input: node.stdout }).once("line", resolve);
        node.once("exit", (code) => reject(new Error(`child exited (${code}) before Neo4j was ready`)));
      });
      const { pid } = JSON.parse(firstLine) as { pid: number };
      expect(isAlive(pid)).toBe(true);

      node.kill("SIGKILL");
      const tookMs = await waitUntilGone(pid, 20_000);
      expect(tookMs).toBeLessThan(20_000);
      expect(javaProcessesUsing(dataDir)).toEqual([]);
    } finally {
      node.kill("SIGKILL");
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);

  it("refuses a Bolt port that is already taken, naming the port and how to free or change it", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as net.AddressInfo;
    const dataDir = tempDataDir();
    try {
      const error = await startEmbeddedNeo4j({ boltPort: port, dataDir, heapMb: 256, pageCacheMb: 64, projectRoot: PROJECT_ROOT }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StartupError);
      expect((error as StartupError).message).toContain(`port ${port} is already in use`);
      expect((error as StartupError).message).toContain("NEO4J_EMBEDDED_PORT");
      expect(javaProcessesUsing(dataDir)).toEqual([]);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedNeo4j, passwordFile, startEmbeddedNeo4j } from "../../src/db/embedded.js";
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

/** Waits until `pid` is gone; throws when it still runs after `withinMs`. */
async function waitUntilGone(pid: number, withinMs: number): Promise<void> {
  const started = Date.now();
  while (isAlive(pid)) {
    if (Date.now() - started > withinMs) throw new Error(`java pid ${pid} still alive after ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the embedded Neo4j", () => {
  const dataDir = tempDataDir();
  const options = { dataDir, heapMb: 512, pageCacheMb: 256, projectRoot: PROJECT_ROOT };
  let db: EmbeddedNeo4j;

  beforeAll(async () => {
    db = await startEmbeddedNeo4j({ ...options, boltPort: await freePort() });
  });

  afterAll(async () => {
    await db?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves Bolt on loopback and answers a query from a driver that gives the password from the data folder", async () => {
    expect(db.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(db.auth.username).toBe("neo4j");
    expect(db.auth.password).toBe(fs.readFileSync(passwordFile(dataDir), "utf8").trim());
    expect(await canQuery(db.uri, db.auth.password)).toBe(true);
  });

  it("refuses a Bolt write that gives no password, or the default one, and the graph stays unchanged", async () => {
    for (const token of [undefined, neo4j.auth.basic("neo4j", "neo4j")]) {
      const intruder = neo4j.driver(db.uri, token);
      try {
        await expect(intruder.executeQuery("CREATE (:Intruder) RETURN 1")).rejects.toMatchObject({
          code: expect.stringMatching(/^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit)$/),
        });
      } finally {
        await intruder.close();
      }
    }
    const driver = neo4j.driver(db.uri, neo4j.auth.basic("neo4j", db.auth.password), { disableLosslessIntegers: true });
    try {
      const { records } = await driver.executeQuery("MATCH (n:Intruder) RETURN count(n) AS n");
      expect(records[0]?.get("n")).toBe(0);
    } finally {
      await driver.close();
    }
  });

  it("keeps a long random password in <dataDir>/auth/password, readable and writable by its owner only", () => {
    const file = passwordFile(dataDir);
    expect(db.passwordFile).toBe(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(db.auth.password).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("offers the cjk full-text analyzer that the search index is created with", async () => {
    const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.auth.username, db.auth.password));
    try {
      const { records } = await driver.executeQuery(
        "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS names",
      );
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

  it("reuses the same password when started again on the same data folder", async () => {
    const first = db.auth.password;
    db = await startEmbeddedNeo4j({ ...options, boltPort: await freePort() });
    expect(db.auth.password).toBe(first);
    expect(fs.readFileSync(passwordFile(dataDir), "utf8").trim()).toBe(first);
    expect(await canQuery(db.uri, first)).toBe(true);
    await db.stop();
  });

  it("makes and applies a new password when the password file was deleted, and the old one stops working", async () => {
    const old = db.auth.password;
    fs.rmSync(passwordFile(dataDir));
    db = await startEmbeddedNeo4j({ ...options, boltPort: await freePort() });
    expect(db.auth.password).not.toBe(old);
    expect(fs.statSync(passwordFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(await canQuery(db.uri, db.auth.password)).toBe(true);
    expect(await canQuery(db.uri, old)).toBe(false);
  });
});

/** True when user neo4j with this password can run a query; false when Neo4j refuses the credentials. */
async function canQuery(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery("RETURN 1 AS one");
    return records[0]?.get("one") === 1;
  } catch (error) {
    if (/Security\.Unauthorized/.test(String((error as { code?: string }).code))) return false;
    throw error;
  } finally {
    await driver.close();
  }
}

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
      // The JVM sees stdin close and shuts Neo4j down, in about a second; an orphan would never go.
      // The wait throws past its bound, generous for a busy machine.
      await waitUntilGone(pid, 60_000);
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
      const error = await startEmbeddedNeo4j({
        boltPort: port,
        dataDir,
        heapMb: 256,
        pageCacheMb: 64,
        projectRoot: PROJECT_ROOT,
      }).then(
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

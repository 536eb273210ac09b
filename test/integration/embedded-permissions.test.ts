import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testNeo4j } from "../helpers/neo4j.js";

/** Every file and folder under `dir`, with its permission bits. */
function walk(dir: string): { file: string; mode: number; isDir: boolean }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    const here = { file, mode: fs.lstatSync(file).mode & 0o777, isDir: entry.isDirectory() };
    return entry.isDirectory() ? [here, ...walk(file)] : entry.isSymbolicLink() ? [] : [here];
  });
}

// The test run's own embedded Neo4j (started by the global setup): no extra JVM.
const dataDir = testNeo4j().dataDir;

describe.skipIf(dataDir === undefined || process.platform === "win32")("the embedded Neo4j's files", () => {
  it("are readable by their owner only: the data folder and every folder in it 0700, every file 0600 or stricter", () => {
    expect(fs.statSync(dataDir!).mode & 0o777).toBe(0o700);
    const entries = walk(dataDir!);
    // Neo4j has written its store, transaction logs and own logs by now.
    expect(entries.filter((e) => !e.isDir).length).toBeGreaterThan(10);
    const open = entries
      .filter((e) => (e.mode & 0o077) !== 0)
      .map((e) => `${path.relative(dataDir!, e.file)} ${e.mode.toString(8)}`);
    expect(open).toEqual([]);
  });
});

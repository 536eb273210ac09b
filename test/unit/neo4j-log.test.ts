import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeFailureCause, findFailureCause, logOffsets, readFailureCause } from "../../src/db/neo4j-log.js";

// An excerpt of the debug.log of a real Neo4j 5.26 that was started on a tmpfs with 700 KB free.
const DISK_FULL_LOG = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "neo4j-debug-disk-full.log"), "utf8");

describe("reading the cause of a failure from Neo4j's log", () => {
  it("recognises a full disk in a real debug.log and quotes the line that says so", () => {
    expect(findFailureCause(DISK_FULL_LOG)).toEqual({
      kind: "disk-full",
      evidence: "java.io.UncheckedIOException: java.io.IOException: No space left on device",
    });
  });

  it("finds the cause in the data folder's logs/debug.log", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-log-test-"));
    try {
      fs.mkdirSync(path.join(dataDir, "logs"));
      fs.writeFileSync(path.join(dataDir, "logs", "debug.log"), DISK_FULL_LOG);
      const cause = await readFailureCause(dataDir);
      expect(cause?.kind).toBe("disk-full");
      expect(describeFailureCause(cause!, dataDir)).toContain(`the disk holding ${dataDir} is full`);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("does not blame an old full disk, logged before this start, for a new failure", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-log-test-"));
    try {
      fs.mkdirSync(path.join(dataDir, "logs"));
      fs.writeFileSync(path.join(dataDir, "logs", "debug.log"), DISK_FULL_LOG);
      const before = logOffsets(dataDir);
      fs.appendFileSync(
        path.join(dataDir, "logs", "debug.log"),
        "2026-11-27 04:00:00.000+0000 INFO  [o.n.k.a.DatabaseAvailabilityGuard] started\n",
      );
      expect(await readFailureCause(dataDir, before)).toBeUndefined();
      expect(await readFailureCause(dataDir)).toBeDefined();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("recognises nothing in an ordinary start-up log or a missing one", async () => {
    const ordinary = DISK_FULL_LOG.split("\n")
      .filter((l) => !/space|Exception|^\s+at /.test(l))
      .join("\n");
    expect(findFailureCause(ordinary)).toBeUndefined();
    expect(await readFailureCause(path.join(os.tmpdir(), "no-such-neo4j-home"))).toBeUndefined();
  });
});

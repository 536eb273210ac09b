import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedNeo4j } from "../../src/db/embedded.js";
import { StartupError } from "../../src/errors/startup-error.js";
import { freePort } from "../helpers/free-port.js";
import { tmpfsMountPoint, tryMount } from "../helpers/tmpfs.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";

// A real full disk: a 32 MB tmpfs, filled to leave under a megabyte. Mounting needs root (CI runs
// as root); without it this file is skipped, and test/unit/neo4j-log.test.ts still checks the
// reading of a debug.log excerpt that such a real failure produced.
const { mountPoint, canMount } = tmpfsMountPoint("policy-graph-full-disk-");

describe.skipIf(!canMount)("an embedded Neo4j on a full disk", () => {
  const dataDir = path.join(mountPoint, "neo4j");
  const filler = path.join(mountPoint, "filler");

  beforeAll(() => {
    tryMount(mountPoint);
    const free = fs.statfsSync(mountPoint);
    fs.writeFileSync(filler, Buffer.alloc(free.bavail * free.bsize - 700 * 1024));
  });
  afterAll(() => {
    execFileSync("umount", [mountPoint]);
    fs.rmSync(mountPoint, { recursive: true, force: true });
  });

  it("fails to start with an error that says the disk is full, quoting Neo4j's log, not that the machine is busy", async () => {
    const error = await startEmbeddedNeo4j({
      boltPort: await freePort(),
      dataDir,
      heapMb: 256,
      pageCacheMb: 16,
      projectRoot: PROJECT_ROOT,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).toContain(`the disk holding ${dataDir} is full`);
    expect(message).toContain("No space left on device");
    expect(message).not.toMatch(/busy/);
  }, 180_000);

  it("starts again on the same data folder once space is freed, as the README's recovery steps say", async () => {
    fs.rmSync(filler);
    const neo4j = await startEmbeddedNeo4j({
      boltPort: await freePort(),
      dataDir,
      heapMb: 256,
      pageCacheMb: 16,
      projectRoot: PROJECT_ROOT,
    });
    try {
      expect(neo4j.uri).toMatch(/^bolt:/);
    } finally {
      await neo4j.stop();
    }
  }, 180_000);
});

afterAll(() => {
  if (!canMount) fs.rmSync(mountPoint, { recursive: true, force: true });
});

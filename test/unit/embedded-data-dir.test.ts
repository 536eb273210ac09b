import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ownerOnly, prepareDataDir } from "../../src/db/embedded.data-dir.js";

const made: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-perm-"));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe.skipIf(process.platform === "win32")("the embedded Neo4j's data folder", () => {
  it("is created readable by its owner only (0700)", async () => {
    const dataDir = path.join(tempDir(), "nested", "neo4j");
    await prepareDataDir(dataDir);
    expect(mode(dataDir)).toBe(0o700);
  });

  it("is tightened to 0700 when an older start left it open to others", async () => {
    const dataDir = tempDir();
    fs.chmodSync(dataDir, 0o755);
    await prepareDataDir(dataDir);
    expect(mode(dataDir)).toBe(0o700);
  });

  it("runs the JVM's command under umask 077, so what it writes is 0600 and its folders 0700, with its arguments passed as they are", () => {
    const dir = tempDir();
    const script =
      "const fs=require('fs');fs.mkdirSync(process.argv[1]+'/d');fs.writeFileSync(process.argv[1]+'/d/f',process.argv[2])";
    const [command, args] = ownerOnly(process.execPath, ["-e", script, dir, "it's $HOME; `x`"]);
    const run = spawnSync(command, args, { stdio: "inherit", env: { ...process.env } });
    expect(run.status).toBe(0);
    expect(mode(path.join(dir, "d"))).toBe(0o700);
    expect(mode(path.join(dir, "d", "f"))).toBe(0o600);
    expect(fs.readFileSync(path.join(dir, "d", "f"), "utf8")).toBe("it's $HOME; `x`");
  });
});

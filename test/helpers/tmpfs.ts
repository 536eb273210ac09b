import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Mounts a 32 MB tmpfs on `dir`; false when this user may not mount (tests that need one skip). */
export function tryMount(dir: string): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=32m", "tmpfs", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * A folder for a small tmpfs, and whether one can be mounted there (checked by mounting and
 * unmounting once). Mounting needs root, as CI runs; a test file skips its disk tests otherwise.
 */
export function tmpfsMountPoint(prefix: string): { mountPoint: string; canMount: boolean } {
  const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const canMount = tryMount(mountPoint) && (execFileSync("umount", [mountPoint]), true);
  return { mountPoint, canMount };
}

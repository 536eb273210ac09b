import fs from "node:fs/promises";
import path from "node:path";
import type { Config } from "../config.js";
import { UnavailableError } from "../errors/client-errors.js";

/** Where writes must leave room: the folder whose file system is measured, and how much must stay free. */
export interface DiskGuard {
  /** A folder on the file system Neo4j writes to (the embedded data folder). */
  dir: string;
  /** `MIN_FREE_DISK_MB`: below this many MB free, writes are refused. 0: never refused. */
  minFreeMb: number;
}

/** The outcome of one check, with the numbers the message quotes. */
export interface DiskSpaceDecision {
  ok: boolean;
  freeMb: number;
  minFreeMb: number;
}

const MB = 1024 * 1024;

/**
 * The guard for a configuration: the embedded data folder with `MIN_FREE_DISK_MB`. Undefined for an
 * external `NEO4J_URI` (there is no local data folder to measure: that server's disk is its
 * operator's) and when the threshold is 0.
 */
export function diskGuardFor(config: Pick<Config, "neo4j" | "minFreeDiskMb">): DiskGuard | undefined {
  if (config.neo4j.kind !== "embedded" || config.minFreeDiskMb <= 0) return undefined;
  return { dir: config.neo4j.dataDir, minFreeMb: config.minFreeDiskMb };
}

/** The decision alone: enough room when at least `minFreeMb` MB are available to this user. */
export function decideFreeSpace(availableBytes: number, minFreeMb: number): DiskSpaceDecision {
  const freeMb = Math.floor(availableBytes / MB);
  return { ok: minFreeMb <= 0 || availableBytes >= minFreeMb * MB, freeMb, minFreeMb };
}

/** Bytes available to this (unprivileged) user on the file system holding `dir`, or its nearest existing parent. */
export async function availableBytes(dir: string): Promise<number> {
  let at = path.resolve(dir);
  for (;;) {
    try {
      const s = await fs.statfs(at);
      return Number(s.bavail) * Number(s.bsize);
    } catch (error) {
      const parent = path.dirname(at);
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || parent === at) throw error;
      at = parent;
    }
  }
}

/** What an operator reads when a write was refused: how much is free, where, and what to do. */
export function lowDiskMessage(what: string, guard: DiskGuard, decision: DiskSpaceDecision): string {
  return (
    `${what} was refused: only ${decision.freeMb} MB are free on the disk holding the Neo4j data folder ${guard.dir}, ` +
    `and MIN_FREE_DISK_MB asks for at least ${decision.minFreeMb} MB, so that Neo4j never runs out of room for its transaction logs. ` +
    `Nothing was written. Free space on that disk (\`df -h ${guard.dir}\` shows it), then retry.`
  );
}

/**
 * Refuses a write before it starts when the data folder's disk is below the threshold: throws
 * {@link UnavailableError} (UNAVAILABLE for clients) with {@link lowDiskMessage}. No guard: no check.
 */
export async function ensureFreeSpace(guard: DiskGuard | undefined, what: string): Promise<void> {
  if (!guard) return;
  const decision = decideFreeSpace(await availableBytes(guard.dir), guard.minFreeMb);
  if (!decision.ok) throw new UnavailableError(lowDiskMessage(what, guard, decision));
}

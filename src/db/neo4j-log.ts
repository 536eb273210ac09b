import { statSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

/** How much of the end of each Neo4j log file is read when looking for the cause of a failure. */
const TAIL_BYTES = 256 * 1024;

/** A cause of failure recognised in Neo4j's own words, and the line that says it. */
export interface Neo4jFailureCause {
  kind: "disk-full" | "read-only";
  /** The log line that gave it away, trimmed. */
  evidence: string;
}

const PATTERNS: { kind: Neo4jFailureCause["kind"]; pattern: RegExp }[] = [
  { kind: "disk-full", pattern: /No space left on device|There is not enough space on the disk|Disk quota exceeded/i },
  { kind: "read-only", pattern: /Read-only file system/i },
];

/** The first recognised cause in `text` (lines of a Neo4j log or of the launcher's output), if any. */
export function findFailureCause(text: string): Neo4jFailureCause | undefined {
  for (const line of text.split("\n")) {
    for (const { kind, pattern } of PATTERNS) {
      if (pattern.test(line)) return { kind, evidence: line.trim().slice(0, 300) };
    }
  }
  return undefined;
}

const LOG_FILES = ["debug.log", "neo4j.log"];

/** Where each log file ends now, so that a later read sees only what this start wrote. */
export function logOffsets(dataDir: string): Record<string, number> {
  return Object.fromEntries(LOG_FILES.map((name) => [name, fileSize(path.join(dataDir, "logs", name))]));
}

/**
 * Looks for a recognised cause in `<dataDir>/logs/debug.log` and `neo4j.log`, in what was written
 * after `since` (from {@link logOffsets}; an old failure in the log must not be blamed for a new one).
 */
export async function readFailureCause(
  dataDir: string,
  since: Record<string, number> = {},
): Promise<Neo4jFailureCause | undefined> {
  for (const name of LOG_FILES) {
    const cause = findFailureCause(await tail(path.join(dataDir, "logs", name), since[name] ?? 0));
    if (cause) return cause;
  }
  return undefined;
}

/** What to tell the operator about a recognised cause: what happened and how to recover. */
export function describeFailureCause(cause: Neo4jFailureCause, dataDir: string): string {
  switch (cause.kind) {
    case "disk-full":
      return (
        `the disk holding ${dataDir} is full (Neo4j's log says: "${cause.evidence}"). ` +
        `Free space on it (\`df -h ${dataDir}\` shows how much is left), then start again; if Neo4j then reports a damaged store, ` +
        `move ${dataDir} aside and start again: the graph is rebuilt from seeds/ (see "Recovering from a full disk" in the README)`
      );
    case "read-only":
      return `the file system holding ${dataDir} is read-only (Neo4j's log says: "${cause.evidence}"). Make it writable or set NEO4J_EMBEDDED_DATA_DIR to a writable folder`;
    default: {
      const unknown: never = cause.kind;
      throw new Error(`unknown failure cause ${String(unknown)}`);
    }
  }
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The end of `file` (at most TAIL_BYTES), from `from` on; "" when it is missing. */
async function tail(file: string, from: number): Promise<string> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, "r");
    const { size } = await handle.stat();
    const start = Math.max(size < from ? 0 : from, size - TAIL_BYTES); // a smaller file was rotated: read it all
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    return buffer.toString("utf8");
  } catch {
    return ""; // no log yet: nothing to recognise
  } finally {
    await handle?.close();
  }
}

import type { ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { StartupError } from "../errors/startup-error.js";
import { portInUseError } from "./embedded.port.js";
import { parseLauncherLine } from "./embedded.protocol.js";
import {
  describeFailureCause,
  findFailureCause,
  logOffsets,
  type Neo4jFailureCause,
  readFailureCause,
} from "./neo4j-log.js";

/** How long a SIGTERM'd Neo4j may take to checkpoint and close (it takes under a second) before SIGKILL. */
const STOP_GRACE_MS = 20_000;

export interface ReadyWatch {
  dataDir: string;
  timeoutMs: number;
  log: (line: string) => void;
}

/**
 * Resolves with the Bolt URI when the launcher prints `NEO4J_READY`; rejects with a
 * {@link StartupError} (after making sure the JVM is gone) when it reports an error, exits early or
 * is not ready within `timeoutMs`. Every other line, before and after ready, goes to `log`.
 */
export function waitUntilReady(child: ChildProcessWithoutNullStreams, w: ReadyWatch): Promise<string> {
  const debugLog = path.join(w.dataDir, "logs", "debug.log");
  const recent: string[] = [];
  const logsBefore = logOffsets(w.dataDir);
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: { uri: string } | { error: StartupError; explained?: boolean }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if ("uri" in outcome) return resolve(outcome.uri);
      // Reject only once the JVM is gone: a failed start leaves nothing behind. Neo4j's own log
      // may name the real cause (a full disk), which then replaces the generic message.
      void stopChild(child)
        .then(() => (outcome.explained ? outcome.error : explainFromLogs(outcome.error, w.dataDir, recent, logsBefore)))
        .then(reject, () => reject(outcome.error));
    };
    const onLine = (line: string) => {
      const parsed = parseLauncherLine(line);
      switch (parsed.kind) {
        case "ready":
          return settle({ uri: parsed.uri });
        case "port-in-use":
          return settle({ error: portInUseError(parsed.port), explained: true });
        case "failed":
          return settle({
            error: new StartupError(`The embedded Neo4j failed to start: ${parsed.reason}. Its log is ${debugLog}.`),
          });
        case "log": {
          recent.push(parsed.text);
          if (recent.length > 15) recent.shift();
          w.log(parsed.text);
          // Neo4j does not exit when it cannot write: it would sit there until the timeout.
          const cause = findFailureCause(parsed.text);
          if (cause?.kind === "disk-full") return settle({ error: failedBecause(cause, w.dataDir), explained: true });
          return;
        }
        default: {
          const unexpected: never = parsed;
          throw new Error(`unknown launcher line ${JSON.stringify(unexpected)}`);
        }
      }
    };
    readline.createInterface({ input: child.stdout }).on("line", onLine);
    readline.createInterface({ input: child.stderr }).on("line", onLine);

    const timer = setTimeout(() => {
      settle({
        error: new StartupError(
          `The embedded Neo4j was not ready within ${Math.round(w.timeoutMs / 1000)} s (it usually takes about 10 s on 2 cores), so it was stopped. ` +
            `Its log is ${debugLog}${tail(recent)}. If the machine is just busy, start again; otherwise set NEO4J_URI to use another Neo4j.`,
        ),
      });
    }, w.timeoutMs);
    child.on("error", (error) => {
      settle({
        error: new StartupError(`Java could not be started for the embedded Neo4j (${error.message}).`, {
          cause: error,
        }),
      });
    });
    // `close`, not `exit`: by then every line the launcher printed has been read.
    child.on("close", (code, signal) => {
      settle({
        error: new StartupError(
          `The embedded Neo4j exited (${signal ?? `code ${code}`}) before it was ready${tail(recent)}. Its log is ${debugLog}.`,
        ),
      });
    });
  });
}

/** The embedded Neo4j's start failed for a cause its log names. */
function failedBecause(cause: Neo4jFailureCause, dataDir: string): StartupError {
  return new StartupError(`The embedded Neo4j could not start: ${describeFailureCause(cause, dataDir)}.`);
}

/** `error`, or when Neo4j's log (or its last output) names a cause, an error that says it instead. */
async function explainFromLogs(
  error: StartupError,
  dataDir: string,
  recent: string[],
  logsBefore: Record<string, number>,
): Promise<StartupError> {
  const cause = findFailureCause(recent.join("\n")) ?? (await readFailureCause(dataDir, logsBefore));
  return cause ? failedBecause(cause, dataDir) : error;
}

/** SIGTERM (the launcher's shutdown hook closes Neo4j cleanly), then SIGKILL after a grace period. */
export async function stopChild(child: ChildProcessWithoutNullStreams, graceMs = STOP_GRACE_MS): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const inTime = await Promise.race([exited.then(() => true), delay(graceMs).then(() => false)]);
  if (!inTime && !hasExited(child)) {
    child.kill("SIGKILL");
    await exited;
  }
}

function hasExited(child: ChildProcessWithoutNullStreams): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function tail(lines: string[]): string {
  return lines.length === 0 ? "" : ` (last output: ${lines.slice(-5).join(" | ")})`;
}

/** Resolves after `ms`, without keeping the process alive. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

import { spawn } from "node:child_process";
import { StartupError } from "../errors/startup-error.js";
import { WAYS_OUT } from "./embedded.java.js";

/**
 * Runs Maven from a small `sh` wrapper that cannot outlive this process: Maven runs in a process
 * group of its own, and the wrapper reads its stdin (a pipe only this process holds) until EOF, then
 * sends SIGTERM to the whole group. The kernel closes that pipe however this process ends, SIGKILL
 * included, so an interrupted first download never leaves Maven running (and later writing files).
 * `"$@"` is the Maven command line, never parsed by the shell.
 */
const TIED_TO_PARENT = [
  "exec 3<&0",
  '"$@" </dev/null 3<&- &',
  "main=$!",
  "{ while read -r _; do :; done; kill -TERM 0; } <&3 &",
  "watch=$!",
  "exec 3<&-",
  'wait "$main"',
  "status=$?",
  'kill "$watch" 2>/dev/null',
  'exit "$status"',
].join("\n");

/** Status of `sh` when the command does not exist / cannot be executed. */
const NOT_FOUND = 127;
const NOT_EXECUTABLE = 126;

/** Runs `mvn args…`; resolves when it succeeds, rejects with a {@link StartupError} that says what to do otherwise. */
export function runMaven(mvn: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", TIED_TO_PARENT, "sh", mvn, ...args], {
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
    });
    child.stdin.on("error", () => {}); // EPIPE once the wrapper is gone; nothing is ever written.
    // A normal exit (process.exit included) need not wait for the pipe: stop the group at once.
    const killOnExit = () => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    };
    process.on("exit", killOnExit);
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => {
      process.off("exit", killOnExit);
      reject(new StartupError(`Maven (\`${mvn}\`) could not be run (${error.message}). ${WAYS_OUT}`, { cause: error }));
    });
    child.on("close", (code) => {
      process.off("exit", killOnExit);
      child.stdin.destroy();
      if (code === 0) return resolve();
      if (code === NOT_FOUND || code === NOT_EXECUTABLE) {
        const what = code === NOT_FOUND ? "is not installed or not on PATH" : "could not be run (not executable)";
        return reject(
          new StartupError(
            `The embedded Neo4j needs its jars resolved (first start, or embedded-neo4j/pom.xml changed), but Maven (\`${mvn}\`) ${what}. ${WAYS_OUT}`,
          ),
        );
      }
      const tail = output.trim().split("\n").slice(-12).join(" | ");
      reject(
        new StartupError(
          `Maven could not download the Neo4j 5.26 jars (\`${mvn} ${args.join(" ")}\` exited with ${code}): ${tail || "no output"}. ` +
            "Check that Maven Central is reachable (a proxy goes in ~/.m2/settings.xml) and run `npm run neo4j -- fetch` again, " +
            "or set NEO4J_URI to use a Neo4j you already have.",
        ),
      );
    });
  });
}

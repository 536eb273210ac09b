// `npm start`: the service, on the embedded Neo4j unless NEO4J_URI is set.
//
// `npm start` runs `node --import tsx src/main.ts`: one Node process (no tsx CLI in between), so a
// signal sent to npm (which forwards it), to this process or to the whole process group stops the
// service whole. Under systemd or Docker run that node command directly (see the README).
import { type RunningApp, startApp } from "./app.js";
import { loadConfig } from "./config.js";
import { StartupError } from "./errors/startup-error.js";

/** A stop that hangs must not keep the process (and so the JVM) alive. */
const STOP_DEADLINE_MS = 30_000;
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * A repeated signal within this time is the same stop: Ctrl-C reaches npm and node (one process
 * group), and npm forwards it to node once more.
 */
const SAME_STOP_MS = 2_000;

let app: RunningApp | undefined;
let stoppingSince: number | undefined;

/**
 * Stops the service on the first signal. During start-up there is nothing to stop gracefully yet:
 * exiting runs the embedded launcher's `exit` handler (the JVM gets SIGTERM) and closes the pipes
 * that tie the JVM and any Maven download to this process. A later second signal exits at once.
 */
function shutdown(signal: NodeJS.Signals): void {
  if (stoppingSince !== undefined) {
    if (Date.now() - stoppingSince < SAME_STOP_MS) return;
    console.error(`${signal} again: exiting now.`);
    process.exit(1);
  }
  stoppingSince = Date.now();
  console.log(`${signal}: stopping…`);
  if (!app) process.exit(1);
  setTimeout(() => {
    console.error(`Stopping took over ${STOP_DEADLINE_MS / 1000} s; exiting anyway.`);
    process.exit(1);
  }, STOP_DEADLINE_MS).unref();
  app.stop().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}

async function main(): Promise<void> {
  for (const signal of STOP_SIGNALS) process.on(signal, shutdown);
  const started = Date.now();
  app = await startApp(loadConfig());
  console.log(
    `policy-graph ready in ${((Date.now() - started) / 1000).toFixed(1)} s: GraphQL at ${app.url}/graphql (open it in a browser for Apollo Sandbox)`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`\npolicy-graph could not start.\n\n${error.message}\n`);
  } else {
    console.error("policy-graph could not start because of an unexpected error:", error);
  }
  process.exit(1);
});

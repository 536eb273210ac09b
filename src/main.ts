// `npm start`: the service, on the embedded Neo4j unless NEO4J_URI is set.
import { startApp } from "./app.js";
import { loadConfig } from "./config.js";
import { StartupError } from "./errors/startup-error.js";

async function main(): Promise<void> {
  const started = Date.now();
  const app = await startApp(loadConfig());
  console.log(`policy-graph ready in ${((Date.now() - started) / 1000).toFixed(1)} s: GraphQL at ${app.url}/graphql (open it in a browser for Apollo Sandbox)`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    // A stop that hangs must not keep the process (and so the JVM) alive: exit anyway; the 'exit'
    // handler of the embedded launcher still sends the JVM its SIGTERM.
    setTimeout(() => {
      console.error("Stopping took over 30 s; exiting anyway.");
      process.exit(1);
    }, 30_000).unref();
    app.stop().then(() => process.exit(0), (e: unknown) => {
      console.error(e);
      process.exit(1);
    });
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`\npolicy-graph could not start.\n\n${error.message}\n`);
  } else {
    console.error("policy-graph could not start because of an unexpected error:", error);
  }
  process.exit(1);
});

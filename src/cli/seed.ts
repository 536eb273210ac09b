// `npm run seed`: (re)loads the seed graph into the configured Neo4j, even if unchanged, then exits.
// It starts the embedded Neo4j when NEO4J_URI is unset, like `npm start`.
import { startApp } from "../app.js";
import { loadConfig } from "../config.js";
import { StartupError } from "../errors/startup-error.js";

try {
  const app = await startApp(loadConfig(process.env, { seed: "always", port: 0, host: "127.0.0.1" }));
  await app.stop();
} catch (error) {
  console.error(error instanceof StartupError ? error.message : error);
  process.exitCode = 1;
}

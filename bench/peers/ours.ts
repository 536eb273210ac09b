import path from "node:path";
import type * as App from "../../src/app.js";
import type * as ConfigModule from "../../src/config.js";
import { buildService } from "../lib/build.js";
import { PROJECT_ROOT } from "../lib/neo4j.js";
import { NO_AUTH, type Neo4jAuth, type RunningPeer } from "./peer.js";

/**
 * This service the way `npm start` runs it against an external Neo4j (`NEO4J_URI`): compiled into
 * dist/src/ by scripts/build.mjs (as `npm start` does first), startApp with production settings, on
 * a free loopback port. The graph is already loaded, so the seed step is off. Request logs are off
 * (LOG_LEVEL=warn): their lines would travel to the bench process, which also drives autocannon,
 * and the peers write none. Only the compiled modules are loaded here (types aside), never src/
 * itself: two copies of the GraphQL classes would both register with type-graphql.
 */
export async function startOurs(boltUri: string, auth: Neo4jAuth = NO_AUTH): Promise<RunningPeer> {
  const dist = buildService();
  const { startApp } = (await import(path.join(dist, "app.js"))) as typeof App;
  const { loadConfig } = (await import(path.join(dist, "config.js"))) as typeof ConfigModule;
  // The response cache is off unless the bench was asked to measure it (--response-cache).
  const config = loadConfig(
    {
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      RESPONSE_CACHE_SECONDS: process.env.BENCH_RESPONSE_CACHE_SECONDS ?? "0",
    },
    {
      port: 0,
      host: "127.0.0.1",
      projectRoot: PROJECT_ROOT,
      seed: "never",
      neo4j: { kind: "external", uri: boltUri, username: auth.username, password: auth.password },
    },
  );
  const app = await startApp(config, () => {});
  return { name: "ours", url: `http://127.0.0.1:${app.port}`, stop: () => app.stop() };
}

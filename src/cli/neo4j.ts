// `npm run neo4j`: the embedded Neo4j on its own (port and data dir as `npm start` uses them,
// default bolt://127.0.0.1:7687 and .data/neo4j) until Ctrl-C; point NEO4J_URI at it from elsewhere.
// `npm run neo4j -- fetch`: only download the jars (CI runs it as a step of its own).
import path from "node:path";
import { loadConfig } from "../config.js";
import { fetchNeo4jJars, startEmbeddedNeo4j } from "../db/embedded.js";
import { StartupError } from "../errors/startup-error.js";

const USAGE = "usage: npm run neo4j [-- fetch]";

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.log(line);
  if (command === "fetch") {
    const classpath = await fetchNeo4jJars(config.projectRoot, log);
    console.log(`Neo4j jars cached: ${classpath.split(path.delimiter).length} jars.`);
    return;
  }
  if (command !== undefined) throw new StartupError(`Unknown argument "${command}". ${USAGE}`);

  // With NEO4J_URI set the service would not use this Neo4j, but it can still be started here.
  const target =
    config.neo4j.kind === "embedded"
      ? config.neo4j
      : { boltPort: 7687, dataDir: ".data/neo4j", heapMb: 512, pageCacheMb: 256 };
  const started = Date.now();
  const neo4j = await startEmbeddedNeo4j({ ...target, projectRoot: config.projectRoot, log });
  console.log(
    `Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${neo4j.uri} (pid ${neo4j.pid}). User ${neo4j.auth.username}, password in ${neo4j.passwordFile}: ` +
      `NEO4J_URI=${neo4j.uri} NEO4J_PASSWORD="$(cat ${neo4j.passwordFile})" points the service at it. Ctrl-C stops it.`,
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    // npm forwards Ctrl-C that the process group already delivered: one stop is enough.
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping Neo4j…`);
    neo4j.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof StartupError ? `\n${error.message}\n` : error);
  process.exit(1);
});

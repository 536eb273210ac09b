// `npm run rebuild -- [--from DIR] [--into DIR]`: makes the whole graph again after its store was
// lost or damaged, from the seed and the originals every ingest keeps in `<data folder>/originals`.
// It starts the embedded Neo4j on a NEW empty data folder (`--into`, default the configured one,
// which must then be empty), loads the seed, copies the originals there and ingests the latest
// version of each document in the order they were first ingested, printing each and a summary.
// With NEO4J_URI set it loads into that server, whose database must be empty, from `--from`.
import fs from "node:fs";
import path from "node:path";
import { startApp } from "../app.js";
import { type Config, loadConfig } from "../config.js";
import { StartupError } from "../errors/startup-error.js";
import { loadGazetteer } from "../ingest/gazetteer.js";
import { diskGuardFor } from "../ingest/disk-space.js";
import { OriginalsStore, originalsDirFor } from "../ingest/originals.js";
import { IngestPipeline } from "../ingest/pipeline.js";
import { notEmpty, rebuildGraph } from "../ingest/rebuild.js";

const USAGE = "usage: npm run rebuild -- [--from DATA_DIR_OR_ORIGINALS_DIR] [--into NEW_DATA_DIR]";

function parseArgs(argv: string[]): { from?: string; into?: string } {
  const out: { from?: string; into?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    if (flag !== "--from" && flag !== "--into") throw new Error(`Unknown argument "${arg}". ${USAGE}`);
    const value = inline ?? argv[++i];
    if (!value) throw new Error(`${flag} needs a folder. ${USAGE}`);
    out[flag === "--from" ? "from" : "into"] = path.resolve(value);
  }
  return out;
}

/** The originals folder in `dir`: `dir/originals` when it is a data folder, else `dir` itself. */
function originalsIn(dir: string): string {
  const nested = path.join(dir, "originals");
  return fs.existsSync(nested) ? nested : dir;
}

/** Copies the kept originals to the new data folder (0700 folders, 0600 files), so that it is complete on its own. */
function copyOriginals(from: string, to: string): number {
  let files = 0;
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) files += copyOriginals(source, target);
    else if (entry.isFile() && !entry.name.endsWith(".tmp")) {
      fs.copyFileSync(source, target);
      fs.chmodSync(target, 0o600);
      files++;
    }
  }
  return files;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const base = loadConfig(process.env, { port: 0, host: "127.0.0.1", seed: "never" });
  let config: Config = base;
  let fromDir: string;
  if (base.neo4j.kind === "embedded") {
    const into = args.into ?? base.neo4j.dataDir;
    fromDir = originalsIn(args.from ?? base.neo4j.dataDir);
    const problem = notEmpty(into);
    if (problem) {
      throw new StartupError(
        `Cannot rebuild into ${into}: ${problem}. A rebuild starts on a new, empty data folder. Either rebuild beside it ` +
          `(\`npm run rebuild -- --into ${path.relative(process.cwd(), into) || into}.rebuilt\`, then stop the service, swap the folders and start it) ` +
          `or stop the service, move it aside (\`mv ${into} ${into}.broken\`) and run \`npm run rebuild -- --from ${into}.broken\`.`,
      );
    }
    config = { ...base, neo4j: { ...base.neo4j, dataDir: into } };
  } else {
    if (!args.from)
      throw new StartupError(
        `With NEO4J_URI set there is no local data folder: name the kept originals with --from (a data folder or its originals/ folder). ${USAGE}`,
      );
    if (args.into)
      throw new StartupError(
        "--into names an embedded data folder; unset NEO4J_URI to use it, or empty the database NEO4J_URI names and leave --into out.",
      );
    fromDir = originalsIn(args.from);
  }
  if (!fs.existsSync(fromDir))
    throw new StartupError(`${fromDir} does not exist: there are no kept originals to rebuild from. ${USAGE}`);
  const originals = await new OriginalsStore(fromDir).latest();
  console.log(
    `Rebuilding from the seed and ${originals.length} kept document${originals.length === 1 ? "" : "s"} in ${fromDir}.`,
  );

  const targetOriginals = originalsDirFor(config);
  if (targetOriginals && path.resolve(targetOriginals) !== path.resolve(fromDir)) {
    // Copied first, so that the new folder holds every version kept so far, with its first-ingest times.
    console.log(`Copied ${copyOriginals(fromDir, targetOriginals)} files of kept originals to ${targetOriginals}.`);
  }
  const app = await startApp(config, (line) => console.log(line));
  try {
    const [counts] = await app.db.read("count-graph");
    if (Number(counts?.nodes ?? 0) > 0) {
      throw new StartupError(
        `The database already holds ${String(counts?.nodes)} nodes; a rebuild needs an empty one. Point NEO4J_URI at an empty database, or empty it first.`,
      );
    }
    // Without keeping originals again: they are in place already (copied above, or read in place).
    const pipeline = new IngestPipeline(app.db, loadGazetteer(path.join(config.projectRoot, "seeds", "gazetteer")), {
      diskGuard: diskGuardFor(config),
    });
    const started = Date.now();
    const summary = await rebuildGraph(app.db, {
      projectRoot: config.projectRoot,
      originals,
      pipeline,
      log: (line) => console.log(line),
    });
    console.log(
      `Rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: the seed and ${summary.rebuilt.length} of ${summary.documents} kept documents; ` +
        `the graph has ${summary.nodes} nodes and ${summary.relationships} relationships.` +
        (config.neo4j.kind === "embedded" ? ` Data folder: ${config.neo4j.dataDir}.` : ""),
    );
    for (const m of summary.movedIds) console.log(`note: ${m.was} came back as ${m.now}.`);
    if (summary.failed.length > 0) {
      console.error(
        `✗ ${summary.failed.length} kept document${summary.failed.length === 1 ? "" : "s"} could not be ingested (listed above); their originals are in ${fromDir}.`,
      );
      return 1;
    }
    return 0;
  } finally {
    await app.stop();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(
    error instanceof StartupError || (error instanceof Error && error.message.includes(USAGE)) ? error.message : error,
  );
  process.exitCode = 1;
}

import path from "node:path";
import type { Config } from "./config.js";
import { applySchema } from "./db/apply-schema.js";
import { connect } from "./db/connect.js";
import { CypherStatements } from "./db/cypher-statements.js";
import { Database } from "./db/database.js";
import { type EmbeddedNeo4j, type EmbeddedNeo4jOptions, startEmbeddedNeo4j } from "./db/embedded.js";
import { NewShapeBudget } from "./db/new-shape-budget.js";
import { EmbeddedSupervisor } from "./db/supervisor.js";
import { UnavailableError } from "./errors/client-errors.js";
import { StartupError } from "./errors/startup-error.js";
import { buildGraphQLSchema } from "./graphql/schema.js";
import { startHttpServer } from "./http/server.js";
import { neo4jState } from "./db/neo4j-state.js";
import { loadGazetteer } from "./ingest/gazetteer.js";
import { availableBytes, decideFreeSpace, diskGuardFor, lowDiskMessage } from "./ingest/disk-space.js";
import { OriginalsStore, originalsDirFor } from "./ingest/originals.js";
import { IngestPipeline } from "./ingest/pipeline.js";
import { extractSeed, seedGraph } from "./ingest/seed.js";
import { createLogger } from "./log.js";

export interface RunningApp {
  /** Base URL of the API, e.g. http://localhost:4000 (GraphQL at /graphql). */
  url: string;
  port: number;
  db: Database;
  /** The supervisor of the embedded Neo4j, when the service started one (`embedded.neo4j.pid` is the JVM's). */
  embedded?: EmbeddedSupervisor;
  /** Stops the HTTP server, closes the driver and stops the embedded Neo4j (if it started one). Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts everything `npm start` promises: Neo4j (embedded unless NEO4J_URI is set), schema,
 * seed graph, then the HTTP API. On a failure part-way it stops what it had started.
 */
export async function startApp(config: Config, log: (line: string) => void = console.log): Promise<RunningApp> {
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    while (cleanups.length > 0) await cleanups.pop()!().catch((e: unknown) => log(`while stopping: ${String(e)}`));
  };
  try {
    let embedded: EmbeddedNeo4j | undefined;
    let supervisor: EmbeddedSupervisor | undefined;
    if (config.neo4j.kind === "embedded") {
      log(
        `Starting the embedded Neo4j on bolt://127.0.0.1:${config.neo4j.boltPort} (data in ${path.relative(process.cwd(), config.neo4j.dataDir) || "."})…`,
      );
      const started = Date.now();
      // One options object for the first start and every restart: same port, data dir and credentials.
      const options: EmbeddedNeo4jOptions = {
        boltPort: config.neo4j.boltPort,
        dataDir: config.neo4j.dataDir,
        heapMb: config.neo4j.heapMb,
        pageCacheMb: config.neo4j.pageCacheMb,
        javaHome: config.neo4j.javaHome,
        projectRoot: config.projectRoot,
        log,
      };
      supervisor = await EmbeddedSupervisor.start({
        start: () => startEmbeddedNeo4j(options),
        maxRestarts: config.embeddedRestarts,
        log,
      });
      embedded = supervisor.neo4j;
      cleanups.push(() => supervisor!.stop());
      log(`Embedded Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    const uri = embedded?.uri ?? (config.neo4j.kind === "external" ? config.neo4j.uri : undefined);
    const driver = await connect({
      uri: uri ?? "",
      auth:
        config.neo4j.kind === "external"
          ? { username: config.neo4j.username, password: config.neo4j.password }
          : embedded?.auth,
      database: config.database,
      retryForMs: embedded ? 10_000 : config.connectTimeoutMs,
      log,
      pool: config.dbLimits,
    });
    const statements = CypherStatements.load(path.join(config.projectRoot, "cypher"));
    const limits = config.dbLimits;
    const db = new Database(driver, statements, {
      database: config.database,
      queryTimeoutMs: config.queryTimeoutMs,
      perClient: {
        concurrency: limits.perClientConcurrency,
        queue: limits.perClientQueue,
        waitMs: limits.acquireTimeoutMs,
      },
      newShapes:
        config.newShapeSubqueriesPerMinute > 0 ? new NewShapeBudget(config.newShapeSubqueriesPerMinute) : undefined,
      uri,
      log,
    });
    supervisor?.attach(db.health);
    cleanups.push(() => db.close());
    await setUpGraph(db.withTimeout(config.setupTimeoutMs), statements, config, log);

    const http = await startHttpServer({
      db,
      schema: await buildGraphQLSchema(),
      port: config.port,
      host: config.host,
      production: config.production,
      log,
      limits: config.limits,
      introspection: config.introspection,
      suggestions: config.suggestions,
      corsOrigins: config.corsOrigins,
      logger: createLogger(config),
      requestScope: { requestTimeoutMs: limits.requestTimeoutMs, clientIdHeader: limits.clientIdHeader },
      ingest: { pipeline: createIngestPipeline(db, config), token: config.ingestToken },
      publicUrl: config.publicUrl,
      responseCache: config.responseCache,
      // Reliability: slow senders get 408; /health fails once the supervisor gave up; /metrics reports Neo4j's state.
      receiveTimeoutMs: config.receiveTimeoutMs,
      keepAliveTimeoutMs: config.keepAliveTimeoutMs,
      liveness: () => supervisor?.failure,
      neo4jState: () => neo4jState(db.health, supervisor),
      renders: config.renders,
    });
    cleanups.push(() => http.stop());
    return { url: http.url, port: http.port, db, embedded: supervisor, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The ingest pipeline of a configuration: the gazetteer in `seeds/`, writes refused while the data
 * folder's disk has less than `MIN_FREE_DISK_MB` free, and every ingested original kept in
 * `<data folder>/originals` for `npm run rebuild` (neither for an external NEO4J_URI: no local data folder).
 */
export function createIngestPipeline(db: Database, config: Config): IngestPipeline {
  const originalsDir = originalsDirFor(config);
  return new IngestPipeline(db, loadGazetteer(path.join(config.projectRoot, "seeds", "gazetteer")), {
    diskGuard: diskGuardFor(config),
    originals: originalsDir ? new OriginalsStore(originalsDir) : undefined,
    fetch: config.ingestFetch,
  });
}

/**
 * Before the seed load: on a disk below MIN_FREE_DISK_MB a seed that would be written stops the
 * start (nothing written); a seed already loaded and unchanged writes nothing, so the service starts
 * and serves reads, with a line saying ingests will be refused.
 */
async function checkSeedDisk(db: Database, config: Config, log: (line: string) => void): Promise<void> {
  const guard = diskGuardFor(config);
  if (!guard) return;
  const decision = decideFreeSpace(await availableBytes(guard.dir), guard.minFreeMb);
  if (decision.ok) return;
  let needsLoad = config.seed === "always";
  for (const g of needsLoad ? [] : extractSeed(config.projectRoot)) {
    const [row] = await db.read("find-document-hash", { id: g.documentId });
    if (row?.hash !== g.hash) needsLoad = true;
  }
  if (needsLoad) throw new StartupError(lowDiskMessage("Loading the seed graph", guard, decision));
  log(
    `Warning: only ${decision.freeMb} MB are free on the disk holding ${guard.dir} (MIN_FREE_DISK_MB is ${decision.minFreeMb}): ingests are refused until space is freed.`,
  );
}

/**
 * Schema and seed, bounded by `NEO4J_SETUP_TIMEOUT_MS` rather than the per-request timeout (on a
 * loaded machine the seed took 19–26 s), with a line of progress per step. A failure becomes one
 * paragraph that names the step and what to do, never a client's message or a stack trace.
 */
async function setUpGraph(
  db: Database,
  statements: CypherStatements,
  config: Config,
  log: (line: string) => void,
): Promise<void> {
  const step = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StartupError) throw error;
      const seconds = Math.round(config.setupTimeoutMs / 1000);
      throw new StartupError(
        `${what} failed: ${setupFailure(error, seconds)} Nothing was half-written: each step is one transaction. ` +
          `Start-up work may take up to NEO4J_SETUP_TIMEOUT_MS (now ${seconds} s) per step; on a busy or slow machine ` +
          "raise it, or start again when the machine is less loaded.",
        { cause: error },
      );
    }
  };
  log("Creating constraints and indexes…");
  await step("Creating the constraints and indexes", () => applySchema(db, statements));
  // A store written before node evidence had records of its own is moved over once, in one transaction.
  await step("Moving node evidence into evidence records", () => db.write("migrate-node-evidence"));
  if (config.seed === "never") return;
  await step("Checking the free disk space for the seed", () => checkSeedDisk(db, config, log));
  const started = Date.now();
  log("Loading the seed graph (the first start on an empty database takes a few seconds)…");
  const results = await step("Loading the seed graph", () =>
    seedGraph(db, config.projectRoot, { force: config.seed === "always" }),
  );
  const took = ((Date.now() - started) / 1000).toFixed(1);
  for (const r of results) {
    log(
      r.skipped
        ? `Seed ${r.documentId} is unchanged; not reloaded.`
        : `Loaded ${r.documentId}: ${r.nodes} nodes, ${r.relationships} relationships (${took} s).`,
    );
  }
}

/** What went wrong in a start-up step, in the operator's terms (a client's "narrow your query" would mislead). */
function setupFailure(error: unknown, seconds: number): string {
  if (error instanceof UnavailableError) {
    if (error.reason === "timeout")
      return `Neo4j stopped it when it had run for NEO4J_SETUP_TIMEOUT_MS (${seconds} s).`;
    if (error.reason === "unreachable") return "Neo4j could not be reached while it ran (it stopped or restarted).";
    return "Neo4j was not available to run it.";
  }
  const message = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

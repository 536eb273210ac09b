import os from "node:os";
import path from "node:path";
import { StartupError } from "./errors/startup-error.js";
import { allowEntryProblem } from "./net/address-guard.js";
import { PROJECT_ROOT } from "./project-root.js";

/** Where the service's Neo4j comes from. */
export type Neo4jTarget =
  | { kind: "external"; uri: string; username: string; password: string }
  | { kind: "embedded"; boltPort: number; dataDir: string; heapMb: number; pageCacheMb: number; javaHome?: string };

/** When the seed graph is loaded at start-up: `auto` when missing or changed, `always`, or `never`. */
export type SeedMode = "auto" | "always" | "never";

/** Limits every GraphQL request is checked against before it runs (see src/graphql/limits/). */
export interface QueryLimits {
  /** `MAX_QUERY_DEPTH`, default 12: deepest field nesting (fragments do not add a level). */
  maxDepth: number;
  /** `MAX_QUERY_COST`, default 20000: estimated cost, list sizes multiplied in (src/graphql/limits/cost-model.ts). */
  maxCost: number;
  /** `MAX_QUERY_ALIASES`, default 30: aliases in one operation. */
  maxAliases: number;
  /** `MAX_QUERY_TOKENS`, default 20000: lexical tokens in the query text (bounds parsing and validation work). */
  maxTokens: number;
  /** `MAX_RESPONSE_BYTES`, default 5000000: a larger serialised response is replaced by an error. */
  maxResponseBytes: number;
  /** `MAX_BODY_BYTES`, default 1000000: a larger request body is refused with 413. */
  maxBodyBytes: number;
  /**
   * `MAX_QUERY_LENGTH`, default 100000: characters of the query text, checked before it is parsed.
   * Every parsed document keeps its text, so this bounds what each cached document holds.
   */
  maxQueryLength: number;
}

/** The service's whole configuration: the only place that reads `process.env` is {@link loadConfig}. */
export interface Config {
  /** HTTP port of the API. `PORT`, default 4000. */
  port: number;
  /**
   * `HTTP_RECEIVE_TIMEOUT_MS`, default 30000: how long a client may take to send a whole request,
   * headers and body; then it gets 408 and the connection is closed (a body sent a byte a second
   * would otherwise hold a connection for Node's default of 300 s).
   */
  receiveTimeoutMs: number;
  /**
   * `HTTP_KEEP_ALIVE_TIMEOUT_MS`, default 65000: how long an idle keep-alive connection stays open.
   * Longer than clients and proxies keep theirs (undici 4 s, browsers 60 s or so, load balancers
   * 60 s), so a client never sends on a connection the server is closing (Node's 5 s did that on a
   * busy machine: ECONNRESET).
   */
  keepAliveTimeoutMs: number;
  /** Interface the API binds to. `HOST`, default `0.0.0.0` (all interfaces, as Docker needs). */
  host: string;
  /** `NODE_ENV`: production hides internal error details from clients. */
  production: boolean;
  /** `NEO4J_URI` (+ `NEO4J_USERNAME`, `NEO4J_PASSWORD`) or, when unset, the embedded Neo4j (`NEO4J_EMBEDDED_*`). */
  neo4j: Neo4jTarget;
  /** `NEO4J_DATABASE`: database name; unset means the server's default database. */
  database?: string;
  /** `NEO4J_CONNECT_TIMEOUT_MS`, default 60000: how long to retry an unreachable Neo4j at start-up. */
  connectTimeoutMs: number;
  /** `NEO4J_QUERY_TIMEOUT_MS`, default 10000: server-side timeout of each transaction a request or an ingest runs. */
  queryTimeoutMs: number;
  /**
   * `NEO4J_SETUP_TIMEOUT_MS`, default 600000: server-side timeout of each start-up transaction (schema,
   * seed). A loaded machine can take far longer than a request's budget to load the seed.
   */
  setupTimeoutMs: number;
  /** `SEED`: `auto` (default: load when missing or changed), `always` (re-merge at every start), `never`. */
  seed: SeedMode;
  /** Project root: seeds, cypher/ and the Maven project are found from here. */
  projectRoot: string;
  /** `MAX_QUERY_*`, `MAX_RESPONSE_BYTES`, `MAX_BODY_BYTES`: what one request may ask for. */
  limits: QueryLimits;
  /** `GRAPHQL_INTROSPECTION` (true/false): default on in development, off in production. Sandbox needs it. */
  introspection: boolean;
  /** `GRAPHQL_SUGGESTIONS` (true/false): "Did you mean …" in errors; default on in development, off in production. */
  suggestions: boolean;
  /** `CORS_ORIGINS`: comma-separated origins allowed to call /graphql and /export, or `*` (default) for any. */
  corsOrigins: "*" | string[];
  /** `LOG_LEVEL`: fatal, error, warn, info (default), debug, trace or silent. */
  logLevel: LogLevel;
  /** Where the JSON log lines go; stdout unless a caller (a test) passes a stream. Not read from the environment. */
  logDestination?: NodeJS.WritableStream;
  /** How much of the database one request and one client may take, and how fast an unreachable Neo4j is reported. */
  dbLimits: DbLimits;
  /** `NEO4J_EMBEDDED_RESTARTS`, default 5: restart attempts (with back-off) after the embedded Neo4j dies. */
  embeddedRestarts: number;
  /** `INGEST_TOKEN`: bearer token the `ingestDocument` mutation requires; unset disables the mutation. */
  ingestToken?: string;
  /**
   * `PUBLIC_URL`: the absolute http(s) base URL links are built from (evidence deep links), without
   * a trailing slash. Unset means `http://localhost:<PORT>`, the port the server actually listens on.
   */
  publicUrl?: string;
  /**
   * Whole responses to repeated queries, kept until a write through this service or `ttlSeconds`
   * (`RESPONSE_CACHE_SECONDS`, default 0: off) and within `maxMb` (`RESPONSE_CACHE_MB`, default 64).
   */
  responseCache: { ttlSeconds: number; maxMb: number };
  /**
   * `MIN_FREE_DISK_MB`, default 512: ingests (and a seed load) are refused with UNAVAILABLE while the
   * file system holding the embedded data folder has less free space than this, so that Neo4j never
   * runs out of room for its transaction logs. 0 turns the check off. Not checked for `NEO4J_URI`
   * (no local data folder).
   */
  minFreeDiskMb: number;
  /**
   * Exports (graph(format:), /export/…) are rendered in `workers` worker threads (`RENDER_WORKERS`,
   * default 1 on 2 cores, half the cores up to 4 on more), off the event loop; a client may have
   * `queuePerClient` exports waiting for their turn (`RENDER_QUEUE_PER_CLIENT`, default 32), more
   * are refused with UNAVAILABLE. See src/export/render-pool.ts.
   */
  renders: { workers: number; queuePerClient: number };
  /**
   * `NEW_SHAPE_SUBQUERIES_PER_MINUTE`, default 120 (0: no limit): how much Neo4j planning of new
   * statement shapes one client may cause per minute, counted in the generated statements'
   * subqueries; a shape already planned costs nothing. See src/db/new-shape-budget.ts.
   */
  newShapeSubqueriesPerMinute: number;
  /** How ingest fetches a URL (`npm run ingest -- <url>`, `ingestDocument(url:)`). */
  ingestFetch: IngestFetchConfig;
}

/** Limits and reach of fetching documents by URL. */
export interface IngestFetchConfig {
  /** `INGEST_FETCH_TIMEOUT_MS`, default 20000: the whole fetch, redirects included. */
  timeoutMs: number;
  /** `INGEST_FETCH_MAX_MB`, default 32: the largest original fetched (after decompression). */
  maxBytes: number;
  /**
   * `INGEST_URL_ALLOW`, default none: comma-separated hosts (`docs.intra`, `*.intra.example`),
   * addresses or networks (`10.0.0.0/8`) the mutation may fetch although they are private, loopback
   * or link-local. The CLI fetches anything its user can.
   */
  allow: string[];
}

/** Bounds on the database work of requests and clients. */
export interface DbLimits {
  /** `NEO4J_MAX_CONNECTIONS`, default 100: the driver's connection pool size. */
  maxConnections: number;
  /** `NEO4J_ACQUIRE_TIMEOUT_MS`, default 5000: longest wait for a pooled connection or a client's slot, then UNAVAILABLE. */
  acquireTimeoutMs: number;
  /** `NEO4J_RETRY_TIME_MS`, default 0: how long the driver retries a transaction on transient errors (0: fail fast). */
  retryTimeMs: number;
  /** `MAX_DB_CONCURRENCY_PER_CLIENT`, default 8: database queries one client may run at once. */
  perClientConcurrency: number;
  /** `DB_QUEUE_PER_CLIENT`, default 32: a client's queries waiting for a slot; more are refused at once. */
  perClientQueue: number;
  /** `REQUEST_TIMEOUT_MS`, default 30000: a request's time budget; its database work is cancelled when it runs out. */
  requestTimeoutMs: number;
  /** `CLIENT_ID_HEADER`, default unset (the peer's IP): behind a proxy, the header naming the client, e.g. x-forwarded-for. */
  clientIdHeader?: string;
}

/** pino's levels, plus `silent`. */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type Env = Record<string, string | undefined>;

/** Every variable the service reads; any other `NEO4J_*`, `MAX_QUERY_*` or `POLICY_GRAPH_*` variable is a typo. */
const KNOWN = [
  "PORT",
  "HOST",
  "NODE_ENV",
  "SEED",
  "HTTP_RECEIVE_TIMEOUT_MS",
  "HTTP_KEEP_ALIVE_TIMEOUT_MS",
  "NEO4J_URI",
  "NEO4J_USERNAME",
  "NEO4J_PASSWORD",
  "NEO4J_DATABASE",
  "NEO4J_CONNECT_TIMEOUT_MS",
  "NEO4J_QUERY_TIMEOUT_MS",
  "NEO4J_SETUP_TIMEOUT_MS",
  "NEO4J_EMBEDDED_PORT",
  "NEO4J_EMBEDDED_DATA_DIR",
  "NEO4J_EMBEDDED_HEAP_MB",
  "NEO4J_EMBEDDED_PAGECACHE_MB",
  "JAVA_HOME",
  "MAX_QUERY_DEPTH",
  "MAX_QUERY_COST",
  "MAX_QUERY_ALIASES",
  "MAX_QUERY_TOKENS",
  "MAX_RESPONSE_BYTES",
  "MAX_BODY_BYTES",
  "MAX_QUERY_LENGTH",
  "GRAPHQL_INTROSPECTION",
  "GRAPHQL_SUGGESTIONS",
  "CORS_ORIGINS",
  "LOG_LEVEL",
  "NEO4J_MAX_CONNECTIONS",
  "NEO4J_ACQUIRE_TIMEOUT_MS",
  "NEO4J_RETRY_TIME_MS",
  "NEO4J_EMBEDDED_RESTARTS",
  "MAX_DB_CONCURRENCY_PER_CLIENT",
  "DB_QUEUE_PER_CLIENT",
  "REQUEST_TIMEOUT_MS",
  "CLIENT_ID_HEADER",
  "INGEST_TOKEN",
  "PUBLIC_URL",
  "RESPONSE_CACHE_SECONDS",
  "RESPONSE_CACHE_MB",
  "MIN_FREE_DISK_MB",
  "RENDER_WORKERS",
  "RENDER_QUEUE_PER_CLIENT",
  "NEW_SHAPE_SUBQUERIES_PER_MINUTE",
  "INGEST_FETCH_TIMEOUT_MS",
  "INGEST_FETCH_MAX_MB",
  "INGEST_URL_ALLOW",
] as const;
/** Set by Neo4j's own tooling or Docker image; tolerated, never read. */
const TOLERATED = new Set(["NEO4J_HOME", "NEO4J_CONF", "NEO4J_AUTH", "NEO4J_EDITION", "NEO4J_VERSION"]);

/**
 * Turns the environment into a validated {@link Config}. Explicit `overrides` (tests, CLIs) win over
 * the environment. Throws one {@link StartupError} listing every bad value and how to fix it.
 */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  checkUnknown(env, problems);
  const int = (name: string, fallback: number, min: number, max: number) =>
    readInt(env, name, fallback, min, max, problems);
  const projectRoot = overrides.projectRoot ?? PROJECT_ROOT;
  const uri = nonEmpty(env.NEO4J_URI);
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(uri)) {
    problems.push(
      `NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687 (also bolt+s, neo4j+s), but is "${uri}".`,
    );
  }
  const neo4j: Neo4jTarget = uri
    ? { kind: "external", uri, username: env.NEO4J_USERNAME ?? "neo4j", password: env.NEO4J_PASSWORD ?? "" }
    : {
        kind: "embedded",
        boltPort: int("NEO4J_EMBEDDED_PORT", 7687, 1, 65535),
        dataDir: path.resolve(projectRoot, nonEmpty(env.NEO4J_EMBEDDED_DATA_DIR) ?? ".data/neo4j"),
        heapMb: int("NEO4J_EMBEDDED_HEAP_MB", 512, 128, 65536),
        pageCacheMb: int("NEO4J_EMBEDDED_PAGECACHE_MB", 256, 16, 65536),
        javaHome: nonEmpty(env.JAVA_HOME),
      };
  const production = readNodeEnv(env.NODE_ENV, problems);
  const config: Config = {
    port: int("PORT", 4000, 0, 65535),
    receiveTimeoutMs: int("HTTP_RECEIVE_TIMEOUT_MS", 30_000, 100, 3_600_000),
    keepAliveTimeoutMs: int("HTTP_KEEP_ALIVE_TIMEOUT_MS", 65_000, 1_000, 600_000),
    host: nonEmpty(env.HOST) ?? "0.0.0.0",
    production,
    neo4j,
    database: nonEmpty(env.NEO4J_DATABASE),
    connectTimeoutMs: int("NEO4J_CONNECT_TIMEOUT_MS", 60_000, 0, 3_600_000),
    queryTimeoutMs: int("NEO4J_QUERY_TIMEOUT_MS", 10_000, 100, 3_600_000),
    setupTimeoutMs: int("NEO4J_SETUP_TIMEOUT_MS", 600_000, 1_000, 86_400_000),
    seed: readSeed(env.SEED, problems),
    projectRoot,
    limits: {
      maxDepth: int("MAX_QUERY_DEPTH", 12, 1, 1000),
      maxCost: int("MAX_QUERY_COST", 20_000, 1, 1_000_000_000),
      maxAliases: int("MAX_QUERY_ALIASES", 30, 0, 100_000),
      maxTokens: int("MAX_QUERY_TOKENS", 20_000, 10, 10_000_000),
      maxResponseBytes: int("MAX_RESPONSE_BYTES", 5_000_000, 1_000, 2_000_000_000),
      maxBodyBytes: int("MAX_BODY_BYTES", 1_000_000, 1_000, 100_000_000),
      maxQueryLength: int("MAX_QUERY_LENGTH", 100_000, 100, 100_000_000),
    },
    introspection: readBoolean(env, "GRAPHQL_INTROSPECTION", !production, problems),
    suggestions: readBoolean(env, "GRAPHQL_SUGGESTIONS", !production, problems),
    corsOrigins: readOrigins(env.CORS_ORIGINS, problems),
    logLevel: readLogLevel(env.LOG_LEVEL, problems),
    dbLimits: {
      maxConnections: int("NEO4J_MAX_CONNECTIONS", 100, 1, 10_000),
      acquireTimeoutMs: int("NEO4J_ACQUIRE_TIMEOUT_MS", 5_000, 1, 600_000),
      retryTimeMs: int("NEO4J_RETRY_TIME_MS", 0, 0, 600_000),
      perClientConcurrency: int("MAX_DB_CONCURRENCY_PER_CLIENT", 8, 1, 10_000),
      perClientQueue: int("DB_QUEUE_PER_CLIENT", 32, 0, 100_000),
      requestTimeoutMs: int("REQUEST_TIMEOUT_MS", 30_000, 100, 3_600_000),
      clientIdHeader: nonEmpty(env.CLIENT_ID_HEADER)?.toLowerCase(),
    },
    embeddedRestarts: int("NEO4J_EMBEDDED_RESTARTS", 5, 0, 100),
    ingestToken: readToken(env.INGEST_TOKEN, problems),
    publicUrl: readPublicUrl(env.PUBLIC_URL, problems),
    responseCache: {
      ttlSeconds: int("RESPONSE_CACHE_SECONDS", 0, 0, 86_400),
      maxMb: int("RESPONSE_CACHE_MB", 64, 1, 100_000),
    },
    minFreeDiskMb: int("MIN_FREE_DISK_MB", 512, 0, 100_000_000),
    renders: {
      workers: int("RENDER_WORKERS", defaultRenderWorkers(), 1, 64),
      queuePerClient: int("RENDER_QUEUE_PER_CLIENT", 32, 0, 100_000),
    },
    newShapeSubqueriesPerMinute: int("NEW_SHAPE_SUBQUERIES_PER_MINUTE", 120, 0, 1_000_000),
    ingestFetch: {
      timeoutMs: int("INGEST_FETCH_TIMEOUT_MS", 20_000, 100, 600_000),
      maxBytes: int("INGEST_FETCH_MAX_MB", 32, 1, 1024) * 1024 * 1024,
      allow: readUrlAllow(env.INGEST_URL_ALLOW, problems),
    },
  };
  if (problems.length > 0) {
    throw new StartupError(
      `The environment has ${problems.length === 1 ? "a bad value" : `${problems.length} bad values`}: ${problems.join(" ")} ` +
        "Fix or unset them (every variable is listed in the README under Configuration) and start again.",
    );
  }
  return { ...config, ...overrides };
}

/**
 * Render workers when RENDER_WORKERS is unset: half the cores, at least 1 and at most 4, so that
 * renders never take every core from the event loop and Neo4j (1 on a 2-core machine).
 */
function defaultRenderWorkers(): number {
  return Math.max(1, Math.min(4, Math.floor(os.availableParallelism() / 2)));
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === "" ? undefined : v.trim();
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, but is "${raw}".`);
    return fallback;
  }
  return Number(raw);
}

function readNodeEnv(raw: string | undefined, problems: string[]): boolean {
  const v = nonEmpty(raw);
  if (v === undefined || v === "development" || v === "test") return false;
  if (v === "production") return true;
  problems.push(`NODE_ENV must be production, development or test, but is "${v}".`);
  return false;
}

function readBoolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const v = nonEmpty(env[name])?.toLowerCase();
  if (v === undefined) return fallback;
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  problems.push(`${name} must be true or false, but is "${env[name]}".`);
  return fallback;
}

function readOrigins(raw: string | undefined, problems: string[]): "*" | string[] {
  const v = nonEmpty(raw);
  if (v === undefined || v === "*") return "*";
  const origins = v
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");
  const bad = origins.filter((o) => !/^https?:\/\/[^\s/]+$/.test(o));
  if (bad.length > 0)
    problems.push(
      `CORS_ORIGINS must be * or a comma-separated list of origins like https://example.org (scheme and host, no path), but has "${bad.join('", "')}".`,
    );
  return origins;
}

function readUrlAllow(raw: string | undefined, problems: string[]): string[] {
  const entries = (nonEmpty(raw) ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  const bad = entries.map(allowEntryProblem).filter((p) => p !== undefined);
  if (bad.length > 0)
    problems.push(
      `INGEST_URL_ALLOW must be a comma-separated list of host names, addresses or networks (10.0.0.0/8), but ${bad.join("; ")}.`,
    );
  return entries;
}

function readLogLevel(raw: string | undefined, problems: string[]): LogLevel {
  const v = nonEmpty(raw)?.toLowerCase() ?? "info";
  if ((LOG_LEVELS as readonly string[]).includes(v)) return v as LogLevel;
  problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, but is "${raw}".`);
  return "info";
}

function readSeed(raw: string | undefined, problems: string[]): SeedMode {
  const v = nonEmpty(raw) ?? "auto";
  if (v === "auto" || v === "always" || v === "never") return v;
  problems.push(`SEED must be auto, always or never, but is "${v}".`);
  return "auto";
}

function readToken(raw: string | undefined, problems: string[]): string | undefined {
  const v = nonEmpty(raw);
  if (v !== undefined && v.length < 16)
    problems.push(
      "INGEST_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 32`), or unset to disable ingestDocument.",
    );
  return v;
}

function checkUnknown(env: Env, problems: string[]): void {
  const known = new Set<string>(KNOWN);
  for (const name of Object.keys(env)) {
    if (!/^(NEO4J_|MAX_QUERY_|POLICY_GRAPH_)/.test(name) || known.has(name) || TOLERATED.has(name)) continue;
    const hint = closest(name, KNOWN);
    problems.push(`${name} is not a setting of this service${hint ? ` (did you mean ${hint}?)` : ""}.`);
  }
}

/** The known name within edit distance 3, if any: turns a typo into a suggestion. */
function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d <= 3 && (!best || d < best.d)) best = { name: c, d };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function readPublicUrl(raw: string | undefined, problems: string[]): string | undefined {
  const v = nonEmpty(raw);
  if (v === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(v);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash) {
    problems.push(
      `PUBLIC_URL must be an absolute http(s) URL such as https://policy-graph.example.org (a path is allowed, no query or fragment), but is "${v}".`,
    );
    return undefined;
  }
  return v.replace(/\/+$/, "");
}

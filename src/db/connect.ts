import neo4j, { type Driver, Neo4jError } from "neo4j-driver";
import { firstLine } from "../errors/first-line.js";
import { StartupError } from "../errors/startup-error.js";

export interface ConnectOptions {
  uri: string;
  /** User and password: NEO4J_USERNAME/NEO4J_PASSWORD, or the embedded Neo4j's generated ones (see embedded.auth.ts). */
  auth?: { username: string; password: string };
  database?: string;
  /** Keep retrying an unreachable server this long: Docker's Neo4j takes a while to come up. */
  retryForMs: number;
  log?: (line: string) => void;
  /** Pool size, connection-acquisition timeout and transaction retry time; the driver's defaults (100, 60 s, 30 s) otherwise. */
  pool?: { maxConnections: number; acquireTimeoutMs: number; retryTimeMs: number };
}

/**
 * Opens a driver and waits until the server answers. Wrong credentials fail at once (retrying cannot
 * help); an unreachable server is retried with back-off until `retryForMs`, then reported.
 */
export async function connect(o: ConnectOptions): Promise<Driver> {
  const driver = neo4j.driver(o.uri, o.auth ? neo4j.auth.basic(o.auth.username, o.auth.password) : undefined, {
    disableLosslessIntegers: true,
    // Never longer than the acquisition timeout: the driver would otherwise wait for the longer one.
    connectionTimeout: Math.min(5_000, o.pool?.acquireTimeoutMs ?? 5_000),
    ...(o.pool && {
      maxConnectionPoolSize: o.pool.maxConnections,
      connectionAcquisitionTimeout: o.pool.acquireTimeoutMs,
      maxTransactionRetryTime: o.pool.retryTimeMs,
    }),
    logging: { level: "error", logger: (_level, message) => o.log?.(`neo4j-driver: ${message}`) },
  });
  const deadline = Date.now() + o.retryForMs;
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.getServerInfo({ database: o.database });
      return driver;
    } catch (error) {
      if (isAuthFailure(error)) {
        await driver.close();
        throw new StartupError(
          `Neo4j at ${o.uri} refused the credentials for user "${o.auth?.username ?? ""}". ` +
            "Set NEO4J_USERNAME and NEO4J_PASSWORD to the ones of that server (for the docker-compose Neo4j they are in docker-compose.yml), or unset NEO4J_URI to use the embedded Neo4j.",
          { cause: error },
        );
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        await driver.close();
        throw new StartupError(
          `Neo4j at ${o.uri} is not reachable (tried ${attempt} times over ${Math.round(o.retryForMs / 1000)} s; last error: ${describe(error)}). ` +
            "Check that the server is running and that NEO4J_URI names its Bolt address (e.g. bolt://localhost:7687 after `docker compose up -d neo4j`), " +
            "raise NEO4J_CONNECT_TIMEOUT_MS if it is slow to start, or unset NEO4J_URI to use the embedded Neo4j.",
          { cause: error },
        );
      }
      if (attempt === 1) o.log?.(`Waiting for Neo4j at ${o.uri} (up to ${Math.round(o.retryForMs / 1000)} s)…`);
      await new Promise((r) => setTimeout(r, Math.min(delay, remaining)));
      delay = Math.min(delay * 2, 2_000);
    }
  }
}

function isAuthFailure(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    /Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired)/.test(error.code)
  );
}

function describe(error: unknown): string {
  return firstLine(error, 200);
}

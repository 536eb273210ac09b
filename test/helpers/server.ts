import { type RunningApp, startApp } from "../../src/app.js";
import { type Config, loadConfig } from "../../src/config.js";
import { PROJECT_ROOT, testNeo4j } from "./neo4j.js";

/**
 * The whole service (seeded) on the test Neo4j, on a free HTTP port. `env` is read as the process
 * environment would be (e.g. `{ NODE_ENV: "production", MAX_QUERY_COST: "500" }`); `overrides` win.
 */
export async function startServer(
  env: Record<string, string> = {},
  overrides: Partial<Config> = {},
): Promise<RunningApp> {
  const t = testNeo4j();
  // Silent logs, and a transaction timeout long enough for the first seed load on a busy machine.
  const config = loadConfig(
    { LOG_LEVEL: "silent", NEO4J_QUERY_TIMEOUT_MS: "60000", ...env },
    {
      ...overrides,
      port: 0,
      host: "127.0.0.1",
      projectRoot: PROJECT_ROOT,
      // The first file to start a server seeds a fresh Neo4j: on a busy 2-core machine that one write
      // transaction can take longer than the service's 10 s default.
      queryTimeoutMs: 60_000,
      neo4j: { kind: "external", uri: t.uri, username: t.username ?? "neo4j", password: t.password ?? "" },
      ...overrides,
    },
  );
  return startApp(config, () => {});
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** POSTs an operation to /graphql as a client would. */
export async function executeGraphQL<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) } as GraphQLResponse<T>;
}

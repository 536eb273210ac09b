import { type RunningApp, startApp } from "../../src/app.js";
import { type Config, loadConfig } from "../../src/config.js";
import { PROJECT_ROOT, testNeo4j } from "./neo4j.js";

/** The whole service (seeded) on the test Neo4j, on a free HTTP port. */
export async function startServer(overrides: Partial<Config> = {}): Promise<RunningApp> {
  const t = testNeo4j();
  const config = loadConfig({}, {
    port: 0,
    host: "127.0.0.1",
    projectRoot: PROJECT_ROOT,
    neo4j: { kind: "external", uri: t.uri, username: t.username ?? "neo4j", password: t.password ?? "" },
    ...overrides,
  });
  return startApp(config, () => {});
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** POSTs an operation to /graphql as a client would. */
export async function executeGraphQL<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) } as GraphQLResponse<T>;
}

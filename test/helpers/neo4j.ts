import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { connect } from "../../src/db/connect.js";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import { Database } from "../../src/db/database.js";

import { PROJECT_ROOT } from "./project-root.js";

export { PROJECT_ROOT };

/** The test run's Neo4j, as the global setup provides it. */
export function testNeo4j() {
  return inject("neo4j");
}

function auth() {
  const t = testNeo4j();
  return t.username !== undefined ? { username: t.username, password: t.password ?? "" } : undefined;
}

/** The project's database door on the test Neo4j. */
export async function openTestDatabase(): Promise<Database> {
  const driver = await connect({ uri: testNeo4j().uri, auth: auth(), retryForMs: 10_000 });
  return new Database(driver, CypherStatements.load(path.join(PROJECT_ROOT, "cypher")), { queryTimeoutMs: 30_000 });
}

/** A raw driver for assertions and clean-up that the service itself never needs. */
export function openTestDriver(): Driver {
  const a = auth();
  return neo4j.driver(testNeo4j().uri, a ? neo4j.auth.basic(a.username, a.password) : undefined, {
    disableLosslessIntegers: true,
  });
}

/** Runs ad-hoc Cypher in a test (assertions, clean-up) and returns plain rows. */
export async function executeCypher(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((r) => r.toObject());
}

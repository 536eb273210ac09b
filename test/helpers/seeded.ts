import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { applySchema } from "../../src/db/apply-schema.js";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import type { Database } from "../../src/db/database.js";
import { seedGraph } from "../../src/ingest/seed.js";
import { executeCypher, openTestDatabase, openTestDriver, PROJECT_ROOT } from "./neo4j.js";

/** Applies the schema and loads the seed graph (skipped when it is already loaded and unchanged). */
export async function ensureSeeded(db: Database): Promise<void> {
  await applySchema(db, CypherStatements.load(path.join(PROJECT_ROOT, "cypher")));
  await seedGraph(db, PROJECT_ROOT);
}

/** Node and relationship counts of the whole graph, by label and by type. */
export async function graphCounts(
  driver: Driver,
): Promise<{ nodes: number; relationships: number; byLabel: Record<string, number>; byType: Record<string, number> }> {
  const labels = await executeCypher(driver, "MATCH (n:Entity) RETURN n.kind AS k, count(*) AS c ORDER BY k");
  const types = await executeCypher(driver, "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c ORDER BY k");
  const byLabel = Object.fromEntries(labels.map((r) => [r.k, r.c])) as Record<string, number>;
  const byType = Object.fromEntries(types.map((r) => [r.k, r.c])) as Record<string, number>;
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return { nodes: sum(byLabel), relationships: sum(byType), byLabel, byType };
}

/** What {@link useSeededGraph} hands a test file, filled in before its first test. */
export interface SeededGraph {
  db: Database;
  driver: Driver;
  /** Ad-hoc Cypher on the test Neo4j. */
  cypher(query: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  /** Back to the seed graph alone: everything deleted, the seed loaded again. */
  resetToSeed(): Promise<void>;
}

/** Opens the project's Database and a raw driver on the seeded test graph for one test file, and closes them after it. */
export function useSeededGraph(): SeededGraph {
  const handles = {
    cypher: (query: string, params = {}) => executeCypher(handles.driver, query, params),
    async resetToSeed() {
      await executeCypher(handles.driver, "MATCH (n) DETACH DELETE n");
      await seedGraph(handles.db, PROJECT_ROOT, { force: true });
    },
  } as SeededGraph;
  beforeAll(async () => {
    handles.db = await openTestDatabase();
    handles.driver = openTestDriver();
    await ensureSeeded(handles.db);
  });
  afterAll(async () => {
    await handles.db?.close();
    await handles.driver?.close();
  });
  return handles;
}

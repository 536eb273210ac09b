import path from "node:path";
import type { Driver } from "neo4j-driver";
import { applySchema } from "../../src/db/apply-schema.js";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import type { Database } from "../../src/db/database.js";
import { seedGraph } from "../../src/ingest/seed.js";
import { executeCypher, PROJECT_ROOT } from "./neo4j.js";

/** Applies the schema and loads the seed graph (skipped when it is already loaded and unchanged). */
export async function ensureSeeded(db: Database): Promise<void> {
  await applySchema(db, CypherStatements.load(path.join(PROJECT_ROOT, "cypher")));
  await seedGraph(db, PROJECT_ROOT);
}

/** Node and relationship counts of the whole graph, by label and by type. */
export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number; byLabel: Record<string, number>; byType: Record<string, number> }> {
  const labels = await executeCypher(driver, "MATCH (n:Entity) RETURN n.kind AS k, count(*) AS c ORDER BY k");
  const types = await executeCypher(driver, "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c ORDER BY k");
  const byLabel = Object.fromEntries(labels.map((r) => [r.k, r.c])) as Record<string, number>;
  const byType = Object.fromEntries(types.map((r) => [r.k, r.c])) as Record<string, number>;
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return { nodes: sum(byLabel), relationships: sum(byType), byLabel, byType };
}

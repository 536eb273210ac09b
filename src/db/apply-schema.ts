import type { Database } from "./database.js";
import type { CypherStatements } from "./cypher-statements.js";

/** Creates every constraint and index in `cypher/schema/` (all `IF NOT EXISTS`) and waits for them to be online. */
export async function applySchema(db: Database, statements: CypherStatements): Promise<void> {
  for (const name of statements.names("schema/")) await db.schema(name);
  await db.read("await-indexes");
}

import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import type { Database } from "../../src/db/database.js";
import { executeCypher, openTestDatabase, openTestDriver, PROJECT_ROOT } from "../helpers/neo4j.js";
import { ensureSeeded } from "../helpers/seeded.js";

const statements = CypherStatements.load(path.join(PROJECT_ROOT, "cypher"));
let db: Database;
let driver: Driver;

beforeAll(async () => {
  db = await openTestDatabase();
  driver = openTestDriver();
  await ensureSeeded(db);
});
afterAll(async () => {
  await db?.close();
  await driver?.close();
});

describe("cypher/", () => {
  it.each(statements.names().filter((n) => !n.startsWith("schema/")))("plans %s without error", async (name) => {
    await db.explain(name);
  });

  it("creates every constraint and index in cypher/schema, online", async () => {
    const rows = await executeCypher(driver, "SHOW INDEXES YIELD name, state RETURN name, state");
    const online = new Map(rows.map((r) => [r.name, r.state]));
    for (const name of ["entity_id", "entity_kind_ord", "entity_kind_name", "entity_document", "policy_document_number", "entity_search"]) {
      expect(online.get(name), name).toBe("ONLINE");
    }
    const [search] = await executeCypher(driver, "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_search' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer");
    expect(search!.analyzer).toBe("cjk");
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { useSeededGraph } from "../helpers/seeded.js";

const statements = CypherStatements.load(path.join(PROJECT_ROOT, "cypher"));
const graph = useSeededGraph();

describe("cypher/", () => {
  it.each(statements.names().filter((n) => !n.startsWith("schema/")))("plans %s without error", async (name) => {
    await graph.db.explain(name);
  });

  it("creates every constraint and index in cypher/schema, online", async () => {
    const rows = await graph.cypher("SHOW INDEXES YIELD name, state RETURN name, state");
    const online = new Map(rows.map((r) => [r.name, r.state]));
    for (const name of [
      "entity_id",
      "entity_kind_ord",
      "entity_kind_name",
      "entity_document",
      "policy_document_number",
      "entity_search",
    ]) {
      expect(online.get(name), name).toBe("ONLINE");
    }
    const [search] = await graph.cypher(
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_search' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    expect(search!.analyzer).toBe("cjk");
  });
});

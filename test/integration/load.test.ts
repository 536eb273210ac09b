import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import { loadExtraction } from "../../src/ingest/load.js";
import { RELATIONSHIP_TYPES } from "../../src/model/graph-model.js";
import { extractSeed } from "../../src/ingest/seed.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { graphCounts, useSeededGraph } from "../helpers/seeded.js";

const seed = () => extractSeed(PROJECT_ROOT)[0]!;

/** The seed as if its text no longer mentioned the entity `id`. */
function withoutNode(g: ReturnType<typeof seed>, id: string): ReturnType<typeof seed> {
  const relationships = g.relationships.filter((r) => r.from !== id && r.to !== id);
  return { ...g, nodes: g.nodes.filter((n) => n.id !== id), relationships, hash: `without ${id}` };
}
const graph = useSeededGraph();

// Leave the seed graph exactly as the seed says, whatever a test changed (registered before the
// handles close, so it runs first).
afterAll(async () => {
  await loadExtraction(graph.db, seed(), { force: true });
});

describe("loading the seed", () => {
  it("leaves the same node and relationship counts when loaded twice", async () => {
    const before = await graphCounts(graph.driver);
    const first = await loadExtraction(graph.db, seed(), { force: true });
    const second = await loadExtraction(graph.db, seed(), { force: true });
    expect(await graphCounts(graph.driver)).toEqual(before);
    expect(first.skipped || second.skipped).toBe(false);
    expect(before.byLabel).toMatchObject({ PolicyDocument: 5, Action: 5, Task: 18, Measure: 5, Target: 6 });
  });

  it("skips an unchanged document unless forced", async () => {
    expect((await loadExtraction(graph.db, seed())).skipped).toBe(true);
  });

  it("updates a changed seed in place and removes what it no longer says", async () => {
    const changed = seed();
    const task = changed.nodes.find((n) => n.id.endsWith("/task-18"))!;
    task.props.nameEn = "Changed title";
    changed.nodes = changed.nodes.filter((n) => !n.id.endsWith("/target-6"));
    changed.relationships = changed.relationships.filter((r) => !r.to.endsWith("/target-6"));
    changed.hash = "changed";
    const before = await graphCounts(graph.driver);
    await loadExtraction(graph.db, changed);
    const [row] = await graph.cypher("MATCH (t:Task {id: $id}) RETURN t.nameEn AS en", { id: task.id });
    expect(row!.en).toBe("Changed title");
    const after = await graphCounts(graph.driver);
    expect(after.byLabel.Target).toBe(before.byLabel.Target! - 1);
    expect(after.byType.SETS).toBe(before.byType.SETS! - 1);
    await loadExtraction(graph.db, seed(), { force: true });
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("removes a technology the changed seed no longer mentions, quote and all, and restores it when the text mentions it again", async () => {
    const gone = "Technology:blockchain";
    const changed = withoutNode(seed(), gone);
    const before = await graphCounts(graph.driver);
    const mentions = before.byType.MENTIONS! - (seed().relationships.length - changed.relationships.length);
    await loadExtraction(graph.db, changed);
    expect(await graph.cypher("MATCH (n:Entity {id: $id}) RETURN n.id", { id: gone })).toEqual([]);
    expect(await graph.cypher("MATCH (v:Evidence {node: $id}) RETURN v.quote AS quote", { id: gone })).toEqual([]);
    const after = await graphCounts(graph.driver);
    expect(after.byLabel.Technology).toBe(before.byLabel.Technology! - 1);
    expect(after.nodes).toBe(before.nodes - 1);
    expect(after.byType.MENTIONS).toBe(mentions);
    await loadExtraction(graph.db, seed(), { force: true });
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("keeps an entity that another document still mentions, but drops the quotes of the document that no longer does", async () => {
    const kept = "Technology:blockchain";
    const other = "PolicyDocument:test-other-document";
    const [task] = (await graph.cypher("MATCH (t:Task) RETURN t.id AS id LIMIT 1")) as { id: string }[];
    const taskId = task!.id;
    await graph.cypher(
      `MATCH (t:Entity {id: $kept}), (task:Entity {id: $taskId})
       CREATE (:Evidence {node: $kept, document: $other, quote: '区块链', start: 0, end: 3, rawStart: 0, rawEnd: 3})
       CREATE (task)-[:MENTIONS {id: 'test|other', document: $other}]->(t)`,
      { kept, taskId, other },
    );
    try {
      await loadExtraction(graph.db, withoutNode(seed(), kept));
      const [row] = await graph.cypher(
        "MATCH (v:Evidence {node: $id}) RETURN collect(v.document) AS documents, collect(v.quote) AS quotes",
        { id: kept },
      );
      expect(row).toEqual({ documents: [other], quotes: ["区块链"] });
    } finally {
      // The other document's traces go with the node; the reload makes it again from the seed alone.
      await graph.cypher(
        "MATCH (n:Entity {id: $kept}) DETACH DELETE n WITH count(*) AS gone MATCH (v:Evidence {node: $kept}) DELETE v",
        { kept },
      );
      await loadExtraction(graph.db, seed(), { force: true });
    }
    const [row] = await graph.cypher("MATCH (v:Evidence {node: $id}) RETURN collect(v.document) AS documents", {
      id: kept,
    });
    expect(new Set(row!.documents as string[])).toEqual(new Set([seed().documentId]));
  });

  it("writes nothing when any statement of a load fails", async () => {
    const before = await graphCounts(graph.driver);
    const broken = seed();
    broken.hash = "broken";
    broken.nodes.push({ id: "Task:broken/task-99", label: "Task", props: { name: "坏" }, evidence: [] });
    // A relationship type Neo4j cannot store (empty) fails the second statement, after nodes were merged.
    broken.relationships.push({
      id: "x",
      type: "" as never,
      from: "Task:broken/task-99",
      to: broken.documentId,
      props: {},
      evidence: [],
    });
    await expect(loadExtraction(graph.db, broken)).rejects.toThrow();
    expect(await graphCounts(graph.driver)).toEqual(before);
    expect(await graph.cypher("MATCH (n {id: 'Task:broken/task-99'}) RETURN n")).toEqual([]);
  });
});

describe("finding what a reload must remove", () => {
  const statement = CypherStatements.load(path.join(PROJECT_ROOT, "cypher")).get("delete-stale-relationships");

  it("names every relationship type of the model, each with an online index on `document`", async () => {
    const types = [...statement.matchAll(/\[r:([A-Z_]+)\]/g)].map((m) => m[1]);
    expect([...types].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    const rows = await graph.cypher(
      "SHOW RANGE INDEXES YIELD entityType, labelsOrTypes, properties, state WHERE entityType = 'RELATIONSHIP' AND properties = ['document'] RETURN labelsOrTypes[0] AS type, state",
    );
    expect(Object.fromEntries(rows.map((r) => [r.type, r.state]))).toEqual(
      Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, "ONLINE"])),
    );
  });

  it("seeks the document's relationships in their indexes instead of scanning every relationship", async () => {
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${statement}`, {
      documents: [{ id: "x", keepNodes: [], keepRelationships: [] }],
    });
    const operators: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      operators.push(p.operatorType.replace(/@.*$/, ""));
      p.children.forEach((c) => walk(c as typeof p));
    };
    walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
    expect(operators.filter((o) => /RelationshipIndexSeek$/.test(o))).toHaveLength(RELATIONSHIP_TYPES.length);
    expect(
      operators.filter((o) => /AllRelationshipsScan|RelationshipTypeScan|NodeByLabelScan|AllNodesScan/.test(o)),
    ).toEqual([]);
  });
});

import path from "node:path";
import type { GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import { pageStatement } from "../../src/graphql/engine/page-statement.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { executeRecorded, type Sent } from "../helpers/engine.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { useSeededGraph } from "../helpers/seeded.js";

const graph = useSeededGraph();
const statements = CypherStatements.load(path.join(PROJECT_ROOT, "cypher"));
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

/** Runs an operation through the engine on the real graph, recording every statement it sends through the database door. */
async function run(query: string): Promise<{ data: Record<string, any>; sent: Sent[] }> {
  const { res, sent } = await executeRecorded(graph, schema, query);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { data: res.data as Record<string, any>, sent };
}

/** The plan of a statement as run with `params` (PROFILE): operator names with their details and rows. */
async function profile(
  statement: string | { text: string; params: Record<string, unknown> },
  named: Record<string, unknown> = {},
) {
  const { text, params } =
    typeof statement === "string" ? { text: statements.get(statement), params: named } : statement;
  const result = await graph.driver.executeQuery(`PROFILE ${text}`, params);
  const ops: { op: string; details: string; rows: number }[] = [];
  const walk = (p: any) => {
    ops.push({
      op: p.operatorType.replace(/@.*/, ""),
      details: String(p.arguments?.Details ?? ""),
      rows: Number(p.rows),
    });
    p.children.forEach(walk);
  };
  walk(result.summary.profile);
  return { ops, records: result.records.map((r) => r.toObject()) };
}

const NESTED = (first: number, extra = "") => `{ tasks(first: ${first}) { ${extra} edges { node {
  id name
  action { name document { name } }
  platforms { name operator { name } }
  zones { name }
  technologies { name } } } } }`;

/** The properties a page statement returns of each item: its `collect([n.`a`, n.`b`, …]) AS page`. */
const pageProjection = (text: string): string[] =>
  [...text.match(/collect\(\[([^\]]*)\]\) AS page/)![1]!.matchAll(/n\.`(\w+)`/g)].map((m) => m[1]!);

describe("projection: fetch what the query selects", () => {
  it("does not read a task's text or evidence when the query does not select them", async () => {
    const { data, sent } = await run(`{ tasks(first: 18) { edges { node { name } } } }`);
    expect(data.tasks.edges).toHaveLength(18);
    const list = sent.find((s) => s.name === "list-entities-by-position")!;
    expect(pageProjection(list.text!).sort()).toEqual(["id", "kind", "name", "ord"]);
    expect((list.rows[0]!.page as unknown[][]).every((values) => values.length === 4)).toBe(true);
  });

  it("reads the text when the query selects it, and a node's evidence apart, a page for all the page's nodes in one statement", async () => {
    const { data, sent } = await run(
      `{ tasks(first: 2) { edges { node { name text evidence { quote start } evidenceCount } } } }`,
    );
    const props = pageProjection(sent.find((s) => s.name === "list-entities-by-position")!.text!);
    expect(props).toContain("text");
    expect(props.filter((p) => p.startsWith("evidence"))).toEqual([]);
    const evidence = sent.filter((s) => s.name === "find-evidence-of-nodes");
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.params).toMatchObject({
      ids: data.tasks.edges.map((e: any) => e.node.id ?? expect.any(String)),
      offset: 0,
      first: 20,
    });
    expect(data.tasks.edges[1].node.evidenceCount).toBeGreaterThanOrEqual(data.tasks.edges[1].node.evidence.length);
    expect(data.tasks.edges[1].node.text).toMatch(/^2\.推进创新平台建设。/);
    expect(data.tasks.edges[1].node.evidence[0].quote).toMatch(/^2\.推进创新平台建设/);
  });

  it("projects the nodes at the far end of a relationship to what their own selection reads, through fragments and aliases", async () => {
    const { data, sent } = await run(`{ tasks(first: 3) { edges { node { ...T } } } }
      fragment T on Task { places: zones { ... on Node { label: name } } develops { intent zone { nameEn } } }`);
    expect(sent.map((s) => s.name)).toEqual(["list-entities-by-position"]);
    const text = sent[0]!.text!;
    expect(text).toMatch(
      /\(n\)-\[r1:`DEVELOPS`\]->\(n1:Entity\) .* RETURN \[r1\.`id`, r1\.`intent`, n1\.`id`, n1\.`kind`, n1\.`nameEn`\] \}/,
    );
    expect(text).not.toContain("`text`");
    const task2 = data.tasks.edges[1].node;
    expect(task2.places.map((z: any) => z.label)).toContain("国家级人工智能创新试验区");
    expect(task2.develops.every((d: any) => ["CREATE", "BUILD"].includes(d.intent))).toBe(true);
  });

  it("reads a small fraction of the bytes that fetching the same nodes whole would", async () => {
    const { sent } = await run(NESTED(18));
    const fetched = sent.reduce((n, s) => n + JSON.stringify(s.rows).length, 0);
    expect(sent).toHaveLength(1);
    const [row] = sent[0]!.rows;
    const ids = [...(row!.page as string[][]).map((v) => v[0]!), ...(row!.kids as Kids[]).flatMap(farIds)];
    const whole = await graph.cypher(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS n`, { ids });
    expect(ids.length).toBeGreaterThan(18 * 3);
    expect(fetched * 5).toBeLessThan(JSON.stringify(whole).length);
  });
});

/**
 * The lists below one node, as lookahead returns them: per plan, items that are one flat list of
 * relationship values, far node values, then the lists below. NESTED reads no relationship
 * property and no list-valued node property, so an item is [far node id, …, lists below].
 */
type Kids = unknown[][][];
const farIds = (kids: Kids): string[] =>
  kids.flatMap((items) => items.flatMap((item) => [item[0] as string, ...farIds(item.filter(Array.isArray) as Kids)]));

describe("lookahead: one statement for a query, whatever its depth", () => {
  it("reads a page and the three levels below it in one statement, for 18 tasks as for 2", async () => {
    for (const first of [18, 2]) {
      const { data, sent } = await run(NESTED(first));
      expect(data.tasks.edges).toHaveLength(first);
      expect(sent.map((s) => s.name)).toEqual(["list-entities-by-position"]);
      expect(data.tasks.edges[1].node.platforms.length).toBeGreaterThan(0);
      for (const e of data.tasks.edges)
        for (const p of e.node.platforms) expect(p.operator === null || typeof p.operator.name === "string").toBe(true);
    }
  });

  it("answers the levels below from one statement exactly as Neo4j holds them, in list order", async () => {
    const { data } = await run(NESTED(18));
    const expected = await graph.cypher(`MATCH (t:Task) WITH t ORDER BY t.ord, t.id
      RETURN t.id AS id,
        COLLECT { MATCH (t)-[:SUPPORTS]->(p) WITH p ORDER BY p.ord, p.id RETURN [p.name, COLLECT { MATCH (p)-[:OPERATED_BY]->(o) RETURN o.name }] } AS platforms,
        COLLECT { MATCH (t)-[:MENTIONS]->(x:Technology) RETURN x.name } AS technologies,
        COLLECT { MATCH (a:Action)-[:HAS_PART]->(t) RETURN a.name } AS action`);
    expect(data.tasks.edges.map((e: any) => e.node.id)).toEqual(expected.map((r) => r.id));
    data.tasks.edges.forEach((e: any, i: number) => {
      const want = expected[i]!;
      expect(e.node.platforms.map((p: any) => [p.name, p.operator ? [p.operator.name] : []]).sort()).toEqual(
        [...(want.platforms as unknown[])].sort(),
      );
      expect(e.node.technologies.map((x: any) => x.name).sort()).toEqual([...(want.technologies as string[])].sort());
      expect(e.node.action?.name ?? null).toBe((want.action as string[])[0] ?? null);
    });
  });

  it("reads a page's totalCount in the page's own statement", async () => {
    const { data, sent } = await run(NESTED(5, "totalCount"));
    expect(data.tasks.totalCount).toBe(18);
    expect(sent.map((s) => s.name)).toEqual(["list-entities-by-position"]);
  });

  it("answers the ends of an edge from the nodes already fetched, without another statement", async () => {
    const { data, sent } = await run(
      `{ measures(first: 5) { edges { node { name responsible { role agency { name } measure { name } } } } } }`,
    );
    expect(sent.map((s) => s.name)).toEqual(["list-entities-by-position"]);
    const first = data.measures.edges[0].node;
    expect(first.responsible[0]).toEqual({
      role: "LEAD",
      agency: { name: "广州市工业和信息化局" },
      measure: { name: first.name },
    });
  });

  it("answers a node by id and everything below it in one statement", async () => {
    const [task] = await graph.cypher(
      `MATCH (d:PolicyDocument)-[:HAS_PART]->(a:Action)-[:HAS_PART]->(t:Task) RETURN t.id AS id, a.name AS action, d.name AS document ORDER BY t.ord LIMIT 1`,
    );
    const { data, sent } = await run(
      `{ node(id: "${task!.id}") { ... on Task { id name action { name document { name } } } } }`,
    );
    expect(sent.map((s) => s.name)).toEqual(["lookahead-nodes"]);
    expect(data.node.action).toEqual({ name: task!.action, document: { name: task!.document } });
  });

  it("reads the levels below a root it cannot look through (search hits) in one more statement, whatever their depth", async () => {
    const { data, sent } = await run(
      `{ search(query: "平台", first: 10) { node { id ... on Task { platforms { name operator { name } } action { document { name } } } } } }`,
    );
    expect(sent.map((s) => s.name)).toEqual(["search-entities", "lookahead-related"]);
    const tasks = data.search.map((h: any) => h.node).filter((n: any) => n.platforms);
    expect(tasks.length).toBeGreaterThan(0);
    const expected = await graph.cypher(
      `UNWIND $ids AS id MATCH (t:Task {id: id})
      RETURN t.id AS id, COLLECT { MATCH (t)-[:SUPPORTS]->(p) RETURN [p.name, COLLECT { MATCH (p)-[:OPERATED_BY]->(o) RETURN o.name }] } AS platforms,
        COLLECT { MATCH (d:PolicyDocument)-[:HAS_PART]->(:Action)-[:HAS_PART]->(t) RETURN d.name } AS documents`,
      { ids: tasks.map((t: any) => t.id) },
    );
    tasks.forEach((t: any, i: number) => {
      expect(t.platforms.map((p: any) => [p.name, p.operator ? [p.operator.name] : []]).sort()).toEqual(
        [...(expected[i]!.platforms as unknown[])].sort(),
      );
      expect(t.action?.document?.name ?? null).toBe((expected[i]!.documents as string[])[0] ?? null);
    });
  });

  it("keeps a relationship selected on one kind apart from the same relationship selected on another", async () => {
    const [task] = await graph.cypher(
      `MATCH (t:Task)-[r:MENTIONS]->() WITH t, count(r) AS n ORDER BY n DESC, t.id LIMIT 1 RETURN t.id AS id, n`,
    );
    const { data, sent } = await run(
      `{ node(id: "${task!.id}") { ... on Task { mentions { id } } ... on Measure { mentions { id evidence { quote } } } } }`,
    );
    expect(sent.map((s) => s.name)).toEqual(["lookahead-nodes"]);
    expect(data.node.mentions).toHaveLength(task!.n as number);
  });

  it("keeps the filters of each field apart when one relationship is selected twice with different arguments", async () => {
    const { res, sent } = await executeRecorded(
      graph,
      schema,
      `query M($roles: [ResponsibleRole!]) { measures(first: 8) { edges { node { id
      leads: responsible(role: $roles) { role agency { name } } all: responsible { role agency { name } } leadUnit: lead { name } } } } }`,
      { roles: ["LEAD"] },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(sent.map((s) => s.name)).toEqual(["list-entities-by-position"]);
    const expected = await graph.cypher(`MATCH (m:Measure) WITH m ORDER BY m.ord, m.id LIMIT 8
      RETURN m.id AS id, COLLECT { MATCH (m)-[r:RESPONSIBLE]->(a) WITH r, a ORDER BY r.position RETURN {role: r.role, agency: {name: a.name}} } AS all`);
    const measures = (res.data as any).measures.edges.map((e: any) => e.node);
    expect(measures.map((m: any) => m.id)).toEqual(expected.map((r) => r.id));
    expect(measures.some((m: any) => m.all.length > m.leads.length)).toBe(true);
    measures.forEach((m: any, i: number) => {
      const all = expected[i]!.all as { role: string; agency: { name: string } }[];
      expect(m.all).toEqual(all);
      expect(m.leads).toEqual(all.filter((r) => r.role === "LEAD"));
      expect(m.leadUnit).toEqual(all.find((r) => r.role === "LEAD")?.agency ?? null);
    });
  });
});

describe("lists: index seeks and constant-time counts", () => {
  const KIND = "EngineProbe";
  const COUNT = 12_000;
  const page = (after: { ord: number; id: string } | null, limit: number) => ({
    kind: KIND,
    levels: null,
    category: null,
    partOf: null,
    nameContains: null,
    relatedTo: null,
    afterOrd: neo4j.int(after?.ord ?? -1),
    afterId: after?.id ?? "",
    limit: neo4j.int(limit),
    props: ["id", "ord"],
  });
  /** The engine's page statement for the probe kind, unfiltered and forward. */
  const listing = (byName: boolean, params: Record<string, unknown>) =>
    pageStatement(
      {
        kind: KIND,
        byName,
        forward: true,
        levels: false,
        category: false,
        nameContains: false,
        props: ["id", "ord"],
        plans: [],
      },
      params,
    );

  beforeAll(async () => {
    // Three probes share each ord, so the id tie-break is exercised on every page.
    await graph.cypher(
      `UNWIND range(0, $n - 1) AS i CREATE (:Entity {id: $kind + ':' + toString(100000 + i), kind: $kind, name: 'probe ' + toString(i % 1000), ord: i / 3})`,
      { n: neo4j.int(COUNT), kind: KIND },
    );
  });
  afterAll(async () => {
    await graph.cypher(`MATCH (n:Entity {kind: $kind}) DETACH DELETE n`, { kind: KIND });
  });

  it("seeks the (kind, ord) index from the cursor of a page after the 10,000th item, reading about one page", async () => {
    const { ops, records } = await profile(listing(false, page({ ord: 10_000 / 3, id: `${KIND}:110000` }, 6)));
    expect(records[0]!.page.map((v: string[]) => v[0])).toEqual(
      [110001, 110002, 110003, 110004, 110005, 110006].map((i) => `${KIND}:${i}`),
    );
    const seek = ops.find((o) => o.op === "NodeIndexSeek")!;
    expect(seek.details).toMatch(/Entity\(kind, ord\)/);
    expect(ops.map((o) => o.op)).not.toContain("NodeByLabelScan");
    expect(ops.map((o) => o.op)).not.toContain("Sort");
    expect(seek.rows).toBeLessThan(20);
  });

  it("seeks the (kind, name) index for pages in name order", async () => {
    const { ops } = await profile(listing(true, { ...page(null, 6), afterName: "probe 5", afterId: "" }));
    const seek = ops.find((o) => o.op === "NodeIndexSeek")!;
    expect(seek.details).toMatch(/Entity\(kind, name\)/);
    expect(ops.map((o) => o.op)).not.toContain("NodeByLabelScan");
    expect(seek.rows).toBeLessThan(100);
  });

  it("pages through thousands of items with equal sort keys, each exactly once and in order", async () => {
    const seen: string[] = [];
    let after: { ord: number; id: string } | null = null;
    for (;;) {
      const [row] = await graph.db.readGenerated(
        listing(false, { ...page(null, 0), afterOrd: after?.ord ?? -1, afterId: after?.id ?? "", limit: 1000 }),
      );
      const values = row!.page as [string, number][];
      if (values.length === 0) break;
      seen.push(...values.map((v) => v[0]));
      const [id, ord] = values.at(-1)!;
      after = { ord, id };
    }
    expect(seen).toHaveLength(COUNT);
    expect(seen).toEqual([...seen].sort());
  });

  it("walks a list filtered by partOf from that node, not from every node of the kind, and pages it", async () => {
    const action = "Action:gz-ai-plan-2020-2022/action-2";
    const { ops } = await profile("list-related-entities-by-position", {
      ...page(null, 3),
      kind: "Task",
      partOf: action,
    });
    expect(ops.find((o) => o.op === "NodeUniqueIndexSeek")!.details).toMatch(/anchor:Entity\(id\)/);
    expect(ops.map((o) => o.op)).not.toContain("NodeIndexSeek");
    const first = await run(
      `{ tasks(partOf: "${action}", first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { node { ordinal } } } }`,
    );
    expect(first.data.tasks.edges.map((e: any) => e.node.ordinal)).toEqual([3, 4]);
    expect(first.data.tasks.totalCount).toBe(4);
    const next = await run(
      `{ tasks(partOf: "${action}", first: 2, after: "${first.data.tasks.pageInfo.endCursor}") { pageInfo { hasNextPage } edges { node { ordinal } } } }`,
    );
    expect(next.data.tasks.edges.map((e: any) => e.node.ordinal)).toEqual([5, 6]);
    expect(next.data.tasks.pageInfo.hasNextPage).toBe(false);
  });

  it("counts an unfiltered list from Neo4j's count store", async () => {
    const { ops, records } = await profile("count-entities-of-kind", { kind: "Task" });
    expect(records).toEqual([{ total: 18 }]);
    expect(ops.map((o) => o.op)).toContain("NodeCountFromCountStore");
    expect(ops.map((o) => o.op)).not.toContain("NodeByLabelScan");
  });

  it("gives the same totalCount from the count store as from the filtered count", async () => {
    const { data } = await run(
      `{ tasks { totalCount } agencies { totalCount } filtered: tasks(nameContains: "") { totalCount } }`,
    );
    expect(data.tasks.totalCount).toBe(18);
    expect(data.filtered.totalCount).toBe(18);
    const [row] = await graph.cypher(`MATCH (n:Agency) RETURN count(n) AS n`);
    expect(data.agencies.totalCount).toBe(row!.n);
  });
});

describe("neighbourhood: bounded by what it returns", () => {
  const PLAN = "PolicyDocument:gz-ai-plan-2020-2022";

  it("says when its limit cut a neighbourhood short, and keeps only edges between the nodes it returns", async () => {
    const { data, sent } = await run(
      `{ neighborhood(id: "${PLAN}", depth: 2, limit: 10) { truncated nodes { id } edges { source target } } }`,
    );
    const n = data.neighborhood;
    expect(n.truncated).toBe(true);
    expect(n.nodes).toHaveLength(10);
    const ids = new Set(n.nodes.map((x: any) => x.id));
    for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const hops = sent.map((x) => (x.name === "find-neighbours" ? x.rows : (x.rows[0]!.rows as unknown[])));
    for (const rows of hops) expect(rows.length).toBeLessThanOrEqual(40);
  });

  it("reads a hub's first hop for the nodes it returns, with every edge between the start and each of them", async () => {
    const { data, sent } = await run(
      `{ neighborhood(id: "${PLAN}", depth: 1, limit: 6) { truncated nodes { entityId } edges { id } } }`,
    );
    const n = data.neighborhood;
    expect(n.truncated).toBe(true);
    expect(n.nodes).toHaveLength(6);
    const [first] = sent[0]!.rows as { rows: unknown[] }[];
    // Only edges to the neighbours chosen (at most one more than fits) are read, not the limit's four rows per node.
    const [edges] = await graph.cypher(
      `MATCH (a:Entity {id: $id})-[r]-(b:Entity) WHERE b.id IN $ids RETURN count(r) AS n`,
      { id: PLAN, ids: n.nodes.map((x: any) => x.entityId) },
    );
    expect(n.edges).toHaveLength(Number(edges!.n));
    expect(first!.rows.length).toBeLessThanOrEqual(Number(edges!.n) + 3);
  });

  it("answers a node whose first hop finds nothing with the node alone", async () => {
    const { data } = await run(
      `{ neighborhood(id: "${PLAN}", types: ["REPEALS"]) { truncated nodes { entityId } edges { id } } }`,
    );
    expect(data.neighborhood).toEqual({ truncated: false, nodes: [{ entityId: PLAN }], edges: [] });
  });

  it("returns the whole neighbourhood with truncated false when it fits the limit, in one statement per hop", async () => {
    const { data, sent } = await run(
      `{ neighborhood(id: "${PLAN}", depth: 2, limit: 5000) { truncated nodes { id } } }`,
    );
    expect(data.neighborhood.truncated).toBe(false);
    expect(data.neighborhood.nodes.length).toBeGreaterThan(10);
    expect(sent.map((s) => s.name)).toEqual(["find-neighbours-of-start", "find-neighbours"]);
  });

  it("rejects a limit outside 1 to 5000, naming the range", async () => {
    const { res } = await executeRecorded(graph, schema, `{ neighborhood(id: "${PLAN}", limit: 0) { truncated } }`);
    expect(res.errors?.[0]?.message).toBe("limit must be a whole number from 1 to 5000, but was 0.");
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("shortestPath: one statement", () => {
  it("finds a path in one statement, returns a node's path to itself, and tells an unknown end from no path", async () => {
    const { data, sent } = await run(
      `{ shortestPath(from: "Organization:iflytek", to: "Agency:state-council") { length nodes { id } } }`,
    );
    expect(data.shortestPath.length).toBe(6);
    expect(sent.map((s) => s.name)).toEqual(["find-shortest-paths"]);
    const self = await run(
      `{ shortestPath(from: "Organization:iflytek", to: "Organization:iflytek") { length nodes { entityId } } }`,
    );
    expect(self.data.shortestPath).toEqual({ length: 0, nodes: [{ entityId: "Organization:iflytek" }] });
    expect(
      (await run(`{ shortestPath(from: "Organization:iflytek", to: "Agency:state-council", maxLength: 3) { length } }`))
        .data.shortestPath,
    ).toBeNull();
    const { res: missing } = await executeRecorded(
      graph,
      schema,
      `{ shortestPath(from: "Organization:iflytek", to: "Agency:nope") { length } }`,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(missing.errors?.[0]?.message).toContain("Agency:nope");
  });
});

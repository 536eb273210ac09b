import type { GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageStatement } from "../../src/graphql/engine/page-statement.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { executeRecorded, type Sent } from "../helpers/engine.js";
import { useSeededGraph } from "../helpers/seeded.js";

const graph = useSeededGraph();
const PLAN = "PolicyDocument:gz-ai-plan-2020-2022";
const LEADS_MEASURES = `{types: ["RESPONSIBLE"], direction: IN, roles: ["LEAD"], otherKinds: ["Measure"]}`;
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

const execute = (query: string, variables: Record<string, unknown> = {}) =>
  executeRecorded(graph, schema, query, variables);

async function run(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: Record<string, any>; sent: Sent[] }> {
  const { res, sent } = await execute(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { data: res.data as Record<string, any>, sent };
}

async function errorOf(query: string): Promise<{ code: unknown; message: string }> {
  const { res } = await execute(query);
  expect(res.errors, "an error").toHaveLength(1);
  return { code: res.errors![0]!.extensions.code, message: res.errors![0]!.message };
}

/** Every item of a list, paged forward with `first` or backward with `last`, checking pageInfo on the way. */
async function walk(
  list: string,
  args: string,
  direction: "first" | "last",
  size: number,
  fields = "id",
): Promise<string[]> {
  const cursorArg = direction === "first" ? "after" : "before";
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 200; i++) {
    const query = `query($c: String) { ${list}(${args}${args ? ", " : ""}${direction}: ${size}, ${cursorArg}: $c) {
      edges { cursor node { ${fields} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const { data } = await run(query, { c: cursor });
    const page = data[list];
    const ids = page.edges.map((e: any) => e.node.id);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (direction === "first") {
      expect(page.pageInfo.hasPreviousPage).toBe(cursor !== null);
      seen.push(...ids);
      if (!page.pageInfo.hasNextPage) return seen;
      cursor = page.pageInfo.endCursor;
    } else {
      expect(page.pageInfo.hasNextPage).toBe(cursor !== null);
      seen.unshift(...ids);
      if (!page.pageInfo.hasPreviousPage) return seen;
      cursor = page.pageInfo.startCursor;
    }
  }
  throw new Error(`${list} did not end`);
}

/** Agencies with the measures each leads, in ranking order (most first, ties by id), from Cypher. */
async function agenciesByMeasuresLed() {
  return graph.cypher(`MATCH (a:Agency)
    RETURN a.id AS id, COUNT { (:Measure)-[:RESPONSIBLE {role: 'LEAD'}]->(a) } AS led ORDER BY led DESC, id`);
}

describe("rankings and counts", () => {
  it("ranks agencies by the measures they lead, most first and ties in id order, showing the count it ranked by", async () => {
    const expected = await agenciesByMeasuresLed();
    const { data, sent } = await run(
      `{ agencies(first: 100, rankBy: ${LEADS_MEASURES}) { totalCount edges { node { id responsibleCount(role: LEAD, kind: MEASURE) } } } }`,
    );
    expect(data.agencies.edges.map((e: any) => ({ id: e.node.id, led: e.node.responsibleCount }))).toEqual(expected);
    expect(data.agencies.totalCount).toBe(expected.length);
    expect(expected[0]!.led as number).toBeGreaterThan(expected.at(-1)!.led as number);
    // The page, its counts and its total: one statement each, whatever the page size.
    expect(sent.map((s) => s.name).sort()).toEqual([
      "count-entities-of-kind",
      "count-relationships",
      "list-entities-by-count",
    ]);
  });

  it("ranks the smallest count first when descending is false", async () => {
    const expected = await graph.cypher(`MATCH (a:Agency) RETURN a.id AS id, COUNT { (a)--() } AS d ORDER BY d, id`);
    const { data } = await run(
      `{ agencies(first: 100, rankBy: {descending: false}) { edges { node { id degree } } } }`,
    );
    expect(data.agencies.edges.map((e: any) => ({ id: e.node.id, d: e.node.degree }))).toEqual(expected);
  });

  it("pages a ranking with ties forward and backward by cursor, each agency exactly once and in the same order", async () => {
    const expected = (await agenciesByMeasuresLed()).map((r) => r.id);
    const ties = new Set((await agenciesByMeasuresLed()).map((r) => r.led)).size;
    expect(ties).toBeLessThan(expected.length); // ties exist, so the id tie-break is exercised
    const forward = await walk("agencies", `rankBy: ${LEADS_MEASURES}`, "first", 3);
    const backward = await walk("agencies", `rankBy: ${LEADS_MEASURES}`, "last", 3);
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
  });

  it("counts degree by type, direction, role and far kind for a whole page in one statement", async () => {
    const { data, sent } = await run(`{ agencies(first: 100) { edges { node { id
      all: degree
      mentioned: degree(types: ["MENTIONS"], direction: IN)
      out: degree(direction: OUT)
      participates: degree(types: ["RESPONSIBLE"], roles: ["PARTICIPANT"])
      fromTasks: degree(otherKinds: ["Task"])
      responsibleCount
      tasksLed: responsibleCount(role: [LEAD], kind: [TASK])
    } } } }`);
    expect(sent.filter((s) => s.name === "count-relationships")).toHaveLength(1);
    const rows = await graph.cypher(`MATCH (a:Agency) RETURN a.id AS id,
      COUNT { (a)--() } AS all, COUNT { (a)<-[:MENTIONS]-() } AS mentioned, COUNT { (a)-->() } AS out,
      COUNT { (a)-[:RESPONSIBLE {role: 'PARTICIPANT'}]-() } AS participates, COUNT { (a)--(:Task) } AS fromTasks,
      COUNT { (a)<-[:RESPONSIBLE]-() } AS responsibleCount, COUNT { (a)<-[:RESPONSIBLE {role: 'LEAD'}]-(:Task) } AS tasksLed`);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const { node } of data.agencies.edges) expect(node, node.id).toEqual(byId.get(node.id));
    expect(rows.some((r) => (r.responsibleCount as number) > 0 && (r.mentioned as number) > 0)).toBe(true);
  });

  it("gives degree on every kind of entity through the Node interface", async () => {
    const { data } = await run(
      `{ node(id: "${PLAN}") { id degree parts: degree(types: ["HAS_PART"], direction: OUT) } }`,
    );
    const [row] = await graph.cypher(
      `MATCH (d {id: $id}) RETURN COUNT { (d)--() } AS all, COUNT { (d)-[:HAS_PART]->() } AS parts`,
      { id: PLAN },
    );
    expect(data.node).toEqual({ id: PLAN, degree: row!.all, parts: row!.parts });
  });

  it("refuses unknown relationship types, roles and kinds in counts and rankings, naming what exists", async () => {
    expect(await errorOf(`{ node(id: "${PLAN}") { degree(types: ["LIKES"]) } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringContaining("LIKES"),
    });
    expect(await errorOf(`{ agencies(rankBy: {roles: ["BOSS"]}) { totalCount } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringMatching(/roles has unknown roles BOSS; known: LEAD/),
    });
    expect(await errorOf(`{ agencies(rankBy: {otherKinds: ["Person"]}) { totalCount } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringContaining("Person"),
    });
    expect(await errorOf(`{ agencies(orderBy: NAME, rankBy: {types: ["RESPONSIBLE"]}) { totalCount } }`)).toEqual({
      code: "BAD_USER_INPUT",
      message: "Pass orderBy or rankBy, not both: rankBy orders the list by its count.",
    });
  });

  it("refuses the cursor of one ranking on another", async () => {
    const { data } = await run(`{ agencies(first: 2, rankBy: ${LEADS_MEASURES}) { pageInfo { endCursor } } }`);
    const other = await errorOf(
      `{ agencies(first: 2, after: "${data.agencies.pageInfo.endCursor}", rankBy: {types: ["MENTIONS"]}) { totalCount } }`,
    );
    expect(other.code).toBe("BAD_USER_INPUT");
    expect(other.message).toContain("the same rankBy");
  });
});

describe("multi-value filters", () => {
  it("keeps documents of several levels at once, and still takes one level as a literal or a variable", async () => {
    const expected = await graph.cypher(
      `MATCH (d:PolicyDocument) WHERE d.level IN ['NATIONAL', 'PROVINCIAL'] RETURN d.id AS id ORDER BY d.ord, d.id`,
    );
    const { data } = await run(`{ documents(level: [NATIONAL, PROVINCIAL]) { totalCount edges { node { id } } } }`);
    expect(data.documents.edges.map((e: any) => e.node.id)).toEqual(expected.map((r) => r.id));
    expect(data.documents.totalCount).toBe(expected.length);
    const national = await graph.cypher(
      `MATCH (d:PolicyDocument {level: 'NATIONAL'}) RETURN d.id AS id ORDER BY d.ord, d.id`,
    );
    const literal = await run(`{ documents(level: NATIONAL) { edges { node { id } } } }`);
    const variable = await run(`query($l: [Level!]) { documents(level: $l) { edges { node { id } } } }`, {
      l: "NATIONAL",
    });
    for (const d of [literal.data, variable.data])
      expect(d.documents.edges.map((e: any) => e.node.id)).toEqual(national.map((r) => r.id));
    expect(national.length).toBeGreaterThan(0);
    expect(expected.length).toBeGreaterThan(national.length);
  });

  it("filters the documents a document implements by level, in the same statement as its other relationships", async () => {
    const expected = await graph.cypher(
      `MATCH (:PolicyDocument {id: $plan})-[:IMPLEMENTS]->(d) WHERE d.level IN ['NATIONAL', 'PROVINCIAL'] RETURN d.id AS id ORDER BY d.ord, d.id`,
      { plan: PLAN },
    );
    const { data, sent } = await run(
      `{ node(id: "${PLAN}") { ... on PolicyDocument { implements(level: [NATIONAL, PROVINCIAL]) { id } all: implements { id } implementsEdges(level: PROVINCIAL) { evidence { quote } } } } }`,
    );
    expect(data.node.implements.map((d: any) => d.id)).toEqual(expected.map((r) => r.id));
    expect(data.node.all.length).toBeGreaterThan(expected.length);
    expect(data.node.implementsEdges).toHaveLength(1);
    expect(data.node.implementsEdges[0].evidence[0].quote).toMatch(/^《/);
    expect(sent.map((s) => s.name)).toEqual(["lookahead-nodes"]);
  });

  it("keeps only the responsibilities of the roles asked for, on measures and agencies", async () => {
    const { data } = await run(`{
      measures { edges { node { id responsible(role: [LEAD]) { role agency { id } } agencies(role: PARTICIPANT) { id } } } }
      agencies(first: 100) { edges { node { id measures(role: LEAD) { id } responsibleFor(role: [PARTICIPANT, JOINT]) { role } } } } }`);
    const leads = await graph.cypher(
      `MATCH (m:Measure)-[:RESPONSIBLE {role: 'LEAD'}]->(a) RETURN m.id AS m, a.id AS a`,
    );
    const led = new Map(leads.map((r) => [r.m, r.a]));
    for (const { node } of data.measures.edges) {
      expect(node.responsible.map((r: any) => r.agency.id)).toEqual(led.has(node.id) ? [led.get(node.id)] : []);
      expect(node.agencies.map((a: any) => a.id)).not.toContain(led.get(node.id));
    }
    const measuresLed = data.agencies.edges.flatMap((e: any) => e.node.measures.map((m: any) => [m.id, e.node.id]));
    expect(new Map(measuresLed)).toEqual(led);
    const others = data.agencies.edges.flatMap((e: any) => e.node.responsibleFor.map((r: any) => r.role));
    const [count] = await graph.cypher(
      `MATCH ()-[r:RESPONSIBLE]->(:Agency) WHERE r.role IN ['PARTICIPANT', 'JOINT'] RETURN count(r) AS n`,
    );
    expect(others.length).toBe(count!.n);
    expect(others.length).toBeGreaterThan(0);
    expect(others).not.toContain("LEAD");
  });
});

describe("backward paging (last/before)", () => {
  it.each([
    ["tasks", "", 5],
    ["tasks", "orderBy: NAME", 4],
    ["agencies", "orderBy: NAME", 3],
    ["tasks", `partOf: "Action:gz-ai-plan-2020-2022/action-2"`, 1],
    ["tasks", `partOf: "Action:gz-ai-plan-2020-2022/action-2", orderBy: NAME`, 3],
    ["agencies", `relatedTo: "${PLAN}"`, 1],
    ["documents", "level: [NATIONAL, PROVINCIAL, MUNICIPAL]", 2],
  ])("walks %s(%s) backward to the same items as forward, in the same order", async (list, args, size) => {
    const forward = await walk(list, args, "first", size);
    const backward = await walk(list, args, "last", size);
    expect(forward.length).toBeGreaterThan(size);
    expect(backward).toEqual(forward);
  });

  it("answers last: 3 with the list's last three and a cursor to page back from", async () => {
    const { data, sent } = await run(
      `{ tasks(last: 3) { totalCount pageInfo { hasPreviousPage hasNextPage startCursor } edges { node { ordinal } } } }`,
    );
    expect(data.tasks.edges.map((e: any) => e.node.ordinal)).toEqual([16, 17, 18]);
    expect(data.tasks.totalCount).toBe(18);
    expect(data.tasks.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(sent.map((s) => s.name)).toEqual(["list-entities-by-position-backward"]);
    const before = await run(
      `{ tasks(last: 2, before: "${data.tasks.pageInfo.startCursor}") { edges { node { ordinal } } } }`,
    );
    expect(before.data.tasks.edges.map((e: any) => e.node.ordinal)).toEqual([14, 15]);
  });

  it("refuses first with last, after with before, and a cursor of the other direction, with BAD_USER_INPUT", async () => {
    expect(await errorOf(`{ tasks(first: 2, last: 2) { totalCount } }`)).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Pass first (with after) to page forward, or last (with before) to page backward, not both first and last.",
    });
    expect(await errorOf(`{ tasks(after: "x", before: "y") { totalCount } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringContaining("not both"),
    });
    expect(await errorOf(`{ tasks(first: 2, before: "y") { totalCount } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: "before pages backward: pass it with last, not first.",
    });
    expect(await errorOf(`{ tasks(last: 2, after: "y") { totalCount } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: "after pages forward: pass it with first, not last.",
    });
    expect(await errorOf(`{ tasks(last: 101) { totalCount } }`)).toEqual({
      code: "BAD_USER_INPUT",
      message: "last must be a whole number from 0 to 100, but was 101.",
    });
    expect(await errorOf(`{ tasks(last: 2, before: "garbage") { totalCount } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringMatching(/^before must be a cursor/),
    });
  });
});

describe("backward pages seek the index", () => {
  const KIND = "BackwardProbe";
  const COUNT = 6_000;
  const page = (limit: number) => ({ kind: KIND, limit: neo4j.int(limit), props: ["id", "ord", "name"] });
  const shape = (byName: boolean) => ({
    kind: KIND,
    byName,
    forward: false,
    levels: false,
    category: false,
    nameContains: false,
    props: ["id", "ord", "name"],
    plans: [],
  });
  // Names that sort last by code point, outside the Basic Multilingual Plane included.
  const EXOTIC = ["（甲）", "\uFFEE半角", "𠀀字", "😀"];

  beforeAll(async () => {
    await graph.cypher(
      `UNWIND range(0, $n - 1) AS i CREATE (:Entity {id: $kind + ':' + toString(100000 + i), kind: $kind, name: 'probe ' + toString(i % 1000), ord: i / 3})`,
      { n: neo4j.int(COUNT), kind: KIND },
    );
    await graph.cypher(
      `UNWIND range(0, size($names) - 1) AS i CREATE (:Entity {id: $kind + ':x' + toString(i), kind: $kind, name: $names[i], ord: 99999})`,
      { names: EXOTIC, kind: KIND },
    );
  });
  afterAll(async () => {
    await graph.cypher(`MATCH (n:Entity {kind: $kind}) DETACH DELETE n`, { kind: KIND });
  });

  it("seeks the (kind, ord) index backward from a cursor deep in the list, reading about one page, in descending order", async () => {
    const statement = pageStatement(shape(false), {
      ...page(6),
      beforeOrd: neo4j.int(1000),
      beforeId: `${KIND}:103000`,
    });
    const result = await graph.driver.executeQuery(`PROFILE ${statement.text}`, statement.params);
    const ops: { op: string; details: string; rows: number }[] = [];
    const visit = (p: any) => {
      ops.push({
        op: p.operatorType.replace(/@.*/, ""),
        details: String(p.arguments?.Details ?? ""),
        rows: Number(p.rows),
      });
      p.children.forEach(visit);
    };
    visit(result.summary.profile);
    const values = result.records[0]!.get("page") as unknown[][];
    expect(values.map((v) => v[0])).toEqual(
      [102999, 102998, 102997, 102996, 102995, 102994].map((i) => `${KIND}:${i}`),
    );
    const seek = ops.find((o) => o.op === "NodeIndexSeek")!;
    expect(seek.details).toMatch(/Entity\(kind, ord\)/);
    expect(ops.map((o) => o.op)).not.toContain("Sort");
    expect(seek.rows).toBeLessThan(20);
  });

  it("starts a backward walk in name order after every name, supplementary-plane characters included", async () => {
    const [row] = await graph.db.readGenerated(
      pageStatement(shape(true), { ...page(EXOTIC.length), beforeName: "\u{10FFFF}", beforeId: "" }),
    );
    const names = (row!.page as unknown[][]).map((v) => v[2]);
    const [max] = await graph.cypher(
      `MATCH (n:Entity {kind: $kind}) WITH n ORDER BY n.name DESC, n.id DESC LIMIT 4 RETURN collect(n.name) AS names`,
      { kind: KIND },
    );
    expect(names).toEqual(max!.names);
    expect(new Set(names)).toEqual(new Set(EXOTIC));
  });
});

describe("paths", () => {
  const STRUCTURAL = `["IMPLEMENTS", "ISSUED_BY", "HAS_PART", "SETS", "RESPONSIBLE", "SUPPORTS", "DEVELOPS", "OPERATED_BY"]`;

  it("returns every shortest path, ordered, each a chain of edges from one end to the other", async () => {
    const { data, sent } = await run(`{ shortestPaths(from: "Organization:iflytek", to: "Agency:state-council") {
      found outcome shortestLength explanation paths { length nodes { id entityId } edges { source target } } } }`);
    const [row] =
      await graph.cypher(`MATCH (a {id: 'Organization:iflytek'}), (b {id: 'Agency:state-council'}) MATCH p = allShortestPaths((a)-[*..10]-(b))
      RETURN length(p) AS length, collect([n IN nodes(p) | n.id]) AS paths`);
    const s = data.shortestPaths;
    expect(s).toMatchObject({ found: true, outcome: "FOUND", shortestLength: row!.length });
    expect(s.paths.map((p: any) => p.nodes.map((n: any) => n.entityId))).toEqual((row!.paths as string[][]).sort());
    expect(s.explanation).toBe(`${s.paths.length} shortest paths of ${row!.length} hops.`);
    for (const p of s.paths) {
      expect(p.length).toBe(row!.length);
      for (const [i, e] of p.edges.entries())
        expect([e.source, e.target].sort()).toEqual([p.nodes[i].id, p.nodes[i + 1].id].sort());
    }
    expect(sent.map((x) => x.name)).toEqual(["find-shortest-paths"]);
    expect(sent[0]!.params.relProps).toEqual(["role"]);
  });

  it("follows only the relationship types asked for, and reads each hop's evidence only when it is selected", async () => {
    const { data, sent } =
      await run(`{ shortestPaths(from: "Organization:iflytek", to: "Agency:state-council", types: ${STRUCTURAL}) {
      paths { nodes { entityId } edges { type sourceEntityId targetEntityId evidence { quote start end document { id } } curatedSource } } } }`);
    const [row] = await graph.cypher(`MATCH (a {id: 'Organization:iflytek'}), (b {id: 'Agency:state-council'})
      MATCH p = allShortestPaths((a)-[*..10]-(b)) WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
      RETURN collect([r IN relationships(p) | [type(r), coalesce(r.evidenceQuotes, []), r.source]]) AS paths`);
    const paths = data.shortestPaths.paths;
    expect(
      paths.map((p: any) => p.edges.map((e: any) => [e.type, e.evidence.map((x: any) => x.quote), e.curatedSource])),
    ).toEqual(row!.paths);
    for (const e of paths.flatMap((p: any) => p.edges)) {
      expect(e.type).not.toBe("MENTIONS");
      expect(e.evidence.length > 0 || e.curatedSource !== null, `${e.type} has evidence or a curated source`).toBe(
        true,
      );
    }
    expect(sent[0]!.params.relProps).toEqual(expect.arrayContaining(["evidenceQuotes", "source"]));
  });

  it("explains a maxLength too short with the length of the shortest path, found by a bounded search", async () => {
    const { data } = await run(
      `{ shortestPaths(from: "Organization:iflytek", to: "Agency:state-council", maxLength: 3) { found outcome shortestLength explanation paths { length } } }`,
    );
    expect(data.shortestPaths).toEqual({
      found: false,
      outcome: "LONGER",
      shortestLength: 6,
      paths: [],
      explanation: "No path of at most 3 hops; the shortest has 6 hops: pass maxLength: 6.",
    });
  });

  it("says when the nodes are disconnected under the types asked for, and which id is unknown", async () => {
    const none = await run(
      `{ shortestPaths(from: "Organization:iflytek", to: "Agency:state-council", types: ["SETS", "OPERATED_BY"]) { found outcome shortestLength explanation } }`,
    );
    expect(none.data.shortestPaths).toMatchObject({
      found: false,
      outcome: "NONE_WITHIN_SEARCH",
      shortestLength: null,
    });
    expect(none.data.shortestPaths.explanation).toMatch(
      /^No path of at most 20 hops joins Organization:iflytek and Agency:state-council over SETS, OPERATED_BY: under these types they are disconnected/,
    );
    const unknown = await run(
      `{ shortestPaths(from: "Organization:iflytek", to: "Agency:nope") { found outcome explanation } }`,
    );
    expect(unknown.data.shortestPaths).toEqual({
      found: false,
      outcome: "UNKNOWN_TO",
      explanation: 'No node has the id "Agency:nope" (to); search() finds ids.',
    });
  });

  it("returns at most limit paths, a node's path to itself, and validates types and limit like neighborhood does", async () => {
    const one = await run(
      `{ shortestPaths(from: "Organization:iflytek", to: "Agency:state-council", limit: 1) { paths { length } explanation } }`,
    );
    expect(one.data.shortestPaths.paths).toHaveLength(1);
    expect(one.data.shortestPaths.explanation).toContain("at most limit = 1 returned");
    const self = await run(
      `{ shortestPaths(from: "${PLAN}", to: "${PLAN}") { found paths { length nodes { entityId } } } }`,
    );
    expect(self.data.shortestPaths).toEqual({ found: true, paths: [{ length: 0, nodes: [{ entityId: PLAN }] }] });
    expect(
      await errorOf(`{ shortestPaths(from: "${PLAN}", to: "${PLAN}", types: ["LIKES"]) { found } }`),
    ).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("LIKES") });
    expect(
      await errorOf(`{ shortestPath(from: "${PLAN}", to: "${PLAN}", types: ["LIKES"]) { length } }`),
    ).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("known: IMPLEMENTS") });
    expect(await errorOf(`{ shortestPaths(from: "${PLAN}", to: "${PLAN}", limit: 0) { found } }`)).toEqual({
      code: "BAD_USER_INPUT",
      message: "limit must be a whole number from 1 to 100, but was 0.",
    });
  });

  it("keeps shortestPath's contract (one path or null) and gives it the types filter", async () => {
    const structural = await run(
      `{ shortestPath(from: "Organization:iflytek", to: "Agency:state-council", types: ${STRUCTURAL}) { length edges { type } } }`,
    );
    expect(structural.data.shortestPath.edges.map((e: any) => e.type)).not.toContain("MENTIONS");
    const none = await run(
      `{ shortestPath(from: "Organization:iflytek", to: "Agency:state-council", types: ["SETS"]) { length } }`,
    );
    expect(none.data.shortestPath).toBeNull();
  });
});

describe("GraphEdge evidence in neighbourhoods", () => {
  it("carries each edge's quotes when they are selected, and reads none when they are not", async () => {
    const task = "Task:gz-ai-plan-2020-2022/task-02";
    const withEvidence = await run(`{ neighborhood(id: "${task}") { edges { id evidence { quote start end } } } }`);
    const rows = await graph.cypher(
      `MATCH (:Entity {id: $id})-[r]-() RETURN 'GraphEdge:' + r.id AS id, coalesce(r.evidenceQuotes, []) AS quotes`,
      { id: task },
    );
    const quotes = new Map(rows.map((r) => [r.id, r.quotes]));
    for (const e of withEvidence.data.neighborhood.edges)
      expect(
        e.evidence.map((x: any) => x.quote),
        e.id,
      ).toEqual(quotes.get(e.id));
    expect(withEvidence.data.neighborhood.edges.some((e: any) => e.evidence.length > 0)).toBe(true);
    expect(withEvidence.sent[0]!.params.relProps).toContain("evidenceQuotes");
    const without = await run(`{ neighborhood(id: "${task}") { edges { id } } }`);
    expect(without.sent[0]!.params.relProps).toEqual(["role"]);
  });
});

describe("GraphNode and GraphEdge ids", () => {
  it("prefix a drawing's ids, so no GraphNode or GraphEdge shares an id with an entity or a relationship edge", async () => {
    const { data } = await run(`{
      neighborhood(id: "Task:gz-ai-plan-2020-2022/task-02") { nodes { id entityId } edges { id source target sourceEntityId targetEntityId type } }
      node(id: "Task:gz-ai-plan-2020-2022/task-02") { id ... on Task { supports { id } } } }`);
    const { nodes, edges } = data.neighborhood;
    for (const n of nodes) expect(n.id).toBe(`GraphNode:${n.entityId}`);
    const graphIds = new Set(nodes.map((n: any) => n.id));
    const [rels] = await graph.cypher(
      `MATCH (:Entity {id: 'Task:gz-ai-plan-2020-2022/task-02'})-[r]-() RETURN collect(r.id) AS ids`,
    );
    expect(edges.map((e: any) => e.id).sort()).toEqual((rels!.ids as string[]).map((id) => `GraphEdge:${id}`).sort());
    for (const e of edges) {
      expect(graphIds.has(e.source) && graphIds.has(e.target)).toBe(true);
      expect([e.source, e.target]).toEqual([`GraphNode:${e.sourceEntityId}`, `GraphNode:${e.targetEntityId}`]);
      expect(e.id).toBe(`GraphEdge:${e.type}|${e.sourceEntityId}|${e.targetEntityId}`);
    }
    const entityIds = [data.node.id, ...data.node.supports.map((s: any) => s.id), ...nodes.map((n: any) => n.entityId)];
    const drawingIds = [...nodes.map((n: any) => n.id), ...edges.map((e: any) => e.id)];
    expect(drawingIds.filter((id) => entityIds.includes(id))).toEqual([]);
    expect(nodes.map((n: any) => n.entityId)).toContain(data.node.id);
  });
});

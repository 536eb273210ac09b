import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { parseCsv } from "../helpers/csv.js";
import { executeCypher, openTestDriver } from "../helpers/neo4j.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

let app: RunningApp;
const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
  executeGraphQL<T>(app.url, query, variables);
/** The data of an operation that must succeed. */
async function data(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const res = await gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}
/** The error code of an operation that must fail. */
async function errorOf(query: string, variables: Record<string, unknown> = {}) {
  const res = await gql(query, variables);
  expect(res.errors?.length, `expected an error from ${query}`).toBeGreaterThan(0);
  return { code: res.errors![0]!.extensions?.code, message: res.errors![0]!.message };
}

beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.stop();
});

describe("the HTTP service", () => {
  it("answers { __typename } at /graphql", async () => {
    expect(await data("{ __typename }")).toEqual({ __typename: "Query" });
  });

  it("reports liveness at /health and readiness (Neo4j up, graph loaded) at /ready", async () => {
    expect(await (await fetch(`${app.url}/health`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${app.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: "ready",
      neo4j: "up",
      graphLoaded: true,
      nodes: expect.any(Number),
      relationships: expect.any(Number),
    });
  });

  it("serves GraphiQL to a browser", async () => {
    const res = await fetch(`${app.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('src="/graphiql/boot.js"');
  });
});

describe("documents", () => {
  it("lists the national documents the plan implements, with their 文号", async () => {
    const d = await data(
      `{ documents(level: NATIONAL) { totalCount edges { node { name docNumber level implementedBy { id } } } } }`,
    );
    expect(d.documents.totalCount).toBe(2);
    expect(d.documents.edges.map((e: any) => e.node.docNumber)).toEqual(["国发〔2017〕35号", "工信部科〔2017〕315号"]);
    for (const e of d.documents.edges)
      expect(e.node.implementedBy).toEqual([{ id: "PolicyDocument:gz-ai-plan-2020-2022" }]);
  });

  it("navigates from the plan to what it implements, who issued it, its actions, measures and targets", async () => {
    const d = await data(`{ node(id: "PolicyDocument:gz-ai-plan-2020-2022") { ... on PolicyDocument {
      implements { docNumber } issuedBy { role agency { name } evidence { quote } }
      actions { ordinal document { id } } measures { ordinal } targets { value unit comparator document { id } } } } }`);
    const plan = d.node;
    expect(plan.implements.map((x: any) => x.docNumber)).toEqual([
      "国发〔2017〕35号",
      "工信部科〔2017〕315号",
      "粤经信信息函〔2018〕91号",
      "穗府〔2018〕9号",
    ]);
    expect(plan.issuedBy.map((x: any) => [x.role, x.agency.name])).toEqual(
      expect.arrayContaining([
        ["ISSUER", "广州市工业和信息化局"],
        ["APPROVER", "广州市人民政府"],
      ]),
    );
    expect(plan.actions.map((a: any) => a.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect(plan.actions.every((a: any) => a.document.id === "PolicyDocument:gz-ai-plan-2020-2022")).toBe(true);
    expect(plan.measures.map((m: any) => m.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect(plan.targets[0]).toEqual({
      value: 1200,
      unit: "亿元",
      comparator: "OVER",
      document: { id: "PolicyDocument:gz-ai-plan-2020-2022" },
    });
  });
});

describe("node(id)", () => {
  it("fetches any entity by its global id, with evidence pointing into the plan", async () => {
    const d = await data(
      `{ node(id: "Task:gz-ai-plan-2020-2022/task-09") { id kind name nameEn evidence { quote start end rawStart rawEnd document { id } } ... on Task { ordinal } } }`,
    );
    expect(d.node).toMatchObject({
      id: "Task:gz-ai-plan-2020-2022/task-09",
      kind: "Task",
      name: "提升企业核心竞争力",
      ordinal: 9,
    });
    expect(d.node.evidence[0].quote).toMatch(/^9\.提升企业核心竞争力。/);
    expect(d.node.evidence[0].document.id).toBe("PolicyDocument:gz-ai-plan-2020-2022");
    expect(d.node.evidence[0].rawEnd - d.node.evidence[0].rawStart).toBeGreaterThan(
      d.node.evidence[0].end - d.node.evidence[0].start,
    );
  });

  it("returns null for an id no node has", async () => {
    expect(await data(`{ node(id: "Task:nope") { id } }`)).toEqual({ node: null });
  });
});

describe("relationships in both directions", () => {
  it("task ↔ platform ↔ organisation", async () => {
    const d = await data(
      `{ node(id: "Task:gz-ai-plan-2020-2022/task-02") { ... on Task { platforms { id operator { nameEn ticker platforms { id } } tasks { id } } supports { evidence { quote } platform { name } } } } }`,
    );
    const iflytek = d.node.platforms.find((p: any) => p.id === "Platform:iflytek-robot-interaction-platform");
    expect(iflytek.operator.ticker).toBe("002230.SZ");
    expect(iflytek.operator.platforms).toEqual([{ id: "Platform:iflytek-robot-interaction-platform" }]);
    expect(iflytek.tasks).toEqual([{ id: "Task:gz-ai-plan-2020-2022/task-02" }]);
    expect(d.node.supports.map((s: any) => s.evidence[0].quote)).toContain("科大讯飞机器人智能交互平台");
  });

  it("task ↔ zone, with the intent of each", async () => {
    const d = await data(
      `{ node(id: "Zone:huangpu-chain-valley") { ... on Zone { tasks { ordinal zones { id } } developedBy { intent task { ordinal } } } } }`,
    );
    expect(d.node.tasks.map((t: any) => t.ordinal)).toEqual([9]);
    expect(d.node.tasks[0].zones).toContainEqual({ id: "Zone:huangpu-chain-valley" });
    expect(d.node.developedBy).toEqual([{ intent: "BUILD", task: { ordinal: 9 } }]);
  });

  it("measure ↔ agency, with the role of each", async () => {
    const d = await data(
      `{ node(id: "Agency:gz-industry-it-bureau") { ... on Agency { responsibleFor { role position measure { ordinal lead { id } agencies { id } } } measures { ordinal } } } }`,
    );
    const roles = d.node.responsibleFor.map((r: any) => [r.measure.ordinal, r.role]);
    expect(roles).toEqual(
      expect.arrayContaining([
        [1, "LEAD"],
        [2, "LEAD"],
        [3, "PARTICIPANT"],
        [4, "LEAD"],
      ]),
    );
    expect(d.node.measures.map((m: any) => m.ordinal).sort()).toEqual([1, 2, 3, 4]);
    const m3 = d.node.responsibleFor.find((r: any) => r.measure.ordinal === 3).measure;
    expect(m3.lead.id).toBe("Agency:gz-hrss-bureau");
    expect(m3.agencies).toContainEqual({ id: "Agency:gz-industry-it-bureau" });
  });

  it("action ↔ task, technology ↔ task, document ↔ agency", async () => {
    const d = await data(`{
      a: node(id: "Action:gz-ai-plan-2020-2022/action-3") { ... on Action { tasks { ordinal action { id } } } }
      t: node(id: "Technology:blockchain") { ... on Technology { tasks { ordinal technologies { id } } mentionedBy { mentioner { id } evidence { quote } } } }
      g: node(id: "Agency:state-council") { ... on Agency { documents { docNumber issuedBy { agency { id } } } } }
    }`);
    expect(d.a.tasks.map((t: any) => t.ordinal)).toEqual([7, 8, 9]);
    expect(d.a.tasks.every((t: any) => t.action.id === "Action:gz-ai-plan-2020-2022/action-3")).toBe(true);
    expect(d.t.tasks.map((t: any) => t.ordinal)).toEqual([9]);
    expect(d.t.tasks[0].technologies).toContainEqual({ id: "Technology:blockchain" });
    expect(d.t.mentionedBy.every((m: any) => m.evidence[0].quote === "区块链")).toBe(true);
    expect(d.g.documents).toEqual([
      { docNumber: "国发〔2017〕35号", issuedBy: [{ agency: { id: "Agency:state-council" } }] },
    ]);
  });
});

describe("list queries", () => {
  const page = `query($first: Int, $after: String, $orderBy: OrderBy) { tasks(first: $first, after: $after, orderBy: $orderBy) {
    totalCount edges { cursor node { ordinal name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;

  async function all(orderBy: string, first: number) {
    const seen: any[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const d = await data(page, { first, after, orderBy });
      expect(d.tasks.totalCount).toBe(18);
      expect(d.tasks.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...d.tasks.edges.map((e: any) => e.node));
      if (!d.tasks.pageInfo.hasNextPage) break;
      after = d.tasks.pageInfo.endCursor;
    }
    return seen;
  }

  it("pages through all 18 tasks in source order across page boundaries, without gaps or repeats", async () => {
    const tasks = await all("POSITION", 5);
    expect(tasks.map((t) => t.ordinal)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it("pages by name in code-point order", async () => {
    const tasks = await all("NAME", 4);
    expect(tasks).toHaveLength(18);
    const names = tasks.map((t) => t.name);
    expect(names).toEqual([...names].sort());
  });

  it("filters by part, relation, level, category and name", async () => {
    const d = await data(`{
      inAction5: tasks(partOf: "Action:gz-ai-plan-2020-2022/action-5") { totalCount }
      blockchain: tasks(relatedTo: "Technology:blockchain") { edges { node { ordinal } } }
      provincial: documents(level: PROVINCIAL) { edges { node { docNumber } } }
      labs: platforms(category: "LABORATORY") { totalCount }
      parks: zones(nameContains: "产业园") { edges { node { name } } }
      english: agencies(nameContains: "bureau") { totalCount }
    }`);
    expect(d.inAction5.totalCount).toBe(6);
    expect(d.blockchain.edges.map((e: any) => e.node.ordinal)).toEqual([9]);
    expect(d.provincial.edges.map((e: any) => e.node.docNumber)).toEqual(["粤经信信息函〔2018〕91号"]);
    expect(d.labs.totalCount).toBe(2);
    expect(d.parks.edges.map((e: any) => e.node.name)).toContain("广州北斗产业园");
    expect(d.english.totalCount).toBeGreaterThanOrEqual(5);
  });

  it("has a list query for every type", async () => {
    const d =
      await data(`{ documents { totalCount } tasks { totalCount } actions { totalCount } measures { totalCount } targets { totalCount }
      platforms { totalCount } organizations { totalCount } agencies { totalCount } zones { totalCount } technologies { totalCount } domains { totalCount } }`);
    expect(d).toMatchObject({
      documents: { totalCount: 5 },
      tasks: { totalCount: 18 },
      actions: { totalCount: 5 },
      measures: { totalCount: 5 },
      targets: { totalCount: 6 },
    });
    for (const k of ["platforms", "organizations", "agencies", "zones", "technologies", "domains"])
      expect(d[k].totalCount, k).toBeGreaterThan(3);
  });

  it("rejects bad paging arguments with BAD_USER_INPUT naming the limit", async () => {
    expect(await errorOf(`{ tasks(first: -1) { totalCount } }`)).toEqual({
      code: "BAD_USER_INPUT",
      message: "first must be a whole number from 0 to 100, but was -1.",
    });
    expect(await errorOf(`{ tasks(first: 100000) { totalCount } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringContaining("from 0 to 100"),
    });
    expect(await errorOf(`{ tasks(after: "garbage") { totalCount } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringContaining("after must be a cursor"),
    });
    expect(await errorOf(`{ tasks(first: "x") { totalCount } }`)).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await errorOf(`{ nope }`)).toMatchObject({ code: "BAD_USER_INPUT" });
  });
});

describe("search", () => {
  const search = `query($q: String!) { search(query: $q, first: 10) { score snippet node { id kind name } } }`;

  it("finds entities by their Simplified name, with a snippet around the match", async () => {
    const d = await data(search, { q: "区块链" });
    const ids = d.search.map((h: any) => h.node.id);
    expect(ids).toContain("Technology:blockchain");
    expect(ids).toContain("Task:gz-ai-plan-2020-2022/task-09");
    for (const h of d.search) expect(h.score).toBeGreaterThan(0);
    expect(d.search.find((h: any) => h.node.id === "Task:gz-ai-plan-2020-2022/task-09").snippet).toContain("区块链");
  });

  it("finds the same things from Traditional characters", async () => {
    const simplified = (await data(search, { q: "区块链" })).search.map((h: any) => h.node.id);
    const traditional = (await data(search, { q: "區塊鏈" })).search.map((h: any) => h.node.id);
    expect(traditional).toEqual(simplified);
  });

  it("finds entities by their English name", async () => {
    const d = await data(search, { q: "blockchain" });
    expect(d.search.map((h: any) => h.node.id)).toContain("Technology:blockchain");
    const ifly = await data(search, { q: "iFLYTEK" });
    expect(ifly.search.map((h: any) => h.node.id)).toContain("Organization:iflytek");
  });

  it("ranks hits holding every word first, then fills the page with hits of any word", async () => {
    // The oracles, read from the database: entities whose indexed properties hold every character
    // pair of both words (the cjk analyzer's terms: 区块, 块链, 政务), and those holding any of them.
    const holding = (all: boolean, words: string[]) =>
      `MATCH (n:Entity) WHERE ${all ? "all" : "any"}(w IN ${JSON.stringify(words)} WHERE any(k IN ['name','nameEn','aliasText','text','textEn','docNumber'] WHERE n[k] CONTAINS w)) RETURN n.id AS id`;
    const driver = openTestDriver();
    const [bothRows, anyRows] = await Promise.all([
      executeCypher(driver, holding(true, ["区块", "块链", "政务"])),
      executeCypher(driver, holding(false, ["区块", "块链", "政务"])),
    ]).finally(() => driver.close());
    const both = new Set(bothRows.map((r) => r.id as string));
    const hits = (await data(`{ search(query: "区块链 政务", first: 50) { node { id } } }`)).search.map(
      (h: any) => h.node.id as string,
    );
    expect(both.size).toBeGreaterThan(0);
    expect(anyRows.length).toBeGreaterThan(both.size);
    expect(anyRows.length).toBeLessThanOrEqual(50);
    expect(new Set(hits.slice(0, both.size))).toEqual(both);
    expect(new Set(hits)).toEqual(new Set(anyRows.slice(0, 50).map((r) => r.id as string)));
  });

  it("never fails on Lucene syntax in user input", async () => {
    for (const q of ["区块链 AND (", '"unterminated', "a:b", "*?~^", "\\", "OR", "[1 TO", "!!!"]) {
      const res = await gql(search, { q });
      expect(res.errors, q).toBeUndefined();
    }
  });

  it("rejects a first outside 1–50", async () => {
    expect(await errorOf(`{ search(query: "5G", first: 0) { score } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringContaining("from 1 to 50"),
    });
  });
});

describe("neighborhood and shortestPath", () => {
  it("returns everything within two hops of a zone as plain nodes and edges", async () => {
    const d = await data(
      `{ neighborhood(id: "Zone:huangpu-chain-valley", depth: 2) { truncated nodes { id entityId label name } edges { id source target type } } }`,
    );
    const ids = new Set(d.neighborhood.nodes.map((n: any) => n.id));
    const entities = d.neighborhood.nodes.map((n: any) => n.entityId);
    expect(entities).toContain("Task:gz-ai-plan-2020-2022/task-09");
    expect(entities).toContain("Action:gz-ai-plan-2020-2022/action-3");
    expect(entities).toContain("Technology:blockchain");
    for (const e of d.neighborhood.edges) {
      expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
    }
    expect(d.neighborhood.truncated).toBe(false);
  });

  it("follows only the relationship types asked for", async () => {
    const d = await data(
      `{ neighborhood(id: "Task:gz-ai-plan-2020-2022/task-02", depth: 2, types: ["SUPPORTS", "OPERATED_BY"]) { nodes { label } edges { type } } }`,
    );
    expect(new Set(d.neighborhood.edges.map((e: any) => e.type))).toEqual(new Set(["SUPPORTS", "OPERATED_BY"]));
    expect(new Set(d.neighborhood.nodes.map((n: any) => n.label))).toEqual(
      new Set(["Task", "Platform", "Organization"]),
    );
  });

  it("rejects depth 99, unknown types and unknown ids", async () => {
    expect(await errorOf(`{ neighborhood(id: "Technology:5g", depth: 99) { truncated } }`)).toEqual({
      code: "BAD_USER_INPUT",
      message: "depth must be a whole number from 1 to 3, but was 99.",
    });
    expect(await errorOf(`{ neighborhood(id: "Technology:5g", types: ["LIKES"]) { truncated } }`)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringContaining("LIKES"),
    });
    expect(await errorOf(`{ neighborhood(id: "Technology:nope") { truncated } }`)).toMatchObject({ code: "NOT_FOUND" });
  });

  it("connects iFlytek to the State Council through the plan and the national plan it implements", async () => {
    const d = await data(
      `{ shortestPath(from: "Organization:iflytek", to: "Agency:state-council") { length nodes { id entityId label } edges { source target type } } }`,
    );
    const p = d.shortestPath;
    expect(p.nodes[0].entityId).toBe("Organization:iflytek");
    expect(p.nodes.at(-1).entityId).toBe("Agency:state-council");
    // Two paths are equally short: task 2 reaches the plan through its action, or through a zone
    // the plan also names. Both go platform → task 2 → … → plan → national plan → State Council.
    expect(p.length).toBe(6);
    expect(p.nodes.map((n: any) => n.entityId).slice(1, 3)).toEqual([
      "Platform:iflytek-robot-interaction-platform",
      "Task:gz-ai-plan-2020-2022/task-02",
    ]);
    expect(p.nodes.map((n: any) => n.entityId).slice(4)).toEqual([
      "PolicyDocument:gz-ai-plan-2020-2022",
      "PolicyDocument:national-ngai-development-plan",
      "Agency:state-council",
    ]);
    expect(p.edges.map((e: any) => e.type).slice(-2)).toEqual(["IMPLEMENTS", "ISSUED_BY"]);
    for (const [i, e] of p.edges.entries())
      expect([e.source, e.target].sort()).toEqual([p.nodes[i].id, p.nodes[i + 1].id].sort());
  });

  it("returns null when no path is short enough, and rejects maxLength 0", async () => {
    expect(
      await data(`{ shortestPath(from: "Organization:iflytek", to: "Agency:state-council", maxLength: 3) { length } }`),
    ).toEqual({ shortestPath: null });
    expect(
      await errorOf(
        `{ shortestPath(from: "Organization:iflytek", to: "Agency:state-council", maxLength: 0) { length } }`,
      ),
    ).toMatchObject({ code: "BAD_USER_INPUT" });
  });
});

describe("exports", () => {
  it("serves the whole graph as GraphML and GEXF that are well-formed XML", async () => {
    for (const ext of ["graphml", "gexf"]) {
      const res = await fetch(`${app.url}/export/graph.${ext}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain(`application/${ext}+xml`);
      const xml = await res.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).toContain("广州市工业和信息化局");
    }
  });

  it("serves Cytoscape.js JSON with every node and an edge for every relationship between them", async () => {
    const res = await fetch(`${app.url}/export/graph.cyjs`);
    const json = (await res.json()) as {
      elements: { nodes: { data: { id: string } }[]; edges: { data: { source: string; target: string } }[] };
    };
    const counts = await data(`{ documents { totalCount } tasks { totalCount } }`);
    expect(json.elements.nodes.length).toBeGreaterThan(100);
    expect(counts.tasks.totalCount).toBe(18);
    const ids = new Set(json.elements.nodes.map((n) => n.data.id));
    for (const e of json.elements.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    const [graph] = await app.db.read("count-graph");
    expect(json.elements.nodes.length).toBe(Number(graph!.nodes));
    expect(json.elements.edges.length).toBe(Number(graph!.relationships));
  });

  it("serves node and edge CSVs, quoted where needed", async () => {
    const bytes = new Uint8Array(await (await fetch(`${app.url}/export/graph.nodes.csv`)).arrayBuffer());
    expect([...bytes.slice(0, 3)], "UTF-8 byte order mark, for Excel").toEqual([0xef, 0xbb, 0xbf]);
    const nodes = new TextDecoder().decode(bytes);
    const rows = parseCsv(nodes);
    expect(rows[0]!.slice(0, 5)).toEqual(["id", "label", "kind", "name", "nameEn"]);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    expect(rows.find((r) => r[0] === "Agency:gz-gov")?.slice(1, 4)).toEqual([
      "广州市人民政府",
      "Agency",
      "广州市人民政府",
    ]);
    const edges = await (
      await fetch(`${app.url}/export/graph.edges.csv?around=Task:gz-ai-plan-2020-2022/task-02`)
    ).text();
    expect(edges.split("\r\n")[0]).toMatch(/^\uFEFF?id,source,target,type/);
    expect(edges).toContain("SUPPORTS");
  });

  it("exports a neighbourhood through GraphQL too, and says which export names exist", async () => {
    const d = await data(
      `{ graph(format: GEXF, around: "Zone:huangpu-chain-valley", depth: 1) { format mediaType fileExtension json text } }`,
    );
    expect(d.graph).toMatchObject({
      format: "GEXF",
      mediaType: "application/gexf+xml; charset=utf-8",
      fileExtension: "gexf",
      json: null,
    });
    expect(XMLValidator.validate(d.graph.text)).toBe(true);
    expect(d.graph.text).toContain("黄埔链谷");
    const bad = await fetch(`${app.url}/export/graph.pdf`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].message).toContain("graph.graphml");
    expect((await fetch(`${app.url}/export/graph.gexf?around=Task:nope`)).status).toBe(404);
  });

  it("exports at drawing detail the same nodes and edges without their evidence, at a fraction of the size", async () => {
    const d = await data(
      `{ full: graph(format: CYTOSCAPE) { json text } drawing: graph(format: CYTOSCAPE, detail: DRAWING) { json } }`,
    );
    // A JSON format comes as a JSON value, not as text to parse again.
    expect(d.full.text).toBeNull();
    const full = d.full.json.elements;
    const drawing = d.drawing.json.elements;
    const ids = (xs: { data: { id: string } }[]) => xs.map((x) => x.data.id).sort();
    expect(ids(drawing.nodes)).toEqual(ids(full.nodes));
    expect(ids(drawing.edges)).toEqual(ids(full.edges));
    const plan = (els: { data: Record<string, unknown> }[]) =>
      els.find((n) => n.data.id === "PolicyDocument:gz-ai-plan-2020-2022")!.data;
    expect(plan(drawing.nodes)).toMatchObject({
      kind: "PolicyDocument",
      level: "MUNICIPAL",
      name: plan(full.nodes).name,
    });
    expect(plan(drawing.nodes).evidence).toBeUndefined();
    const fullEvidence = plan(full.nodes).evidence as {
      link: string;
      documentId: string;
      start: number;
      end: number;
    }[];
    expect(fullEvidence.length).toBeGreaterThan(0);
    expect(fullEvidence[0]!.link).toBe(
      `http://localhost:${app.port}/documents/${encodeURIComponent(fullEvidence[0]!.documentId)}?start=${fullEvidence[0]!.start}&end=${fullEvidence[0]!.end}#quote`,
    );
    expect(JSON.stringify(d.drawing.json).length * 3).toBeLessThan(JSON.stringify(d.full.json).length);
  });
});

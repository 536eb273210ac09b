import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import cytoscape from "cytoscape";
import { MultiDirectedGraph } from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { EXPORT } from "../../src/subgraph/subgraph-rows.js";
import { EVIDENCE_PROPERTIES } from "../../src/model/evidence-properties.js";
import {
  type ReadGraph,
  gephiClasspath,
  readWithGephi,
  readWithPython,
  requirePythonModule,
} from "../helpers/graph-readers.js";
import { parseCsv } from "../helpers/csv.js";
import { executeCypher, openTestDriver } from "../helpers/neo4j.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

/**
 * Each export, downloaded from /export/…, opened by the tools researchers use: Debian's networkx
 * and igraph, graphology's GEXF and GraphML parsers, headless Cytoscape.js and the Gephi Toolkit
 * from Maven Central. Every reader must find the nodes and relationships GraphQL and Neo4j report,
 * with every relationship type and every stored property (evidence included), on the whole graph
 * and on a neighbourhood.
 */

const AROUND = "PolicyDocument:gz-ai-plan-2020-2022";
const LISTS = [
  "documents",
  "agencies",
  "organizations",
  "platforms",
  "zones",
  "targets",
  "actions",
  "tasks",
  "measures",
  "technologies",
  "domains",
];

/** What GraphQL and Neo4j say a subgraph holds. */
interface Expected {
  nodeIds: string[];
  edgeIds: string[];
  byType: Record<string, number>;
  /** Column names every reader must show: the stored keys, hidden ones out, evidence lists as `evidence`. */
  nodeColumns: string[];
  edgeColumns: string[];
  /** Distinct (source, target) pairs: what Gephi keeps of GraphML when it merges parallel edges. */
  pairs: number;
  /** Evidence of the plan (in every subgraph here), as the API gives it. */
  evidenceSample: {
    id: string;
    evidence: { quote: string; start: number; end: number; documentId: string; link: string }[];
  };
}

interface Case {
  name: string;
  query: string;
  expected?: Expected;
  files: Record<string, string>;
}

let app: RunningApp;
let driver: Driver;
let dir: string;
const cases: Case[] = [
  { name: "the whole graph", query: "", files: {} },
  { name: `the neighbourhood of ${AROUND}`, query: `?around=${encodeURIComponent(AROUND)}`, files: {} },
];

const FILES = {
  gexf: "graph.gexf",
  gexf13: "graph.gexf",
  graphml: "graph.graphml",
  cyjs: "graph.cyjs",
  nodes: "graph.nodes.csv",
  edges: "graph.edges.csv",
} as const;

beforeAll(async () => {
  await requirePythonModule("networkx");
  await requirePythonModule("igraph");
  // The first run on a machine downloads the Gephi Toolkit (about 90 MB) from Maven Central here.
  await gephiClasspath();
  app = await startServer();
  driver = openTestDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "export-readers-"));
  for (const [i, c] of cases.entries()) {
    c.expected = i === 0 ? await wholeGraph() : await neighbourhood(AROUND);
    for (const [key, file] of Object.entries(FILES)) {
      const extra = key === "gexf13" ? `${c.query ? "&" : "?"}gexfVersion=1.3` : "";
      const res = await fetch(`${app.url}/export/${file}${c.query}${extra}`);
      expect(res.status, `${file}${c.query}${extra}`).toBe(200);
      const target = path.join(dir, `${i}-${key}-${file}`);
      fs.writeFileSync(target, Buffer.from(await res.arrayBuffer()));
      c.files[key] = target;
    }
  }
}, 600_000);

afterAll(async () => {
  await app?.stop();
  await driver?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every node: the GraphQL lists' total counts, and the ids and keys as Neo4j holds them. */
async function wholeGraph(): Promise<Expected> {
  const totals = await executeGraphQL(app.url, `{ ${LISTS.map((l) => `${l}(first: 0) { totalCount }`).join(" ")} }`);
  expect(totals.errors).toBeUndefined();
  const nodeTotal = LISTS.reduce((sum, l) => sum + (totals.data![l].totalCount as number), 0);
  const nodeIds = (await executeCypher(driver, "MATCH (n:Entity) RETURN n.id AS id")).map((r) => r.id as string);
  expect(nodeIds.length).toBe(nodeTotal);
  const edgeIds = (await executeCypher(driver, "MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id")).map(
    (r) => r.id as string,
  );
  return describeSubgraph(nodeIds, edgeIds);
}

/** The GraphQL neighbourhood of `id` at depth 1, as large as an export may be. */
async function neighbourhood(id: string): Promise<Expected> {
  const res = await executeGraphQL(
    app.url,
    "query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 5000) { truncated nodes { entityId } edges { id type } } }",
    { id },
  );
  expect(res.errors).toBeUndefined();
  const n = res.data!.neighborhood;
  expect(n.truncated).toBe(false);
  return describeSubgraph(
    n.nodes.map((x: { entityId: string }) => x.entityId),
    n.edges.map((x: { id: string }) => x.id.replace(/^GraphEdge:/, "")),
  );
}

async function describeSubgraph(nodeIds: string[], edgeIds: string[]): Promise<Expected> {
  const [nodeKeys] = await executeCypher(
    driver,
    "MATCH (n:Entity) WHERE n.id IN $ids UNWIND keys(n) AS k RETURN collect(DISTINCT k) AS keys",
    { ids: nodeIds },
  );
  const [edgeKeys] = await executeCypher(
    driver,
    "MATCH ()-[r]->() WHERE r.id IN $ids UNWIND keys(r) AS k RETURN collect(DISTINCT k) AS keys",
    { ids: edgeIds },
  );
  const types = await executeCypher(
    driver,
    "MATCH (a)-[r]->(b) WHERE r.id IN $ids RETURN type(r) AS type, count(*) AS n, count(DISTINCT [a.id, b.id]) AS pairs",
    { ids: edgeIds },
  );
  const [pairs] = await executeCypher(
    driver,
    "MATCH (a)-[r]->(b) WHERE r.id IN $ids RETURN count(DISTINCT [a.id, b.id]) AS n",
    { ids: edgeIds },
  );
  const evidence = await executeGraphQL(
    app.url,
    "query($id: ID!) { node(id: $id) { ... on PolicyDocument { evidence { quote start end link document { id } } } } }",
    { id: AROUND },
  );
  expect(evidence.data?.node?.evidence?.length).toBeGreaterThan(0);
  const columns = (keys: string[], renamed: Record<string, string>) =>
    [
      ...new Set(
        keys
          .filter((k) => k !== "id" && !EXPORT.hidden.includes(k))
          .map((k) => ((EVIDENCE_PROPERTIES as readonly string[]).includes(k) ? "evidence" : (renamed[k] ?? k))),
      ),
    ].sort();
  return {
    nodeIds: [...nodeIds].sort(),
    edgeIds: [...edgeIds].sort(),
    byType: Object.fromEntries(types.map((t) => [t.type as string, t.n as number])),
    nodeColumns: columns(nodeKeys!.keys as string[], {}),
    edgeColumns: columns(edgeKeys!.keys as string[], { source: "prop_source" }),
    pairs: pairs!.n as number,
    evidenceSample: {
      id: AROUND,
      evidence: (
        evidence.data!.node.evidence as {
          quote: string;
          start: number;
          end: number;
          link: string;
          document: { id: string };
        }[]
      ).map((e) => ({ quote: e.quote, start: e.start, end: e.end, documentId: e.document.id, link: e.link })),
    },
  };
}

/** Counts of the values of `key` over `items`. */
function tally(values: unknown[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
}

function union(records: Record<string, unknown>[]): string[] {
  return [...new Set(records.flatMap((r) => Object.keys(r)))].sort();
}

/**
 * What every reader must show: the counts, the ids (`idKey` names the attribute holding a node's
 * API id when the reader's own id is an escaped one), every relationship type with its count,
 * every stored property as a column, and evidence that parses back to the API's.
 */
function expectFaithful(
  g: ReadGraph,
  e: Expected,
  o: { idKey?: string; typeOf: (edge: ReadGraph["edges"][number]) => unknown },
): void {
  expect(g.nodeCount).toBe(e.nodeIds.length);
  expect(g.edgeCount).toBe(e.edgeIds.length);
  const idOf = (n: ReadGraph["nodes"][number]) => (o.idKey ? n.attributes[o.idKey] : n.id) as string;
  expect(g.nodes.map(idOf).sort()).toEqual(e.nodeIds);
  expect(tally(g.edges.map(o.typeOf))).toEqual(e.byType);
  expect(union(g.nodes.map((n) => n.attributes))).toEqual(expect.arrayContaining(e.nodeColumns));
  expect(union(g.edges.map((x) => x.attributes))).toEqual(expect.arrayContaining(e.edgeColumns));
  const sample = g.nodes.find((n) => idOf(n) === e.evidenceSample.id)!;
  const evidence = JSON.parse(sample.attributes.evidence as string) as Record<string, unknown>[];
  expect(
    evidence.map(({ quote, start, end, documentId, link }) => ({
      quote: (quote as string).replace(/\s/g, " "),
      start,
      end,
      documentId,
      link,
    })),
  ).toEqual(e.evidenceSample.evidence.map((x) => ({ ...x, quote: x.quote.replace(/\s/g, " ") })));
  expect(g.nodes.every((n) => typeof n.attributes.kind === "string")).toBe(true);
}

/** A graphology graph as a {@link ReadGraph}. */
function fromGraphology(g: MultiDirectedGraph): ReadGraph {
  return {
    nodeCount: g.order,
    edgeCount: g.size,
    nodes: g.mapNodes((id, attributes) => ({ id, attributes })),
    edges: g.mapEdges((id, attributes, source, target) => ({ id, source, target, attributes })),
  };
}

/** A headless Cytoscape.js graph as a {@link ReadGraph}; values are JSON, so evidence is re-serialised for the shared check. */
function fromCytoscape(json: { elements: cytoscape.ElementsDefinition }): ReadGraph {
  const cy = cytoscape({ headless: true, elements: json.elements });
  const text = (data: Record<string, unknown>) => ({
    ...data,
    ...(data.evidence ? { evidence: JSON.stringify(data.evidence) } : {}),
  });
  return {
    nodeCount: cy.nodes().length,
    edgeCount: cy.edges().length,
    nodes: cy.nodes().map((n) => ({ id: n.id(), attributes: text(n.data()) })),
    edges: cy
      .edges()
      .map((x) => ({ id: x.id(), source: x.source().id(), target: x.target().id(), attributes: text(x.data()) })),
  };
}

/** The two CSV tables as a {@link ReadGraph}: a row per node or edge, its cells by column name. */
function fromCsv(nodesFile: string, edgesFile: string): ReadGraph {
  const table = (file: string) => {
    const [header, ...rows] = parseCsv(fs.readFileSync(file, "utf8"));
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]] as const).filter(([, v]) => v !== "")));
  };
  const nodes = table(nodesFile);
  const edges = table(edgesFile);
  return {
    nodeCount: nodes.length,
    edgeCount: edges.length,
    nodes: nodes.map((attributes) => ({ id: attributes.id!, attributes })),
    edges: edges.map((attributes) => ({ source: attributes.source!, target: attributes.target!, attributes })),
  };
}

const byTypeAttribute = (edge: ReadGraph["edges"][number]) => edge.attributes.type;

describe.each(cases)("$name, exported", (c) => {
  const file = (key: keyof typeof FILES) => c.files[key]!;

  it("reads in networkx (Debian python3-networkx) from GEXF and GraphML with every node, edge, type and property", async () => {
    expectFaithful(await readWithPython("networkx-gexf", file("gexf")), c.expected!, { typeOf: byTypeAttribute });
    expectFaithful(await readWithPython("networkx-graphml", file("graphml")), c.expected!, {
      idKey: "entityId",
      typeOf: byTypeAttribute,
    });
  });

  it("reads in igraph (Debian python3-igraph) from GraphML with every node, edge, type and property", async () => {
    expectFaithful(await readWithPython("igraph-graphml", file("graphml")), c.expected!, {
      idKey: "entityId",
      typeOf: byTypeAttribute,
    });
  });

  it("reads in graphology from GEXF 1.2, GEXF 1.3 and GraphML with every node, edge, type and property", () => {
    for (const key of ["gexf", "gexf13"] as const) {
      const g = gexf.parse(MultiDirectedGraph, fs.readFileSync(file(key), "utf8"));
      expectFaithful(fromGraphology(g), c.expected!, { typeOf: byTypeAttribute });
    }
    const g = graphml.parse(MultiDirectedGraph, fs.readFileSync(file("graphml"), "utf8"));
    expectFaithful(fromGraphology(g), c.expected!, { idKey: "entityId", typeOf: byTypeAttribute });
  });

  it("reads in headless Cytoscape.js from the .cyjs with every node, edge, type and property", () => {
    const g = fromCytoscape(JSON.parse(fs.readFileSync(file("cyjs"), "utf8")));
    expectFaithful(g, c.expected!, { typeOf: byTypeAttribute });
  });

  it("reads from the two CSV tables with every node, edge, type and property", () => {
    expectFaithful(fromCsv(file("nodes"), file("edges")), c.expected!, { typeOf: byTypeAttribute });
  });

  it("opens in the Gephi Toolkit from GEXF 1.2 and 1.3 with parallel edges kept apart by type", async () => {
    for (const key of ["gexf", "gexf13"] as const) {
      const g = await readWithGephi(file(key));
      expectFaithful(g, c.expected!, { typeOf: (edge) => edge.type });
      expect(g.edgeTypes).toEqual(c.expected!.byType);
      expect(g.nodes.every((n) => n.label === n.attributes.name)).toBe(true);
      const titles = g.nodeColumns!.map((col) => col.title.toLowerCase());
      expect(
        titles.filter((t) => t === "label"),
        "one Label column, Gephi's caption",
      ).toHaveLength(1);
      expect(g.nodeColumns!.find((col) => col.title === "kind")).toEqual({ id: "kind", title: "kind", type: "String" });
    }
  }, 180_000);

  it('opens in the Gephi Toolkit from GraphML with every edge once its merge strategy is "Don\'t merge", and merges parallel edges otherwise', async () => {
    const kept = await readWithGephi(file("graphml"), { noMerge: true });
    expectFaithful(kept, c.expected!, { idKey: "entityId", typeOf: byTypeAttribute });
    expect(kept.nodes.every((n) => n.label === n.attributes.name)).toBe(true);
    expect(kept.edges.every((e) => e.label === e.attributes.type)).toBe(true);
    expect(
      kept.nodeColumns!.filter((col) => col.title.toLowerCase() === "label"),
      "the label key is the caption, not a second column",
    ).toHaveLength(1);
    const merged = await readWithGephi(file("graphml"));
    expect(merged.edgeCount).toBe(c.expected!.pairs);
  }, 180_000);
});

describe("GEXF versions", () => {
  it("writes GEXF 1.2draft by default, the one networkx 2.8 finds a graph in, and 1.3 on request", async () => {
    const [whole] = cases;
    expect(fs.readFileSync(whole!.files.gexf!, "utf8")).toContain('xmlns="http://www.gexf.net/1.2draft" version="1.2"');
    expect(fs.readFileSync(whole!.files.gexf13!, "utf8")).toContain('xmlns="http://gexf.net/1.3" version="1.3"');
    await expect(readWithPython("networkx-gexf", whole!.files.gexf13!)).rejects.toThrow(/No <graph> element/);
  });
});

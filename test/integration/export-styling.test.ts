import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import * as gexf from "graphology-gexf";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { nodeColour } from "../../src/export/palette.js";
import { type ReadGraph, readWithPython, requirePythonModule } from "../helpers/graph-readers.js";
import { executeCypher, openTestDriver } from "../helpers/neo4j.js";
import { startServer } from "../helpers/server.js";

/**
 * The GEXF and GraphML downloads open styled: every node has the explorer's colour of its kind (of
 * its level, for a document), a size that grows with its degree, a position from the seeded layout,
 * and its degree and level as attributes. Read back by networkx (Debian's 2.8: GEXF 1.2draft and
 * GraphML) and graphology (GEXF 1.3), the readers researchers use.
 */

/** One node as a reader found it, reduced to what the drawing needs. */
interface Drawn {
  id: string;
  kind: string;
  level?: string;
  degree: number;
  colour: string;
  size: number;
  x: number;
  y: number;
}

let app: RunningApp;
let driver: Driver;
let dir: string;
/** Each file, and its nodes as read. */
const read: Record<"gexf" | "gexf13" | "graphml", Drawn[]> = { gexf: [], gexf13: [], graphml: [] };
/** Per file: how many relationships start or end at each node, counted from the file's edges. */
const incident: Record<string, Map<string, number>> = {};
/** Levels of government as Neo4j holds them, by document id. */
let levels: Map<string, string>;

const hex = (c: { r: number; g: number; b: number }) =>
  `#${[c.r, c.g, c.b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;

/** networkx's GEXF: the drawing is `viz`, the attributes beside it. */
function fromNetworkxGexf(g: ReadGraph): Drawn[] {
  return g.nodes.map(({ id, attributes: a }) => {
    const viz = a.viz as {
      color: { r: number; g: number; b: number };
      size: number;
      position: { x: number; y: number };
    };
    return {
      id,
      kind: a.kind as string,
      level: a.level as string | undefined,
      degree: a.degree as number,
      colour: hex(viz.color),
      size: viz.size,
      x: viz.position.x,
      y: viz.position.y,
    };
  });
}

/** networkx's GraphML: the drawing is in the keys color, size, x and y; the API id is `entityId`. */
function fromNetworkxGraphml(g: ReadGraph): Drawn[] {
  return g.nodes.map(({ attributes: a }) => ({
    id: a.entityId as string,
    kind: a.kind as string,
    level: a.level as string | undefined,
    degree: a.degree as number,
    colour: a.color as string,
    size: a.size as number,
    x: a.x as number,
    y: a.y as number,
  }));
}

/** graphology's GEXF 1.3: viz:color as `rgb(r,g,b)`, viz:size as `size`, viz:position as `x`, `y`. */
function fromGraphology(g: MultiDirectedGraph): Drawn[] {
  return g.mapNodes((id, a) => {
    const [r, gr, b] = (a.color as string).match(/\d+/g)!.map(Number);
    return {
      id,
      kind: a.kind,
      level: a.level,
      degree: a.degree,
      colour: hex({ r: r!, g: gr!, b: b! }),
      size: a.size,
      x: a.x,
      y: a.y,
    };
  });
}

function countEnds(
  edges: { source: string; target: string }[],
  idOf: (end: string) => string = (end) => end,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of edges)
    for (const end of [e.source, e.target]) counts.set(idOf(end), (counts.get(idOf(end)) ?? 0) + 1);
  return counts;
}

async function download(file: string): Promise<string> {
  const res = await fetch(`${app.url}/export/${file}`);
  expect(res.status, file).toBe(200);
  const target = path.join(dir, file.replace(/[^\w.]/g, "_"));
  fs.writeFileSync(target, Buffer.from(await res.arrayBuffer()));
  return target;
}

beforeAll(async () => {
  await requirePythonModule("networkx");
  app = await startServer();
  driver = openTestDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "export-styling-"));
  const gexf12 = await readWithPython("networkx-gexf", await download("graph.gexf"));
  read.gexf = fromNetworkxGexf(gexf12);
  incident.gexf = countEnds(gexf12.edges);
  const graphml = await readWithPython("networkx-graphml", await download("graph.graphml"));
  read.graphml = fromNetworkxGraphml(graphml);
  const entityIdOf = new Map(graphml.nodes.map((n) => [n.id, n.attributes.entityId as string]));
  incident.graphml = countEnds(graphml.edges, (end) => entityIdOf.get(end)!);
  const g13 = gexf.parse(MultiDirectedGraph, fs.readFileSync(await download("graph.gexf?gexfVersion=1.3"), "utf8"));
  read.gexf13 = fromGraphology(g13);
  incident.gexf13 = countEnds(g13.mapEdges((_, __, source, target) => ({ source, target })));
  const rows = await executeCypher(
    driver,
    "MATCH (d:PolicyDocument) WHERE d.level IS NOT NULL RETURN d.id AS id, d.level AS level",
  );
  levels = new Map(rows.map((r) => [r.id as string, r.level as string]));
}, 240_000);

afterAll(async () => {
  await app?.stop();
  await driver?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(["gexf", "gexf13", "graphml"] as const)("the whole graph's %s export, as read back", (key) => {
  const nodes = () => read[key];

  it("gives every node a colour, a size, a finite position and its degree in the file", () => {
    expect(nodes().length).toBeGreaterThan(100);
    for (const n of nodes()) {
      expect(n.colour, n.id).toMatch(/^#[\da-f]{6}$/);
      expect(n.size, n.id).toBeGreaterThan(0);
      expect(Number.isFinite(n.x) && Number.isFinite(n.y), n.id).toBe(true);
      expect(n.degree, n.id).toBe(incident[key]!.get(n.id) ?? 0);
    }
    expect(new Set(nodes().map((n) => `${n.x},${n.y}`)).size, "no two nodes on the same spot").toBe(nodes().length);
  });

  it("gives every document with a level of government that level", () => {
    const documents = nodes().filter((n) => levels.has(n.id));
    expect(documents.length).toBeGreaterThan(3);
    for (const d of documents) expect(d.level, d.id).toBe(levels.get(d.id));
  });

  it("colours nodes of the same kind alike, in the explorer's colour, and documents by their level", () => {
    const byKind = new Map<string, Set<string>>();
    for (const n of nodes()) {
      const group = n.kind === "PolicyDocument" ? `${n.kind} ${levels.get(n.id) ?? "none"}` : n.kind;
      byKind.set(group, (byKind.get(group) ?? new Set()).add(n.colour));
      expect(n.colour, n.id).toBe(nodeColour(n.kind, levels.get(n.id) ?? null).hex);
    }
    for (const [group, colours] of byKind) expect([...colours], group).toHaveLength(1);
    const colourOf = (group: string) => [...byKind.get(group)!][0];
    expect(colourOf("Agency")).not.toBe(colourOf("Task"));
    expect(colourOf("PolicyDocument NATIONAL")).not.toBe(colourOf("PolicyDocument MUNICIPAL"));
  });

  it("draws a node with more relationships larger, and nodes of equal degree the same size", () => {
    const sizeOf = new Map<number, Set<number>>();
    for (const n of nodes()) sizeOf.set(n.degree, (sizeOf.get(n.degree) ?? new Set()).add(n.size));
    for (const sizes of sizeOf.values()) expect(sizes.size).toBe(1);
    const degrees = [...sizeOf.keys()].sort((a, b) => a - b);
    expect(degrees.length).toBeGreaterThan(5);
    for (let i = 1; i < degrees.length; i++) {
      expect([...sizeOf.get(degrees[i]!)!][0]).toBeGreaterThan([...sizeOf.get(degrees[i - 1]!)!][0]!);
    }
  });
});

describe("the layout of the exports", () => {
  it("places each node at the same point in GEXF 1.2, GEXF 1.3 and GraphML", () => {
    const at = (nodes: Drawn[]) => new Map(nodes.map((n) => [n.id, [n.x, n.y]]));
    expect(at(read.gexf13)).toEqual(at(read.gexf));
    expect(at(read.graphml)).toEqual(at(read.gexf));
  });

  it("is the same on every download: seeded, not random", async () => {
    const again = fromNetworkxGexf(await readWithPython("networkx-gexf", await download("graph.gexf")));
    expect(again).toEqual(read.gexf);
  });

  it("draws a neighbourhood with degrees counted inside it", async () => {
    const around = "PolicyDocument:gz-ai-plan-2020-2022";
    const g = await readWithPython("networkx-gexf", await download(`graph.gexf?around=${encodeURIComponent(around)}`));
    const nodes = fromNetworkxGexf(g);
    const ends = countEnds(g.edges);
    for (const n of nodes) expect(n.degree, n.id).toBe(ends.get(n.id) ?? 0);
    const plan = nodes.find((n) => n.id === around)!;
    // Every other node of a one-hop neighbourhood is joined to the plan, so the plan is the largest.
    expect(plan.degree).toBeGreaterThanOrEqual(nodes.length - 1);
    expect(plan.size).toBe(Math.max(...nodes.map((n) => n.size)));
  });
});

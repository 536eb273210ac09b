import { describe, expect, it } from "vitest";
import type { Subgraph } from "../../src/subgraph/subgraph.js";
import { EDGE_LENGTH, layoutPositions } from "../../src/export/layout.js";
import { nodeSize, nodeStyles } from "../../src/export/node-styling.js";

// Fiction: invented ids shaped like the graph's (a plan, its tasks, agencies, a few cross links).

/** A plan-shaped graph of `n` nodes: a tree of parts with some cross links, built without randomness. */
function planLike(n: number): { nodes: { id: string }[]; edges: { source: string; target: string }[] } {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `Task:qinglan-plan/task-${String(i).padStart(4, "0")}` }));
  const edges: { source: string; target: string }[] = [];
  for (let i = 1; i < n; i++) edges.push({ source: nodes[Math.floor((i - 1) / 4)]!.id, target: nodes[i]!.id });
  for (let i = 0; i < n; i += 7) edges.push({ source: nodes[i]!.id, target: nodes[(i * 13 + 5) % n]!.id });
  return { nodes, edges };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("layoutPositions", () => {
  const g = planLike(120);

  it("gives the same positions for the same graph and seed", () => {
    const first = layoutPositions(g.nodes, g.edges, { seed: 7 });
    const again = layoutPositions(structuredClone(g.nodes), structuredClone(g.edges), { seed: 7 });
    expect([...again]).toEqual([...first]);
  });

  it("gives different positions for a different seed", () => {
    const a = layoutPositions(g.nodes, g.edges, { seed: 1 });
    const b = layoutPositions(g.nodes, g.edges, { seed: 2 });
    const moved = g.nodes.filter((n) => distance(a.get(n.id)!, b.get(n.id)!) > 1);
    expect(moved.length).toBeGreaterThan(g.nodes.length / 2);
  });

  it("places every node at a finite point, and no two on the same spot", () => {
    const positions = layoutPositions(g.nodes, g.edges);
    expect([...positions.keys()]).toEqual(g.nodes.map((n) => n.id));
    for (const p of positions.values()) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y), JSON.stringify(p)).toBe(true);
    }
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(g.nodes.length);
  });

  it("draws joined nodes closer together than nodes picked at random", () => {
    const positions = layoutPositions(g.nodes, g.edges);
    const mean = (pairs: [string, string][]) =>
      pairs.reduce((sum, [s, t]) => sum + distance(positions.get(s)!, positions.get(t)!), 0) / pairs.length;
    const joined = mean(g.edges.map((e) => [e.source, e.target]));
    const apart = mean(g.nodes.map((n, i) => [n.id, g.nodes[(i * 37 + 11) % g.nodes.length]!.id]));
    expect(joined).toBeLessThan(apart / 2);
    expect(joined).toBeLessThan(3 * EDGE_LENGTH);
  });

  it("copes with no nodes, one node, duplicate edges, loops and edges to unknown ids", () => {
    expect(layoutPositions([], []).size).toBe(0);
    expect(layoutPositions([{ id: "a" }], [{ source: "a", target: "a" }]).get("a")).toEqual({
      x: expect.any(Number),
      y: expect.any(Number),
    });
    const odd = layoutPositions(
      [{ id: "a" }, { id: "b" }],
      [
        { source: "a", target: "b" },
        { source: "a", target: "b" },
        { source: "a", target: "zzz" },
      ],
    );
    expect([...odd.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });

  it("lays out 600 nodes in seconds at most (a sanity bound, not a speed target)", () => {
    const big = planLike(600);
    const started = performance.now();
    const positions = layoutPositions(big.nodes, big.edges);
    // Well under a second idle; the bound catches a layout gone quadratic, and a busy machine meets it.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(positions.size).toBe(600);
  });
});

describe("nodeStyles", () => {
  // Fiction: a municipal plan, a national notice, two agencies, three tasks.
  const g: Subgraph = {
    nodes: [
      {
        id: "PolicyDocument:qinglan-plan",
        label: "PolicyDocument",
        name: "青岚市人工智能行动计划",
        properties: { level: "MUNICIPAL" },
      },
      {
        id: "PolicyDocument:national-notice",
        label: "PolicyDocument",
        name: "某国家级通知",
        properties: { level: "NATIONAL" },
      },
      { id: "Agency:qinglan-kjj", label: "Agency", name: "青岚市科技局" },
      { id: "Agency:qinglan-gxj", label: "Agency", name: "青岚市工信局" },
      { id: "Task:qinglan-plan/task-01", label: "Task", name: "建设算力平台" },
      { id: "Task:qinglan-plan/task-02", label: "Task", name: "发放算力券" },
      { id: "Task:qinglan-plan/task-03", label: "Task", name: "培育应用场景" },
    ],
    edges: [
      {
        id: "IMPLEMENTS|plan|notice",
        source: "PolicyDocument:qinglan-plan",
        target: "PolicyDocument:national-notice",
        type: "IMPLEMENTS",
      },
      {
        id: "ISSUED_BY|plan|kjj",
        source: "PolicyDocument:qinglan-plan",
        target: "Agency:qinglan-kjj",
        type: "ISSUED_BY",
      },
      ...[1, 2, 3].map((i) => ({
        id: `HAS_PART|plan|${i}`,
        source: "PolicyDocument:qinglan-plan",
        target: `Task:qinglan-plan/task-0${i}`,
        type: "HAS_PART",
      })),
      {
        id: "RESPONSIBLE|1|gxj",
        source: "Task:qinglan-plan/task-01",
        target: "Agency:qinglan-gxj",
        type: "RESPONSIBLE",
      },
    ],
  };
  const styles = nodeStyles(g);
  const style = (id: string) => styles.get(id)!;

  it("counts each node's relationships in the subgraph", () => {
    expect(style("PolicyDocument:qinglan-plan").degree).toBe(5);
    expect(style("Task:qinglan-plan/task-01").degree).toBe(2);
    expect(style("Task:qinglan-plan/task-02").degree).toBe(1);
  });

  it("colours nodes of a kind alike, as the explorer does, and documents by their level", () => {
    expect(style("Task:qinglan-plan/task-02").colour).toEqual(style("Task:qinglan-plan/task-03").colour);
    expect(style("Agency:qinglan-kjj").colour).toEqual({ hex: "#7d3c98", r: 0x7d, g: 0x3c, b: 0x98 });
    expect(style("PolicyDocument:qinglan-plan").colour.hex).toBe("#d4ac0d");
    expect(style("PolicyDocument:national-notice").colour.hex).toBe("#c0392b");
  });

  it("sizes nodes by degree, larger for more relationships", () => {
    expect(style("PolicyDocument:qinglan-plan").size).toBeGreaterThan(style("Task:qinglan-plan/task-01").size);
    expect(style("Task:qinglan-plan/task-01").size).toBeGreaterThan(style("Task:qinglan-plan/task-02").size);
    for (let d = 0; d < 200; d++) expect(nodeSize(d + 1)).toBeGreaterThan(nodeSize(d));
  });

  it("places the same subgraph the same way every time", () => {
    const again = nodeStyles(structuredClone(g));
    expect([...again]).toEqual([...styles]);
  });
});

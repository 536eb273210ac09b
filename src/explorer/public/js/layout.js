// A seeded force-directed layout, the one drawing of the project: the explorer places its nodes
// with it, and the GEXF and GraphML exports carry its positions (src/export/layout.ts imports this
// file), so Gephi opens a drawing rather than a random scatter. Plain JavaScript that imports only
// layout-quadtree.js: it runs in a browser and in Node alike.
import { RepulsionTree } from "./layout-quadtree.js";

/** The ideal distance between two joined nodes: Fruchterman and Reingold's `k`. */
export const EDGE_LENGTH = 100;

/**
 * Pull towards the origin per unit of distance. The repulsion of n nodes spread evenly over a disc
 * pushes a node at radius r outwards by about n·k²·r/R² (Gauss's law in two dimensions), so this
 * pull holds n unjoined nodes in a disc of radius R = k·√(n/GRAVITY); edges draw them closer.
 */
const GRAVITY = 1;

/** Enough rounds for a few hundred nodes to settle; a round costs O(n log n). */
export const DEFAULT_ITERATIONS = 120;

/**
 * Positions for `nodes`, by id, from Fruchterman and Reingold's force-directed layout (1991):
 * joined nodes attract (`d²/k`), every two nodes repel (`k²/d`), and a temperature that cools
 * linearly to zero bounds each step. The repulsion is Barnes and Hut's approximation
 * (layout-quadtree.js), so a round costs O(n log n) and the 5,000 nodes an export may hold stay
 * affordable; a pull towards the origin ({@link GRAVITY}) keeps unjoined nodes and components near.
 * Each node starts at a point of a square of side `k·√n` drawn from its id and the seed, so its
 * start does not depend on the other nodes.
 *
 * Deterministic: no Math.random, and only +, −, ×, ÷ and √, which IEEE 754 rounds the same in
 * every engine, so the same nodes, edges (in the same order) and seed give the same positions in
 * Node and in a browser. Edges to unknown ids and loops are ignored; positions are rounded to
 * hundredths so the files that carry them are stable and short.
 *
 * @param {readonly { id: string }[]} nodes
 * @param {readonly { source: string, target: string }[]} edges
 * @param {{ seed?: number, iterations?: number }} [options] `seed` of the starting positions
 *   (default 1); `iterations`, rounds of moving and cooling (default {@link DEFAULT_ITERATIONS})
 * @returns {Map<string, { x: number, y: number }>}
 */
export function layoutPositions(nodes, edges, options = {}) {
  const n = nodes.length;
  const k = EDGE_LENGTH;
  const half = (k * Math.sqrt(Math.max(n, 1))) / 2;
  const seed = (options.seed ?? 1) >>> 0;
  const iterations = Math.max(0, Math.floor(options.iterations ?? DEFAULT_ITERATIONS));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const index = new Map();
  nodes.forEach((node, i) => {
    const random = mulberry32(hashString(node.id) ^ seed);
    xs[i] = (random() * 2 - 1) * half;
    ys[i] = (random() * 2 - 1) * half;
    index.set(node.id, i);
  });
  const links = edges.flatMap((e) => {
    const [s, t] = [index.get(e.source), index.get(e.target)];
    return s === undefined || t === undefined || s === t ? [] : [[s, t]];
  });
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const tree = new RepulsionTree(n);
  for (let round = 0; round < iterations; round++) {
    dx.fill(0);
    dy.fill(0);
    tree.repel(xs, ys, k, dx, dy);
    for (const [s, t] of links) {
      // Attraction d²/k along the edge: the vector times d/k.
      const ex = xs[s] - xs[t];
      const ey = ys[s] - ys[t];
      const f = Math.sqrt(ex * ex + ey * ey) / k;
      dx[s] -= ex * f;
      dy[s] -= ey * f;
      dx[t] += ex * f;
      dy[t] += ey * f;
    }
    const temperature = (half / 5) * (1 - round / iterations);
    for (let i = 0; i < n; i++) {
      // Gravity towards the origin, in proportion to the distance, instead of a hard frame.
      dx[i] -= GRAVITY * xs[i];
      dy[i] -= GRAVITY * ys[i];
      const length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (length === 0) continue;
      const step = Math.min(length, temperature) / length;
      xs[i] += dx[i] * step;
      ys[i] += dy[i] * step;
    }
  }
  return new Map(nodes.map((node, i) => [node.id, { x: round2(xs[i]), y: round2(ys[i]) }]));
}

/** FNV-1a over the UTF-16 code units of `s`: a 32-bit hash that is the same in every engine. */
function hashString(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Mulberry32, a small seeded PRNG: numbers in [0, 1) that depend only on `seed`. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round2(v) {
  return Math.round(v * 100) / 100 + 0;
}

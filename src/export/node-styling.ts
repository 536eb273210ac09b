import type { Subgraph } from "../subgraph/subgraph.js";
import { layoutPositions } from "./layout.js";
import { type Colour, nodeColour } from "./palette.js";

/** The seed of the exports' layout: the same subgraph is always drawn the same way. */
export const EXPORT_LAYOUT_SEED = 1;

/** How a node is drawn in a GEXF or GraphML export (what Gephi applies when it opens the file). */
export interface NodeStyle {
  /** The explorer's colour of its label, or of its level for a document. */
  colour: Colour;
  /** Grows with the degree: {@link nodeSize}. */
  size: number;
  x: number;
  y: number;
  /** Relationships in this subgraph that start or end at the node (a loop counts twice). */
  degree: number;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Where the explorer draws `g` when it shows it whole with its default seed: the seeded layout of
 * its nodes and relationships sorted by id, as the explorer sorts them, so the exports and the page
 * agree and the page can take these positions instead of computing them again.
 */
export function drawingPositions(g: Subgraph): Map<string, { x: number; y: number }> {
  return layoutPositions([...g.nodes].sort(byId), [...g.edges].sort(byId), { seed: EXPORT_LAYOUT_SEED });
}

/** Size of a node without relationships; Gephi's default node size is 10. */
const BASE_SIZE = 10;

/**
 * A node's size from its degree: 10 for none, then growing with the square root, so that a hub of
 * 100 relationships is 60, large without hiding its neighbours. Strictly increasing in the degree.
 */
export function nodeSize(degree: number): number {
  return Math.round((BASE_SIZE + 5 * Math.sqrt(degree)) * 100) / 100;
}

/**
 * Every node's style, by id: colour, size and degree within `g` (an export of a neighbourhood
 * counts only its own relationships), and a position from the seeded layout (layout.ts), so the
 * same subgraph always gives the same file.
 */
export function nodeStyles(g: Subgraph): Map<string, NodeStyle> {
  const degree = new Map<string, number>(g.nodes.map((n) => [n.id, 0]));
  for (const e of g.edges) {
    for (const end of [e.source, e.target]) {
      const d = degree.get(end);
      if (d !== undefined) degree.set(end, d + 1);
    }
  }
  const positions = drawingPositions(g);
  return new Map(
    g.nodes.map((n) => {
      const level = n.label === "PolicyDocument" && typeof n.properties?.level === "string" ? n.properties.level : null;
      const d = degree.get(n.id) ?? 0;
      const { x, y } = positions.get(n.id) ?? { x: 0, y: 0 };
      return [n.id, { colour: nodeColour(n.label, level), size: nodeSize(d), x, y, degree: d }];
    }),
  );
}

// The seeded force-directed layout whose positions the GEXF and GraphML exports carry. Its one
// implementation is the explorer's module src/explorer/public/js/layout.js (with
// layout-quadtree.js), which the page loads as it is; this file gives it types. Like palette.ts, it
// reads the module from the repository rather than from a copy in dist/: there is one layout, and
// the explorer draws a graph where the exports place it.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../project-root.js";

/** A point of a drawing, in the layout's units (about {@link EDGE_LENGTH} between joined nodes). */
export interface Position {
  x: number;
  y: number;
}

/** Options of {@link layoutPositions}. */
export interface LayoutOptions {
  /** Seed of the starting positions: the same graph and seed always give the same drawing (default 1). */
  seed?: number;
  /** Rounds of moving and cooling (default {@link DEFAULT_ITERATIONS}). */
  iterations?: number;
}

/** What the layout module exports. */
interface LayoutModule {
  EDGE_LENGTH: number;
  DEFAULT_ITERATIONS: number;
  layoutPositions(
    nodes: readonly { id: string }[],
    edges: readonly { source: string; target: string }[],
    options?: LayoutOptions,
  ): Map<string, Position>;
}

const LAYOUT_MODULE = pathToFileURL(path.join(PROJECT_ROOT, "src", "explorer", "public", "js", "layout.js")).href;

const layout = (await import(LAYOUT_MODULE)) as LayoutModule;

/** The ideal distance between two joined nodes: Fruchterman and Reingold's `k`. */
export const EDGE_LENGTH: number = layout.EDGE_LENGTH;

/** Enough rounds for a few hundred nodes to settle; a round costs O(n log n). */
export const DEFAULT_ITERATIONS: number = layout.DEFAULT_ITERATIONS;

/**
 * Positions for `nodes`, by id, from Fruchterman and Reingold's force-directed layout with Barnes
 * and Hut's repulsion, started from points drawn from each id and the seed. Deterministic: the same
 * nodes, edges (in the same order) and seed give the same positions in Node and in a browser (see
 * layout.js). Edges to unknown ids and loops are ignored; positions are rounded to hundredths.
 */
export function layoutPositions(
  nodes: readonly { id: string }[],
  edges: readonly { source: string; target: string }[],
  options: LayoutOptions = {},
): Map<string, Position> {
  return layout.layoutPositions(nodes, edges, options);
}

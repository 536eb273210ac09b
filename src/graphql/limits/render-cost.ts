import { ExportFormat } from "../../export/export-format.js";

/**
 * Cost of rendering one node or relationship in each format, in the cost model's units. Measured
 * on the whole seed graph (138 nodes, 183 relationships, every property) with the compiled service
 * on a 2-core machine, and counted at one unit per 20 µs of render CPU, about what a unit of the
 * whole-graph read costs (its 2,000 units take some 33 ms of Node's CPU, and Neo4j's): GraphML
 * 213 µs an item, GEXF 188, Cytoscape.js JSON 32, nodes CSV 17, edges CSV 9 (each CSV writes only
 * its half, so the pair costs about one unit an item).
 */
export const RENDER_COST_PER_ITEM: Readonly<Record<ExportFormat, number>> = {
  [ExportFormat.GRAPHML]: 11,
  [ExportFormat.GEXF]: 10,
  [ExportFormat.CYTOSCAPE]: 2,
  [ExportFormat.CSV_NODES]: 1,
  [ExportFormat.CSV_EDGES]: 1,
};

/**
 * Nodes and relationships assumed per hop of `graph(around:, depth:)`: its size is not known
 * before it is read (the read itself is costed at 100 a hop), and it is never more than the whole graph.
 */
export const AROUND_ITEMS_PER_HOP = 100;

/** Nodes and relationships a whole-graph export is assumed to write before the service has counted them (graph-size.ts). */
export const DEFAULT_GRAPH_ITEMS = 500;

/**
 * What rendering `graph(format:, around:, depth:)` costs: the format's cost per item times the
 * items it will write, the whole graph's `graphItems` or, around a node, `depth` hops of
 * {@link AROUND_ITEMS_PER_HOP} (at most the whole graph). A format the schema does not know costs
 * as the dearest, so a mistake never makes a render cheap.
 */
export function renderCost(args: Record<string, unknown>, graphItems: number, depth: number): number {
  const perItem = RENDER_COST_PER_ITEM[args.format as ExportFormat] ?? Math.max(...Object.values(RENDER_COST_PER_ITEM));
  const items = args.around ? Math.min(graphItems, AROUND_ITEMS_PER_HOP * depth) : graphItems;
  return perItem * items;
}

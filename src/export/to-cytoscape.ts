import type { Subgraph, SubgraphEdge, SubgraphNode } from "../subgraph/subgraph.js";
import { drawingPositions } from "./node-styling.js";
import {
  type PropertyColumn,
  type PropertyValue,
  EDGE_FIELDS,
  NODE_FIELDS,
  edgeFields,
  nodeFields,
  propertyColumns,
} from "./property-columns.js";

/** `data` of a Cytoscape.js node: the node's fields, then its properties. */
export interface CytoscapeNodeData {
  id: string;
  /** The caption: the Chinese name. */
  label: string;
  /** The node's type, e.g. `Task`. */
  kind: string;
  name: string;
  nameEn: string | null;
  [property: string]: PropertyValue;
}

/** `data` of a Cytoscape.js edge: the edge's fields, then its properties. */
export interface CytoscapeEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  /** The caption: the type again. */
  label: string;
  [property: string]: PropertyValue;
}

/**
 * The document that `cytoscape({ elements })`, `cy.add(elements)` and Cytoscape desktop's `.cyjs`
 * import read.
 */
export interface CytoscapeJson {
  elements: {
    /** `position`: where the explorer draws the node (node-styling.ts), which Cytoscape reads as its place. */
    nodes: { data: CytoscapeNodeData; position: { x: number; y: number } }[];
    edges: { data: CytoscapeEdgeData }[];
  };
}

/**
 * Cytoscape.js gives `parent` in a node's data a meaning (the id of its compound parent), so a
 * property of that name is renamed like one that clashes with a field.
 */
const NODE_RESERVED = [...NODE_FIELDS, "parent"];

/**
 * The subgraph as Cytoscape.js elements JSON, nodes and edges in the order given, each node at the
 * place the explorer draws it (so Cytoscape desktop opens a drawing, and the explorer skips its layout). Ids are the
 * global ids unchanged; values keep their JSON types (lists stay lists, `evidence` a list of
 * objects); a missing `nameEn` is null. A property named
 * after a field (`id`, `source`, `parent`, ...) is renamed `prop_<name>` rather than allowed to
 * rewire the graph.
 */
export function toCytoscapeJson(g: Subgraph): CytoscapeJson {
  const nodeColumns = propertyColumns(g.nodes, NODE_RESERVED);
  const edgeColumns = propertyColumns(g.edges, EDGE_FIELDS);
  const positions = drawingPositions(g);
  return {
    elements: {
      nodes: g.nodes.map((n) => ({
        data: {
          ...(nodeFields(n) as Pick<CytoscapeNodeData, "id" | "label" | "kind" | "name" | "nameEn">),
          ...properties(n, nodeColumns),
        },
        position: positions.get(n.id) ?? { x: 0, y: 0 },
      })),
      edges: g.edges.map((e) => ({
        data: { ...edgeFields(e), ...properties(e, edgeColumns) },
      })),
    },
  };
}

/** The item's properties by column name; `Object.fromEntries` keeps even `__proto__` as data. */
function properties(
  item: SubgraphNode | SubgraphEdge,
  columns: readonly PropertyColumn[],
): Record<string, PropertyValue> {
  return Object.fromEntries(
    columns.flatMap((c) => {
      const value = item.properties?.[c.key];
      return value === undefined ? [] : [[c.name, value] as const];
    }),
  );
}

/** {@link toCytoscapeJson} as text, indented by two spaces. */
export function toCytoscape(g: Subgraph): string {
  return JSON.stringify(toCytoscapeJson(g), null, 2);
}

/**
 * A property value as a subgraph carries it: Neo4j's scalars and lists, and, for `evidence`, a list
 * of objects. Exports keep JSON values as they are where the format can (Cytoscape.js JSON) and
 * write anything that is not a scalar as JSON text where it cannot (GraphML, GEXF, CSV).
 */
export type SubgraphValue = string | number | boolean | null | SubgraphValue[] | { [key: string]: SubgraphValue };

/**
 * The plain shape a graph library can draw directly: what `neighborhood`, `shortestPath` and the
 * exports (Cytoscape.js, GraphML, GEXF, CSV) are built from.
 */
export interface SubgraphNode {
  /** Global id, also the Relay `Node.id`, e.g. `Task:gz-ai-2020-2022/task-02`. */
  id: string;
  /** The node's Neo4j label (its type), e.g. `Task`. */
  label: string;
  /** Chinese name (or title, or quote for a target). */
  name: string;
  /** English name where known. */
  nameEn?: string | null;
  /**
   * Other properties: for a drawing, a few plain fields; for an export, every stored property but
   * the bookkeeping ones, with the evidence as `evidence` (see `subgraph-queries.ts`).
   */
  properties?: Record<string, SubgraphValue>;
}

export interface SubgraphEdge {
  /** Stable id of the relationship. */
  id: string;
  source: string;
  target: string;
  /** Relationship type, e.g. `SUPPORTS`. */
  type: string;
  /** As for nodes: `role` for a drawing, every stored property and `evidence` for an export. */
  properties?: Record<string, SubgraphValue>;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
}

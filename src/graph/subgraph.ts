import type { StoredEvidence } from "./evidence-properties.js";

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
  /** Other scalar properties worth exporting (strings, numbers, booleans; no nested objects). */
  properties?: Record<string, string | number | boolean | null>;
}

export interface SubgraphEdge {
  /** Stable id of the relationship. */
  id: string;
  source: string;
  target: string;
  /** Relationship type, e.g. `SUPPORTS`. */
  type: string;
  properties?: Record<string, string | number | boolean | null>;
  /** The words that state the relationship, when the caller asked for them. */
  evidence?: StoredEvidence[];
  /** Where a curated relationship (one without evidence) comes from, when the caller asked for it. */
  curatedSource?: string | null;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
}

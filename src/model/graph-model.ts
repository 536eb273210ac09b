/**
 * The graph the extractor produces and the loader writes: plain data, no Neo4j types, so extraction
 * is unit-testable without a database.
 */

/** Node labels of the model (besides the shared `Entity` label every node carries). */
export const NODE_LABELS = [
  "PolicyDocument",
  "Agency",
  "Organization",
  "Platform",
  "Zone",
  "Target",
  "Action",
  "Task",
  "Measure",
  "Technology",
  "Domain",
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  "IMPLEMENTS",
  "REPEALS",
  "ISSUED_BY",
  "HAS_PART",
  "SETS",
  "RESPONSIBLE",
  "SUPPORTS",
  "DEVELOPS",
  "OPERATED_BY",
  "MENTIONS",
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Words of a source document that justify a node or relationship: `text.slice(start, end) === quote`. */
export interface Evidence {
  /** Id of the PolicyDocument whose normalised `text` the offsets index. */
  documentId: string;
  quote: string;
  start: number;
  end: number;
  /** The same words in the raw scraped file (`seeds/*.raw.txt`), readings and Traditional characters included. */
  rawStart: number;
  rawEnd: number;
}

export type Scalar = string | number | boolean | null;
export type PropertyValue = Scalar | string[] | number[];

export interface GraphNode {
  id: string;
  label: NodeLabel;
  props: Record<string, PropertyValue>;
  /** Empty for facts that come only from the curated data (then `props.source` says where from). */
  evidence: Evidence[];
}

export interface GraphRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, PropertyValue>;
  evidence: Evidence[];
}

export interface ExtractedGraph {
  /** The document this extraction came from: the loader replaces exactly what it owns. */
  documentId: string;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** Things the extractor could not resolve, for the person running it (never silently dropped). */
  warnings: string[];
}

/** Global id of a node: label and stable key, e.g. `Task:gz-ai-plan-2020-2022/task-02`. */
export function nodeId(label: NodeLabel, key: string): string {
  return `${label}:${key}`;
}

/** Stable id of a relationship from its ends and type. */
export function relationshipId(type: RelationshipType, from: string, to: string): string {
  return `${type}|${from}|${to}`;
}

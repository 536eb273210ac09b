/**
 * What resolvers work with: Neo4j maps turned into plain records once, in the loaders, so no
 * resolver sees driver types or the parallel evidence lists they are stored as.
 */
import { fromEvidenceProperties, type StoredEvidence } from "../graph/evidence-properties.js";

/** Words of a source document that justify a node or relationship. */
export type EvidenceRecord = StoredEvidence;

/** A node: its stored properties plus `kind` (its label) and its evidence. */
export interface NodeRecord {
  id: string;
  kind: string;
  name: string;
  nameEn?: string | null;
  evidence: EvidenceRecord[];
  [property: string]: unknown;
}

/** A relationship with the ids of its two ends. */
export interface RelRecord {
  id: string;
  type: string;
  startId: string;
  endId: string;
  evidence: EvidenceRecord[];
  [property: string]: unknown;
}

/** A relationship seen from one end, with the node at the other end. */
export interface Related {
  rel: RelRecord;
  node: NodeRecord;
}

export function toNodeRecord(raw: unknown): NodeRecord {
  const props = raw as Record<string, unknown>;
  return { ...props, evidence: fromEvidenceProperties(props) } as NodeRecord;
}

export function toRelRecord(raw: unknown): RelRecord {
  const props = raw as Record<string, unknown>;
  return { ...props, evidence: fromEvidenceProperties(props) } as RelRecord;
}

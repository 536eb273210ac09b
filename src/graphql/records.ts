/**
 * What resolvers work with: rows turned into plain records once, in the engine, so no resolver sees
 * driver types or the parallel evidence lists evidence is stored as. A record holds only the
 * properties the request's selection reads (see engine/plans.ts), plus `id` and `kind`.
 */
import { EVIDENCE_PROPERTIES, fromEvidenceProperties, type StoredEvidence } from "../model/evidence-properties.js";

/** Words of a source document that justify a node or relationship. */
export type EvidenceRecord = StoredEvidence;

/** A node: the fetched properties plus `kind` (its label) and its evidence. */
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

/**
 * Sets `props[i]` to `values[at + i]` on `target`, and rebuilds its evidence when the evidence lists
 * are among them. `at` reads a record out of a longer row (a part of a lookahead item, see
 * engine/row-codec.ts) without slicing it.
 */
export function assignValues<T extends { evidence: EvidenceRecord[] }>(
  target: T,
  props: readonly string[],
  values: readonly unknown[],
  at = 0,
): T {
  const t = target as Record<string, unknown>;
  for (let i = 0; i < props.length; i++) t[props[i]!] = values[at + i] ?? null;
  if (props.includes(EVIDENCE_PROPERTIES[1])) target.evidence = fromEvidenceProperties(t);
  return target;
}

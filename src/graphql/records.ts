/**
 * What resolvers work with: Neo4j maps turned into plain records once, in the loaders, so no
 * resolver sees driver types or the parallel evidence lists they are stored as.
 */

/** Words of a source document that justify a node or relationship. */
export interface EvidenceRecord {
  quote: string;
  start: number;
  end: number;
  rawStart: number | null;
  rawEnd: number | null;
  documentId: string;
}

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

/** Rebuilds evidence from the parallel lists it is stored as. */
export function evidenceOf(props: Record<string, unknown>): EvidenceRecord[] {
  const quotes = (props.evidenceQuotes as string[] | undefined) ?? [];
  const starts = (props.evidenceStarts as number[] | undefined) ?? [];
  const ends = (props.evidenceEnds as number[] | undefined) ?? [];
  const docs = (props.evidenceDocuments as string[] | undefined) ?? [];
  const rawStarts = (props.evidenceRawStarts as number[] | undefined) ?? [];
  const rawEnds = (props.evidenceRawEnds as number[] | undefined) ?? [];
  return quotes.map((quote, i) => ({
    quote, start: starts[i]!, end: ends[i]!, rawStart: rawStarts[i] ?? null, rawEnd: rawEnds[i] ?? null, documentId: docs[i]!,
  }));
}

export function toNodeRecord(raw: unknown): NodeRecord {
  const props = raw as Record<string, unknown>;
  return { ...props, evidence: evidenceOf(props) } as NodeRecord;
}

export function toRelRecord(raw: unknown): RelRecord {
  const props = raw as Record<string, unknown>;
  return { ...props, evidence: evidenceOf(props) } as RelRecord;
}

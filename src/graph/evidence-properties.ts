import type { Evidence } from "../ingest/model.js";

/**
 * How evidence is stored on a node or relationship: Neo4j properties cannot hold maps, so a list of
 * evidence is six parallel lists. This module is the only place that knows their names; the loader
 * writes with {@link toEvidenceProperties}, the API reads with {@link fromEvidenceProperties}, and
 * `cypher/merge-nodes.cypher` merges the same six.
 */
/** Names of the six lists, in the order {@link toEvidenceProperties} writes them. */
export const EVIDENCE_PROPERTIES = [
  "evidenceDocuments", "evidenceQuotes", "evidenceStarts", "evidenceEnds", "evidenceRawStarts", "evidenceRawEnds",
] as const;

export function toEvidenceProperties(evidence: Evidence[]) {
  return {
    evidenceDocuments: evidence.map((e) => e.documentId),
    evidenceQuotes: evidence.map((e) => e.quote),
    evidenceStarts: evidence.map((e) => e.start),
    evidenceEnds: evidence.map((e) => e.end),
    evidenceRawStarts: evidence.map((e) => e.rawStart),
    evidenceRawEnds: evidence.map((e) => e.rawEnd),
  };
}

/** Evidence as read back; raw offsets are null for graphs loaded before they were recorded. */
export type StoredEvidence = Omit<Evidence, "rawStart" | "rawEnd"> & { rawStart: number | null; rawEnd: number | null };

/** Rebuilds evidence from the parallel lists of a stored node or relationship. */
export function fromEvidenceProperties(props: Record<string, unknown>): StoredEvidence[] {
  const list = <T>(name: string) => (props[name] as T[] | undefined) ?? [];
  const starts = list<number>("evidenceStarts");
  const ends = list<number>("evidenceEnds");
  const docs = list<string>("evidenceDocuments");
  const rawStarts = list<number>("evidenceRawStarts");
  const rawEnds = list<number>("evidenceRawEnds");
  return list<string>("evidenceQuotes").map((quote, i) => ({
    quote, start: starts[i]!, end: ends[i]!, rawStart: rawStarts[i] ?? null, rawEnd: rawEnds[i] ?? null, documentId: docs[i]!,
  }));
}

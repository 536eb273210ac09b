import type { Evidence } from "./graph-model.js";

/**
 * How evidence is stored. A relationship belongs to one document, so its evidence stays on it as six
 * parallel lists (Neo4j properties cannot hold maps). A node may be named by thousands of documents,
 * so its evidence is stored as one `:Evidence` record per quote ({@link evidenceRecords}), joined to
 * the node by id and to its document by id through indexes, and read a page at a time: adding a
 * document writes only its own records, and no node grows with the number of documents naming it.
 * This module is the only place that knows the names of either form.
 */
/** Names of the six lists, in the order {@link toEvidenceProperties} writes them. */
export const EVIDENCE_PROPERTIES = [
  "evidenceDocuments",
  "evidenceQuotes",
  "evidenceStarts",
  "evidenceEnds",
  "evidenceRawStarts",
  "evidenceRawEnds",
] as const;

/** A relationship's evidence as the six lists it is stored as. */
export function toEvidenceProperties(evidence: readonly Evidence[]) {
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

/** Rebuilds evidence from the parallel lists of a stored relationship (or of a node's page of evidence, see attachNodeEvidence). */
export function fromEvidenceProperties(props: Record<string, unknown>): StoredEvidence[] {
  const list = <T>(name: string) => (props[name] as T[] | undefined) ?? [];
  const starts = list<number>("evidenceStarts");
  const ends = list<number>("evidenceEnds");
  const docs = list<string>("evidenceDocuments");
  const rawStarts = list<number>("evidenceRawStarts");
  const rawEnds = list<number>("evidenceRawEnds");
  return list<string>("evidenceQuotes").map((quote, i) => ({
    quote,
    start: starts[i]!,
    end: ends[i]!,
    rawStart: rawStarts[i] ?? null,
    rawEnd: rawEnds[i] ?? null,
    documentId: docs[i]!,
  }));
}

/** One stored `:Evidence` record: a quote of `document` naming the node `node`. */
export interface EvidenceRecordProps {
  node: string;
  document: string;
  quote: string;
  start: number;
  end: number;
  rawStart: number;
  rawEnd: number;
}

/** A node's evidence as the records replace-evidence.cypher writes. */
export function evidenceRecords(nodeId: string, evidence: Evidence[]): EvidenceRecordProps[] {
  return evidence.map((e) => ({
    node: nodeId,
    document: e.documentId,
    quote: e.quote,
    start: e.start,
    end: e.end,
    rawStart: e.rawStart,
    rawEnd: e.rawEnd,
  }));
}

/** A stored record as the API's evidence (the record's `document` is the evidence's `documentId`). */
export function fromEvidenceRecord(r: Record<string, unknown>): StoredEvidence {
  return {
    documentId: r.document as string,
    quote: r.quote as string,
    start: r.start as number,
    end: r.end as number,
    rawStart: (r.rawStart as number | null | undefined) ?? null,
    rawEnd: (r.rawEnd as number | null | undefined) ?? null,
  };
}

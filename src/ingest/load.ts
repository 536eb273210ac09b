import type { Database, Statement } from "../db/database.js";
import { evidenceRecords, toEvidenceProperties } from "../model/evidence-properties.js";
import type { ExtractedGraph, PropertyValue } from "../model/graph-model.js";

/** Counts of what one load wrote. */
export interface LoadResult {
  documentId: string;
  nodes: number;
  relationships: number;
  skipped: boolean;
}

/** An extraction with the hash of what it was made from. */
export type HashedExtraction = ExtractedGraph & { hash: string };

/** Nodes with no evidence in the text (curated-only facts) sort after those found in it. */
const UNSEEN_ORD = 1e12;

/**
 * Writes one document's extraction in ONE transaction (see {@link loadExtractions}); with `force`
 * unset, an extraction whose hash the graph already has is skipped.
 */
export async function loadExtraction(
  db: Database,
  g: HashedExtraction,
  options: { force?: boolean } = {},
): Promise<LoadResult> {
  if (!options.force) {
    const [row] = await db.read("find-document-hash", { id: g.documentId });
    if (row?.hash === g.hash)
      return { documentId: g.documentId, nodes: g.nodes.length, relationships: g.relationships.length, skipped: true };
  }
  return (await loadExtractions(db, [g]))[0]!;
}

/**
 * Writes a batch of extractions (one per document, distinct documents) in ONE transaction: MERGE on
 * stable ids (so loading twice leaves the same counts), then removes what each document produced
 * before but no longer does: its relationships, its structural nodes, its evidence, and the catalogue
 * entities that nothing references any more. Each statement works on the batch as a whole and finds
 * what a document owns through indexes on its id, so its cost follows the batch, not the graph. If
 * any statement fails, nothing of the batch is written.
 */
export async function loadExtractions(db: Database, batch: HashedExtraction[]): Promise<LoadResult[]> {
  await db.writeAll(loadStatements(batch));
  return batch.map((g) => ({
    documentId: g.documentId,
    nodes: g.nodes.length,
    relationships: g.relationships.length,
    skipped: false,
  }));
}

/** The statements that load a batch, in order, with their parameters (tests PROFILE them as sent). */
export function loadStatements(batch: HashedExtraction[]): Statement[] {
  const nodes = batch.flatMap((g) =>
    g.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      props: {
        ...n.props,
        kind: n.label,
        aliasText: Array.isArray(n.props.aliases) ? n.props.aliases.join(" ") : null,
        ord: n.props.ord ?? Math.min(UNSEEN_ORD, ...n.evidence.map((e) => e.start)),
      },
    })),
  );
  const relationships = batch.flatMap((g) =>
    g.relationships.map((r) => ({
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      props: { ...r.props, document: g.documentId, ...toEvidenceProperties(r.evidence) } as Record<
        string,
        PropertyValue
      >,
    })),
  );
  const evidence = batch.flatMap((g) => g.nodes.flatMap((n) => evidenceRecords(n.id, n.evidence)));
  const documents = batch.map((g) => ({
    id: g.documentId,
    hash: g.hash,
    keepNodes: g.nodes.map((n) => n.id),
    keepRelationships: g.relationships.map((r) => r.id),
  }));
  return [
    { name: "merge-nodes", params: { nodes } },
    { name: "merge-relationships", params: { relationships } },
    { name: "delete-stale-relationships", params: { documents } },
    { name: "delete-stale-nodes", params: { documents } },
    { name: "replace-evidence", params: { documentIds: documents.map((d) => d.id), evidence } },
    { name: "set-document-hash", params: { documents } },
  ];
}

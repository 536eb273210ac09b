import type { Database } from "../db/database.js";
import { toEvidenceProperties } from "../graph/evidence-properties.js";
import type { ExtractedGraph, PropertyValue } from "./model.js";

/** Counts of what one load wrote. */
export interface LoadResult {
  documentId: string;
  nodes: number;
  relationships: number;
  skipped: boolean;
}

/** Nodes with no evidence in the text (curated-only facts) sort after those found in it. */
const UNSEEN_ORD = 1e12;

/**
 * Writes one document's extraction in ONE transaction: MERGE on stable ids (so loading twice leaves
 * the same counts), then removes what this document produced before but no longer does: its
 * relationships, its structural nodes, and the catalogue entities that no relationship of any
 * document references any more. If any statement fails, nothing is written.
 */
export async function loadExtraction(db: Database, g: ExtractedGraph & { hash: string }, options: { force?: boolean } = {}): Promise<LoadResult> {
  if (!options.force) {
    const [row] = await db.read("find-document-hash", { id: g.documentId });
    if (row?.hash === g.hash) return { documentId: g.documentId, nodes: g.nodes.length, relationships: g.relationships.length, skipped: true };
  }
  const nodes = g.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    props: {
      ...n.props,
      kind: n.label,
      aliasText: Array.isArray(n.props.aliases) ? n.props.aliases.join(" ") : null,
      ord: n.props.ord ?? Math.min(UNSEEN_ORD, ...n.evidence.map((e) => e.start)),
    },
    ...toEvidenceProperties(n.evidence),
  }));
  const relationships = g.relationships.map((r) => ({
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    props: { ...r.props, document: g.documentId, ...toEvidenceProperties(r.evidence) } as Record<string, PropertyValue>,
  }));
  await db.writeAll([
    { name: "merge-nodes", params: { nodes, documentId: g.documentId } },
    { name: "merge-relationships", params: { relationships } },
    { name: "delete-stale-relationships", params: { documentId: g.documentId, keep: relationships.map((r) => r.id), keepNodes: nodes.map((n) => n.id) } },
    { name: "delete-stale-nodes", params: { documentId: g.documentId, keep: nodes.map((n) => n.id) } },
    { name: "remove-stale-evidence", params: { documentId: g.documentId, keep: nodes.map((n) => n.id) } },
    { name: "delete-unreferenced-found-nodes", params: {} },
    { name: "set-document-hash", params: { id: g.documentId, hash: g.hash } },
  ]);
  return { documentId: g.documentId, nodes: nodes.length, relationships: relationships.length, skipped: false };
}

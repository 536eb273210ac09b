import type { Database } from "../db/database.js";
import { fromEvidenceRecord, type StoredEvidence } from "./evidence-properties.js";

/** Which part of a node's evidence to read: `first` quotes after skipping `offset`. */
export interface EvidenceRequest {
  id: string;
  offset: number;
  first: number;
}

/** A page of a node's evidence and how much it has in all. */
export interface EvidencePage {
  items: StoredEvidence[];
  total: number;
}

/** How many quotes of each node the exports and the RDF carry; `evidenceCount` says how many there are. */
export const EXPORTED_EVIDENCE_PER_NODE = 100;

/**
 * Reads a page of evidence for each request, in the order of the requests: one statement per
 * distinct (offset, first), which is one for the requests of one field of a query. The order within
 * a node is stable: by document id, then offset.
 */
export async function fetchNodeEvidence(db: Database, requests: readonly EvidenceRequest[]): Promise<EvidencePage[]> {
  const pages = new Map<string, EvidencePage>();
  const groups = new Map<string, Set<string>>();
  for (const q of requests) {
    const key = `${q.offset}|${q.first}`;
    groups.set(key, (groups.get(key) ?? new Set()).add(q.id));
  }
  for (const [key, ids] of groups) {
    const [offset, first] = key.split("|").map(Number);
    const rows = await db.read("find-evidence-of-nodes", { ids: [...ids], offset, first });
    for (const r of rows) {
      const items = (r.page as Record<string, unknown>[]).map(fromEvidenceRecord);
      pages.set(`${key}|${r.id as string}`, { items, total: r.total as number });
    }
  }
  return requests.map((q) => pages.get(`${q.offset}|${q.first}|${q.id}`) ?? { items: [], total: 0 });
}

/** The first {@link EXPORTED_EVIDENCE_PER_NODE} quotes of each node and its count, by node id, for the exports and the RDF. */
export async function fetchExportedEvidence(db: Database, ids: readonly string[]): Promise<Map<string, EvidencePage>> {
  const unique = [...new Set(ids)];
  const pages = await fetchNodeEvidence(db, unique.map((id) => ({ id, offset: 0, first: EXPORTED_EVIDENCE_PER_NODE })));
  return new Map(unique.map((id, i) => [id, pages[i]!]));
}

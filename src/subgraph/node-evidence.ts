import type { Database } from "../db/database.js";
import { fromEvidenceRecord, type StoredEvidence } from "../model/evidence-properties.js";

/** Which part of a node's evidence to read: `first` quotes after skipping `offset` (`first` 0: only the count). */
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
 * distinct (offset, first), which is one for the requests of one field of a query. A count alone
 * (`first` 0) is answered by the statement of a page of the same node when there is one. The order
 * within a node is stable: by document id, then offset.
 */
export async function fetchNodeEvidence(db: Database, requests: readonly EvidenceRequest[]): Promise<EvidencePage[]> {
  const pages = new Map<string, EvidencePage>();
  const totals = new Map<string, number>();
  const groups = new Map<string, Set<string>>();
  const add = (offset: number, first: number, id: string) => {
    const key = `${offset}|${first}`;
    groups.set(key, (groups.get(key) ?? new Set()).add(id));
  };
  for (const q of requests) if (q.first > 0) add(q.offset, q.first, q.id);
  const paged = new Set(requests.filter((q) => q.first > 0).map((q) => q.id));
  for (const q of requests) if (q.first === 0 && !paged.has(q.id)) add(0, 0, q.id);
  for (const [key, ids] of groups) {
    const [offset, first] = key.split("|").map(Number);
    const rows = await db.read("find-evidence-of-nodes", { ids: [...ids], offset, first });
    for (const r of rows) {
      pages.set(`${key}|${r.id as string}`, {
        items: (r.page as Record<string, unknown>[]).map(fromEvidenceRecord),
        total: r.total as number,
      });
      totals.set(r.id as string, r.total as number);
    }
  }
  return requests.map((q) =>
    q.first === 0
      ? { items: [], total: totals.get(q.id) ?? 0 }
      : (pages.get(`${q.offset}|${q.first}|${q.id}`) ?? { items: [], total: 0 }),
  );
}

/** The first {@link EXPORTED_EVIDENCE_PER_NODE} quotes of each node and its count, by node id, for the exports and the RDF. */
export async function fetchExportedEvidence(db: Database, ids: readonly string[]): Promise<Map<string, EvidencePage>> {
  const unique = [...new Set(ids)];
  const pages = await fetchNodeEvidence(
    db,
    unique.map((id) => ({ id, offset: 0, first: EXPORTED_EVIDENCE_PER_NODE })),
  );
  return new Map(unique.map((id, i) => [id, pages[i]!]));
}

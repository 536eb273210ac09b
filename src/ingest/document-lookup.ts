import type { Database } from "../db/database.js";
import { normaliseDocNumber, titleKey } from "./document-number.js";
import type { DocumentLookup, KnownDocument } from "./extract-options.js";

/** A document of the graph as the pipeline needs it: what links it, and the hash of its last load. */
export type StoredDocument = KnownDocument & { contentHash: string | null };

/** The graph's documents as the extractor links to them, and as the pipeline checks them. */
export interface DocumentIndex {
  find: DocumentLookup;
  byNumber: Map<string, StoredDocument>;
  byId: Map<string, StoredDocument>;
}

/** The graph's documents, by normalised 文号 and title (a title matches only a document without a different 文号). */
export async function readDocumentIndex(db: Database): Promise<DocumentIndex> {
  const rows = await db.read("find-documents-for-linking");
  const docs: StoredDocument[] = rows.map((r) => ({
    id: r.id as string,
    title: (r.title as string | null) ?? "",
    docNumber: r.docNumber ? normaliseDocNumber(r.docNumber as string) : null,
    full: r.full === true,
    ord: (r.ord as number | null) ?? null,
    contentHash: (r.contentHash as string | null) ?? null,
  }));
  const byNumber = new Map<string, StoredDocument>();
  const byTitle = new Map<string, StoredDocument[]>();
  const byId = new Map<string, StoredDocument>();
  for (const d of docs) {
    byId.set(d.id, d);
    if (d.docNumber && (!byNumber.has(d.docNumber) || d.full)) byNumber.set(d.docNumber, d);
    const key = titleKey(d.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), d]);
  }
  const find: DocumentLookup = (docNumber, title) => {
    const numbered = docNumber ? byNumber.get(docNumber) : undefined;
    if (numbered) return numbered;
    const titled = byTitle.get(titleKey(title)) ?? [];
    return titled.find((d) => d.docNumber === null || docNumber === null || d.docNumber === docNumber);
  };
  return { find, byNumber, byId };
}

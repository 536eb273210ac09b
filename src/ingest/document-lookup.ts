import type { Database } from "../db/database.js";
import { normaliseDocNumber, titleKey } from "./document-number.js";
import type { DocumentLookup, KnownDocument } from "./extract-options.js";

/** A document of the graph as the pipeline needs it: what links it, and the hash of its last load. */
export type StoredDocument = KnownDocument & { contentHash: string | null };

/**
 * The graph's documents that one ingest (or one batch of a bulk ingest) links to, read by the keys
 * its texts ask for, never all of them: the extractor asks {@link find} for each 文号 and title it
 * meets; a key not read yet is answered "unknown" and remembered, {@link readAsked} then reads the
 * documents of all remembered keys through their indexes (find-documents-by-keys.cypher), and the
 * text is extracted again with them. Documents of the same batch that are not written yet join with
 * {@link add}. A title matches only a document without a different 文号.
 */
export class DocumentIndex {
  private readonly byNumber = new Map<string, StoredDocument>();
  private readonly byTitle = new Map<string, StoredDocument[]>();
  private readonly byId = new Map<string, StoredDocument>();
  private readonly read = { numbers: new Set<string>(), titleKeys: new Set<string>(), ids: new Set<string>() };
  private readonly asked = { numbers: new Set<string>(), titleKeys: new Set<string>(), ids: new Set<string>() };

  readonly find: DocumentLookup = (docNumber, title) => {
    if (docNumber && !this.read.numbers.has(docNumber)) this.asked.numbers.add(docNumber);
    const key = titleKey(title);
    if (!this.read.titleKeys.has(key)) this.asked.titleKeys.add(key);
    const numbered = docNumber ? this.byNumber.get(docNumber) : undefined;
    if (numbered) return numbered;
    const titled = this.byTitle.get(key) ?? [];
    return titled.find((d) => d.docNumber === null || docNumber === null || d.docNumber === docNumber);
  };

  /** The document with this 文号 (a full one before a placeholder), once read. */
  withNumber(docNumber: string): StoredDocument | undefined {
    return this.byNumber.get(docNumber);
  }

  /** The document with this id, once read (ask for it with {@link ask}). */
  withId(id: string): StoredDocument | undefined {
    return this.byId.get(id);
  }

  /** Remembers an id to read with the next {@link readAsked}. */
  ask(id: string): void {
    if (!this.read.ids.has(id)) this.asked.ids.add(id);
  }

  /** Whether keys were asked for that have not been read. */
  get pending(): boolean {
    return this.asked.numbers.size + this.asked.titleKeys.size + this.asked.ids.size > 0;
  }

  /** Reads the documents of every key asked for since the last read; true when any was found. */
  async readAsked(db: Database): Promise<boolean> {
    const { numbers, titleKeys, ids } = this.asked;
    if (!this.pending) return false;
    const rows = await db.read("find-documents-by-keys", {
      numbers: [...numbers],
      titleKeys: [...titleKeys],
      ids: [...ids],
    });
    for (const n of numbers) this.read.numbers.add(n);
    for (const k of titleKeys) this.read.titleKeys.add(k);
    for (const i of ids) this.read.ids.add(i);
    numbers.clear();
    titleKeys.clear();
    ids.clear();
    for (const r of rows) {
      this.add({
        id: r.id as string,
        title: (r.title as string | null) ?? "",
        docNumber: r.docNumber ? normaliseDocNumber(r.docNumber as string) : null,
        full: r.full === true,
        ord: (r.ord as number | null) ?? null,
        contentHash: (r.contentHash as string | null) ?? null,
      });
    }
    return rows.length > 0;
  }

  /** Adds a document (read from the graph, or extracted earlier in the same batch), replacing what was known of its id. */
  add(d: StoredDocument): void {
    const before = this.byId.get(d.id);
    if (before)
      this.byTitle.set(
        titleKey(before.title),
        (this.byTitle.get(titleKey(before.title)) ?? []).filter((x) => x.id !== d.id),
      );
    this.byId.set(d.id, d);
    if (d.docNumber && (!this.byNumber.has(d.docNumber) || d.full || this.byNumber.get(d.docNumber)!.id === d.id))
      this.byNumber.set(d.docNumber, d);
    const key = titleKey(d.title);
    this.byTitle.set(key, [...(this.byTitle.get(key) ?? []), d]);
  }
}

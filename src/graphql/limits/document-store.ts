import type { DocumentStore } from "@apollo/server";
import type { DocumentNode } from "graphql";

/** Memory the parsed-document cache may take, counted as {@link documentSize} does. */
export const DOCUMENT_STORE_BYTES = 32 * 1024 * 1024;

/**
 * Apollo's cache of parsed and validated documents (by query hash), sized by what an entry really
 * holds. Apollo's default (an LRU of 30 MB) sizes an entry by `JSON.stringify(document)`, which
 * leaves out the source text every document keeps in `loc.source` (its `toJSON` prints only
 * offsets): 4,000 distinct texts of 900 KB each counted as about 4 KB, and filled the heap. Here an
 * entry counts its text (two bytes a character, V8's worst case) plus its JSON, and the least
 * recently used go first once {@link DOCUMENT_STORE_BYTES} is reached. A document larger than a
 * tenth of the budget is not kept (it is parsed again when sent again).
 */
export class SizedDocumentStore implements DocumentStore {
  private readonly entries = new Map<string, { document: DocumentNode; size: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number = DOCUMENT_STORE_BYTES) {}

  async get(key: string): Promise<DocumentNode | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.document;
  }

  async set(key: string, document: DocumentNode): Promise<void> {
    const size = documentSize(document) + key.length * 2;
    this.remove(key);
    if (size > this.maxBytes / 10) return;
    this.entries.set(key, { document, size });
    this.bytes += size;
    for (const [k] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(k);
    }
  }

  async delete(key: string): Promise<boolean> {
    return this.remove(key);
  }

  private remove(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= entry.size;
    return true;
  }

  /** Entries and the bytes they are counted as (for tests and metrics). */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

/** What a parsed document holds: its source text (UTF-16) and its tree (its JSON, which omits the text). */
export function documentSize(document: DocumentNode): number {
  return (document.loc?.source.body.length ?? 0) * 2 + JSON.stringify(document).length;
}

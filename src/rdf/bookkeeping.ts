/**
 * Stored keys that are the database's own bookkeeping, not statements about policy, and so are never
 * written as RDF: the listing order `ord`, the title match key `titleKey`, and the ingest's
 * `extractionHash`, `contentHash` (what it compares to skip an unchanged text) and `loadedAt`. The
 * README's exports leave them out for the same reason. A document's `originalHash`, the SHA-256 of
 * the file or page it was read from, is provenance a reader can check, and stays.
 */
export const BOOKKEEPING: ReadonlySet<string> = new Set([
  "ord",
  "titleKey",
  "extractionHash",
  "contentHash",
  "loadedAt",
]);

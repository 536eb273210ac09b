// What goes into an ingest and what it reports, apart from pipeline.ts: the stages it calls
// (prepare.ts, provenance.ts) and its errors (ingest-errors.ts) use them, and pipeline.ts uses those.
import type { Discovered } from "./agency-units.js";
import type { CitedDocument, DocumentMetadata } from "./extract-options.js";
import type { IngestDiff } from "./update-diff.js";

/**
 * One document to ingest: its original (a string of text, or the bytes of a file or fetched page in
 * any format `readSource` reads), where it came from, and what its ingester knows.
 */
export interface IngestInput {
  text: string | Uint8Array;
  /** Shown in messages and kept on the document: a file name, a URL, or `text` for the API. */
  source: string;
  /** The Content-Type a fetched original was served with (its charset is a hint for decoding). */
  contentType?: string;
  metadata?: DocumentMetadata;
  /** An invented example: marked `example: true` in the graph and API. */
  example?: boolean;
  /** Report what would happen and write nothing. */
  dryRun?: boolean;
  /** Write an update even when it removes more than the safe share of what the document said (update-diff.ts). */
  replace?: boolean;
}

/** What an ingest did (or, in a dry run, would do). */
export interface IngestReport {
  source: string;
  documentId: string;
  title: string;
  docNumber: string | null;
  /** ADDED (new), UPGRADED (was a placeholder), UPDATED (changed text), UNCHANGED (same content hash: text, metadata and curated data). */
  status: "ADDED" | "UPGRADED" | "UPDATED" | "UNCHANGED";
  dryRun: boolean;
  example: boolean;
  /** Node ids that were not in the graph. */
  added: string[];
  /** Node ids already in the graph that this document writes or adds evidence to. */
  changed: string[];
  /** Nodes this document produced before and no longer does. */
  removed: string[];
  /** Relationships written (none when UNCHANGED). */
  relationships: number;
  removedRelationships: number;
  /** The same, with kinds and names, and what the document had before. */
  diff: IngestDiff;
  /** The update removes more than the safe share: written only with `replace` (a dry run says so here). */
  removesTooMuch: boolean;
  /** The documents it cites, with whether each is still a placeholder. */
  linked: CitedDocument[];
  /** Entities found by pattern, for curators to add to the gazetteer. */
  discovered: Discovered[];
  warnings: string[];
}

import { createHash } from "node:crypto";
import type { Database } from "../db/database.js";
import type { Discovered } from "./agency-units.js";
import { titleKey } from "./document-number.js";
import { readDocumentIndex } from "./document-lookup.js";
import type { CitedDocument, DocumentMetadata, Extraction } from "./extract.js";
import type { Gazetteer } from "./gazetteer.js";
import { type DiskGuard, ensureFreeSpace } from "./disk-space.js";
import { UrlAllowList } from "./fetch/address-guard.js";
import { fetchInput } from "./fetch/fetch-input.js";
import { IngestError } from "./ingest-errors.js";
import { extractRead, mergeMetadata, provenanceProps, readOriginal } from "./provenance.js";
import { loadExtraction } from "./load.js";
import type { OriginalsStore } from "./originals.js";
import { type IngestDiff, NO_DIFF, readDiff, refusalMessage, removesTooMuch } from "./update-diff.js";

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

/** Durability of writes (refuse them while the data folder's disk is low, keep every ingested original) and the reach of fetching by URL. */
export interface IngestSettings {
  /** Checked before each write (not before a dry run or an unchanged text); absent for an external NEO4J_URI. */
  diskGuard?: DiskGuard;
  /** Where each written original is kept after its transaction commits, for `npm run rebuild`. */
  originals?: OriginalsStore;
  /** Limits of fetching by URL, and the hosts and networks the guarded fetch may reach although internal. */
  fetch?: { timeoutMs: number; maxBytes: number; allow: readonly string[] };
}

/**
 * The one ingest pipeline behind the CLI and the `ingestDocument` mutation: decode and check,
 * normalise and extract (reading the graph's documents so the document and its citations keep
 * their ids), compare with what the document said before, then load in ONE transaction. An update
 * that would remove too much is refused before anything is written. Ingests run one at a time, so
 * two concurrent ones cannot both create the same document.
 */
export class IngestPipeline {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly gazetteerHash: string;

  constructor(
    private readonly db: Database,
    private readonly gazetteer: Gazetteer,
    private readonly settings: IngestSettings = {},
  ) {
    this.gazetteerHash = sha256(JSON.stringify(gazetteer));
  }

  /**
   * Fetches a page or file by URL (outside the one-at-a-time queue), then ingests it. `guarded`: refuse
   * private, loopback and link-local targets not in INGEST_URL_ALLOW, as the mutation must.
   */
  async ingestUrl(url: string, input: Omit<IngestInput, "text" | "source" | "contentType">, options: { guarded: boolean }): Promise<IngestReport> {
    const limits = this.settings.fetch ?? { timeoutMs: 20_000, maxBytes: 32 * 1024 * 1024, allow: [] };
    const fetched = await fetchInput(url, input.metadata, { ...limits, guard: options.guarded ? new UrlAllowList(limits.allow) : undefined });
    return this.ingest({ ...input, ...fetched });
  }

  ingest(input: IngestInput): Promise<IngestReport> {
    const run = this.queue.then(() => this.run(input));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(input: IngestInput): Promise<IngestReport> {
    const read = await readOriginal(input);
    const raw = read.text;
    // What the original says about itself (a page's 政务公开 table) fills in; what the ingester gives wins.
    const { metadata, extra, sourceTitle } = mergeMetadata(read.metadata, input.metadata);
    const lookup = await readDocumentIndex(this.db);
    const example = (input.example ?? false) || isMarkedExample(raw);
    let g: Extraction;
    try {
      g = extractRead(raw, this.gazetteer, { metadata, documents: lookup.find, discover: true, example }, sourceTitle);
    } catch (error) {
      if ((error as Error).message.startsWith("No document title found")) throw new IngestError("NO_TITLE", `${input.source}: ${(error as Error).message}`);
      throw error;
    }
    // Same text, metadata and curated data as the last load: nothing can have changed.
    const contentHash = sha256(JSON.stringify([raw, metadata, example, this.gazetteerHash, ...(read.format === "TEXT" ? [] : [read.format, extra, sourceTitle ?? null])]));
    Object.assign(g.nodes.find((n) => n.id === g.documentId)!.props, { contentHash, ...provenanceProps(input, read, extra) });
    const previous = lookup.byId.get(g.documentId);
    if (g.docNumber) {
      const holder = lookup.byNumber.get(g.docNumber);
      // Same 文号 and another title: a different document (a revision keeps its title).
      if (holder && holder.full && titleKey(holder.title) !== titleKey(g.title)) {
        throw new IngestError("DOC_NUMBER_TAKEN", `${input.source}: 文号 ${g.docNumber} already belongs to another document, "${holder.title}" (${holder.id}). Check the 文号, or pass the right one with --doc-number.`);
      }
    }
    const unchanged = previous?.contentHash === contentHash;
    // What the load would add, change and remove; an unchanged document needs no read.
    const diff = unchanged ? NO_DIFF : await readDiff(this.db, g);
    const report: IngestReport = {
      source: input.source,
      documentId: g.documentId,
      title: g.title,
      docNumber: g.docNumber,
      status: unchanged ? "UNCHANGED" : !previous ? "ADDED" : previous.full ? "UPDATED" : "UPGRADED",
      dryRun: input.dryRun ?? false,
      example,
      added: diff.added.map((n) => n.id),
      changed: diff.changed.map((n) => n.id),
      removed: diff.removed.map((n) => n.id),
      relationships: unchanged ? 0 : g.relationships.length,
      removedRelationships: diff.removedRelationships.length,
      diff,
      removesTooMuch: removesTooMuch(diff),
      linked: g.cited,
      discovered: g.discovered,
      warnings: g.warnings,
    };
    if (report.dryRun) return report;
    const keep = { documentId: g.documentId, contentHash, text: input.text, source: input.source, contentType: input.contentType ?? (typeof input.text === "string" ? "text/plain; charset=utf-8" : undefined), metadata: input.metadata, example, replace: input.replace ?? false };
    // An unchanged text writes nothing, but keeps its original if it is missing (ingested before originals were kept).
    if (unchanged) return this.keepOriginal(report, keep, { onlyIfMissing: true });
    if (report.removesTooMuch && !input.replace) throw new IngestError("UPDATE_REMOVES_TOO_MUCH", refusalMessage(input.source, diff), report);
    await ensureFreeSpace(this.settings.diskGuard, `Ingesting ${input.source}`);
    await loadExtraction(this.db, g, { force: true });
    return this.keepOriginal(report, keep, { onlyIfMissing: false });
  }

  /** Keeps the original after its transaction committed; a failure to keep it becomes a warning, since the graph has the document. */
  private async keepOriginal(report: IngestReport, keep: Parameters<OriginalsStore["keep"]>[0], options: { onlyIfMissing: boolean }): Promise<IngestReport> {
    const originals = this.settings.originals;
    if (!originals) return report;
    try {
      if (!options.onlyIfMissing || !(await originals.has(keep.documentId, keep.contentHash))) await originals.keep(keep);
    } catch (error) {
      report.warnings.push(
        `The graph has the document, but its original could not be kept in ${originals.dir} (${(error as Error).message}); ` +
          "`npm run rebuild` would miss this version. Fix that and ingest the same text again: an unchanged text keeps a missing original.",
      );
    }
    return report;
  }
}

/** A text whose first line is a comment calling it invented (`# 虚构示例…`, `# … EXAMPLE`). */
export function isMarkedExample(text: string): boolean {
  const first = text.split("\n", 1)[0] ?? "";
  return /^\s*#.*(虚构|虛構|示例|EXAMPLE)/i.test(first);
}

function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex").slice(0, 32);
}

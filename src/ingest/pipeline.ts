import { createHash } from "node:crypto";
import type { Database } from "../db/database.js";
import { DocumentIndex } from "./document-lookup.js";
import type { Gazetteer } from "./gazetteer.js";
import { type DiskGuard, ensureFreeSpace } from "./disk-space.js";
import { UrlAllowList } from "../net/address-guard.js";
import { fetchInput } from "./fetch/fetch-input.js";
import { IngestError } from "./ingest-errors.js";
import { loadExtraction, loadExtractions } from "./load.js";
import type { OriginalsStore } from "./originals.js";
import { addToIndex, type Prepared, prepareIngest } from "./prepare.js";
import type { IngestInput, IngestReport } from "./pipeline-types.js";
import { refusalMessage } from "./update-diff.js";

/** The pipeline's input and report (defined in pipeline-types.ts, where its stages can use them too). */
export type { IngestInput, IngestReport } from "./pipeline-types.js";

/** The outcome of one document of a batch: its report, or the error that stopped it (nothing of it was written). */
export type BatchOutcome =
  { source: string; report: IngestReport } | { source: string; error: string; refused?: IngestReport };

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
    this.gazetteerHash = createHash("sha256").update(JSON.stringify(gazetteer)).digest("hex").slice(0, 32);
  }

  /**
   * Fetches a page or file by URL (outside the one-at-a-time queue), then ingests it. `guarded`: refuse
   * private, loopback and link-local targets not in INGEST_URL_ALLOW, as the mutation must.
   */
  async ingestUrl(
    url: string,
    input: Omit<IngestInput, "text" | "source" | "contentType">,
    options: { guarded: boolean },
  ): Promise<IngestReport> {
    const limits = this.settings.fetch ?? { timeoutMs: 20_000, maxBytes: 32 * 1024 * 1024, allow: [] };
    const fetched = await fetchInput(url, input.metadata, {
      ...limits,
      guard: options.guarded ? new UrlAllowList(limits.allow) : undefined,
    });
    return this.ingest({ ...input, ...fetched });
  }

  ingest(input: IngestInput): Promise<IngestReport> {
    return this.queued(() => this.run(input));
  }

  /**
   * Ingests several documents as one batch (bulk ingest): each is read, extracted and checked on its
   * own (a bad one gets its error and the others go on), linked to the graph's documents and to the
   * batch's earlier ones, then all that are to be written are written in ONE transaction, so the
   * batch pays for one commit. A document named twice in a batch waits for the next write. If the
   * batch's transaction fails, its documents are written one at a time, so one bad document costs
   * only itself.
   */
  ingestBatch(inputs: IngestInput[]): Promise<BatchOutcome[]> {
    return this.queued(() => this.runBatch(inputs));
  }

  private queued<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(input: IngestInput): Promise<IngestReport> {
    const p = await prepareIngest(this.db, this.gazetteer, this.gazetteerHash, new DocumentIndex(), input);
    if (p.report.dryRun) return p.report;
    // An unchanged text writes nothing, but keeps its original if it is missing (ingested before originals were kept).
    if (p.unchanged) return this.keepOriginal(p.report, p.keep, { onlyIfMissing: true });
    if (p.report.removesTooMuch && !input.replace)
      throw new IngestError("UPDATE_REMOVES_TOO_MUCH", refusalMessage(input.source, p.report.diff), p.report);
    await ensureFreeSpace(this.settings.diskGuard, `Ingesting ${input.source}`);
    await loadExtraction(this.db, p.g, { force: true });
    return this.keepOriginal(p.report, p.keep, { onlyIfMissing: false });
  }

  private async runBatch(inputs: IngestInput[]): Promise<BatchOutcome[]> {
    const index = new DocumentIndex();
    const outcomes: BatchOutcome[] = [];
    let pending: { p: Prepared; at: number }[] = [];
    const flush = async () => {
      if (pending.length > 0) await this.writeBatch(pending, outcomes);
      pending = [];
    };
    for (const input of inputs) {
      const at = outcomes.push({ source: input.source, error: "not ingested" }) - 1;
      try {
        const p = await prepareIngest(this.db, this.gazetteer, this.gazetteerHash, index, input);
        if (pending.some((x) => x.p.g.documentId === p.g.documentId)) await flush();
        if (p.report.dryRun) outcomes[at] = { source: input.source, report: p.report };
        else if (p.unchanged)
          outcomes[at] = {
            source: input.source,
            report: await this.keepOriginal(p.report, p.keep, { onlyIfMissing: true }),
          };
        else if (p.report.removesTooMuch && !input.replace)
          throw new IngestError("UPDATE_REMOVES_TOO_MUCH", refusalMessage(input.source, p.report.diff), p.report);
        else pending.push({ p, at });
        addToIndex(index, p);
      } catch (error) {
        outcomes[at] = {
          source: input.source,
          error: (error as Error).message,
          ...(error instanceof IngestError && error.report ? { refused: error.report } : {}),
        };
      }
    }
    await flush();
    return outcomes;
  }

  /** Writes prepared documents in one transaction; if it fails, one at a time, each with its own outcome. */
  private async writeBatch(batch: { p: Prepared; at: number }[], outcomes: BatchOutcome[]): Promise<void> {
    try {
      await ensureFreeSpace(this.settings.diskGuard, `Ingesting ${batch.length} documents`);
      await loadExtractions(
        this.db,
        batch.map((x) => x.p.g),
      );
    } catch {
      for (const { p, at } of batch) {
        try {
          await ensureFreeSpace(this.settings.diskGuard, `Ingesting ${p.report.source}`);
          await loadExtraction(this.db, p.g, { force: true });
          outcomes[at] = {
            source: p.report.source,
            report: await this.keepOriginal(p.report, p.keep, { onlyIfMissing: false }),
          };
        } catch (error) {
          outcomes[at] = { source: p.report.source, error: `${p.report.source}: ${(error as Error).message}` };
        }
      }
      return;
    }
    for (const { p, at } of batch)
      outcomes[at] = {
        source: p.report.source,
        report: await this.keepOriginal(p.report, p.keep, { onlyIfMissing: false }),
      };
  }

  /** Keeps the original after its transaction committed; a failure to keep it becomes a warning, since the graph has the document. */
  private async keepOriginal(
    report: IngestReport,
    keep: Parameters<OriginalsStore["keep"]>[0],
    options: { onlyIfMissing: boolean },
  ): Promise<IngestReport> {
    const originals = this.settings.originals;
    if (!originals) return report;
    try {
      if (!options.onlyIfMissing || !(await originals.has(keep.documentId, keep.contentHash)))
        await originals.keep(keep);
    } catch (error) {
      report.warnings.push(
        `The graph has the document, but its original could not be kept in ${originals.dir} (${(error as Error).message}); ` +
          "`npm run rebuild` would miss this version. Fix that and ingest the same text again: an unchanged text keeps a missing original.",
      );
    }
    return report;
  }
}

export { isMarkedExample } from "./prepare.js";

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../db/database.js";
import type { DocumentMetadata } from "./extract-options.js";
import type { BatchOutcome, IngestPipeline, IngestReport } from "./pipeline.js";

/** How far a bulk ingest is, after each batch. */
export interface BulkProgress {
  total: number;
  /** Files done (written, unchanged, skipped or failed). */
  done: number;
  /** Files skipped because a document of the graph was already made from the same bytes. */
  skipped: number;
  failed: number;
  elapsedMs: number;
}

/** What a bulk ingest did, by outcome. */
export interface BulkSummary extends BulkProgress {
  /** Documents by status (ADDED, UPGRADED, UPDATED, UNCHANGED). */
  byStatus: Record<IngestReport["status"], number>;
  failures: { file: string; error: string }[];
}

export interface BulkOptions {
  /** Documents per write transaction (default 25). */
  batchSize?: number;
  metadata?: DocumentMetadata;
  dryRun?: boolean;
  replace?: boolean;
  /** Read files again even when a document was already made from the same bytes. */
  rereadIngested?: boolean;
  onProgress?: (p: BulkProgress) => void;
}

/**
 * Ingests many files (a corpus directory) in batches: each batch of `batchSize` files is read and
 * extracted, then written in one transaction (IngestPipeline.ingestBatch). Resumable: a file whose
 * exact bytes a document of the graph was made from (`originalHash`) is skipped before it is read,
 * so a run stopped halfway starts where it stopped. Files are taken in the given order (name order
 * for a directory), so cited documents that come first are linked as they arrive.
 */
export async function bulkIngest(
  db: Database,
  pipeline: IngestPipeline,
  files: string[],
  options: BulkOptions = {},
): Promise<BulkSummary> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 25;
  const summary: BulkSummary = {
    total: files.length,
    done: 0,
    skipped: 0,
    failed: 0,
    elapsedMs: 0,
    byStatus: { ADDED: 0, UPGRADED: 0, UPDATED: 0, UNCHANGED: 0 },
    failures: [],
  };
  const given = options.metadata && Object.keys(options.metadata).length > 0;
  for (let i = 0; i < files.length; i += batchSize) {
    const batch = files.slice(i, i + batchSize).map((file) => ({ file, bytes: readFile(file) }));
    const readable = batch.filter((f): f is { file: string; bytes: Buffer } => f.bytes instanceof Buffer);
    for (const f of batch) if (f.bytes instanceof Error) fail(summary, f.file, f.bytes.message);
    // Metadata given on the command line may differ from the last run's: then every file is read.
    const ingested =
      options.rereadIngested || given || options.dryRun
        ? new Set<string>()
        : await ingestedHashes(
            db,
            readable.map((f) => f.bytes),
          );
    const todo = readable.filter((f) => !ingested.has(sha256(f.bytes)));
    summary.skipped += readable.length - todo.length;
    const outcomes: BatchOutcome[] =
      todo.length === 0
        ? []
        : await pipeline.ingestBatch(
            todo.map((f) => ({
              text: f.bytes,
              source: path.basename(f.file),
              metadata: options.metadata,
              dryRun: options.dryRun,
              replace: options.replace,
            })),
          );
    outcomes.forEach((o, k) =>
      "report" in o ? summary.byStatus[o.report.status]++ : fail(summary, todo[k]!.file, o.error),
    );
    summary.done += batch.length;
    summary.elapsedMs = Date.now() - started;
    options.onProgress?.({
      total: summary.total,
      done: summary.done,
      skipped: summary.skipped,
      failed: summary.failed,
      elapsedMs: summary.elapsedMs,
    });
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

function readFile(file: string): Buffer | Error {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    return new Error(`${file}: ${(error as Error).message}`);
  }
}

function fail(summary: BulkSummary, file: string, error: string): void {
  summary.failed++;
  summary.failures.push({ file, error });
}

async function ingestedHashes(db: Database, originals: Buffer[]): Promise<Set<string>> {
  if (originals.length === 0) return new Set();
  const rows = await db.read("find-ingested-originals", { hashes: originals.map(sha256) });
  return new Set(rows.map((r) => r.hash as string));
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

import fs from "node:fs";
import path from "node:path";
import type { DocumentMetadata } from "./extract.js";
import { isHttpUrl } from "./gazetteer.js";
import { IngestError } from "./ingest-errors.js";
import type { IngestPipeline, IngestReport } from "./pipeline.js";

/**
 * The outcome for one file: its report, or the error that stopped it (nothing of it was written).
 * A refused update also carries the report of what it would have done, so the removals can be shown.
 */
export type FileOutcome =
  { file: string; report: IngestReport } | { file: string; error: string; refused?: IngestReport };

/** What applies to every file of one run. */
export interface IngestFileOptions {
  metadata?: DocumentMetadata;
  dryRun?: boolean;
  /** Write updates that remove more than the safe share of what a document said. */
  replace?: boolean;
}

/** The file types a directory is read for: plain text, saved web pages, PDFs and Word files. */
export const DOCUMENT_EXTENSIONS = [".txt", ".html", ".htm", ".pdf", ".docx"];

/** What to ingest: each file or URL as given, and the documents of each directory (by extension) in name order. */
export function expandPaths(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (isHttpUrl(p) || !fs.existsSync(p) || !fs.statSync(p).isDirectory()) return [p];
    return fs
      .readdirSync(p)
      .filter((f) => DOCUMENT_EXTENSIONS.includes(path.extname(f).toLowerCase()))
      .sort()
      .map((f) => path.join(p, f));
  });
}

/**
 * Ingests files and directories one file at a time: a bad file is reported by name with its
 * problem, and the good ones still go in (each in its own transaction).
 */
export async function ingestFiles(
  pipeline: IngestPipeline,
  paths: string[],
  options: IngestFileOptions = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of expandPaths(paths)) {
    try {
      const common = { dryRun: options.dryRun, replace: options.replace };
      let report: IngestReport;
      if (isHttpUrl(file)) {
        // The command line fetches what its user can reach, intranet included: no address guard.
        report = await pipeline.ingestUrl(file, { metadata: options.metadata, ...common }, { guarded: false });
      } else {
        if (!fs.existsSync(file))
          throw new Error(
            `${file} does not exist${/^[a-z]+:\/\//i.test(file) ? " (only http and https URLs are fetched)" : ""}.`,
          );
        report = await pipeline.ingest({
          text: fs.readFileSync(file),
          source: path.basename(file),
          metadata: options.metadata,
          ...common,
        });
      }
      outcomes.push({ file, report });
    } catch (error) {
      const message = (error as Error).message;
      const refused = error instanceof IngestError ? error.report : undefined;
      outcomes.push({
        file,
        error: message.includes(isHttpUrl(file) ? file : path.basename(file)) ? message : `${file}: ${message}`,
        ...(refused ? { refused } : {}),
      });
    }
  }
  return outcomes;
}

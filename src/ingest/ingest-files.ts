import fs from "node:fs";
import path from "node:path";
import type { DocumentMetadata } from "./extract.js";
import type { IngestPipeline, IngestReport } from "./pipeline.js";

/** The outcome for one file: its report, or the error that stopped it (nothing of it was written). */
export type FileOutcome = { file: string; report: IngestReport } | { file: string; error: string };

/** Files to ingest: each file as given, and the `.txt` files of each directory in name order. */
export function expandPaths(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!fs.existsSync(p) || !fs.statSync(p).isDirectory()) return [p];
    return fs.readdirSync(p).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(p, f));
  });
}

/**
 * Ingests files and directories one file at a time: a bad file is reported by name with its
 * problem, and the good ones still go in (each in its own transaction).
 */
export async function ingestFiles(pipeline: IngestPipeline, paths: string[], options: { metadata?: DocumentMetadata; dryRun?: boolean } = {}): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of expandPaths(paths)) {
    try {
      if (!fs.existsSync(file)) throw new Error(`${file} does not exist.`);
      const report = await pipeline.ingest({ text: fs.readFileSync(file), source: path.basename(file), metadata: options.metadata, dryRun: options.dryRun });
      outcomes.push({ file, report });
    } catch (error) {
      const message = (error as Error).message;
      outcomes.push({ file, error: message.includes(path.basename(file)) ? message : `${file}: ${message}` });
    }
  }
  return outcomes;
}

import fs from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Database } from "../db/database.js";
import type { LoadResult } from "./load.js";
import type { KeptOriginal } from "./originals.js";
import type { IngestPipeline } from "./pipeline.js";
import { seedGraph } from "./seed.js";

/** What a rebuild did. */
export interface RebuildSummary {
  seed: LoadResult[];
  /** Kept documents found (the latest version of each). */
  documents: number;
  rebuilt: { documentId: string; source: string; status: string }[];
  failed: { documentId: string; source: string; error: string }[];
  /** Documents that came back under another id than they had (their citations may then link differently). */
  movedIds: { was: string; now: string }[];
  nodes: number;
  relationships: number;
}

/**
 * Makes the graph again from the seed and the kept originals: loads the seed (forced), then ingests
 * the latest kept version of every document, in the order the documents were first ingested (so a
 * citation finds the same placeholder or document it found the first time and ids stay the same),
 * each with `replace: true` as the data is already known good. A document that fails is reported and
 * the others still go in. The schema must be applied already (startApp does).
 */
export async function rebuildGraph(
  db: Database,
  options: { projectRoot: string; originals: KeptOriginal[]; pipeline: IngestPipeline; log?: (line: string) => void },
): Promise<RebuildSummary> {
  const log = options.log ?? (() => {});
  const seed = await seedGraph(db, options.projectRoot, { force: true });
  for (const r of seed) log(`seed ${r.documentId}: ${r.nodes} nodes, ${r.relationships} relationships`);
  const summary: RebuildSummary = {
    seed,
    documents: options.originals.length,
    rebuilt: [],
    failed: [],
    movedIds: [],
    nodes: 0,
    relationships: 0,
  };
  const width = String(options.originals.length).length;
  for (const [i, kept] of options.originals.entries()) {
    const step = `[${String(i + 1).padStart(width)}/${options.originals.length}]`;
    try {
      const report = await options.pipeline.ingest({
        text: await fs.readFile(kept.textFile),
        source: kept.source,
        contentType: kept.contentType,
        metadata: kept.metadata,
        example: kept.example,
        replace: true,
      });
      summary.rebuilt.push({ documentId: report.documentId, source: kept.source, status: report.status });
      if (report.documentId !== kept.documentId)
        summary.movedIds.push({ was: kept.documentId, now: report.documentId });
      log(
        `${step} ${report.documentId} ${report.title} (${kept.source}, first ingested ${kept.firstIngestedAt}): ${report.status}`,
      );
    } catch (error) {
      const message = (error as Error).message;
      summary.failed.push({ documentId: kept.documentId, source: kept.source, error: message });
      log(`${step} ✗ ${kept.documentId} (${kept.source}, ${path.basename(kept.textFile)}): ${message}`);
    }
  }
  const [counts] = await db.read("count-graph");
  summary.nodes = Number(counts?.nodes ?? 0);
  summary.relationships = Number(counts?.relationships ?? 0);
  return summary;
}

/** Entries an embedded data folder may hold and still count as empty: kept originals and the password. */
const ALLOWED_IN_EMPTY = new Set(["originals", "auth"]);

/** Why an embedded data folder cannot be rebuilt into, or undefined when it is new or empty (bar originals/ and auth/). */
export function notEmpty(dataDir: string): string | undefined {
  if (!existsSync(dataDir)) return undefined;
  const other = readdirSync(dataDir)
    .filter((e) => !ALLOWED_IN_EMPTY.has(e))
    .sort();
  return other.length === 0
    ? undefined
    : `${dataDir} is not empty (it holds ${other.slice(0, 4).join(", ")}${other.length > 4 ? ", …" : ""})`;
}

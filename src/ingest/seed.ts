import fs from "node:fs";
import path from "node:path";
import type { Database } from "../db/database.js";
import { type Extraction, extractDocument } from "./extract.js";
import { loadGazetteer } from "./gazetteer.js";
import { type LoadResult, loadExtraction } from "./load.js";

/** The raw documents the seed graph is made from, relative to `seeds/`. */
export const SEED_DOCUMENTS = ["guangzhou-ai-action-plan-2020-2022.raw.txt"];

/** Extracts every seed document (no database needed). */
export function extractSeed(projectRoot: string): Extraction[] {
  const seeds = path.join(projectRoot, "seeds");
  const gazetteer = loadGazetteer(path.join(seeds, "gazetteer"));
  return SEED_DOCUMENTS.map((file) => extractDocument(fs.readFileSync(path.join(seeds, file), "utf8"), gazetteer));
}

/**
 * Loads the seed graph. With `force` false a document whose extraction is unchanged since its last
 * load is skipped, so a restart costs one query per document and an edited seed is picked up.
 */
export async function seedGraph(
  db: Database,
  projectRoot: string,
  options: { force?: boolean } = {},
): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const extraction of extractSeed(projectRoot)) results.push(await loadExtraction(db, extraction, options));
  return results;
}

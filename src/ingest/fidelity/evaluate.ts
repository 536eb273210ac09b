// `npm run eval:ingest`: extracts every `*.txt` of a folder that has a `*.key.json` beside it and
// scores it against the key. No database: the extraction is the one the pipeline loads.
import fs from "node:fs";
import path from "node:path";
import { extractDocument } from "../extract.js";
import type { Gazetteer } from "../gazetteer.js";
import { decodeDocument } from "../ingest-errors.js";
import { extractionFacts, keyFacts } from "./facts.js";
import { readKey } from "./key.js";
import { type DocumentScore, scoreDocument } from "./score.js";

export interface FolderScore {
  documents: DocumentScore[];
  /** Documents the extractor refused, with its message (every key fact counts as missed). */
  refused: { name: string; message: string }[];
}

/** The documents of `dir` that have keys, in name order. */
export function keyedDocuments(dir: string): { name: string; text: string; key: string }[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().flatMap((f) => {
    const key = path.join(dir, f.replace(/\.txt$/, ".key.json"));
    return fs.existsSync(key) ? [{ name: f, text: path.join(dir, f), key }] : [];
  });
}

/** Scores every keyed document of `dir`. */
export function evaluateFolder(dir: string, gazetteer: Gazetteer): FolderScore {
  const out: FolderScore = { documents: [], refused: [] };
  for (const d of keyedDocuments(dir)) {
    const key = keyFacts(readKey(d.key));
    try {
      const g = extractDocument(decodeDocument(fs.readFileSync(d.text), d.name), gazetteer, { discover: true });
      out.documents.push(scoreDocument(d.name, key, extractionFacts(g)));
    } catch (error) {
      out.refused.push({ name: d.name, message: (error as Error).message });
      out.documents.push(scoreDocument(d.name, key, []));
    }
  }
  return out;
}

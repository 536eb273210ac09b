// `npm run eval:ingest`: extracts every document of a folder that has a `*.key.json` beside it and
// scores it against the key. No database: the reading and extraction are the ones the pipeline loads.
import fs from "node:fs";
import path from "node:path";
import { readSource } from "../formats/index.js";
import type { Gazetteer } from "../gazetteer.js";
import { DOCUMENT_EXTENSIONS } from "../ingest-files.js";
import { extractRead, mergeMetadata } from "../provenance.js";
import { extractionFacts, keyFacts } from "./facts.js";
import { readKey } from "./key.js";
import { type DocumentScore, scoreDocument } from "./score.js";

export interface FolderScore {
  documents: DocumentScore[];
  /** Documents the extractor refused, with its message (every key fact counts as missed). */
  refused: { name: string; message: string }[];
}

/** One keyed document: its name, its original's bytes (any format ingest reads) and its key's path. */
export interface KeyedDocument {
  name: string;
  bytes: Uint8Array;
  key: string;
}

/** The documents of `dir` (.txt, .html, .htm, .pdf, .docx) that have a `NAME.key.json` beside them, in name order. */
export function keyedDocuments(dir: string): (KeyedDocument & { file: string })[] {
  return fs
    .readdirSync(dir)
    .filter((f) => DOCUMENT_EXTENSIONS.includes(path.extname(f).toLowerCase()))
    .sort()
    .flatMap((f) => {
      const key = path.join(dir, `${f.slice(0, -path.extname(f).length)}.key.json`);
      const file = path.join(dir, f);
      return fs.existsSync(key) ? [{ name: f, file, bytes: fs.readFileSync(file), key }] : [];
    });
}

/** Scores keyed documents: each read as the pipeline reads it (its format sniffed, its page metadata used), then extracted. */
export async function evaluateDocuments(docs: KeyedDocument[], gazetteer: Gazetteer): Promise<FolderScore> {
  const out: FolderScore = { documents: [], refused: [] };
  for (const d of docs) {
    const key = keyFacts(readKey(d.key));
    try {
      const read = await readSource(d.bytes, { name: d.name });
      const { metadata, sourceTitle } = mergeMetadata(read.metadata, {});
      const g = extractRead(read.text, gazetteer, { discover: true, metadata }, sourceTitle);
      out.documents.push(scoreDocument(d.name, key, extractionFacts(g)));
    } catch (error) {
      out.refused.push({ name: d.name, message: (error as Error).message });
      out.documents.push(scoreDocument(d.name, key, []));
    }
  }
  return out;
}

/** Scores every keyed document of `dir`. */
export function evaluateFolder(dir: string, gazetteer: Gazetteer): Promise<FolderScore> {
  return evaluateDocuments(keyedDocuments(dir), gazetteer);
}

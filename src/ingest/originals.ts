import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Config } from "../config.js";
import type { DocumentMetadata } from "./extract.js";

/**
 * What is kept beside each ingested original, in `<contentHash>.json`. Every version a document had
 * is kept (they are small: at most 512 KiB each); a rebuild uses the latest of each document.
 */
export interface OriginalRecord {
  documentId: string;
  /** The content hash the pipeline computed (text, metadata, example flag, gazetteer): the file's name. */
  contentHash: string;
  /** The file name, URL or `text` (the mutation), as the ingest was given it. */
  source: string;
  /** The Content-Type a fetched original was served with, so a rebuild decodes it the same way. */
  contentType?: string;
  metadata: DocumentMetadata;
  example: boolean;
  replace: boolean;
  /** When this version was last written to the graph (ISO). */
  ingestedAt: string;
  /** When the document was first written to the graph, by any version (ISO): a rebuild ingests in this order. */
  firstIngestedAt: string;
}

/** One kept version: its record and the path of its original bytes. */
export interface KeptOriginal extends OriginalRecord {
  textFile: string;
}

/** The originals folder of a configuration: `<NEO4J_EMBEDDED_DATA_DIR>/originals`; none for an external `NEO4J_URI`. */
export function originalsDirFor(config: Pick<Config, "neo4j">): string | undefined {
  return config.neo4j.kind === "embedded" ? path.join(config.neo4j.dataDir, "originals") : undefined;
}

/**
 * Every successfully ingested original, as given, so that `npm run rebuild` can make the graph again
 * after its store is lost: `<dir>/<document id without PolicyDocument:>/<contentHash>.txt` (the bytes) and `.json` (an
 * {@link OriginalRecord}). Files are 0600 in 0700 folders, each written to a temporary file, flushed
 * and renamed into place, so a crash leaves the previous version whole. The `.json` is written last:
 * a version without one is ignored.
 */
export class OriginalsStore {
  private lastTime = 0;

  constructor(readonly dir: string) {}

  /** Keeps one ingested version (after its transaction committed). */
  async keep(input: {
    documentId: string;
    contentHash: string;
    text: string | Uint8Array;
    source: string;
    contentType?: string;
    metadata?: DocumentMetadata;
    example: boolean;
    replace: boolean;
  }): Promise<KeptOriginal> {
    const docDir = path.join(this.dir, folderName(input.documentId));
    await fs.mkdir(docDir, { recursive: true, mode: 0o700 });
    const now = this.now();
    const earlier = await this.versions(docDir);
    const firstIngestedAt = earlier.map((v) => v.firstIngestedAt).sort()[0] ?? now;
    const textFile = path.join(docDir, `${input.contentHash}.txt`);
    const record: OriginalRecord = {
      documentId: input.documentId,
      contentHash: input.contentHash,
      source: input.source,
      ...(input.contentType ? { contentType: input.contentType } : {}),
      metadata: input.metadata ?? {},
      example: input.example,
      replace: input.replace,
      ingestedAt: now,
      firstIngestedAt,
    };
    await writeAtomically(textFile, typeof input.text === "string" ? Buffer.from(input.text, "utf8") : input.text);
    await writeAtomically(
      path.join(docDir, `${input.contentHash}.json`),
      Buffer.from(`${JSON.stringify(record, null, 2)}\n`, "utf8"),
    );
    return { ...record, textFile };
  }

  /** Whether this version of the document is kept already. */
  async has(documentId: string, contentHash: string): Promise<boolean> {
    const base = path.join(this.dir, folderName(documentId), contentHash);
    const exists = (f: string) =>
      fs.access(f).then(
        () => true,
        () => false,
      );
    return (await exists(`${base}.txt`)) && (await exists(`${base}.json`));
  }

  /** The latest version of every document, in the order the documents were first ingested. */
  async latest(): Promise<KeptOriginal[]> {
    let folders: string[];
    try {
      folders = (await fs.readdir(this.dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    const latest: KeptOriginal[] = [];
    for (const folder of folders) {
      const versions = await this.versions(path.join(this.dir, folder));
      const newest = versions.sort((a, b) => b.ingestedAt.localeCompare(a.ingestedAt))[0];
      if (newest) latest.push(newest);
    }
    return latest.sort(
      (a, b) => a.firstIngestedAt.localeCompare(b.firstIngestedAt) || a.documentId.localeCompare(b.documentId),
    );
  }

  /** The versions kept in one document's folder that have both their text and their record. */
  private async versions(docDir: string): Promise<KeptOriginal[]> {
    let names: string[];
    try {
      names = await fs.readdir(docDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    const out: KeptOriginal[] = [];
    for (const name of names.filter((n) => n.endsWith(".json") && !n.startsWith("."))) {
      const textFile = path.join(docDir, name.replace(/\.json$/, ".txt"));
      if (!names.includes(path.basename(textFile))) continue;
      const record = JSON.parse(await fs.readFile(path.join(docDir, name), "utf8")) as OriginalRecord;
      out.push({ ...record, textFile });
    }
    return out;
  }

  /** An ISO time later than any this store gave before, so two ingests in one millisecond keep their order. */
  private now(): string {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return new Date(this.lastTime).toISOString();
  }
}

/** A document id as a folder name: `PolicyDocument:doc-7562db0df7` is `doc-7562db0df7`; anything unusual is percent-encoded. */
export function folderName(documentId: string): string {
  const name = encodeURIComponent(documentId.replace(/^PolicyDocument:/, ""));
  return name === "." || name === ".." ? `%2E${name.slice(1)}` : name;
}

/** Writes a 0600 file through a flushed temporary file in the same folder and a rename. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await fs.open(tmp, "wx", 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

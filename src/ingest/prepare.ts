import { createHash } from "node:crypto";
import type { Database } from "../db/database.js";
import { titleKey } from "./document-number.js";
import type { DocumentIndex } from "./document-lookup.js";
import type { Extraction } from "./extract.js";
import type { Gazetteer } from "./gazetteer.js";
import { IngestError } from "./ingest-errors.js";
import type { IngestInput, IngestReport } from "./pipeline-types.js";
import { extractRead, mergeMetadata, provenanceProps, readOriginal } from "./provenance.js";
import { NO_DIFF, readDiff, removesTooMuch } from "./update-diff.js";

/** Passes of extraction at most: the first asks for the documents the text names, the next ones use them. */
const MAX_PASSES = 4;

/** One document read, extracted and compared with the graph, ready to be written (or reported). */
export interface Prepared {
  report: IngestReport;
  g: Extraction;
  unchanged: boolean;
  /** What the originals store keeps of it once written. */
  keep: {
    documentId: string;
    contentHash: string;
    text: string | Uint8Array;
    source: string;
    contentType?: string;
    metadata: IngestInput["metadata"];
    example: boolean;
    replace: boolean;
  };
}

/**
 * Reads an original and extracts it, linking it to the documents of `index` (read by the keys the text
 * asks for, see DocumentIndex), then compares it with what the graph holds of it: the report of an
 * ingest before anything is written. Throws IngestError for what cannot be ingested (no title, a 文号
 * of another document).
 */
export async function prepareIngest(
  db: Database,
  gazetteer: Gazetteer,
  gazetteerHash: string,
  index: DocumentIndex,
  input: IngestInput,
): Promise<Prepared> {
  const read = await readOriginal(input);
  const raw = read.text;
  // What the original says about itself (a page's 政务公开 table) fills in; what the ingester gives wins.
  const { metadata, extra, sourceTitle } = mergeMetadata(read.metadata, input.metadata);
  const example = (input.example ?? false) || isMarkedExample(raw);
  const extract = (): Extraction => {
    try {
      return extractRead(raw, gazetteer, { metadata, documents: index.find, discover: true, example }, sourceTitle);
    } catch (error) {
      if ((error as Error).message.startsWith("No document title found"))
        throw new IngestError("NO_TITLE", `${input.source}: ${(error as Error).message}`);
      throw error;
    }
  };
  let g = extract();
  // Read the documents the text named, and the document itself by its id; extract again only when some
  // are known (then their ids are used), until no pass asks for anything new.
  index.ask(g.documentId);
  for (let pass = 1; pass < MAX_PASSES && index.pending; pass++) {
    if (!(await index.readAsked(db))) break;
    g = extract();
    index.ask(g.documentId);
  }
  if (index.pending) await index.readAsked(db);
  // Same text, metadata and curated data as the last load: nothing can have changed.
  const contentHash = sha256(
    JSON.stringify([
      raw,
      metadata,
      example,
      gazetteerHash,
      ...(read.format === "TEXT" ? [] : [read.format, extra, sourceTitle ?? null]),
    ]),
  );
  Object.assign(g.nodes.find((n) => n.id === g.documentId)!.props, {
    contentHash,
    ...provenanceProps(input, read, extra),
  });
  const previous = index.withId(g.documentId);
  if (g.docNumber) {
    const holder = index.withNumber(g.docNumber);
    // Same 文号 and another title: a different document (a revision keeps its title).
    if (holder && holder.full && titleKey(holder.title) !== titleKey(g.title)) {
      throw new IngestError(
        "DOC_NUMBER_TAKEN",
        `${input.source}: 文号 ${g.docNumber} already belongs to another document, "${holder.title}" (${holder.id}). Check the 文号, or pass the right one with --doc-number.`,
      );
    }
  }
  const unchanged = previous?.contentHash === contentHash;
  // What the load would add, change and remove; an unchanged document needs no read.
  const diff = unchanged ? NO_DIFF : await readDiff(db, g, { loadedBefore: previous?.full ?? false });
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
  const keep = {
    documentId: g.documentId,
    contentHash,
    text: input.text,
    source: input.source,
    contentType: input.contentType ?? (typeof input.text === "string" ? "text/plain; charset=utf-8" : undefined),
    metadata: input.metadata,
    example,
    replace: input.replace ?? false,
  };
  return { report, g, unchanged, keep };
}

/**
 * Makes a prepared document known to the batch's index before it is written, with the placeholders
 * it creates for the documents it cites, so a later document of the same batch links to them.
 */
export function addToIndex(index: DocumentIndex, p: Prepared): void {
  for (const c of p.g.cited)
    if (c.placeholder && !index.withId(c.id))
      index.add({ id: c.id, title: c.title, docNumber: c.docNumber, full: false, ord: null, contentHash: null });
  const ord = p.g.nodes.find((n) => n.id === p.g.documentId)?.props.ord;
  index.add({
    id: p.g.documentId,
    title: p.g.title,
    docNumber: p.g.docNumber,
    full: true,
    ord: typeof ord === "number" ? ord : null,
    contentHash: p.keep.contentHash,
  });
}

/** A text whose first line is a comment calling it invented (`# 虚构示例…`, `# … EXAMPLE`). */
export function isMarkedExample(text: string): boolean {
  const first = text.split("\n", 1)[0] ?? "";
  return /^\s*#.*(虚构|虛構|示例|EXAMPLE)/i.test(first);
}

function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex").slice(0, 32);
}

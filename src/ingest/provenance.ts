import { createHash } from "node:crypto";
import { type Extraction, extractDocument } from "./extract.js";
import type { DocumentMetadata, ExtractOptions } from "./extract-options.js";
import { type Gazetteer, isHttpUrl } from "./gazetteer.js";
import { type ExtractedSource, readSource, type SourceMetadata } from "./formats/index.js";
import { decodeDocument } from "./ingest-errors.js";
import type { IngestInput } from "./pipeline-types.js";
import { announcedTitle } from "./structure-title.js";

/** The facts of a page or file that are not document metadata the extractor takes, but are kept on the document. */
export type SourceFacts = Pick<SourceMetadata, "publishedOn" | "indexNumber" | "topic">;

/**
 * Reads an ingest's original: a string is plain text (the API's `text`); bytes are sniffed and read
 * as plain text (any common Chinese encoding), an HTML page, a PDF or a Word file.
 */
export async function readOriginal(input: IngestInput): Promise<ExtractedSource> {
  if (typeof input.text === "string")
    return {
      format: "TEXT",
      text: decodeDocument(input.text, input.source),
      encoding: "utf-8",
      metadata: {},
      warnings: [],
    };
  return readSource(input.text, { name: input.source, contentType: input.contentType });
}

/**
 * The metadata the extractor gets: what the original states about itself (a 政务公开 table, `<meta>`
 * tags) as defaults, overridden field by field by what the ingester gave; and the source's own facts.
 */
export function mergeMetadata(
  fromSource: SourceMetadata,
  given: DocumentMetadata | undefined,
): { metadata: DocumentMetadata; extra: SourceFacts; sourceTitle?: string } {
  // The page's title is only a fallback (see extractRead); the rest are defaults the ingester may override.
  const { publishedOn, indexNumber, topic, title: sourceTitle, ...documentFacts } = fromSource;
  return {
    metadata: { ...present(documentFacts), ...present(given ?? {}) },
    extra: present({ publishedOn, indexNumber, topic }),
    ...(sourceTitle ? { sourceTitle } : {}),
  };
}

/**
 * Extracts a read original. The title a page gives itself (标题, ArticleTitle) is a fallback only: a page
 * usually titles the notice (`…关于印发《X》的通知`) while the document is X, which the extractor finds in the
 * text. It is used, as the document it announces, when the text has no title the extractor recognises.
 */
export function extractRead(
  raw: string,
  gazetteer: Gazetteer,
  options: ExtractOptions,
  sourceTitle?: string,
): Extraction {
  try {
    return extractDocument(raw, gazetteer, options);
  } catch (error) {
    if (!sourceTitle || options.metadata?.title || !(error as Error).message.startsWith("No document title found"))
      throw error;
    return extractDocument(raw, gazetteer, {
      ...options,
      metadata: { ...options.metadata, title: announcedTitle(sourceTitle) },
    });
  }
}

/** The fields that hold a value: an absent one must not hide what the other side says. */
function present<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ""),
  ) as Partial<T>;
}

/**
 * What the document node records of where its text came from: the format, the file name (a URL is in
 * `sourceUrl`), a hash of the original bytes, the extracted text that raw evidence offsets index,
 * and a page's publication date, 索引号 and 主题分类.
 */
export function provenanceProps(
  input: IngestInput,
  read: ExtractedSource,
  extra: SourceFacts,
): Record<string, string | null> {
  const bytes = typeof input.text === "string" ? Buffer.from(input.text, "utf8") : input.text;
  return {
    format: read.format,
    sourceFile: isHttpUrl(input.source) || input.source === "text" ? null : input.source,
    originalHash: createHash("sha256").update(bytes).digest("hex"),
    sourceText: read.text,
    publishedOn: extra.publishedOn ?? null,
    indexNumber: extra.indexNumber ?? null,
    topic: extra.topic ?? null,
  };
}

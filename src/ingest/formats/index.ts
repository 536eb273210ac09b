import { IngestError, MAX_DOCUMENT_BYTES } from "../ingest-errors.js";
import { readDocx } from "./docx.js";
import { readHtml } from "./html.js";
import { readPdf } from "./pdf.js";
import type { ExtractedSource, SourceFormat, SourceHints } from "./source.js";
import { readText } from "./text.js";

export type { ExtractedSource, SourceFormat, SourceHints, SourceMetadata } from "./source.js";

/** Largest original taken, by format: a PDF or Word file carries fonts and images besides its text; a page carries markup. */
export const MAX_ORIGINAL_BYTES: Record<SourceFormat, number> = {
  TEXT: MAX_DOCUMENT_BYTES,
  HTML: 8 * 1024 * 1024,
  PDF: 32 * 1024 * 1024,
  DOCX: 32 * 1024 * 1024,
};

const starts = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Image and archive formats people send by mistake, by their first bytes, named for the message. */
const NOT_READ: [string, number[]][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a TIFF image", [0x49, 0x49, 0x2a, 0x00]],
  ["an old binary Word (.doc) or Excel file; save it as .docx or PDF", [0xd0, 0xcf, 0x11, 0xe0]],
  ["a RAR archive", [0x52, 0x61, 0x72, 0x21]],
  ["a 7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf]],
  ["a gzip file", [0x1f, 0x8b]],
];

/**
 * The format of an original, from its bytes first (a `.txt` that is really a PDF is read as a PDF),
 * then from the Content-Type it was served with or its file name's extension.
 */
export function sniffFormat(bytes: Uint8Array, hints: SourceHints): SourceFormat {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.indexOf("%PDF-") >= 0 && head.indexOf("%PDF-") < 1024) return "PDF";
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return "DOCX";
  const named = NOT_READ.find(([, sig]) => starts(bytes, ...sig));
  if (named)
    throw new IngestError(
      "UNSUPPORTED_FORMAT",
      `${hints.name} is ${named[0]}; ingest reads plain text, HTML pages, PDFs and Word (.docx) files.`,
    );
  const mime = hints.contentType?.split(";")[0]?.trim().toLowerCase();
  if (mime === "text/html" || mime === "application/xhtml+xml") return "HTML";
  if (mime === "text/plain") return "TEXT";
  const ascii = head
    .toString("latin1")
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, "")
    .trimStart()
    .slice(0, 300)
    .toLowerCase();
  if (
    /^<(!doctype html|html|head|body|meta|title|!--)/.test(ascii) ||
    (/\.x?html?($|[?#])/i.test(hints.name) && ascii.startsWith("<"))
  )
    return "HTML";
  return "TEXT";
}

/**
 * Reads an original (a file's or a fetched page's bytes) into the text the extractor reads and the
 * facts it states about itself. Each format has its own size limit on the original; the extracted
 * text has the same limit as a plain-text document.
 */
export async function readSource(bytes: Uint8Array, hints: SourceHints): Promise<ExtractedSource> {
  const format = sniffFormat(bytes, hints);
  const limit = MAX_ORIGINAL_BYTES[format];
  if (bytes.byteLength > limit) {
    throw new IngestError(
      "TOO_LARGE",
      `${hints.name} is ${bytes.byteLength} bytes; the limit for ${format === "TEXT" ? "a text" : `a ${format}`} file is ${limit} bytes (${limit / 1048576} MiB). Split it or ingest its parts.`,
    );
  }
  const source =
    format === "PDF"
      ? await readPdf(bytes, hints)
      : format === "DOCX"
        ? await readDocx(bytes, hints)
        : format === "HTML"
          ? readHtml(bytes, hints)
          : readText(bytes, hints);
  const size = Buffer.byteLength(source.text, "utf8");
  if (size > MAX_DOCUMENT_BYTES) {
    throw new IngestError(
      "TOO_LARGE",
      `${hints.name} holds ${size} bytes of text; the limit is ${MAX_DOCUMENT_BYTES} bytes (512 KiB) per document. Split it or ingest its parts.`,
    );
  }
  if (source.text.trim() === "") throw new IngestError("EMPTY", `${hints.name} holds no text to ingest.`);
  return source;
}

import type { IngestReport } from "./pipeline-types.js";

/**
 * Why a text cannot be ingested; the message names the problem and, where it can, the fix.
 * UPDATE_REMOVES_TOO_MUCH: a new text of a document already loaded would remove more than the safe
 * share of what it said (see update-diff.ts); a truncated copy must not silently shrink the graph.
 */
export type IngestProblem =
  | "EMPTY"
  | "NOT_UTF8"
  | "TOO_LARGE"
  | "NO_TITLE"
  | "DOC_NUMBER_TAKEN"
  | "UPDATE_REMOVES_TOO_MUCH"
  /** Bytes that are none of the formats read (plain text, HTML, PDF, .docx), e.g. an image or a .doc. */
  | "UNSUPPORTED_FORMAT"
  /** A PDF without a text layer (a scan): there is no text to read without OCR. */
  | "NO_TEXT_LAYER"
  /** A PDF or .docx that its reader cannot open (damaged, encrypted, truncated). */
  | "UNREADABLE"
  /** A URL that could not be fetched: unreachable, an HTTP error, a timeout, a redirect loop. */
  | "FETCH_FAILED"
  /** A URL the server will not fetch: a private, loopback or link-local address, or not http(s). */
  | "URL_REFUSED";

/** A document the pipeline refuses; nothing was written. `report` says what it would have done, when the refusal came that far. */
export class IngestError extends Error {
  constructor(
    readonly problem: IngestProblem,
    message: string,
    readonly report?: IngestReport,
  ) {
    super(message);
    this.name = "IngestError";
  }
}

/** Largest document the pipeline takes, in UTF-8 bytes: 512 KiB, about ten times the longest policy text seen. */
export const MAX_DOCUMENT_BYTES = 512 * 1024;

/**
 * Decodes and checks a document before anything else runs: bytes must be UTF-8 (a BOM is
 * dropped) without NUL or other binary control characters, not empty, and within the size limit.
 */
export function decodeDocument(input: string | Uint8Array, source: string): string {
  if (typeof input === "string") return checkDocumentText(input, source);
  checkDocumentSize(input.byteLength, source);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    throw new IngestError(
      "NOT_UTF8",
      `${source} is not UTF-8 text (binary, or another encoding such as GBK). Convert it to UTF-8 first, e.g. \`iconv -f GBK -t UTF-8\`.`,
    );
  }
  return checkDocumentText(text, source);
}

/**
 * Checks a document already decoded to a string (by `decodeDocument`, or by a format reader from
 * GBK, UTF-16 or HTML): within the size limit in UTF-8 bytes, without NUL, binary control
 * characters or U+FFFD, and not empty. Returns it without a leading BOM.
 */
export function checkDocumentText(text: string, source: string): string {
  checkDocumentSize(Buffer.byteLength(text, "utf8"), source);
  const clean = text.replace(/^\uFEFF/, "");
  if (/[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(clean)) {
    throw new IngestError(
      "NOT_UTF8",
      `${source} holds binary control characters or U+FFFD replacement characters, so it is not clean text (a binary file, or text decoded with the wrong charset).`,
    );
  }
  if (clean.trim() === "") throw new IngestError("EMPTY", `${source} is empty: there is no text to ingest.`);
  return clean;
}

function checkDocumentSize(bytes: number, source: string): void {
  if (bytes > MAX_DOCUMENT_BYTES) {
    throw new IngestError(
      "TOO_LARGE",
      `${source} is ${bytes} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes (512 KiB) per document. Split it or ingest its parts.`,
    );
  }
}

/** Longest title `--title` / `metadata.title` take: real titles stay under 100 characters; more is a paragraph pasted by mistake. */
export const MAX_TITLE_LENGTH = 200;

/** A title given with `--title` or `metadata.title` (`name` says which): one line, trimmed, 1 to 200 characters. */
export function checkTitle(given: string, name: string): string {
  const title = given.trim();
  if (title === "" || /[\r\n]/.test(title) || title.length > MAX_TITLE_LENGTH) {
    throw new Error(
      `${name} must be the document's title on one line, 1 to ${MAX_TITLE_LENGTH} characters, but is "${given.slice(0, 80)}${given.length > 80 ? "…" : ""}".`,
    );
  }
  return title;
}

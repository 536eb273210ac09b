import type { IngestReport } from "./pipeline.js";

/**
 * Why a text cannot be ingested; the message names the problem and, where it can, the fix.
 * UPDATE_REMOVES_TOO_MUCH: a new text of a document already loaded would remove more than the safe
 * share of what it said (see update-diff.ts); a truncated copy must not silently shrink the graph.
 */
export type IngestProblem = "EMPTY" | "NOT_UTF8" | "TOO_LARGE" | "NO_TITLE" | "DOC_NUMBER_TAKEN" | "UPDATE_REMOVES_TOO_MUCH";

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
  const bytes = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (bytes > MAX_DOCUMENT_BYTES) {
    throw new IngestError("TOO_LARGE", `${source} is ${bytes} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes (512 KiB) per document. Split it or ingest its parts.`);
  }
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      throw new IngestError("NOT_UTF8", `${source} is not UTF-8 text (binary, or another encoding such as GBK). Convert it to UTF-8 first, e.g. \`iconv -f GBK -t UTF-8\`.`);
    }
  }
  text = text.replace(/^\uFEFF/, "");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(text)) {
    throw new IngestError("NOT_UTF8", `${source} holds binary control characters or U+FFFD replacement characters, so it is not clean UTF-8 text.`);
  }
  if (text.trim() === "") throw new IngestError("EMPTY", `${source} is empty: there is no text to ingest.`);
  return text;
}

/** Longest title `--title` / `metadata.title` take: real titles stay under 100 characters; more is a paragraph pasted by mistake. */
export const MAX_TITLE_LENGTH = 200;

/** A title given with `--title` or `metadata.title` (`name` says which): one line, trimmed, 1 to 200 characters. */
export function checkTitle(given: string, name: string): string {
  const title = given.trim();
  if (title === "" || /[\r\n]/.test(title) || title.length > MAX_TITLE_LENGTH) {
    throw new Error(`${name} must be the document's title on one line, 1 to ${MAX_TITLE_LENGTH} characters, but is "${given.slice(0, 80)}${given.length > 80 ? "…" : ""}".`);
  }
  return title;
}

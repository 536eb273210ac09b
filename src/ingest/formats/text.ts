// Plain-text originals: UTF-8, UTF-16 with a BOM, or GBK/GB18030 as Chinese Windows tools save them.
import { checkDocumentText } from "../ingest-errors.js";
import { charsetOf, charsetWarnings, decodeBytes } from "./charset.js";
import type { ExtractedSource, SourceHints } from "./source.js";

/**
 * Reads a plain-text original: decodes its bytes (BOM, then the Content-Type's charset, then UTF-8,
 * then GB18030 when the bytes read as Chinese) and applies the checks every document passes
 * (no binary control characters or U+FFFD, not empty, within the size limit). A text says nothing
 * about itself outside its text, so the metadata is empty.
 */
export function readText(bytes: Uint8Array, hints: SourceHints): ExtractedSource {
  const declared = charsetOf(hints.contentType);
  const { text, encoding } = decodeBytes(bytes, declared, hints.name);
  return {
    format: "TEXT",
    text: checkDocumentText(text, hints.name),
    encoding,
    metadata: {},
    warnings: charsetWarnings(declared, encoding),
  };
}

// Government article pages (fetched, or saved from a browser): the article's text without the page
// around it, and what the page states about the document (its 政务公开 block and <meta> tags).
import { load } from "cheerio";
import { checkDocumentText, IngestError } from "../ingest-errors.js";
import { charsetOf, charsetWarnings, cjkCount, decodeBytes } from "./charset.js";
import { findArticle } from "./html-article.js";
import { removeLinkLists, withoutFurniture } from "./html-furniture.js";
import { elementLines, removeUnseen } from "./html-lines.js";
import { readPageMetadata } from "./html-metadata.js";
import { articleTitle, withTitle } from "./html-title.js";
import type { ExtractedSource, SourceHints } from "./source.js";

/** Bytes of a page searched for a `<meta>` charset before decoding it (the HTML standard's prescan looks at 1024). */
const PRESCAN_BYTES = 4096;
/** An article has at least this many Chinese characters besides its title. */
const MIN_ARTICLE = 20;

/**
 * Reads a government article page: decodes it (BOM, the Content-Type's charset, the page's `<meta>`
 * charset, UTF-8, GB18030), reads its 政务公开 block and `<meta>` tags into metadata, and takes the
 * article (its content container, or the block with the most Chinese text) as lines, without the
 * page's navigation, breadcrumbs, counters, tools, related lists and footer. The title goes first
 * when the article's body does not start with it. A page without article text is refused as EMPTY.
 */
export function readHtml(bytes: Uint8Array, hints: SourceHints): ExtractedSource {
  const declared = charsetOf(hints.contentType) ?? metaCharset(bytes);
  const { text: html, encoding } = decodeBytes(bytes, declared, hints.name);
  const warnings = charsetWarnings(declared, encoding);
  const $ = load(html);
  removeUnseen($);
  const page = readPageMetadata($);
  warnings.push(...page.warnings);
  const lists = removeLinkLists($);
  const article = findArticle($);
  const lines = article ? elementLines(article.element) : [];
  const kept = withoutFurniture(lines);
  if (!article || cjkCount(kept.join("")) < MIN_ARTICLE) {
    throw new IngestError(
      "EMPTY",
      `${hints.name} is a page with no article text (a list, index or search page?): no block of it holds the text of a document.`,
    );
  }
  if (article.by === "density")
    warnings.push("no article container of a known site platform; took the block with the most Chinese text");
  const dropped = lines.length - kept.length + lists;
  if (dropped > 0)
    warnings.push(
      `dropped ${dropped} lines and lists of page furniture (navigation, counters, tools, related links, footer)`,
    );
  const text = withTitle(kept, articleTitle($, article.element, page.metadata.title)).join("\n");
  return { format: "HTML", text: checkDocumentText(text, hints.name), encoding, metadata: page.metadata, warnings };
}

/**
 * The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">` within its
 * first bytes, read as Latin-1 (the declaration is ASCII in every charset a page may use). A page
 * whose declaration can be read so is not UTF-16, so one declaring UTF-16 is read as UTF-8, as browsers do.
 */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const $ = load(Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString("latin1"));
  for (const meta of $("meta").toArray()) {
    const charset =
      meta.attribs.charset?.trim() ||
      (meta.attribs["http-equiv"]?.toLowerCase() === "content-type" ? charsetOf(meta.attribs.content) : undefined);
    if (charset) return /^utf-16/i.test(charset) ? "utf-8" : charset;
  }
  return undefined;
}

import type { DocumentMetadata } from "../extract-options.js";

/** The forms a document arrives in. TEXT covers plain text in UTF-8, UTF-16 (with a BOM) and GBK/GB18030. */
export type SourceFormat = "TEXT" | "HTML" | "PDF" | "DOCX";

/**
 * Facts a page or file states about itself, outside its text: a government article page's 政务公开
 * table and `<meta>` tags, or a PDF's/Word file's document properties. Each is only a default: facts
 * given by whoever ingests (`--issuer`, `metadata`) win over these, and these win over what the text implies.
 */
export interface SourceMetadata extends DocumentMetadata {
  /** 发布日期: when the page was published (ISO date). The issue date (成文日期) is `issuedOn`. */
  publishedOn?: string;
  /** 索引号 of a 政务公开 page. */
  indexNumber?: string;
  /** 主题分类 of a 政务公开 page. */
  topic?: string;
}

/** What reading one original (file or fetched page) gives: the text the extractor reads, and what the original said about itself. */
export interface ExtractedSource {
  format: SourceFormat;
  /**
   * The document's text as extracted from the original: the article of a page (furniture dropped), a
   * PDF's text layer in reading order (running headers/footers and page marks dropped, wrapped lines joined
   * into their paragraph, a ruled table's row a line of tab-separated cells), a Word file's
   * paragraphs and tables (a table row per line, cells separated by a tab). Raw evidence offsets index this text.
   */
  text: string;
  /** The character set the bytes were decoded from (`utf-8`, `gb18030`, `utf-16le`…), for formats that carry text bytes. */
  encoding?: string;
  metadata: SourceMetadata;
  /** What the reader noticed and a person may want to check (e.g. "dropped 3 running footers"). */
  warnings: string[];
}

/** Hints about an original besides its bytes: its file name or URL, and the Content-Type it was served with. */
export interface SourceHints {
  /** A file name (`plan.pdf`) or a URL; its extension is a hint, never trusted over the bytes. */
  name: string;
  /** The HTTP Content-Type header, charset included, when the original was fetched. */
  contentType?: string;
}

import { chineseNumeral, linesOf, type Span, spanOf, trimSpan } from "./span.js";
import { findApproval, findCitations, findDate, findDocNumber, findIssuer, findSignature, findTitle, findTitleCitations } from "./structure-preamble.js";

/** A numbered item: `(一)加强组织保障。…` or `2.推进创新平台建设。…`. */
export interface Item {
  ordinal: number;
  /** The whole paragraph, heading included. */
  full: Span;
  /** The heading words, without the numbering and the closing 。 */
  title: Span;
  /** What follows the heading on the same line; null for a heading-only line such as an action. */
  body: Span | null;
}

export interface Section {
  ordinal: number;
  heading: Span;
  /** Everything up to the next section heading. */
  content: Span;
  /** `(一)…` items directly in this section. */
  items: Item[];
  /** `1.…` items, each with the `(一)` heading it falls under (null when none). */
  numbered: { item: Item; parent: Item | null }[];
}

export interface Citation {
  /** `《title》(文号)` as written. */
  whole: Span;
  title: Span;
  docNumber: Span;
}

/** A document cited by its 《title》 alone. */
export interface TitleCitation {
  whole: Span;
  title: Span;
}

/** The common layout of a Chinese policy document (通知 + 正文 with 一、/(一)/1. numbering). */
export interface DocumentStructure {
  /** The document's own title line, or its 《》 span in the notice title. */
  title: Span | null;
  /** Body that issues the document: the words before 关于印发 in the notice title. */
  issuer: Span | null;
  /** `市人民政府` in `经市人民政府同意`. */
  approvedBy: Span | null;
  /** A line holding only a date (`2020年2月27日`), as ISO. */
  issueDate: { span: Span; iso: string } | null;
  /** Documents the preamble cites with their 文号. */
  citations: Citation[];
  /** Documents the preamble cites by 《title》 alone (the document's own title excluded). */
  titleCitations: TitleCitation[];
  /** The document's own 文号: a line of the preamble holding only one (`粤府办〔2021〕57号`). */
  docNumber: Span | null;
  sections: Section[];
}

const SECTION = /^\s*([一二三四五六七八九十]+)、(\S.*?)\s*$/;
const PAREN_ITEM = /^(\s*)[(（]([一二三四五六七八九十]+)[)）]/;
const NUMBERED_ITEM = /^(\s*)(\d{1,3})[.．、](?!\d)/;

/** Finds the structure of a normalised document text; offsets are into `text`. */
export function parseStructure(text: string): DocumentStructure {
  const lines = linesOf(text);
  const sectionStarts = lines.filter((l) => SECTION.test(l.text));
  const preambleEnd = sectionStarts[0]?.start ?? text.length;
  const title = findTitle(text, lines);
  const citations = findCitations(text, preambleEnd);
  return {
    title,
    issuer: findIssuer(text, lines) ?? findSignature(text, lines),
    approvedBy: findApproval(text, preambleEnd),
    issueDate: findDate(text, lines, preambleEnd),
    citations,
    titleCitations: findTitleCitations(text, preambleEnd, title, citations),
    docNumber: findDocNumber(text, lines, preambleEnd),
    sections: sectionStarts.map((line, i) => parseSection(text, lines, line, sectionStarts[i + 1]?.start ?? text.length)),
  };
}

function parseSection(text: string, lines: Span[], headingLine: Span, end: number): Section {
  const m = SECTION.exec(headingLine.text)!;
  const headingStart = headingLine.start + headingLine.text.indexOf(m[2]!);
  const section: Section = {
    ordinal: chineseNumeral(m[1]!),
    heading: trimSpan(text, spanOf(text, headingStart, headingStart + m[2]!.length)),
    content: spanOf(text, headingLine.end, end),
    items: [],
    numbered: [],
  };
  let parent: Item | null = null;
  for (const line of lines) {
    if (line.start < headingLine.end || line.start >= end) continue;
    const paren = PAREN_ITEM.exec(line.text);
    const numbered = paren ? null : NUMBERED_ITEM.exec(line.text);
    const match = paren ?? numbered;
    if (!match) continue;
    const ordinal = paren ? chineseNumeral(paren[2]!) : Number(numbered![2]);
    const item = parseItem(text, line, line.start + match[0].length, ordinal);
    if (paren) {
      section.items.push(item);
      parent = item;
    } else {
      section.numbered.push({ item, parent });
    }
  }
  return section;
}

/** Splits `heading。body` at the first 。 (a heading-only line keeps a null body). */
function parseItem(text: string, line: Span, contentStart: number, ordinal: number): Item {
  const full = trimSpan(text, spanOf(text, line.start, line.end));
  const stop = text.indexOf("。", contentStart);
  const titleEnd = stop === -1 || stop >= full.end ? full.end : stop;
  const title = trimSpan(text, spanOf(text, contentStart, titleEnd));
  const rest = trimSpan(text, spanOf(text, Math.min(titleEnd + 1, full.end), full.end));
  return { ordinal, full, title, body: rest.text === "" ? null : rest };
}

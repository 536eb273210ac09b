import { DATE_LINE, isoDate } from "./dates.js";
import { DOC_NUMBER_SOURCE, titleKey } from "./document-number.js";
import { chineseNumeral, linesOf, type Span, spanOf, trimSpan } from "./span.js";

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
const CITATION = new RegExp(String.raw`《([^《》]+)》\s*[(（]\s*(${DOC_NUMBER_SOURCE})\s*[)）]`, "g");
const DOC_NUMBER_LINE = new RegExp(String.raw`^\s*(${DOC_NUMBER_SOURCE})\s*$`);
/** A line the author marked as a comment (`# 虚构示例…`): never a title. */
const COMMENT = /^\s*#/;

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

/**
 * The title: the 《X》 of a `关于印发《X》的通知` notice, the X of `关于印发X的通知` (no 《》), or
 * for a bare document the first line when a salutation (`各区人民政府,…:`) follows it. The
 * document's own title line is preferred to the words inside the notice.
 */
function findTitle(text: string, lines: Span[]): Span | null {
  const notice = /关于印发《(.+?)》的通知/.exec(text);
  if (notice) return ownLine(text, lines, notice[1]!) ?? spanOf(text, notice.index + notice[0].indexOf("《") + 1, notice.index + notice[0].indexOf("《") + 1 + notice[1]!.length);
  for (const line of lines) {
    if (COMMENT.test(line.text)) continue;
    const m = /关于印发(?!《)(.+?)的通知\s*$/.exec(line.text) ?? /印发(关于.+?)的通知\s*$/.exec(line.text);
    if (!m) continue;
    const start = line.start + m.index + m[0].indexOf(m[1]!);
    return ownLine(text, lines, m[1]!) ?? spanOf(text, start, start + m[1]!.length);
  }
  const content = lines.filter((l) => l.text.trim() !== "" && !COMMENT.test(l.text));
  const [first, second] = content;
  if (first && second && /^[^:：]{2,60}$/.test(first.text.trim()) && /[:：]\s*$/.test(second.text)) return trimSpan(text, first);
  return null;
}

/** The line that holds exactly `title` (spacing and bracket width aside), if any. */
function ownLine(text: string, lines: Span[], title: string): Span | null {
  const key = titleKey(title);
  const own = lines.find((l) => !/的通知\s*$/.test(l.text) && titleKey(l.text) === key);
  return own ? trimSpan(text, own) : null;
}

function findIssuer(text: string, lines: Span[]): Span | null {
  const line = lines.find((l) => !COMMENT.test(l.text) && /\S关于印发.+的通知\s*$/.test(l.text));
  if (!line) return null;
  const t = trimSpan(text, line);
  return spanOf(text, t.start, t.start + t.text.indexOf("关于印发"));
}

/** A bare document's issuer: the signature line just above its closing date. */
function findSignature(text: string, lines: Span[]): Span | null {
  const content = lines.filter((l) => l.text.trim() !== "");
  for (let i = content.length - 1; i > 0; i--) {
    if (!DATE_LINE.test(content[i]!.text)) continue;
    const sig = trimSpan(text, content[i - 1]!);
    return /^\S{2,30}(政府|局|委|厅|办|办公室|办公厅|委员会|部|院)$/.test(sig.text) ? sig : null;
  }
  return null;
}

function findDocNumber(text: string, lines: Span[], before: number): Span | null {
  for (const line of lines) {
    if (line.start >= before) break;
    const m = DOC_NUMBER_LINE.exec(line.text);
    if (m) return trimSpan(text, line);
  }
  return null;
}

function findApproval(text: string, before: number): Span | null {
  const m = /经([^,，。]{2,20}?)同意/.exec(text.slice(0, before));
  return m ? spanOf(text, m.index + 1, m.index + 1 + m[1]!.length) : null;
}

/** The first date line of the preamble, or else the last date line of the document (a bare document signs at the end). */
function findDate(text: string, lines: Span[], before: number): { span: Span; iso: string } | null {
  const dated = lines.flatMap((line) => {
    const m = DATE_LINE.exec(line.text);
    const iso = m && isoDate(m);
    return iso ? [{ span: trimSpan(text, line), iso }] : [];
  });
  return dated.find((d) => d.span.start < before) ?? dated.at(-1) ?? null;
}

/** 《title》 without a 文号, not the document's own title and not one already cited with its number. */
function findTitleCitations(text: string, before: number, own: Span | null, numbered: Citation[]): TitleCitation[] {
  const taken = new Set([...(own ? [titleKey(own.text)] : []), ...numbered.map((c) => titleKey(c.title.text))]);
  const inNumbered = (at: number) => numbered.some((c) => at >= c.whole.start && at < c.whole.end);
  const out: TitleCitation[] = [];
  for (const m of text.slice(0, before).matchAll(/《([^《》]+)》/g)) {
    const start = m.index!;
    if (inNumbered(start) || taken.has(titleKey(m[1]!))) continue;
    const line = text.lastIndexOf("\n", start) + 1;
    if (/关于印发/.test(text.slice(line, start))) continue;
    taken.add(titleKey(m[1]!));
    out.push({ whole: spanOf(text, start, start + m[0].length), title: spanOf(text, start + 1, start + 1 + m[1]!.length) });
  }
  return out;
}

function findCitations(text: string, before: number): Citation[] {
  const out: Citation[] = [];
  for (const m of text.slice(0, before).matchAll(CITATION)) {
    const start = m.index!;
    const titleStart = start + 1;
    const numberStart = start + m[0].lastIndexOf(m[2]!);
    out.push({
      whole: spanOf(text, start, start + m[0].length),
      title: spanOf(text, titleStart, titleStart + m[1]!.length),
      docNumber: spanOf(text, numberStart, numberStart + m[2]!.length),
    });
  }
  return out;
}

import { canonicalPunctuation } from "./punctuation.js";

/**
 * Lines of a text as the layout steps (page marks, joined lines, flattened pages) read them. They run before
 * `canonicalPunctuation`, so a line holds its text both as written (for its printed width: full-width forms are as
 * wide as a Han character) and canonical (for patterns: `（一）` reads as `(一)`). CRLF, CR and LF all end a line.
 */
export interface LayoutLine {
  /** Offset of the line's first character and of the end of its text (before the line break). */
  start: number;
  end: number;
  /** Offset after the line break (the next line's start), or the text's length. */
  next: number;
  /** Offsets of the text without its leading and trailing whitespace (`contentStart === contentEnd` when blank). */
  contentStart: number;
  contentEnd: number;
  /** The content, trimmed and canonical. */
  content: string;
  /** Printed width of the leading whitespace, and of the whole line up to its content's end, in Han characters. */
  indent: number;
  width: number;
}

/** Printed width in Han characters: ASCII (Latin, digits, spaces, NBSP) is half as wide as Chinese. */
export function printedWidth(text: string): number {
  let width = 0;
  for (const c of text) width += /[\u0020-\u007e\u00a0]/.test(c) ? 0.5 : 1;
  return width;
}

/** The lines of `text` with their offsets. */
export function layoutLines(text: string): LayoutLine[] {
  const lines: LayoutLine[] = [];
  const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/gy;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const start = m.index;
    const end = start + m[1]!.length;
    const leading = /^\s*/.exec(m[1]!)![0].length;
    const contentEnd = start + m[1]!.trimEnd().length;
    const contentStart = Math.min(start + leading, contentEnd);
    lines.push({
      start,
      end,
      next: end + m[2]!.length,
      contentStart,
      contentEnd,
      content: canonicalPunctuation(text.slice(contentStart, contentEnd)),
      indent: printedWidth(text.slice(start, contentStart)),
      width: printedWidth(text.slice(start, contentEnd)),
    });
    if (m[2] === "") break;
  }
  return lines;
}

/** Numbering that starts an item: `一、`, `(一)`, `1.`, `(1)`, `①`, `第一章`, `第三条`, `附件`. */
export const NUMBERED_ITEM =
  /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[①-⑳]|第[一二三四五六七八九十百零〇\d]{1,4}[章节条部编]|附件)/u;

/** A date as a signature writes it: `2021年9月3日`, `二〇二一年九月三日`. */
export const SIGNATURE_DATE =
  /(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \u3000]*年[ \u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \u3000]*月[ \u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*日/u;

/** A line holding only a date, maybe with a `(此件公开发布)` after it. */
export const DATE_LINE = new RegExp(`^${SIGNATURE_DATE.source}\\s*(?:\\(.*\\))?$`, "u");

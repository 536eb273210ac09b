import { ENDS_AS_BODY } from "./body-end.js";
import { layoutLines, SIGNATURE_DATE } from "./layout-lines.js";

/**
 * A page flattened to one long line (a scrape that dropped every `<p>`): the structure parser reads lines, so
 * paragraph breaks go back in before numbered headings (`一、`, `(一)`, `1.`, `第一章`, `第一条`) and indentation left
 * in the line, after the title's `的通知`, the 文号 and the salutation, and around the signature, its date and the
 * attachment's title after it. Only a long text with very few
 * lines is read this way; a web page whose paragraphs are long lines (the Guangzhou seed) has dozens of them.
 */

/** Text this long with at most one line per `CHARS_PER_LINE` characters (or three lines) is flattened. */
const MIN_LENGTH = 500;
const CHARS_PER_LINE = 1000;
/** A text whose longest line holds this share of it is a flattened body, whatever lines of furniture surround it. */
const MOST_OF_TEXT = 0.6;
/** Lines shorter than this are left as they are… */
const LONG_LINE = 200;
/** …unless the body is flattened into a few lines: then one this long holding two headings is broken too. */
const HEADED_LINE = 100;

/** Where a sentence, clause or heading's bracket ends, so a heading may start after it. */
const BOUNDARY = /[。;:!?\s)”]$/u;
/** Headings: `一、` and `第一章` follow a boundary; `(一)`, `1.`, `第一条` may also follow a heading's words. */
const HEADING =
  /[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}\.(?!\d)|第[一二三四五六七八九十百零〇]{1,4}[章节条]/gu;
const AFTER_HEADING_WORDS = /^(?:\(|\d|第.+条)/u;
/** The words since the last break look like a heading (`一、总体要求`, `第一章 总则`) when short and unpunctuated. */
const HEADING_WORDS =
  /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十百零〇]{1,4}[章节])[^。;:!?,、]{0,25}$/u;
/** A notice's own 文号 (`粤府办〔2021〕57号`) and a salutation (`各区人民政府,市直各单位:`). */
const DOC_NUMBER = /^\s*[^\s,。()]{1,12}[〔\[(]\d{4}[〕\])]\d{1,4}号/u;
/** The attachment's title as the notice names it: `关于印发《X》的通知` or `关于印发X的通知`. */
const NOTICE_TITLE = /关于印发《?(.+?)》?的通知/u;
/** Paragraph indentation left in the line: ideographic or no-break spaces, or two spaces and more. */
const INDENT = /[\u3000\u00a0]+|\s{2,}/gu;
const SALUTATION = /^\s*各[^。:]{1,120}:/u;

/** Offsets of `text` (canonical or not) before which a line break goes, or none when it is not flattened. */
export function paragraphBreaks(text: string): number[] {
  const lines = layoutLines(text).filter((l) => l.content !== "");
  if (text.length < MIN_LENGTH) return [];
  // Page furniture may keep its lines around a body flattened into one (site name, breadcrumb, buttons).
  const longest = Math.max(...lines.map((l) => l.contentEnd - l.contentStart));
  const oneBody = longest >= MIN_LENGTH && longest >= MOST_OF_TEXT * text.length;
  // …or into a few long lines, each holding several numbered headings (the notice in one, the plan's parts in others).
  const flat = lines.filter(
    (l) => l.contentEnd - l.contentStart >= HEADED_LINE && [...l.content.matchAll(HEADING)].length >= 2,
  );
  const fewBodies = flat.reduce((n, l) => n + l.contentEnd - l.contentStart, 0) >= MOST_OF_TEXT * text.length;
  if (!oneBody && !fewBodies && lines.length > Math.max(3, text.length / CHARS_PER_LINE)) return [];
  return lines
    .filter((l) => l.contentEnd - l.contentStart >= LONG_LINE || flat.includes(l))
    .flatMap((l) => breaksIn(l.content).map((at) => l.contentStart + at));
}

/** Break offsets within one flattened line (`line` is its canonical, trimmed content). */
function breaksIn(line: string): number[] {
  const breaks = new Set<number>();
  const lastBreak = (at: number): number => Math.max(0, ...[...breaks].filter((b) => b <= at));
  /** A break goes before the whitespace in front of `at` (it indents the new line), once per whitespace run. */
  const add = (at: number): void => {
    let start = at;
    while (start > 0 && /\s/u.test(line[start - 1]!)) start--;
    if (start === 0 || line.slice(start).trim() === "" || [...breaks].some((b) => b >= start && b <= at)) return;
    breaks.add(start);
  };
  const notice = /的通知/u.exec(line.slice(0, 300));
  if (notice) add(notice.index + notice[0].length);
  const docNumber = DOC_NUMBER.exec(line.slice(lastBreak(300)));
  if (docNumber) add(lastBreak(300) + docNumber[0].length);
  const salutation = SALUTATION.exec(line.slice(lastBreak(400)));
  if (salutation) add(lastBreak(400) + salutation[0].length);
  for (const m of line.matchAll(INDENT)) add(m.index);
  for (const m of line.matchAll(HEADING)) {
    const before = line.slice(lastBreak(m.index), m.index);
    if (BOUNDARY.test(before) || (AFTER_HEADING_WORDS.test(m[0]) && HEADING_WORDS.test(before.trim()))) add(m.index);
  }
  // A heading's words end at the space before its body: `一、总体要求 到2025年`.
  for (const m of line.matchAll(/\s/gu))
    if (HEADING_WORDS.test(line.slice(lastBreak(m.index), m.index).trim())) add(m.index);
  const title = NOTICE_TITLE.exec(line.slice(0, 300))?.[1];
  for (const m of line.matchAll(new RegExp(SIGNATURE_DATE.source, "gu"))) {
    if (!signature(line, m.index, m.index + m[0].length, add) || !title) continue;
    const after = line.indexOf(title, m.index + m[0].length);
    // The attachment's title right after the date: its heading line.
    if (after >= 0 && line.slice(m.index + m[0].length, after).trim() === "") add(after + title.length);
  }
  return [...breaks].sort((a, b) => a - b);
}

/** A date closing the text or followed by a new part, and the short unpunctuated signature before it, get lines. */
function signature(line: string, start: number, end: number, add: (at: number) => void): boolean {
  if (/^\s*[,、的前后起至以止和到]/u.test(line.slice(end))) return false;
  const sentenceEnd = Math.max(
    line.lastIndexOf("。", start),
    line.lastIndexOf("!", start),
    line.lastIndexOf("?", start),
  );
  const signer = line.slice(sentenceEnd + 1, start);
  // A joint notice signs with several bodies' names, apart by spaces: each ends as a body's name does.
  const joint =
    signer
      .trim()
      .split(/\s+/u)
      .every((n) => ENDS_AS_BODY.test(n)) && signer.length <= 120;
  if (sentenceEnd < 0 || (signer.length > 40 && !joint) || /[,、;:。]/u.test(signer)) return false;
  if (signer.trim() !== "") add(sentenceEnd + 1 + (signer.length - signer.trimStart().length));
  add(start);
  const after = line.slice(end);
  if (!after.trimStart().startsWith("(")) add(end + (after.length - after.trimStart().length));
  return true;
}

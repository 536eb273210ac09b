// The parts of a document before its first 一、 section: title, issuer, approval, date, own 文号 and
// the documents it cites. Offsets are into the normalised text.
import { DATE_LINE, isoDate } from "./dates.js";
import { DOC_NUMBER_SOURCE, titleKey } from "./document-number.js";
import { type Span, spanOf, trimSpan } from "./span.js";
import type { Citation, TitleCitation } from "./structure.js";

const CITATION = new RegExp(String.raw`《([^《》]+)》\s*[(（]\s*(${DOC_NUMBER_SOURCE})\s*[)）]`, "g");
const DOC_NUMBER_LINE = new RegExp(String.raw`^\s*(${DOC_NUMBER_SOURCE})\s*$`);
/** A line the author marked as a comment (`# 虚构示例…`): never a title. */
const COMMENT = /^\s*#/;

/**
 * The title: the 《X》 of a `关于印发《X》的通知` notice, the X of `关于印发X的通知` (no 《》), or
 * for a bare document the first line when a salutation (`各区人民政府,…:`) follows it. The
 * document's own title line is preferred to the words inside the notice.
 */
export function findTitle(text: string, lines: Span[]): Span | null {
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

/** The issuing body of a notice: the words before 关于印发 (or 印发关于) on its title line. */
export function findIssuer(text: string, lines: Span[]): Span | null {
  const line = lines.find((l) => !COMMENT.test(l.text) && /\S(关于印发|印发关于).+的通知\s*$/.test(l.text));
  if (!line) return null;
  const t = trimSpan(text, line);
  return spanOf(text, t.start, t.start + /关于印发|印发关于/.exec(t.text)!.index);
}

/** A bare document's issuer: the signature line just above its closing date. */
export function findSignature(text: string, lines: Span[]): Span | null {
  const content = lines.filter((l) => l.text.trim() !== "");
  for (let i = content.length - 1; i > 0; i--) {
    if (!DATE_LINE.test(content[i]!.text)) continue;
    const sig = trimSpan(text, content[i - 1]!);
    return /^\S{2,30}(政府|局|委|厅|办|办公室|办公厅|委员会|部|院)$/.test(sig.text) ? sig : null;
  }
  return null;
}

/** The document's own 文号: a preamble line holding only one. */
export function findDocNumber(text: string, lines: Span[], before: number): Span | null {
  for (const line of lines) {
    if (line.start >= before) break;
    const m = DOC_NUMBER_LINE.exec(line.text);
    if (m) return trimSpan(text, line);
  }
  return null;
}

/** `市人民政府` in `经市人民政府同意`. */
export function findApproval(text: string, before: number): Span | null {
  const m = /经([^,，。]{2,20}?)同意/.exec(text.slice(0, before));
  return m ? spanOf(text, m.index + 1, m.index + 1 + m[1]!.length) : null;
}

/** The first date line of the preamble, or else the last date line of the document (a bare document signs at the end). */
export function findDate(text: string, lines: Span[], before: number): { span: Span; iso: string } | null {
  const dated = lines.flatMap((line) => {
    const m = DATE_LINE.exec(line.text);
    const iso = m && isoDate(m);
    return iso ? [{ span: trimSpan(text, line), iso }] : [];
  });
  return dated.find((d) => d.span.start < before) ?? dated.at(-1) ?? null;
}

/** 《title》 without a 文号, not the document's own title and not one already cited with its number. */
export function findTitleCitations(text: string, before: number, own: Span | null, numbered: Citation[]): TitleCitation[] {
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

/** `《title》(文号)` citations of the preamble, the 文号 in any bracket style. */
export function findCitations(text: string, before: number): Citation[] {
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

// A notice's own requirements, numbered between the notice that issues a document and the document
// itself (`一、压实工作责任。…`, then `附件` and the document's title again): measures for carrying the
// document out, not parts of it.
import { type Span, spanOf, trimSpan } from "./span.js";
import { sentenceSection } from "./structure-items.js";
import type { Item, Section } from "./structure-types.js";

/** A notice's line listing what it encloses: `附件:1.X`, `附件:X`. */
export const ATTACHMENTS = /^\s*附\s*件\s*[:：]/;

/** `现将《X》印发给你们`, `现印发给你们`: a notice that issues the document it encloses. */
const ISSUES = /印发给你们|现予印发|印发给各|现将[^。]{0,80}印发/;

/**
 * Marks a notice's own requirements (`一、压实工作责任。…`, or `1.…` items) written between the notice
 * that issues a document and the document itself: the document starts again at a line of its own
 * title (under `附件`, or after the signature), with sections, items or task rows of its own after it.
 * Returns that line of the title, or null when the text has no requirements of the notice.
 */
export function markNoticeSections(
  text: string,
  lines: Span[],
  sections: Section[],
  title: Span | null,
  preambleEnd: number,
): Span | null {
  if (!title || sections.length === 0 || !ISSUES.test(text.slice(0, preambleEnd))) return null;
  const bare = (s: string) => s.replace(/[\s《》]/g, "");
  const own = bare(title.text);
  const items = sections.flatMap((s) => [...s.items, ...s.numbered.map((n) => n.item)]);
  const first = Math.min(sections[0]!.heading.start, ...items.map((i) => i.full.start));
  const restart = titleAgain(text, lines, first, own, bare);
  if (!restart) return null;
  const after = (at: number) => at > restart.start;
  const before = (at: number) => at < restart.start;
  const untitled = sections.length === 1 && sections[0]!.heading.text === "";
  if (
    !sections.some((s) => after(s.heading.start)) &&
    !sections.some((s) => s.rows.some((r) => after(r.line.start))) &&
    !items.some((i) => after(i.full.start))
  )
    return null;
  // The notice's list of attachments (`附件:1.X` / `2.重点任务分工表`) closes its words too: no item of it.
  const listed = lines.find((l) => l.start > first && l.start < restart.start && ATTACHMENTS.test(l.text));
  const end = listed ? listed.start : restart.start;
  const cut = (span: Span) => (span.end > end ? trimSpan(text, spanOf(text, span.start, end)) : span);
  if (untitled) {
    // A document numbered without sections: the notice's `1.…` items are its requirements.
    for (const i of items.filter((i) => before(i.full.start))) {
      i.notice = true;
      i.full = cut(i.full);
      if (i.body) i.body = cut(i.body);
    }
    return restart;
  }
  for (const s of sections) {
    if (!before(s.heading.start)) continue;
    s.notice = true;
    // A requirement ends where the document starts; one written as a sentence (`三、加强要素保障。市财政局…`) is one measure.
    s.content = cut(s.content);
    // Items of the attachment list go, and so does a heading that stood over them only.
    const gone = s.numbered.filter((n) => n.item.full.start >= end);
    s.numbered = s.numbered.filter((n) => n.item.full.start < end);
    const orphaned = (i: Item) => gone.some((n) => n.parent === i) && !s.numbered.some((n) => n.parent === i);
    s.items = s.items.filter((i) => i.full.start < end && !orphaned(i));
    if (s.items.length === 0 && s.numbered.length === 0) s.items = sentenceSection(text, s, true);
  }
  return restart;
}

/**
 * The first line after `from` that holds the document's title again, or the two or three lines a
 * printed page wraps it over (`江苏省智能制造和工业互联网融合` / `发展三年行动方案(2025—2027年)`).
 */
function titleAgain(text: string, lines: Span[], from: number, own: string, bare: (s: string) => string): Span | null {
  const content = lines.filter((l) => l.start > from && l.text.trim() !== "");
  for (const [i, line] of content.entries()) {
    let joined = "";
    for (let j = i; j < Math.min(i + 3, content.length); j++) {
      joined += bare(content[j]!.text);
      if (joined === own) return spanOf(text, line.start, content[j]!.end);
      if (!own.startsWith(joined)) break;
    }
  }
  return null;
}

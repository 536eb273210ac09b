// A notice's own requirements, numbered between the notice that issues a document and the document
// itself (`一、压实工作责任。…`, then `附件` and the document's title again): measures for carrying the
// document out, not parts of it.
import { type Span, spanOf, trimSpan } from "./span.js";
import { sentenceSection } from "./structure-items.js";
import type { Section } from "./structure-types.js";

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
  const restart = lines.find((l) => l.start > first && bare(l.text) === own);
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
  const cut = (span: Span) =>
    span.end > restart.start ? trimSpan(text, spanOf(text, span.start, restart.start)) : span;
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
    if (s.items.length === 0 && s.numbered.length === 0) s.items = sentenceSection(text, s, true);
  }
  return restart;
}

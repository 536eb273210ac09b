// A bare document's title, above the body with no notice line naming it (apart from structure-title.ts
// so each stays short). Offsets are into the normalised (canonical) text.
import { DATE_LINE } from "./dates.js";
import { type Span, spanOf, trimSpan } from "./span.js";

/** Kinds of document a title ends with, before a `(2024-2026年)`, `(试行)` or `(征求意见稿)`. */
export const DOC_KIND =
  /(?:方案|计划|规划|意见|办法|措施|规定|条例|细则|通知|决定|纲要|指引|指南|政策|要点|清单|规则|公告|通告|批复|标准|制度)$/;
export const TRAILING_PARENS = /(?:\s*\([^()]{1,24}\))+\s*$/;
/** Punctuation a title never holds (the text is canonical: `，` is `,`). */
export const SENTENCE = /[。,;!?:；！？]/;
const SALUTATION = /:\s*$/;

/**
 * A bare document's title: its first lines (up to three, for a title broken over lines) when they
 * end with a kind of document, or its first line when a salutation or a 文号 line follows.
 */
export function bareTitle(text: string, head: Span[]): Span | null {
  let best: Span | null = null;
  let joined = "";
  for (let j = 0; j < Math.min(3, head.length); j++) {
    // A date under the title (`(2025年3月28日)` in party documents) ends it, as a sentence does.
    if (SENTENCE.test(head[j]!.text) || DATE_LINE.test(head[j]!.text.replace(/\s+/g, "").replace(/^\((.+)\)$/, "$1")))
      break;
    // A page that prints the title twice (a headline, then the document's own line): the first is whole.
    if (best && DOC_KIND.test(head[j]!.text.trim().replace(TRAILING_PARENS, ""))) break;
    joined += head[j]!.text.trim();
    const words = joined.replace(TRAILING_PARENS, "");
    if (joined.length >= 4 && joined.length <= 80 && DOC_KIND.test(words))
      best = trimSpan(text, spanOf(text, head[0]!.start, head[j]!.end));
  }
  if (best) return best;
  const [first, second] = head;
  const docNumberNext = second && /^\s*\S{1,12}[(\[〔]\d{4}[)\]〕]\d{1,4}号\s*$/.test(second.text);
  if (first && second && /^[^:]{2,60}$/.test(first.text.trim()) && (SALUTATION.test(second.text) || docNumberNext))
    return trimSpan(text, first);
  return null;
}

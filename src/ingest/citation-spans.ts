// The documents a text cites: `《title》(文号)` and `《title》` alone in its preamble (it carries them
// out), and anywhere in it those it repeals (`原《X》(Y号)同时废止`, `废止《X》`). Offsets are into
// the normalised text. The structure of the rest of the document is in structure*.ts.
import { BRACKETED_DOC_NUMBER_SOURCE, looseTitleKey, titleKey } from "./document-number.js";
import { type Span, spanOf } from "./span.js";
import type { Citation, TitleCitation } from "./structure-types.js";

/** A citation that may be a repeal: `repeal` holds the words that say so (the evidence of REPEALS). */
export type MaybeRepeal = { repeal?: Span };

const CITATION = new RegExp(String.raw`《([^《》]+)》\s*[(（]\s*(${BRACKETED_DOC_NUMBER_SOURCE})\s*[)）]`, "g");
/** One cited document inside a list: `原《X》(Y号)`, with its joiner. */
const LISTED = String.raw`\s*原?\s*《[^《》]+》\s*(?:[(（][^()（）《》]{0,30}[)）])?\s*`;
/**
 * What follows the last of `原《A》(1号)、《B》(2号)` in a repeal: `等文件同时废止` (or `同时停止执行`,
 * `不再执行`, `同时失效`), or the day it lapses, `自本政策施行之日起废止`.
 */
const REPEAL_AFTER = new RegExp(
  String.raw`^(?:[、和及,，]${LISTED})*\s*(?:等(?:\d+个)?(?:文件|政策)?)?\s*(?:自[^。;,，《》]{1,12}之日起)?\s*(?:同时|即行|一并|予以|相应)?\s*(?:废止|停止执行|停止实施|不再执行|失效)`,
);
/** What comes before the first of a list a repeal names first: `废止原《A》、`. */
const REPEAL_BEFORE = new RegExp(String.raw`废止\s*(?:${LISTED}[、和及,，])*\s*原?\s*$`);

/**
 * The words that make the citation at `[start, end)` a repeal, from its 原 to the 废止 after it
 * (`原《X》(Y号)同时废止`) or from a 废止 before it to its end (`废止《X》`); undefined otherwise.
 */
function repealOf(text: string, start: number, end: number): Span | undefined {
  const sentenceStart = Math.max(text.lastIndexOf("。", start - 1), text.lastIndexOf("\n", start - 1)) + 1;
  const from = /原\s*$/.exec(text.slice(sentenceStart, start)) ? text.lastIndexOf("原", start) : start;
  const after = REPEAL_AFTER.exec(text.slice(end, end + 400));
  if (after) return spanOf(text, from, end + after[0].length);
  const before = REPEAL_BEFORE.exec(text.slice(sentenceStart, start));
  return before ? spanOf(text, sentenceStart + before.index, end) : undefined;
}

/**
 * `《title》(文号)` citations, the 文号 in any bracket style and spacing: those of the preamble
 * (before `before`), and repeals anywhere.
 */
export function findCitations(text: string, before: number): (Citation & MaybeRepeal)[] {
  const out: (Citation & MaybeRepeal)[] = [];
  for (const m of text.matchAll(CITATION)) {
    const start = m.index!;
    const end = start + m[0].length;
    const repeal = repealOf(text, start, end);
    if (start >= before && !repeal) continue;
    const titleStart = start + 1;
    const numberStart = start + m[0].lastIndexOf(m[2]!);
    out.push({
      whole: spanOf(text, start, end),
      title: spanOf(text, titleStart, titleStart + m[1]!.length),
      docNumber: spanOf(text, numberStart, numberStart + m[2]!.length),
      ...(repeal ? { repeal } : {}),
    });
  }
  return out;
}

/** What follows a title the sentence issues: more titles, then `…现印发给你们` (`《甲》和《乙》已经…现印发给你们`). */
const ISSUED_AFTER =
  /^(?:\s*(?:和|及|、)\s*《[^《》]+》)*[^《》。]{0,40}?(?:(?:印发|转发|印送|发)给你们|现予(?:以)?(?:公布|印发))/;

/**
 * `《title》` without a 文号: in the preamble, and repeals anywhere. Never the document's own title
 * (by title key, 的 aside), the 《X》 of its own notice line (`关于印发《X》的通知`) or of its
 * hand-over (`现将《X》印发给你们`), nor one already cited with its number.
 */
export function findTitleCitations(
  text: string,
  before: number,
  own: Span | null,
  numbered: Citation[],
): (TitleCitation & MaybeRepeal)[] {
  const ownKey = own ? looseTitleKey(own.text) : null;
  const taken = new Set(numbered.map((c) => titleKey(c.title.text)));
  const inNumbered = (at: number) => numbered.some((c) => at >= c.whole.start && at < c.whole.end);
  const out: (TitleCitation & MaybeRepeal)[] = [];
  for (const m of text.matchAll(/《([^《》]+)》/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    const key = titleKey(m[1]!);
    if (inNumbered(start) || taken.has(key) || looseTitleKey(m[1]!) === ownKey) continue;
    // `(以下简称《方案》)`, `《方案》任务落实情况`: a kind of document alone is this one's short name, no title.
    if (/^\s*(?:本|该)?(?:方案|意见|办法|措施|规划|计划|通知|细则|规定|条例|决定|要点|清单|政策)\s*$/.test(m[1]!))
      continue;
    const repeal = repealOf(text, start, end);
    if (start >= before && !repeal) continue;
    const line = text.lastIndexOf("\n", start) + 1;
    if (/关于印发/.test(text.slice(line, start))) continue;
    if (/将\s*$/.test(text.slice(line, start)) && /^\s*(?:印发|转发|印送|发给)/.test(text.slice(end))) continue;
    // `《甲》和《乙》已经市政府同意,现印发给你们`: every title of the sentence that issues them is issued, not cited.
    if (ISSUED_AFTER.test(text.slice(end, end + 200))) continue;
    taken.add(key);
    out.push({
      whole: spanOf(text, start, end),
      title: spanOf(text, start + 1, end - 1),
      ...(repeal ? { repeal } : {}),
    });
  }
  return out;
}

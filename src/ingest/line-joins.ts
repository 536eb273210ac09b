import { DATE_LINE, type LayoutLine, layoutLines, NUMBERED_ITEM } from "./layout-lines.js";
import type { TextRange } from "./offset-map.js";
import { COPY_LIST_LABEL } from "./structure-furniture.js";

/**
 * Hard line breaks of text copied from a PDF: every line is cut at the page's width, inside words, names and 文号
 * (`粤府办〔2021〕` / `57号`), and the structure parser reads lines as paragraphs. A line runs on into the next when
 * it is as wide as the document's full lines (or ends in `,` `、` or an opening bracket), does not end a sentence
 * or a heading, and the next line does not start a paragraph of its own (indented further, numbered, a date, a 文号, a
 * salutation, a table's row).
 * Text whose lines are paragraphs (a web page) has no common full width and is left alone.
 */

/** Lines that end mid-sentence whatever their width. */
const RUNS_ON = /[,、(《〔【“‘]$/u;
/** A line that opens with the last character or two of a sentence (`动。开展…`): the line above broke inside a word. */
const SENTENCE_TAIL = /^\p{Script=Han}{1,2}[。;]/u;
/** Lines that end a sentence, a salutation or a list entry, or a table row closed by its `|`. */
const ENDS = /[。;:!?…|]$/u;
/** Lines that start a part of their own after a title: a 文号 (`某府办〔2024〕17号`) or a salutation (`各区…:`). */
const OWN_LINE = /^(?:[^\s,。]{1,12}[〔\[(]\d{4}[〕\])]\d{1,4}号|各[^。]*:)$/u;
/** A web page's byline (`2026-06-18 来源:某网 作者:某人`): a line of its own, never a title's or a body's words. */
const BYLINE = /(?:来源|作者|发布时间|发布日期|更新时间|浏览次数)\s*[:：]/u;
/**
 * A labelled line of units under an item (`牵头单位:…`, `配合单位:…`) or of its deadline (`完成时限:…`), or a
 * printed footer's list of recipients (`抄送:…`): a part of its own, however wide the line above.
 */
const LABEL_LINE = new RegExp(
  String.raw`^(?:(?:牵头|主责|配合|责任|参与|协同|协办)(?:单位|部门)|完成(?:时限|时间)|时间节点|${COPY_LIST_LABEL})\s*[:：]`,
  "u",
);
/**
 * A row of a table laid out in text: cells apart by tabs, `|`, wide spaces or runs of spaces, twice or more.
 * Prose copied from a PDF has no such gaps, and a table's rows, as wide as each other, must not run into
 * each other.
 */
const GAP = String.raw`(?:\t|\u3000+|[ \u3000]{2,}|\s*\|\s*)`;
const TABLE_ROW = new RegExp(String.raw`\S${GAP}\S.*\S${GAP}\S`, "u");
/** A heading closed by its bracket: `(一)总体目标(2025年)`. */
const CLOSED_HEADING = new RegExp(`${NUMBERED_ITEM.source}.*[)\\]】》]$`, "u");

/**
 * The width of the document's full lines, in Han characters, or null when it has none: the commonest width
 * (give or take one) among lines that are not numbered headings, held by at least three lines and by 30% of
 * them or half of their words.
 */
export function fullLineWidth(lines: readonly LayoutLine[]): number | null {
  const widths = lines
    .filter((l) => l.content !== "" && !NUMBERED_ITEM.test(l.content) && !TABLE_ROW.test(l.content))
    .map((l) => Math.round(l.width));
  const count = new Map<number, number>();
  for (const w of widths) count.set(w, (count.get(w) ?? 0) + 1);
  let best: { width: number; support: number } | null = null;
  for (const w of count.keys()) {
    const support = (count.get(w - 1) ?? 0) + count.get(w)! + (count.get(w + 1) ?? 0);
    if (!best || support > best.support || (support === best.support && w > best.width)) best = { width: w, support };
  }
  // Many short lines (a red head, titles, a signature, a table) may outnumber the full ones of a short
  // text: the full lines still hold most of its words.
  const all = lines.filter((l) => l.content !== "" && !TABLE_ROW.test(l.content)).map((l) => Math.round(l.width));
  const total = all.reduce((sum, w) => sum + w, 0);
  const held = best ? all.filter((w) => Math.abs(w - best!.width) <= 1).reduce((sum, w) => sum + w, 0) : 0;
  if (
    !best ||
    best.width < 12 ||
    best.width > 80 ||
    best.support < 3 ||
    (best.support < 0.3 * widths.length && held < 0.5 * total)
  )
    return null;
  return best.width;
}

/** Ranges of `text` to remove so that broken lines run on: the break and the whitespace around it. */
export function lineJoinRanges(text: string): TextRange[] {
  const lines = layoutLines(text);
  const width = fullLineWidth(lines);
  if (width === null) return [];
  const slack = Math.max(2, width * 0.08);
  // A copy may break its lines by count of characters, digits and all, rather than by printed width
  // (`　　2024年,全市…达到148万吨。到202` / `7年,…`): a line of the commonest count is full too.
  const counted = lines.map((l) => ({ ...l, width: l.contentEnd - l.start }));
  const chars = fullLineWidth(counted);
  const ranges: TextRange[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.content === "" || next.content === "") continue;
    const full =
      (line.width >= width - slack && line.width <= width + 3) ||
      (chars !== null && counted[i]!.width > line.width && Math.abs(counted[i]!.width - chars) <= 1);
    if (!full && !RUNS_ON.test(line.content) && !SENTENCE_TAIL.test(next.content)) continue;
    // A signature's date closes its block: the title after it starts anew.
    if (ENDS.test(line.content) || CLOSED_HEADING.test(line.content) || DATE_LINE.test(line.content)) continue;
    if (next.indent >= line.indent + 1 || NUMBERED_ITEM.test(next.content) || DATE_LINE.test(next.content)) continue;
    // A bare number on its own line is a table row's or a page's, never the rest of a sentence.
    if (/^\d{1,3}$/.test(next.content)) continue;
    if (
      OWN_LINE.test(next.content) ||
      LABEL_LINE.test(next.content) ||
      BYLINE.test(line.content) ||
      BYLINE.test(next.content) ||
      TABLE_ROW.test(line.content) ||
      TABLE_ROW.test(next.content)
    )
      continue;
    ranges.push({ start: line.contentEnd, end: next.contentStart });
  }
  return ranges;
}

import { type LayoutLine, layoutLines } from "./layout-lines.js";
import type { TextRange } from "./offset-map.js";

/**
 * Page furniture in text copied from a PDF: page numbers (`— 2 —`, `-2-`, `第 2 页`, a bare `2`) and the running
 * header or footer printed beside them on every page (the issuer, the title). They are not the document's words and
 * they cut paragraphs in two, so they go before lines are joined.
 */

const PAGE_NUMBER =
  /^(?:[-—–―─~－]+\s*\d{1,3}\s*[-—–―─~－]+|[·•]\s*\d{1,3}\s*[·•]|第\s*\d{1,3}\s*页(?:\s*[,、]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/u;
const BARE_NUMBER = /^\d{1,3}$/;
/**
 * How many page breaks a line must be printed beside to count as a running header or footer: three, or both of a
 * three-page document's two.
 */
const REPEATS = 3;
/** The most cells a row of a task table has: row numbers this many lines apart or fewer are no pages. */
const ROW_CELLS = 10;
/** Lines read before and after a page number, blank lines not counted, for a running header or footer. */
const REACH = 2;

/** Ranges of `text` to remove: page marks, running headers and footers, and the blank lines around them. */
export function pageMarkRanges(text: string): TextRange[] {
  const lines = layoutLines(text);
  const filled = lines.map((_, i) => i).filter((i) => lines[i]!.content !== "");
  const bare = filled.filter((i) => BARE_NUMBER.test(lines[i]!.content));
  // A bare number is a page number only in a rising sequence of them: a lone `2` may be a table's cell.
  const numbers = bare.map((i) => Number(lines[i]!.content));
  // …and not a table's row numbers, copied one cell a line: those stand a few lines apart (page marks
  // between them not counted), more for a row whose cell wraps or whose units take a line each; a
  // page holds more lines than a row has cells.
  const words = filled.filter((i) => !PAGE_NUMBER.test(lines[i]!.content));
  const gaps = bare.slice(1).map((i, k) => words.indexOf(i) - words.indexOf(bare[k]!));
  const rowNumbers = bare.length >= 3 && gaps.filter((g) => g <= ROW_CELLS).length * 3 >= gaps.length * 2;
  const bareArePages = bare.length >= 2 && numbers.every((n, k) => k === 0 || n > numbers[k - 1]!) && !rowNumbers;
  const marks = filled.filter(
    (i) => PAGE_NUMBER.test(lines[i]!.content) || (bareArePages && BARE_NUMBER.test(lines[i]!.content)),
  );
  if (marks.length === 0) return [];
  const removed = new Set(marks);
  for (const i of runningLines(lines, filled, marks)) removed.add(i);
  return blankSurroundings(lines, removed);
}

/** Lines whose text is printed beside at least `REPEATS` page numbers. */
function runningLines(lines: LayoutLine[], filled: number[], marks: number[]): number[] {
  const beside = new Map<string, Set<number>>();
  const markSet = new Set(marks);
  for (const mark of marks) {
    const k = filled.indexOf(mark);
    for (const i of filled.slice(Math.max(0, k - REACH), k + REACH + 1)) {
      const content = lines[i]!.content;
      if (markSet.has(i) || content.length > 40) continue;
      if (!beside.has(content)) beside.set(content, new Set());
      beside.get(content)!.add(i);
    }
  }
  return [...beside.values()]
    .filter((at) => at.size >= Math.min(REPEATS, Math.max(2, marks.length)))
    .flatMap((at) => [...at]);
}

/** Each run of removed and blank lines holding a removed line, as one range: the lines around it then meet. */
function blankSurroundings(lines: LayoutLine[], removed: Set<number>): TextRange[] {
  const ranges: TextRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!removed.has(i)) continue;
    let first = i;
    while (first > 0 && lines[first - 1]!.content === "" && !removed.has(first - 1)) first--;
    let last = i;
    while (last + 1 < lines.length && (removed.has(last + 1) || lines[last + 1]!.content === "")) last++;
    ranges.push({ start: lines[first]!.start, end: lines[last]!.next });
    i = last;
  }
  return ranges;
}

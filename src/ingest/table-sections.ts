// Section rows of a task table: a 责任分工表 often groups its numbered rows under rows of one cell,
// `一、夯实数字底座`, that name the action the rows below carry out. Such a line sits between rows, so
// read as prose it would end the table (and as a `一、` line start a section of the document).
import { chineseNumeral, type Span, spanOf } from "./span.js";
import type { Item } from "./structure-types.js";

/** `一、heading` alone on a line: short, no sentence stop, no cell separator. */
const SECTION_ROW = /^([一二三四五六七八九十]+)\s*、\s*([^。,;:|\t]{2,30}?)\s*$/;

/**
 * The action a section row of a table names, or null when `line` is not one: a short `一、…` line
 * followed (blank lines skipped) by a row of the table, that is a line the table's separator splits
 * into as many cells as a task row needs.
 */
export function sectionRow(
  text: string,
  line: Span,
  after: Span[],
  sep: RegExp,
  cols: { task: number; lead: number },
): Item | null {
  // A pipe table sets it as a row of one filled cell (`| 二、智慧养殖 | | | |`).
  const lead = /^[|\s]*/.exec(line.text)![0].length;
  const own = line.text.slice(lead).replace(/[|\s]+$/, "");
  const m = SECTION_ROW.exec(own);
  if (!m) return null;
  const next = after.find((l) => l.text.trim() !== "");
  if (!next) return null;
  const cells = next.text
    .trim()
    .split(new RegExp(sep.source))
    .filter((c, i, all) => c.trim() !== "" || (i > 0 && i < all.length - 1));
  if (cells.length <= Math.max(cols.task, cols.lead)) return null;
  const at = line.start + lead + own.indexOf(m[2]!, m[1]!.length);
  const title = spanOf(text, at, at + m[2]!.length);
  return { ordinal: chineseNumeral(m[1]!), full: line, title, body: null };
}

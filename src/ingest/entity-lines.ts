import { NUMBERED_ITEM } from "./layout-lines.js";
import { type MappedText, removeRanges, type TextRange, unmapped } from "./offset-map.js";

/** A line break with the spaces around it. */
const BREAK = /[ \t\u3000]*\n[ \t\u3000]*/g;

/**
 * The text as the name finder reads it. A copy of a PDF whose lines the layout step could not join
 * (lines of uneven width, a page that kept the PDF's breaks) cuts names at the line's end
 * (`国家数据标注质量` / `检测中心`); a break inside a sentence is removed here, with the spaces around it,
 * so such a name is found whole and its evidence, mapped back, spans the break. A break stays where a
 * line ends a sentence or clause, where it is short (a title, a heading, a signature), where it is a
 * numbered heading or the next line starts one, before a blank line, and in a table row (cells apart
 * by runs of spaces), whose next line holds other cells' words, and before a line that only names a body
 * (a table copied one cell a line).
 */
export function namesText(text: string): MappedText {
  const ranges: TextRange[] = [];
  for (const m of text.matchAll(BREAK)) {
    const end = m.index + m[0].length;
    const line = text.slice(text.lastIndexOf("\n", m.index - 1) + 1, m.index).trim();
    const next = text.slice(end, (text.indexOf("\n", end) + 1 || text.length + 1) - 1);
    if (!/\p{Script=Han}$/u.test(line) || !/^\p{Script=Han}/u.test(next)) continue;
    if (line.length < 16 || /\S[ \t\u3000]{2,}\S/.test(line) || NUMBERED_ITEM.test(next)) continue;
    // A table copied one cell a line: the next line names a body alone (`经开区消防救援大队`).
    if (next.length <= 16 && /(?:局|委|厅|办|室|队|署|中心|政府|办事处|管委会)$/.test(next.trim())) continue;
    if (NUMBERED_ITEM.test(line) && !/[。;；,，]/.test(line)) continue;
    ranges.push({ start: m.index, end });
  }
  return removeRanges(unmapped(text), ranges);
}

// A task table copied from a page one cell a line (`序号 |` / `任务 |` / `牵头单位 |` …, then each row's
// cells in turn): the header is a run of short labels, one a line, and the rows follow cell by cell.
// When the header's lines end with `|`, a cell runs over lines to the line that closes it with `|`
// (its words wrapped); without marks, every line is a cell and each row must open with its 序号.
import { chineseNumeral, type Span, spanOf, trimSpan } from "./span.js";

/** A row as read off the lines: its first line, its whole span and its cells. */
export interface VerticalRow {
  line: Span;
  row: Span;
  cells: Span[];
}

export interface VerticalTable {
  labels: string[];
  rows: VerticalRow[];
  /** Every line the table covers after the header's first: none of them is an item of the document. */
  covered: Span[];
  /** Index of the table's last line in `lines`. */
  last: number;
}

/** A header label alone on its line: a few words, no sentence marks. */
const LABEL = /^[\p{Script=Han}A-Za-z()（）/]{2,8}$/u;
/** A line that opens a section or an item of the text: the table has ended. */
const OPENS_PART =
  /^\s*(?:[一二三四五六七八九十]+\s*、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章条])/;
const SEQ = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})$/;

/**
 * The table whose header opens at `lines[i]`, read one cell a line, or null when none does. `isHeader`
 * says whether labels name a task table's columns; `seqColumn` gives the 序号 column's index (-1 if none).
 */
export function verticalTable(
  text: string,
  lines: Span[],
  i: number,
  isHeader: (labels: string[]) => boolean,
  seqColumn: (labels: string[]) => number,
): VerticalTable | null {
  const header: Span[] = [];
  let j = i;
  for (; j < lines.length && header.length < 10; j++) {
    const label = lines[j]!.text.trim().replace(/\s*\|$/, "");
    if (!LABEL.test(label)) break;
    header.push(lines[j]!);
  }
  const labels = header.map((l) => l.text.trim().replace(/\s*\|$/, ""));
  if (header.length < 3 || !isHeader(labels)) return null;
  const piped = header.every((l) => /\|\s*$/.test(l.text));
  const seq = seqColumn(labels);
  if (!piped && seq !== 0) return null;
  const rows: VerticalRow[] = [];
  const covered: Span[] = header.slice(1);
  let cells: Span[] = [];
  let cellStart = -1;
  let cellLines: Span[] = [];
  let last = i + header.length - 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.text.trim() === "") continue;
    const atRowStart = cells.length === 0 && cellStart === -1;
    if (atRowStart && OPENS_PART.test(line.text)) break;
    if (cellStart === -1) cellStart = line.start;
    cellLines.push(line);
    const closes = /\|\s*$/.test(line.text);
    if (piped && !closes) {
      if (cellLines.length > 8) break;
      continue;
    }
    const end = closes ? line.start + line.text.lastIndexOf("|") : line.end;
    const cell = trimSpan(text, spanOf(text, cellStart, end));
    // A row opens with its number: a line in its place that is no number ends the table.
    if (cells.length === seq && !SEQ.test(cell.text)) break;
    if (cells.length === seq && !piped && numberOf(cell.text) !== rows.length + 1) break;
    cells.push(cell);
    covered.push(...cellLines);
    cellStart = -1;
    cellLines = [];
    if (cells.length === labels.length) {
      const first = cells[0]!;
      rows.push({
        line: lines.find((l) => l.start <= first.start && first.start <= l.end) ?? line,
        row: spanOf(text, first.start, cells.at(-1)!.end),
        cells,
      });
      cells = [];
      last = j;
    }
  }
  if (rows.length === 0) return null;
  const rowLines = new Set(rows.map((r) => r.line.start));
  return {
    labels,
    rows,
    covered: covered.filter((l) => l.start <= lines[last]!.start && !rowLines.has(l.start)),
    last,
  };
}

function numberOf(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : chineseNumeral(s);
}

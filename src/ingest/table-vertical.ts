// A task table copied from a page one cell a line (`序号 |` / `任务 |` / `牵头单位 |` …, then each row's
// cells in turn): the header is a run of short labels, one a line, and the rows follow cell by cell.
// When the header's lines end with `|`, a cell runs over lines to the line that closes it with `|`
// (its words wrapped); without marks, every line is a cell and each row must open with its 序号.
import { chineseNumeral, type Span, spanOf, trimSpan } from "./span.js";
import type { Wrap } from "./table-wraps.js";

/** A row as read off the lines: its first line, its whole span and its cells. */
export interface VerticalRow {
  line: Span;
  row: Span;
  cells: Span[];
  /** Lines more of a cell than its own (a row's second unit, `市数据局`, a line under `市卫生健康委`). */
  wraps: Wrap[];
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
/** A last column of deadlines (`完成时限`, `完成时间`). */
const DEADLINE_LABEL = /时限|时间|期限|进度/;
/** A deadline's cell (`2026年12月`, `2025年底前`, `长期坚持`, `持续推进`). */
const DATE_CELL = /^(?:\d{4}\s*年|\d{4}[.\-/]\d|全年|每年|每季度|每月|长期|持续|常态|年内|年底|逐年)/;

/**
 * The table whose header opens at `lines[i]`, read one cell a line, or null when none does. `isHeader`
 * says whether labels name a task table's columns; `seqColumn` gives the 序号 column's index (-1 if none),
 * `groupColumn` that of a column grouping the rows (`类别`, -1 if none).
 */
export function verticalTable(
  text: string,
  lines: Span[],
  i: number,
  isHeader: (labels: string[]) => boolean,
  seqColumn: (labels: string[]) => number,
  groupColumn: (labels: string[]) => number = () => -1,
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
  const dated = DEADLINE_LABEL.test(labels.at(-1)!) && labels.length >= 3;
  const group = groupColumn(labels);
  const rows: VerticalRow[] = [];
  const covered: Span[] = header.slice(1);
  let cells: Span[] = [];
  let wraps: Wrap[] = [];
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
    // A group's cell merged over its rows (`类别`) stands on the group's first row only: the others reach
    // their date a cell early, and have none.
    if (dated && !piped && group >= 0 && cells.length === labels.length - 1 && DATE_CELL.test(cell.text)) {
      cells.splice(group, 0, spanOf(text, cells[group]!.start, cells[group]!.start));
    }
    // With a deadline last (`完成时限`), a row's units may take a line each (`市卫生健康委` / `市数据局`): the row
    // ends at its date, the lines before it one cell.
    if (dated && !piped && cells.length >= labels.length && !DATE_CELL.test(cell.text)) {
      if (dateAhead(lines, j, rows.length + 2)) continue;
    } else if (dated && !piped && cells.length > labels.length) {
      // The lines between the row's cells and its date are more of the column before the date.
      wraps = cells.slice(labels.length - 1, -1).map((span) => ({ col: labels.length - 2, span }));
      cells = [...cells.slice(0, labels.length - 1), cell];
    }
    if (cells.length === labels.length) {
      const first = cells[0]!;
      rows.push({
        line: lines.find((l) => l.start <= first.start && first.start <= l.end) ?? line,
        row: spanOf(text, first.start, cells.at(-1)!.end),
        cells,
        wraps,
      });
      cells = [];
      wraps = [];
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

/**
 * Whether a deadline's cell comes within the next few lines after `lines[j]`, before the row numbered
 * `next` opens: the cells read so far are then not yet the row's last.
 */
function dateAhead(lines: Span[], j: number, next: number): boolean {
  const ahead = lines
    .slice(j + 1)
    .filter((l) => l.text.trim() !== "")
    .slice(0, 3);
  for (const l of ahead) {
    const words = l.text.trim();
    if (SEQ.test(words) && numberOf(words) === next) return false;
    if (DATE_CELL.test(words)) return true;
  }
  return false;
}

function numberOf(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : chineseNumeral(s);
}

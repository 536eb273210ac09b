// Tables of tasks and responsible units (`序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限`), as a page
// or a converted file leaves them: one row a line, cells apart by `|`, tabs or runs of spaces. Each
// row is a task whose responsibility comes from its 牵头单位 (LEAD) and 配合单位 (PARTICIPANT) cells.
import type { ResponsibilityClause } from "./responsibility-forms.js";
import { type Span, spanOf, trimSpan } from "./span.js";
import type { Item } from "./structure.js";
import { clauseOf, type UnitGroup } from "./unit-labels.js";
import { sectionRow } from "./table-sections.js";

/** One row of a task table: the task (heading up to its first 。) and the units of its row. */
export interface TaskRow {
  line: Span;
  item: Item;
  clause: ResponsibilityClause | null;
  /** The section row (`一、夯实数字底座`) the row falls under inside its table, or null. */
  group: Item | null;
}

export interface Table {
  header: Span;
  rows: TaskRow[];
  /** Lines of section rows inside the table: parts of the table, never sections of the document. */
  groupLines: Span[];
}

const TASK_HEAD = /任务|事项|内容|措施|工作/;
const LEAD_HEAD = /牵头|主责/;
/** A 责任单位 column, or a table ordered by unit (`单位名称 | 重点工作任务`): the unit of each row leads. */
const LIST_HEAD = /责任单位|责任部门|责任主体|^(?:单位|部门)(?:名称)?$/;
const PART_HEAD = /配合|参与|协同|协助/;
const SEQ_HEAD = /序号|编号/;
/** A line that ends a table: a section heading or a paragraph of prose. */
const PROSE = /^\s*(?:[一二三四五六七八九十]+\s*、|第[一二三四五六七八九十]+章)|。.{10,}/;

/** Every task table of the text with its rows. */
export function findTables(text: string, lines: Span[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const headerLine = lines[i]!;
    const header = trimSpan(text, headerLine);
    const sep = separatorOf(header.text);
    if (!sep) continue;
    const cols = columns(cellsOf(text, header, sep).map((c) => c.text));
    if (!cols) continue;
    const found: { line: Span; row: Span; cells: Span[]; wrapped: Span | null; group: Item | null }[] = [];
    const groupLines: Span[] = [];
    let group: Item | null = null;
    for (i++; i < lines.length; i++) {
      const line = trimSpan(text, lines[i]!);
      if (line.text === "" || /^[\s|:\-—]+$/.test(line.text)) continue;
      const heading = sectionRow(text, line, lines.slice(i + 1), sep, cols);
      if (heading) { group = heading; groupLines.push(lines[i]!); continue; }
      const cells = separatorOf(line.text) === null ? [] : cellsOf(text, line, sep);
      if (columns(cells.map((c) => c.text))) { i--; break; }
      const last = found.at(-1);
      const merged = last ? continuation(cells, last.cells, cols) : null;
      if (merged) found.push({ line: lines[i]!, row: line, cells: merged, wrapped: null, group });
      else if (cells.length > Math.max(cols.task, cols.lead)) found.push({ line: lines[i]!, row: line, cells, wrapped: null, group });
      else if (PROSE.test(line.text)) { i--; break; }
      // A line of one cell indented to the task column continues the row above (a cell wrapped in the page).
      else if (last && cells.length <= 1 && line.start - lines[i]!.start >= last.cells[cols.task]!.start - last.line.start) last.wrapped = line;
    }
    const rows = found.flatMap((f, n) => rowOf(text, f.line, f.row, f.cells, cols, n + 1, f.wrapped, f.group) ?? []);
    if (rows.length > 0) tables.push({ header: headerLine, rows, groupLines });
  }
  return tables;
}

/**
 * A row of a table whose leading cells span several rows (`1 | 市科技局 | 任务甲 |` then `任务乙 | ||`):
 * a page drops the spanned cells from the later rows, so the row's filled cells are its last
 * columns and the ones before come from the row above (its 序号 left out: the row has its own
 * place). Null when the row is not one: all its columns filled, opening with a number, or in a
 * table without a leading 序号 column.
 */
function continuation(cells: Span[], above: Span[], cols: Columns): Span[] | null {
  const filled = cells.filter((c) => c.text !== "");
  // Only a numbered table tells a spanned row from one with empty cells: its rows open with their 序号.
  if (cols.seq !== 0 || cells.length < 2 || filled.length === 0 || filled.length >= above.length || /^\d+$/.test(filled[0]!.text)) return null;
  const inherited = above.slice(0, above.length - filled.length);
  if (cols.task < inherited.length) return null;
  return [...inherited.map((c, i) => (i === cols.seq ? { ...c, text: "" } : c)), ...filled];
}

interface Columns { seq: number; task: number; lead: number; part: number; list: boolean }

/** Column indices of a header row, or null when the row is not one (no task or no unit column). */
function columns(cells: string[]): Columns | null {
  if (cells.length < 3) return null;
  const find = (p: RegExp, not: number[] = []) => cells.findIndex((c, i) => c.length <= 12 && p.test(c) && !not.includes(i));
  const leadByName = find(LEAD_HEAD);
  const lead = leadByName !== -1 ? leadByName : find(LIST_HEAD);
  if (lead === -1) return null;
  const part = find(PART_HEAD, [lead]) !== -1 ? find(PART_HEAD, [lead]) : leadByName !== -1 ? find(LIST_HEAD, [lead]) : -1;
  const seq = find(SEQ_HEAD);
  const task = find(TASK_HEAD, [lead, part, seq]);
  return task === -1 ? null : { seq, task, lead, part, list: leadByName === -1 && part === -1 };
}

function separatorOf(line: string): RegExp | null {
  if ((line.match(/\|/g) ?? []).length >= 2) return /\s*\|\s*/g;
  if (/\t/.test(line)) return /[ \u3000]*\t[\s]*/g;
  if (/\S(?: {2,}|\u3000+)\S/.test(line)) return /(?: {2,}|\u3000)[ \u3000]*/g;
  return null;
}

/** The cells of a trimmed row with their spans (the empty cells outside a `| a | b |` row dropped). */
function cellsOf(text: string, row: Span, sep: RegExp): Span[] {
  const cells: Span[] = [];
  let at = row.start;
  for (const m of row.text.matchAll(sep)) {
    cells.push(trimSpan(text, spanOf(text, at, row.start + m.index!)));
    at = row.start + m.index! + m[0].length;
  }
  cells.push(trimSpan(text, spanOf(text, at, row.end)));
  if (cells[0]?.text === "") cells.shift();
  if (cells.at(-1)?.text === "") cells.pop();
  return cells;
}

function rowOf(text: string, line: Span, row: Span, cells: Span[], cols: Columns, count: number, wrapped: Span | null, group: Item | null): TaskRow | null {
  const task = cells[cols.task];
  if (!task || task.text === "") return null;
  const seq = cols.seq === -1 ? NaN : Number(cells[cols.seq]?.text);
  const stop = task.text.indexOf("。");
  const title = stop === -1 ? task : spanOf(text, task.start, task.start + stop);
  // The body is the task cell after its heading, through a wrapped line (the row's other cells between).
  const bodyEnd = wrapped ? wrapped.end : task.end;
  const rest = stop === -1 && !wrapped ? null : trimSpan(text, spanOf(text, stop === -1 ? task.end : task.start + stop + 1, bodyEnd));
  row = wrapped ? spanOf(text, row.start, wrapped.end) : row;
  const item: Item = { ordinal: Number.isInteger(seq) && seq > 0 ? seq : count, full: row, title, body: rest && rest.text !== "" ? rest : null };
  const unitCells = [cols.lead, cols.part].filter((c) => c !== -1 && cells[c] && cells[c]!.text !== "");
  const groups: UnitGroup[] = unitCells.map((c) => ({ span: cells[c]!, role: cols.list ? "LIST" : c === cols.lead ? "LEAD" : "PARTICIPANT" }));
  const whole = groups.length === 0 ? null : spanOf(text, Math.min(...groups.map((g) => g.span.start)), Math.max(...groups.map((g) => g.span.end)));
  return { line, item, clause: whole ? clauseOf(text, whole, groups) : null, group };
}

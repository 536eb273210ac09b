// Lines of a task table that are no row of their own but carry on the row above: a cell whose words
// wrap onto the next line (a converted PDF or Word table), a `|  | 续文 |  |  |` row a page adds for a
// long cell, or a row whose leading cells span several rows and so are left out.
import { printedWidth } from "./layout-lines.js";
import type { Span } from "./span.js";

/** Column indices of a table's header (-1 when the table has no such column). */
export interface Columns {
  seq: number;
  task: number;
  lead: number;
  part: number;
  due: number;
  list: boolean;
  /** A column naming the action a row belongs to (`重点行动`), written in the first row of each action; -1 if none. */
  group?: number;
  /** The task column and any other that states what is to be done (`工作目标`, `具体措施`): where goals are written. */
  goals: number[];
  /** Beside a column that names each task (`项目名称`), the one that says what it is (`建设内容`): the row's body. */
  content?: number;
}

/** How a table's cells are apart: `|`, tabs, or runs of spaces (then a cell's place is its printed column). */
export type Separator = { kind: "pipe" | "tab" | "space"; re: RegExp };

/** Words of a row above that carry on in `col`. */
export interface Wrap {
  col: number;
  span: Span;
}

/**
 * A row of a table whose leading cells span several rows (`1 | 市科技局 | 任务甲 |` then `任务乙 | ||`):
 * a page drops the spanned cells from the later rows, so the row's filled cells are its last
 * columns and the ones before come from the row above (its 序号 left out: the row has its own
 * place). Null when the row is not one: all its columns filled, opening with a number, or in a
 * table without a leading 序号 column.
 */
export function spannedRow(cells: Span[], above: Span[], cols: Columns): Span[] | null {
  const filled = cells.filter((c) => c.text !== "");
  // Only a numbered table tells a spanned row from one with empty cells: its rows open with their 序号.
  if (
    cols.seq !== 0 ||
    cells.length < 2 ||
    filled.length === 0 ||
    filled.length >= above.length ||
    /^\d+$/.test(filled[0]!.text)
  )
    return null;
  const inherited = above.slice(0, above.length - filled.length);
  if (cols.task < inherited.length) return null;
  return [...inherited.map((c, i) => (i === cols.seq ? { ...c, text: "" } : c)), ...filled];
}

/**
 * The words a line carries on from the row above, each with its column, or null when the line is not
 * such a continuation. A row of its own has its 序号 or a lead unit; a continuation has neither. Cells
 * apart by `|` keep their place (a row short of cells with one filled cell continues the task); a line
 * of a tab table continues the task when set in to its column; cells apart by spaces take the column
 * printed where they start (see {@link spaceWrap}).
 */
export function wrapOf(
  text: string,
  line: Span,
  cells: Span[],
  sep: Separator,
  header: Printed,
  above: Printed,
  cols: Columns,
): Wrap[] | null {
  const filled = cells.map((span, col) => ({ col, span })).filter((c) => c.span.text !== "");
  if (filled.length === 0) return null;
  if (sep.kind === "space")
    return spaceWrap(
      text,
      line,
      filled.map((c) => c.span),
      header,
      above,
      cols,
    );
  // A tab table's line set in by tabs keeps each word in the column its tabs put it in: `\t\t\t厅` carries
  // on the 配合单位 cell, `\t送\t\t局` the task's and the 配合单位's. It has neither 序号 nor lead.
  if (sep.kind === "tab" && /^[ \u3000]*\t/.test(text.slice(line.start, line.end))) {
    const placed = filled.map((c) => ({
      col: (text.slice(line.start, c.span.start).match(/\t/g) ?? []).length,
      span: c.span,
    }));
    if (placed.some((c) => c.col === cols.seq || c.col === cols.lead)) return null;
    if (placed.some((c) => c.col === cols.task) && cols.task <= cols.seq) return null;
    // A date carried on under 完成时限 (or set in a tab too far) says nothing more.
    const kept = placed.filter((c) => c.col !== cols.due && c.col < header.cells.length);
    return kept.length > 0 ? kept : null;
  }
  if (sep.kind === "tab" && cells.length === 1) {
    // One cell indented (by spaces: a line set in by tabs is read above) as far as the task cell above.
    const lead = text.slice(line.start, cells[0]!.start);
    const reach = above.cells[cols.task] ? above.cells[cols.task]!.start - above.line.start : Infinity;
    return lead.length >= reach && cols.task > cols.seq ? [{ col: cols.task, span: cells[0]! }] : null;
  }
  if (cells.length === header.cells.length) {
    const own = (i: number) => i !== -1 && cells[i]!.text !== "";
    // A row of its own may leave its lead to the row above (a merged cell), never its task and 配合 both.
    if (own(cols.lead) || (own(cols.part) && own(cols.task)) || (own(cols.seq) && /^\d+$/.test(cells[cols.seq]!.text)))
      return null;
    // Words under the 序号 column of a `| 续文 | | |` row belong to the task.
    const kept = filled
      .map((c) => (c.col === cols.seq ? { col: cols.task, span: c.span } : c))
      .filter((c) => c.col !== cols.due);
    return kept.length > 0 ? kept : null;
  }
  return filled.length === 1 && !/^\d+$/.test(filled[0]!.span.text)
    ? [{ col: cols.task, span: filled[0]!.span }]
    : null;
}

/** A body's or person's name alone: a signer under a table, or a unit list carried on. */
const UNIT_NAME = /^\S{2,30}(?:政府|局|委|厅|办|办公室|办公厅|委员会|部|院|署|中心|管委会)$/;

/**
 * Cells apart by spaces: each must start where a column starts, in the header or in the row above (a
 * signer or a date printed under the table does not), the line must reach in to the task column, and a
 * task's words be no wider than its column or the task cell above (a paragraph after the table is). Where
 * a reader squeezed the gaps (a PDF's text, whose columns no longer line up) a line set in under a row
 * carries on its task when it fits so, and any words after them carry on the row's last unit list when a
 * `、` leaves it open; a unit's name alone carries on only such a list (else it is a signer), a date or a
 * number nothing.
 */
function spaceWrap(
  text: string,
  line: Span,
  filled: Span[],
  header: Printed,
  above: Printed,
  cols: Columns,
): Wrap[] | null {
  const task = above.cells[cols.task];
  if (!task) return null;
  const x = (span: Span, from: number) => printedWidth(text.slice(from, span.start));
  const xs = header.cells.map((c) => x(c, header.line.start));
  const column = (xs[cols.task + 1] ?? Infinity) - xs[cols.task]!;
  const fits = (span: Span) => printedWidth(span.text) <= Math.max(printedWidth(task.text), column) + 1;
  const starts = xs.map((v, col) => [v, ...(above.cells[col] ? [x(above.cells[col]!, above.line.start)] : [])]);
  const placed = filled.map((span) => {
    const at = x(span, line.start);
    const gaps = starts.map((s) => Math.min(...s.map((v) => Math.abs(v - at))));
    const col = gaps.indexOf(Math.min(...gaps));
    return { col, span, aligned: gaps[col]! <= 0.5 };
  });
  if (placed.every((c) => c.aligned)) {
    if (
      placed.some(
        (c) => c.col === cols.seq || (c.col === cols.lead && cols.seq === -1) || (c.col === cols.task && !fits(c.span)),
      ) ||
      placed[0]!.col < cols.task
    )
      return null;
    // A date carried on under 完成时限 says nothing more: a wrap carries a task's or a unit's words.
    const kept = placed.filter((c) => c.col !== cols.due).map(({ col, span }) => ({ col, span }));
    return kept.length > 0 ? kept : null;
  }
  const [first, ...rest] = filled;
  if (!/^\s/.test(text.slice(line.start, line.end)) || /^\d+$|^\d{4}年/.test(first!.text)) return null;
  const list = [cols.part, cols.lead].find((c) => c !== -1 && above.cells[c]);
  const open = list !== undefined && /、$/.test(above.cells[list]!.text);
  if (rest.length === 0 && UNIT_NAME.test(first!.text)) return open ? [{ col: list!, span: first! }] : null;
  if (printedWidth(first!.text) > printedWidth(task.text) + 1) return null;
  return [{ col: cols.task, span: first! }, ...(open ? rest.map((span) => ({ col: list!, span })) : [])];
}

/** A line of a table and its cells, for where they are printed. */
export interface Printed {
  line: Span;
  cells: Span[];
}

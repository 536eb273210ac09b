// The rows of a PDF page's ruled tables: a cell's text wraps onto lines of its own, which read as lines of the
// page would cut a row into pieces (`1 建设…示 区工业和信息`, `范区 化局`). Read by the rules, each row is one line.
import { cellAt, type Grid } from "./pdf-grid.js";
import { joinWrapped, linesOf, type PageLine, type Placed } from "./pdf-lines.js";

/**
 * The runs of a page in `grids` read as table rows, and the runs outside them (`rest`, read as lines). A run
 * belongs to the cell its first character is in; a cell's lines are joined as one wrapped text (Chinese solid),
 * and a row's cells are joined by tabs, as the HTML and Word readers give a table's rows. A row cut by a page
 * break gives a row on each page, marked open where no rule closes it (`pdf-reflow.ts` joins the two).
 */
export function tableRows(grids: readonly Grid[], placed: readonly Placed[]): { rows: PageLine[]; rest: Placed[] } {
  const rest: Placed[] = [];
  const cells = new Map<Grid, Map<number, Map<number, Placed[]>>>();
  for (const run of placed) {
    const [x, y] = [run.x + Math.min(run.end - run.x, run.size) / 2, run.y - 0.35 * run.size];
    const grid = grids.find((g) => cellAt(g, x, y) !== null);
    if (!grid || run.text.trim() === "") {
      if (!grid) rest.push(run);
      continue;
    }
    const { row, column } = cellAt(grid, x, y)!;
    const rows = cells.get(grid) ?? cells.set(grid, new Map()).get(grid)!;
    const columns = rows.get(row) ?? rows.set(row, new Map()).get(row)!;
    columns.set(column, [...(columns.get(column) ?? []), run]);
  }
  const lines: PageLine[] = [];
  for (const [grid, rows] of cells) {
    for (const [row, columns] of rows) {
      const texts = grid.borders[row]!.slice(1).map((_, column) =>
        linesOf(columns.get(column) ?? []).reduce((text, line) => joinWrapped(text, line.text), ""),
      );
      const runs = [...columns.values()].flat();
      const top = runs.reduce((p, q) => (q.y < p.y ? q : p));
      const open = { openAbove: !grid.lines[row]!.drawn, openBelow: !grid.lines[row + 1]!.drawn };
      lines.push({
        text: rowText(texts),
        x: grid.left,
        end: grid.right,
        y: top.y,
        size: top.size,
        row: { cells: texts, ...open },
      });
    }
  }
  return { rows: lines, rest };
}

/** A row's text: its cells apart by tabs, without the empty cells at its end. */
export function rowText(cells: readonly string[]): string {
  return cells.join("\t").replace(/\t+$/, "");
}

/**
 * The row `above` (the last line of a page) and `below` (the first of the next) make when a page break cuts one
 * row in two: both open at the break, with as many cells, each cell's text running on; null for two rows.
 */
export function continuedRow(above: PageLine, below: PageLine): PageLine | null {
  if (!above.row?.openBelow || !below.row?.openAbove || above.row.cells.length !== below.row.cells.length) return null;
  const cells = above.row.cells.map((cell, k) => joinWrapped(cell, below.row!.cells[k]!));
  return { ...below, text: rowText(cells), row: { ...below.row, cells } };
}

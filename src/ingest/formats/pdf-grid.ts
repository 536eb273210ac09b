// Ruled tables on a PDF page: the grids its horizontal and vertical rules make, and the cell a point of text is in.
import type { Rule } from "./pdf-rules.js";

/**
 * A ruled table: the y of each of its horizontal rules top to bottom (`lines`, with the spans each covers; not
 * `drawn` where the vertical rules end without one, at a page break), and for each band between two of them (a
 * row) the x of the cell borders that cross it, left to right.
 */
export interface Grid {
  left: number;
  right: number;
  lines: { y: number; spans: [number, number][]; drawn: boolean }[];
  borders: number[][];
}

/** A rule's end touches another rule when it comes this close (in points). */
const TOUCH = 2;
/** More rules than a page of tables draws (borders merged): a chart or a map, whose lines are no cells. */
const MOST_RULES = 2000;

/**
 * The tables `rules` draw: each set of horizontal and vertical rules that cross or touch one another, with a band
 * between two horizontal rules (or a rule and the ends of the vertical ones, where a page break cuts the table)
 * that vertical rules part into two cells or more. A box drawn round a paragraph (one cell) or a rule under a
 * heading is no table, nor are the lines of a drawing (a page of thousands of rules).
 */
export function ruledGrids(rules: readonly Rule[]): Grid[] {
  if (rules.length > MOST_RULES) return [];
  const groups = connected(rules);
  return groups.flatMap((group) => {
    const across = group.filter((r) => r.horizontal);
    const down = group.filter((r) => !r.horizontal);
    if (across.length === 0 || down.length === 0) return [];
    const left = Math.min(...across.map((r) => r.from), ...down.map((r) => r.at));
    const right = Math.max(...across.map((r) => r.to), ...down.map((r) => r.at));
    const lines: Grid["lines"] = [];
    for (const rule of [...across].sort((p, q) => p.at - q.at)) {
      const last = lines.at(-1);
      if (last && rule.at - last.y <= TOUCH) last.spans.push([rule.from, rule.to]);
      else lines.push({ y: rule.at, spans: [[rule.from, rule.to]], drawn: true });
    }
    // A table cut by a page break: its borders run on past its last (first) rule to the page's foot (head).
    const [top, bottom] = [Math.min(...down.map((r) => r.from)), Math.max(...down.map((r) => r.to))];
    if (top < lines[0]!.y - TOUCH) lines.unshift({ y: top, spans: [[left, right]], drawn: false });
    if (bottom > lines.at(-1)!.y + TOUCH) lines.push({ y: bottom, spans: [[left, right]], drawn: false });
    const borders = lines.slice(1).map((line, k) => {
      const middle = (lines[k]!.y + line.y) / 2;
      const xs = [left, ...down.filter((r) => r.from <= middle && r.to >= middle).map((r) => r.at), right].sort(
        (p, q) => p - q,
      );
      return xs.filter((x, i) => i === 0 || x - xs[i - 1]! > TOUCH);
    });
    return borders.some((xs) => xs.length >= 3) ? [{ left, right, lines, borders }] : [];
  });
}

/**
 * The cell of `grid` that holds the point (x, y): its row (the band it starts in: a cell spanning rows, with no rule
 * across it between them, starts in the first) and its column there; null for a point outside the grid.
 */
export function cellAt(grid: Grid, x: number, y: number): { row: number; column: number } | null {
  const { lines, borders } = grid;
  if (x < grid.left || x > grid.right || y < lines[0]!.y || y > lines.at(-1)!.y) return null;
  let row = lines.findIndex((line, k) => k > 0 && y <= line.y) - 1;
  if (row < 0) return null;
  while (row > 0 && !lines[row]!.spans.some(([from, to]) => x >= from - TOUCH && x <= to + TOUCH)) row--;
  const xs = borders[row]!;
  const column = xs.findIndex((border, k) => k > 0 && x <= border) - 1;
  return column < 0 ? null : { row, column };
}

/** `rules` in groups that cross or touch one another (a horizontal and a vertical rule meet when each reaches the other). */
function connected(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  rules.forEach((p, i) => {
    rules.forEach((q, j) => {
      if (j <= i || p.horizontal === q.horizontal) return;
      const [h, v] = p.horizontal ? [p, q] : [q, p];
      if (v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH)
        parent[root(i)] = root(j);
    });
  });
  const groups = new Map<number, Rule[]>();
  rules.forEach((rule, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), rule]));
  return [...groups.values()];
}

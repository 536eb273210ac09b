// One PDF page as lines: its text runs placed on the page, those in ruled tables read row by row, the others line by line.
import { ruledGrids } from "./pdf-grid.js";
import { linesOf, type PageLine, placeRuns, type TextRun } from "./pdf-lines.js";
import type { Rule } from "./pdf-rules.js";
import { tableRows } from "./pdf-table.js";

/**
 * The lines of a page top to bottom, from its text runs and the rules it draws (`pdf-rules.ts`), `viewport` being
 * its viewport transform at scale 1: a ruled table's row is one line (cells apart by tabs), other text is read
 * line by line as printed. Runs not set upright (stamps, side notes) are left out and counted in `rotated`.
 */
export function pageLines(
  runs: readonly TextRun[],
  viewport: number[],
  rules: readonly Rule[] = [],
): { lines: PageLine[]; rotated: number } {
  const { placed, rotated } = placeRuns(runs, viewport);
  const { rows, rest } = tableRows(ruledGrids(rules), placed);
  const lines = [...linesOf(rest), ...rows].sort((p, q) => p.y - q.y);
  return { lines, rotated };
}

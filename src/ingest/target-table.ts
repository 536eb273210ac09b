// A plan's table of indicators (`主要发展指标`, often an 附表): one row per indicator, its unit in
// brackets after its name or in a 单位 column, and one column per year whose value the plan sets (`| 指标 | 2024年(基期) |
// 2025年 | 2027年 | 指标属性 |`). Each value of a year column is a goal due that year; a base year's
// column (基期, 现状, 基数) tells where things stand and sets nothing.
import { type Span, spanOf, trimSpan } from "./span.js";
import type { Comparator } from "./target-quantity.js";
import { cellsOf, separatorOf } from "./structure-table.js";
import type { ParsedTarget } from "./targets.js";

const INDICATOR_HEAD = /^(?:主要|具体|发展|核心)?指标(?:名称)?$/;
const YEAR_HEAD = /^(\d{4})\s*年(?:底|末)?(?:目标(?:值)?)?$/;
/** A value as a table writes it: `30`, `≥90`, `>50`, `≤5`, `50左右`, `100以上`, `约20`. */
const VALUE = /^(≥|>=|>|＞|≤|<=|约)?\s*(\d+(?:\.\d+)?)\s*(左右|以上|以下|以内)?$/;
/** The column of units beside the indicators' names. */
const UNIT_HEAD = /^(?:计量)?单位$/;
/** The unit in brackets after an indicator's name: `人工智能典型应用场景(个)`, `覆盖率(%)`. */
const UNIT = /\s*\(([^()]{1,8})\)\s*$/;

function comparatorOf(sign: string | undefined, suffix: string | undefined): Comparator {
  if (sign === ">" || sign === "＞") return "OVER";
  if (sign === "≥" || sign === ">=" || suffix === "以上") return "AT_LEAST";
  if (sign === "≤" || sign === "<=" || suffix === "以下" || suffix === "以内") return "AT_MOST";
  if (sign === "约" || suffix === "左右") return "APPROXIMATELY";
  return "EXACTLY";
}

/** The cells' words of a line of a table (structure-table.ts reads its cells), or none for a line of prose. */
function cellTexts(text: string, line: Span): string[] {
  const row = trimSpan(text, line);
  const sep = separatorOf(row.text);
  return sep ? cellsOf(text, row, sep).map((c) => c.text) : [];
}

/** Every goal of the indicator tables in `within`, each with its row as the evidence. */
export function indicatorTargets(text: string, within: Span): ParsedTarget[] {
  const out: ParsedTarget[] = [];
  const lines: Span[] = [];
  let at = within.start;
  for (const line of within.text.split("\n")) {
    lines.push(spanOf(text, at, at + line.length));
    at += line.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const head = cellTexts(text, lines[i]!);
    const name = head.findIndex((c) => INDICATOR_HEAD.test(c));
    // …or a column of its own (`单位`, `计量单位`).
    const unitColumn = head.findIndex((c) => UNIT_HEAD.test(c));
    const years = head.flatMap((c, k) => {
      const m = YEAR_HEAD.exec(c);
      return m ? [{ k, year: Number(m[1]) }] : [];
    });
    if (name === -1 || years.length === 0) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const row = lines[j]!;
      if (/^\s*\|?[-\s|:]+$/.test(row.text) && row.text.trim() !== "") continue;
      const cells = cellTexts(text, row);
      if (cells.length < head.length - 1) break;
      const indicator = cells[name] ?? "";
      const unit = UNIT.exec(indicator)?.[1]?.trim() ?? (unitColumn >= 0 ? cells[unitColumn]?.trim() : undefined);
      if (!unit) continue;
      const metric = indicator.replace(UNIT, "").replace(/\s+/g, "");
      for (const { k, year } of years) {
        const v = VALUE.exec((cells[k] ?? "").replace(/\s+/g, ""));
        if (!v) continue;
        out.push({
          clause: trimSpan(text, row),
          metric,
          verb: null,
          value: Number(v[2]),
          unit,
          comparator: comparatorOf(v[1], v[3]),
          deadlineYear: year,
        });
      }
    }
  }
  return out;
}

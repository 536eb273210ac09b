import { type Span, spanOf } from "./span.js";

export type Comparator = "OVER" | "AT_LEAST" | "EXACTLY";

/** A quantified goal: `全市人工智能产业规模超过1200亿元` or `培育10家以上行业领军企业`. */
export interface ParsedTarget {
  /** The clause, as the evidence. */
  clause: Span;
  /** What is measured (`人工智能产业规模`, `行业领军企业`). */
  metric: string;
  /** The verb that comes before the number, if any (`打造`, `培育`). */
  verb: string | null;
  value: number;
  unit: string;
  comparator: Comparator;
  /** Year named by the sentence's `到2022年`. */
  deadlineYear: number;
}

const DEADLINE = /到(\d{4})年(?:底|末)?[,，]?/g;
const QUANTITY = /(超过|达到|突破|不少于|不低于)?(\d+(?:\.\d+)?)(亿元|万元|元|万人|个|家|项|人|所|座|条|公里|千米|EFLOPS|PFLOPS|TFLOPS|%)(以上|左右)?/;
const SCOPE = /^(全市|全省|全国|全区|全县)/;

/**
 * Finds the numeric targets in sentences that open with `到YYYY年`: one per clause that holds a
 * number with a unit. Clauses without a number (`争取创建…`) are not targets here.
 */
export function parseTargets(text: string, within: Span): ParsedTarget[] {
  const out: ParsedTarget[] = [];
  const region = text.slice(within.start, within.end);
  for (const d of region.matchAll(DEADLINE)) {
    const sentenceStart = within.start + d.index! + d[0].length;
    const stop = text.indexOf("。", sentenceStart);
    const sentenceEnd = stop === -1 || stop > within.end ? within.end : stop;
    let clauseStart = sentenceStart;
    for (const clause of text.slice(sentenceStart, sentenceEnd).split(/[,，;；]/)) {
      const span = spanOf(text, clauseStart, clauseStart + clause.length);
      clauseStart += clause.length + 1;
      const t = parseClause(span, Number(d[1]));
      if (t) out.push(t);
    }
  }
  return out;
}

function parseClause(clause: Span, deadlineYear: number): ParsedTarget | null {
  const q = QUANTITY.exec(clause.text);
  if (!q) return null;
  const before = clause.text.slice(0, q.index).replace(SCOPE, "");
  const after = clause.text.slice(q.index + q[0].length);
  // Either the metric comes first and the number closes the clause (`产业规模超过1200亿元`),
  // or a verb comes first and the metric follows the number (`打造8个产业集群`).
  const metricFirst = after.trim() === "";
  const comparator: Comparator = q[1] === "超过" || q[1] === "突破" ? "OVER" : q[4] === "以上" || q[1] === "不少于" || q[1] === "不低于" ? "AT_LEAST" : "EXACTLY";
  return {
    clause,
    metric: metricFirst ? before : after,
    verb: metricFirst ? null : before || null,
    value: Number(q[2]),
    unit: q[3]!,
    comparator,
    deadlineYear,
  };
}

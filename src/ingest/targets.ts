import { type Span, spanOf } from "./span.js";
import { cleanMetric, quantitiesIn, type Quantity, takeVerb } from "./target-quantity.js";

export type { Comparator } from "./target-quantity.js";

/** A quantified goal: `全市人工智能产业规模超过1200亿元` or `培育10家以上行业领军企业`. */
export interface ParsedTarget {
  /** The clause (or its `、` part), as the evidence. */
  clause: Span;
  /** What is measured (`人工智能产业规模`, `行业领军企业`): never holds `、` or a digit. */
  metric: string;
  /** The verb that comes before the number, if any (`打造`, `培育`). */
  verb: string | null;
  value: number;
  unit: string;
  comparator: Quantity["comparator"];
  /** Year of the deadline the sentence names (`到2022年`, `至2025年底`, `2025年前`). */
  deadlineYear: number;
}

/**
 * A deadline as written, spaces allowed around the year: 到2025年, 到 2025 年底, 至2025年末, 2025年前.
 * Not 截至2022年底 or 截止到2022年底 (`as of`: where things stand), nor the 至 of a range (2021至2023年).
 */
const DEADLINE_SOURCE = String.raw`(?:(?:(?<!截止\s*)到|(?<![\d年截]\s*)至)\s*(\d{4})\s*年(?:底|末)?前?|(\d{4})\s*年(?:底|末)?前)`;
const DEADLINE = new RegExp(DEADLINE_SOURCE, "g");
/**
 * A clause that opens with a deadline (after an item number, a `目标:` lead-in or 力争): a goal from
 * there to the end of its sentence wherever it stands. Elsewhere numbers are amounts
 * (`给予最高500万元奖励`), not goals.
 */
const GOAL_OPENING = new RegExp(String.raw`^[\s—\-]*(?:[(]?[一二三四五六七八九十\d]+[)．.、]\s*)?(?:[^,，。:：\n]{0,8}[:：\n])?\s*(?:力争|争取|预计|计划)?\s*${DEADLINE_SOURCE}`);
/** A lead-in that names the year of the goals after it: `2025年工作目标:`, `2026年主要目标:`. */
const YEAR_GOALS = /^\s*(\d{4})\s*年[^,，。:：\n]{0,6}目标\s*$/;
/** A clause about the whole of a work plan's year: `全年新增算力800PFLOPS`, `全年培训3000人次以上`. */
const WHOLE_YEAR = /^\s*全年/;
/** The year a title's single-year work plan is for: `2025年工作要点`, `2025年重点工作`, `2025年度工作计划`. */
export const PLAN_YEAR = /(\d{4})\s*年度?(?:[\u4e00-\u9fff]{0,12}?)(?:工作要点|重点工作|工作计划|工作安排|重点任务)/;
/** A clause that is only a year (`2025年,全州建成…`): in a 目标 section, the year of the goals after it. */
const BARE_YEAR = /^\s*(\d{4})\s*年(?:底|末)?\s*$/;
/**
 * Where a sentence ends: 。!? or a line break that starts a paragraph (an indented, dashed or numbered
 * line). Any other line break is a hard break inside a sentence (`建成行业数据集50个以\n上。`).
 */
const SENTENCE_END = /[。!?！？]|\n(?=[^\S\n]|[—\-·•]|[(]?[一二三四五六七八九十\d]+[)．.、]|\n|$)/;

/**
 * Finds the numeric targets of a region. In a 目标 section (`goalSection`, the default) every
 * sentence is a goal and takes the last deadline named before it (or the first one after it when
 * none came before); elsewhere only the rest of a sentence from a clause that opens with a deadline
 * (`到2025年,…` or `…,力争到2026年…`) or follows a `2025年工作目标:` lead-in is. Each clause gives one
 * target per quantity, and a clause listing several (`领军企业5家、重点企业30家`) one per `、` part.
 * `planYear`, the year of a single-year work plan, makes a `全年…` clause a goal of that year.
 */
export function parseTargets(text: string, within: Span, goalSection = true, planYear?: number): ParsedTarget[] {
  const out: ParsedTarget[] = [];
  const region = text.slice(within.start, within.end);
  const first = new RegExp(DEADLINE_SOURCE).exec(region);
  let year: number | null = first ? Number(first[1] ?? first[2]) : null;
  for (const sentence of pieces(text, within, SENTENCE_END)) {
    let goal = goalSection;
    for (const clause of pieces(text, sentence, /[;；:：]|[,，](?!\d{3}(?!\d))|(?<!\d)[,，]/)) {
      // In one year's work plan (`2025年重点工作`), `全年新增…` is a goal of that year.
      if (planYear !== undefined && WHOLE_YEAR.test(clause.text)) {
        out.push(...clauseTargets(text, clause, planYear));
        continue;
      }
      const lead = YEAR_GOALS.exec(clause.text);
      if (lead) year = Number(lead[1]);
      // Staged goals name each stage's year alone before a comma (`2025年,建成…;到2027年,…`).
      const stage = goal ? BARE_YEAR.exec(clause.text) : null;
      if (stage) year = Number(stage[1]);
      goal ||= lead !== null || GOAL_OPENING.test(clause.text);
      if (!goal) continue;
      const named = [...clause.text.matchAll(DEADLINE)].at(-1);
      if (named) year = Number(named[1] ?? named[2]);
      if (year !== null) out.push(...clauseTargets(text, clause, year));
    }
  }
  return out;
}

/** `span` cut at every match of `separator` (the separators left out), empty pieces dropped. */
function pieces(text: string, span: Span, separator: RegExp): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const flags = separator.flags.includes("g") ? separator.flags : separator.flags + "g";
  for (const m of span.text.matchAll(new RegExp(separator.source, flags))) {
    out.push(spanOf(text, start, span.start + m.index!));
    start = span.start + m.index! + m[0].length;
  }
  out.push(spanOf(text, start, span.end));
  return out.filter((p) => p.text.trim() !== "");
}

/**
 * The targets of one clause. Its `、` parts are grouped so that each group ends with the part
 * holding a quantity (`培育国家级、省级领军企业5家`, `重点企业30家`); parts after the last quantity
 * join the last group. A group gives one target, with the verb of the first group when it has none.
 */
function clauseTargets(text: string, clause: Span, year: number): ParsedTarget[] {
  const masked = clause.text.replace(DEADLINE, (d) => " ".repeat(d.length));
  const parts = pieces(masked, spanOf(masked, 0, masked.length), /、/);
  const groups: { start: number; end: number }[] = [];
  let open = parts[0]?.start ?? 0;
  for (const p of parts) {
    if (quantitiesIn(p.text).length === 0) continue;
    groups.push({ start: open, end: p.end });
    open = p.end + 1;
  }
  if (groups.length > 0 && parts.at(-1)!.end > groups.at(-1)!.end) groups.at(-1)!.end = parts.at(-1)!.end;
  const out: ParsedTarget[] = [];
  let sharedVerb: string | null = null;
  for (const g of groups) {
    const words = masked.slice(g.start, g.end);
    // With two numbers, the one closing the group is the goal (`营业收入超10亿元企业不少于10家`).
    const found = quantitiesIn(words);
    const q = found.find((x) => words.slice(x.index + x.length).trim() === "") ?? found[0]!;
    const before = words.slice(0, q.index);
    const after = words.slice(q.index + q.length);
    // Either the metric comes first and the number closes the clause (`产业规模超过1200亿元`),
    // or a verb comes first and the metric follows the number (`打造8个产业集群`).
    const metricFirst = after.trim() === "";
    const { verb, rest } = metricFirst ? takeVerb(before) : { verb: cleanMetric(before) || null, rest: after };
    sharedVerb ??= verb;
    const lead = /^\s*/.exec(words)![0].length;
    const trail = /\s*$/.exec(words)![0].length;
    out.push({
      clause: spanOf(text, clause.start + g.start + lead, clause.start + g.end - trail),
      metric: cleanMetric(rest),
      verb: verb ?? (out.length > 0 ? sharedVerb : null),
      value: q.value,
      unit: q.unit,
      comparator: q.comparator,
      deadlineYear: year,
    });
  }
  return out;
}

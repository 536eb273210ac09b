// The goals a document sets, section by section, apart from extract-parts.ts so each stays short.
import type { GraphBuilder } from "./graph-builder.js";
import { nodeId } from "../model/graph-model.js";
import type { Owner } from "./extract-parts.js";
import { type Span, spanOf } from "./span.js";
import type { Section } from "./structure-types.js";
import { LEAD_END } from "./structure-title.js";
import { dueYear, rowTargets } from "./target-cells.js";
import { indicatorTargets } from "./target-table.js";
import { type ParsedTarget, parseTargets, type TargetContext } from "./targets.js";

/** The heading of a goals part inside a section of general requirements: `(三)行动目标`, `(二)主要目标`. */
const GOALS_PART = /^\s*(?:主要|发展|总体|总的|行动|工作|具体|建设|预期|近期|阶段性?)?目标(?:要求|任务)?\s*$/;

/**
 * A section's goals: every sentence of a 目标 section, and of a goals part inside another (`一、总体要求`
 * over `(三)行动目标`, whose `——` lines carry the deadline of the paragraph above them); elsewhere only
 * what {@link parseTargets} reads as a goal.
 */
function readSection(text: string, section: Section, context: TargetContext): ParsedTarget[] {
  // A heading line that goes on after its first 。 (`一、夯实基础。一是…全年遴选100所…`) holds the section's words too.
  const stop = section.heading.text.indexOf("。");
  const content = stop >= 0 ? spanOf(text, section.heading.start + stop + 1, section.content.end) : section.content;
  if (/目标/.test(section.heading.text.slice(0, stop >= 0 ? stop : undefined)))
    return parseTargets(text, content, true, context);
  const goals = section.items.filter((i) => GOALS_PART.test(i.title.text)).map((i) => i.full);
  const out: ParsedTarget[] = [];
  let at = content.start;
  for (const part of goals) {
    if (part.start > at) out.push(...parseTargets(text, spanOf(text, at, part.start), false, context));
    out.push(...parseTargets(text, part, true, context));
    at = part.end;
  }
  if (at < content.end) out.push(...parseTargets(text, spanOf(text, at, content.end), false, context));
  return out;
}

/** Where the document starts: after a news page's lead that retells its goals, else at the text's start. */
function documentStart(text: string): number {
  // A news page's lead above the document it reports (`…文件指出,…。文件详情如下:`) retells its goals.
  const m = LEAD_END.exec(text.slice(0, 2000));
  return m ? m.index + m[0].length : 0;
}

/**
 * Per builder, the goals its document's text has set so far (value, unit and year) and where the last
 * section read ended; a builder in it has had the text before its first section read.
 */
const readSoFar = new WeakMap<GraphBuilder, { goals: Set<string>; end: number }>();

/**
 * The numeric targets of a section: SETS from the document, with the clause as evidence. Every
 * sentence of a 目标 section is a goal; elsewhere only a sentence opening with `到YYYY年` (or, in a
 * year's plan, `全年`/`年内`) is, as in the paragraph before the first section of a 工作要点 whose
 * tasks are a table; a task table's rows are read cell by cell (`rowTargets`). A target inside a task
 * or measure leaves that item's mentions to it; numbering runs on across sections.
 */
export function extractTargets(
  b: GraphBuilder,
  text: string,
  section: Section,
  docId: string,
  docKey: string,
  en: Record<string, string>,
  owners: Owner[],
  context: TargetContext = {},
): void {
  const items = [...section.items, ...section.numbered.map((n) => n.item), ...section.rows.map((r) => r.item)];
  // A section looking back (`一、2024年工作回顾`) sets no goals of the plan's year with its 全年/年内, nor any of its term.
  const heading = section.heading.text;
  const back =
    /回顾|总结|完成情况|进展情况/.test(heading) ||
    [...heading.matchAll(/(\d{4})\s*年/g)].some((m) => Number(m[1]) !== context.planYear);
  const own = back ? { ...context, planYear: undefined, horizon: undefined, standards: false } : context;
  const read = { ...own, skip: section.rows.map((r) => r.item.full) };
  let ordinal = 0;
  const seen = readSoFar.get(b);
  // Before the first section, the document's preamble; between sections, the words no section holds: the
  // issued document's own preamble under its title, after the notice's requirements (`…制定本工作要点。全年力争…`).
  const from = seen ? seen.end : documentStart(text);
  const until = heading ? section.heading.start : section.content.start;
  const before =
    until > from ? parseTargets(text, spanOf(text, from, until), false, { ...context, skip: read.skip }) : [];
  const set = seen?.goals ?? new Set<string>();
  readSoFar.set(b, { goals: set, end: Math.max(section.content.end, until) });
  const inRows = section.rows.flatMap((r) => rowTargets(text, r.goals, r.due, own));
  const inProse = [...readSection(text, section, read), ...inRows];
  // An indicator table restates some goals the text sets: those are read once.
  const key = (t: ParsedTarget) => `${t.value}\n${t.unit}\n${t.deadlineYear}`;
  for (const t of [...before, ...inProse]) set.add(key(t));
  const inTable = indicatorTargets(text, section.content).filter((t) => !set.has(key(t)));
  const inSection = [...inProse, ...inTable].sort((x, y) => x.clause.start - y.clause.start);
  for (const target of [...before, ...inSection]) {
    while (b.has(nodeId("Target", `${docKey}/target-${++ordinal}`)));
    const id = nodeId("Target", `${docKey}/target-${ordinal}`);
    b.node(
      id,
      "Target",
      {
        name: target.clause.text,
        nameEn: en[target.metric] ?? null,
        ordinal,
        metric: target.metric,
        metricEn: en[target.metric] ?? null,
        value: target.value,
        unit: target.unit,
        comparator: target.comparator,
        deadlineYear: target.deadlineYear,
        document: docId,
        ord: target.clause.start,
      },
      target.clause,
    );
    b.relate("SETS", docId, id, {}, target.clause);
    if (!items.some((i) => target.clause.start >= i.full.start && target.clause.end <= i.full.end))
      owners.push({ id, label: "Target", span: target.clause });
  }
}

/**
 * The due year of each item of the text that a task table restates by name (a 分工表 in an attachment,
 * `推进家庭养老床位智能化 … 2026年12月`), as a lookup by offset: a goal such an item sets with no year of
 * its own is due when its row says.
 */
export function restatedDue(sections: Section[]): (offset: number) => number | undefined {
  const due = new Map<string, number>();
  for (const row of sections.flatMap((s) => s.rows)) {
    const year = dueYear(row.due);
    if (year !== null) due.set((row.item.name ?? row.item.title.text).replace(/\s+/g, ""), year);
  }
  const items = sections
    .flatMap((s) => [...s.items, ...s.numbered.map((n) => n.item)])
    .map((i) => ({ span: i.full, year: due.get((i.name ?? i.title.text).replace(/\s+/g, "")) }))
    .filter((i): i is { span: Span; year: number } => i.year !== undefined);
  return (offset) => items.find((i) => offset >= i.span.start && offset < i.span.end)?.year;
}

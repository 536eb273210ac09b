// The goals a document sets, section by section, apart from extract-parts.ts so each stays short.
import type { GraphBuilder } from "./graph-builder.js";
import { nodeId } from "../model/graph-model.js";
import type { Owner } from "./extract-parts.js";
import { spanOf } from "./span.js";
import type { Section } from "./structure-types.js";
import { rowTargets } from "./target-cells.js";
import { parseTargets, type TargetContext } from "./targets.js";

/** Builders whose document's text before its first section was already read for targets. */
const beforeSectionsRead = new WeakSet<GraphBuilder>();

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
  // A section looking back (`一、2024年工作回顾`) sets no goals of the plan's year with its 全年/年内.
  const heading = section.heading.text;
  const back =
    /回顾|总结|完成情况|进展情况/.test(heading) ||
    [...heading.matchAll(/(\d{4})\s*年/g)].some((m) => Number(m[1]) !== context.planYear);
  const own = back ? { ...context, planYear: undefined } : context;
  const read = { ...own, skip: section.rows.map((r) => r.item.full) };
  let ordinal = 0;
  const before = beforeSectionsRead.has(b)
    ? []
    : parseTargets(text, spanOf(text, 0, heading ? section.heading.start : section.content.start), false, {
        ...context,
        skip: read.skip,
      });
  beforeSectionsRead.add(b);
  const inRows = section.rows.flatMap((r) => rowTargets(text, r.goals, r.due, own));
  const inSection = [...parseTargets(text, section.content, /目标/.test(section.heading.text), read), ...inRows].sort(
    (x, y) => x.clause.start - y.clause.start,
  );
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

import type { AgencyEntry, Gazetteer } from "./gazetteer.js";
import type { GraphBuilder } from "./graph-builder.js";
import { type NodeLabel, nodeId } from "./model.js";
import { addAgency, unknownAgency } from "./entity-props.js";
import { findResponsibilityClause, parseResponsibleUnits } from "./responsibility.js";
import type { Span } from "./span.js";
import { type Item, type Section } from "./structure.js";
import { parseTargets } from "./targets.js";

/** Where in the document a mention falls: the task, measure or target that names it, or the document itself. */
export interface Owner {
  id: string;
  label: NodeLabel;
  span: Span;
  /** Spans whose mentions are not MENTIONS (a 责任单位 list is RESPONSIBLE instead). */
  exclude?: Span;
}

/** The numeric targets of a 目标 section: SETS from the document, with the clause as evidence. */
export function extractTargets(b: GraphBuilder, text: string, section: Section, docId: string, docKey: string, en: Record<string, string>, owners: Owner[]): void {
  if (!/目标/.test(section.heading.text)) return;
  parseTargets(text, section.content).forEach((target, i) => {
    const id = nodeId("Target", `${docKey}/target-${i + 1}`);
    b.node(id, "Target", {
      name: target.clause.text,
      nameEn: en[target.metric] ?? null,
      ordinal: i + 1,
      metric: target.metric,
      metricEn: en[target.metric] ?? null,
      value: target.value,
      unit: target.unit,
      comparator: target.comparator,
      deadlineYear: target.deadlineYear,
      document: docId,
      ord: target.clause.start,
    }, target.clause);
    b.relate("SETS", docId, id, {}, target.clause);
    owners.push({ id, label: "Target", span: target.clause });
  });
}

/** Heading-only (一) items become actions; numbered items become tasks under the action before them (or the document). */
export function extractActionsAndTasks(b: GraphBuilder, section: Section, docId: string, docKey: string, t: Gazetteer["translations"], owners: Owner[]): void {
  const actionIds = new Map<Item, string>();
  for (const action of section.items.filter((i) => i.body === null)) {
    const id = nodeId("Action", `${docKey}/action-${action.ordinal}`);
    actionIds.set(action, id);
    b.node(id, "Action", { name: action.title.text, nameEn: t.actions[action.ordinal] ?? null, ordinal: action.ordinal, document: docId, ord: action.full.start }, action.title);
    b.relate("HAS_PART", docId, id, { ordinal: action.ordinal }, action.full);
  }
  for (const { item, parent } of section.numbered) {
    const id = nodeId("Task", `${docKey}/task-${String(item.ordinal).padStart(2, "0")}`);
    const en = t.tasks[item.ordinal];
    b.node(id, "Task", {
      name: item.title.text,
      nameEn: en?.title ?? null,
      ordinal: item.ordinal,
      text: item.full.text,
      textEn: en?.text ?? null,
      document: docId,
      ord: item.full.start,
    }, item.full);
    const parentId = (parent && actionIds.get(parent)) ?? docId;
    b.relate("HAS_PART", parentId, id, { ordinal: item.ordinal }, item.title);
    owners.push({ id, label: "Task", span: item.full });
  }
}

/** (一) items with a body, in a section without numbered tasks, become measures with their 责任单位 as RESPONSIBLE. */
export function extractMeasures(
  b: GraphBuilder, text: string, section: Section, docId: string, docKey: string, t: Gazetteer["translations"],
  agencies: (name: string) => AgencyEntry | undefined, owners: Owner[], warnings: string[],
): void {
  const hasTasks = section.numbered.length > 0;
  for (const item of section.items.filter((i) => i.body !== null && !hasTasks)) {
    const id = nodeId("Measure", `${docKey}/measure-${item.ordinal}`);
    const clause = findResponsibilityClause(text, item.full);
    const bodyText = item.body!.text;
    const en = t.measures[item.ordinal];
    b.node(id, "Measure", {
      name: item.title.text,
      nameEn: en?.title ?? null,
      ordinal: item.ordinal,
      text: clause ? bodyText.replace(clause.whole.text, "").trim() : bodyText,
      textEn: en?.text ?? null,
      responsibleText: clause?.list.text ?? null,
      document: docId,
      ord: item.full.start,
    }, item.full);
    b.relate("HAS_PART", docId, id, { ordinal: item.ordinal }, item.title);
    owners.push({ id, label: "Measure", span: item.full, exclude: clause?.whole });
    if (!clause) continue;
    for (const unit of parseResponsibleUnits(text, clause.list, agencies)) {
      const agency = unit.agency ?? unknownAgency(unit.span.text);
      if (!unit.agency) warnings.push(`Responsible unit "${unit.span.text}" of measure ${item.ordinal} is not in the agency gazetteer; added as its own agency.`);
      b.relate("RESPONSIBLE", id, addAgency(b, agency, unit.span), { role: unit.position === 0 ? "LEAD" : "PARTICIPANT", position: unit.position }, unit.span);
    }
  }
}

import type { Gazetteer } from "./gazetteer.js";
import type { GraphBuilder } from "./graph-builder.js";
import { type NodeLabel, nodeId } from "../model/graph-model.js";
import type { ResponsibilityClause } from "./responsibility-types.js";
import { type Span, spanOf } from "./span.js";
import type { Item, Section } from "./structure-types.js";
import { findItemResponsibility } from "./unit-labels.js";
import { headingWords, PART } from "./structure-items.js";
import { NUMBERED_ITEM } from "./layout-lines.js";

/** Where in the document a mention falls: the task, measure or target that names it, or the document itself. */
export interface Owner {
  id: string;
  label: NodeLabel;
  span: Span;
  /** Spans whose mentions are not MENTIONS (a 责任单位 list is RESPONSIBLE instead). */
  exclude?: Span;
}

/** Resolves a unit name of a responsibility clause to an agency node (added to the builder); null when it cannot. */
export type UnitResolver = (unit: Span, listPrefix: string) => string | null;

/** Sections whose (一) items are safeguard measures rather than tasks: a short 保障/措施 heading, not `建立…保障机制`, or `工作要求`. */
const MEASURE_SECTION = /^\S{0,4}(?:保障|措施)(?:[。:：(（]|$)|保障措施|组织实施|组织保障|^\S{0,2}工作要求$/;

/** An item's heading that says how the work is safeguarded rather than what is done. */
const SAFEGUARD_ITEM =
  /^(?:加强|强化|压实|健全|完善|严格|注重|做好|加大)(?:组织领导|组织保障|组织实施|资金保障|要素保障|经费保障|政策保障|工作保障|宣传引导|督查考核|督导考核|考核督导|督导落实|督查督办|统筹协调|工作责任|属地责任|责任落实|考核评估)$/;

/** A heading's words without its number (`(四)`, `四、`). */
const withoutNumber = (words: string): string => words.trimStart().replace(NUMBERED_ITEM, "").trimStart();

/** A section of general requirements (`总体要求`, `指导思想和发展目标`), whose (一) items are its parts. */
const GENERAL_SECTION =
  /^\S{0,2}(?:总体要求|总体思路|总体考虑|总体部署|指导思想|基本原则|发展目标|总体目标|工作目标|总体情况|发展现状|基本情况|发展基础)/;

/**
 * The items of a section. In a section of general requirements, an item that only names a standard
 * part (`(一)指导思想`, `(二)基本原则`, `(三)总体目标`) is no task: its text is read for targets elsewhere. A (一) item with 1. subitems (or a heading alone) is an action and its
 * subitems are tasks; in a 保障措施 section a (一) item is a measure; elsewhere a (一) item with a
 * body is a task itself. Keys are `action-N`, `task-NN`, `measure-N` as long as the numbering is
 * unique in the document, and carry the section (and parent) ordinal when it restarts.
 */
export function extractItems(
  b: GraphBuilder,
  text: string,
  section: Section,
  docId: string,
  docKey: string,
  t: Gazetteer["translations"],
  owners: Owner[],
  units: UnitResolver,
): void {
  const parents = new Set(section.numbered.map((n) => n.parent).filter((p): p is Item => p !== null));
  // A one-paragraph section whose heading is its own item (`七、强化安全保障。落实…`) is one of the list's
  // items like its siblings, whatever its heading says.
  const ownItem = section.items.length === 1 && section.items[0]!.title.start === section.heading.start;
  // A regulation's chapter (`第四章 监督与保障`) holds articles, each a task whatever the chapter is called.
  const articles =
    section.items.length > 0 && section.items.every((i) => /^\s*第[一二三四五六七八九十百零]+条/.test(i.full.text));
  const measures = section.notice === true || (MEASURE_SECTION.test(section.heading.text) && !ownItem && !articles);
  // A part of safeguards among the parts of tasks (`（四）强化工作保障` over `9.健全工作机制`) is no action: its
  // numbered items are measures.
  const safeguards = new Set(
    section.items.filter((i) => parents.has(i) && MEASURE_SECTION.test(withoutNumber(headingWords(i.title.text)))),
  );
  // The items closing a list of tasks that say how the work is safeguarded (`（五）强化组织保障`, `（六）严格督查考核`)
  // are its measures, as a 保障措施 section's are.
  const closing = new Set<Item>();
  for (const item of [...section.items].reverse()) {
    if (parents.has(item) || !SAFEGUARD_ITEM.test(withoutNumber(headingWords(item.title.text)))) break;
    closing.add(item);
  }
  // …and so is a part that is one such item (`四、加强组织保障。…` among `一、…` parts with bodies of their own).
  if (closing.size === section.items.length && !ownItem) closing.clear();
  const actionIds = new Map<Item, string>();
  const general = GENERAL_SECTION.test(headingWords(section.heading.text));
  const sectionAction = partAction(b, text, section, docId, docKey, parents, units);
  // Each numbered task's units are read once, for the closing blocks and for the task.
  const read = new Map<Item, ResponsibilityClause | null>();
  const clauseOf = (item: Item) => {
    if (!read.has(item)) read.set(item, findItemResponsibility(text, item.full));
    return read.get(item)!;
  };
  const closingBlocks = closingUnitBlocks(text, section, clauseOf);
  for (const item of section.items) {
    if (general && PART.test(headingWords(item.title.text))) continue;
    // In a measures section a one-sentence item (`(3)本措施由区科技局负责解释。`) is a measure, not a heading.
    if (safeguards.has(item)) continue;
    if (parents.has(item) || (headingAlone(item) && !measures)) {
      const id = freeId(b, "Action", docKey, [`action-${item.ordinal}`, `action-${section.ordinal}-${item.ordinal}`]);
      actionIds.set(item, id);
      addAction(b, text, item, id, docId, sectionAction, t.actions[item.ordinal] ?? null, units);
    } else if (measures || item.notice || closing.has(item)) {
      extractMeasure(b, text, item, section, docId, docKey, t, owners, units);
    } else {
      addTask(
        b,
        text,
        item,
        docId,
        freeId(b, "Task", docKey, [`task-${pad(item.ordinal)}`, `task-${section.ordinal}-${pad(item.ordinal)}`]),
        docId,
        t,
        owners,
        units,
      );
    }
  }
  for (const { item, parent } of section.numbered) {
    if (parent && safeguards.has(parent)) {
      extractMeasure(b, text, item, section, docId, docKey, t, owners, units);
      continue;
    }
    // A numbered heading over `(1)` tasks of its own is an action of the action above it.
    if (parents.has(item)) {
      const id = freeId(b, "Action", docKey, [`action-${section.ordinal}-${parent?.ordinal ?? 0}-${item.ordinal}`]);
      actionIds.set(item, id);
      addAction(b, text, item, id, docId, (parent && actionIds.get(parent)) ?? null, null, units);
      continue;
    }
    const id = freeId(b, "Task", docKey, [
      `task-${pad(item.ordinal)}`,
      `task-${section.ordinal}-${parent?.ordinal ?? 0}-${pad(item.ordinal)}`,
    ]);
    const actionId = (parent && actionIds.get(parent)) ?? null;
    const closing = parent && actionId ? closingBlocks.get(parent) : undefined;
    if (closing?.last === item) {
      addTask(b, text, item, actionId!, id, docId, t, owners, units, null);
      relateUnits(b, actionId!, closing.clause, units);
      owners.push({ id: actionId!, label: "Action", span: closing.clause.whole, exclude: closing.clause.whole });
    } else addTask(b, text, item, actionId ?? docId, id, docId, t, owners, units, clauseOf(item));
  }
}

/**
 * Per action, the units block closing it (`1.…` `2.…` then `责任单位:…` / `配合单位:…` lines): the
 * action's, not its last task's, when none of its other tasks names units of its own.
 */
function closingUnitBlocks(
  text: string,
  section: Section,
  clauseOf: (item: Item) => ResponsibilityClause | null,
): Map<Item, { last: Item; clause: ResponsibilityClause }> {
  const out = new Map<Item, { last: Item; clause: ResponsibilityClause }>();
  const byParent = new Map<Item, Item[]>();
  for (const { item, parent } of section.numbered)
    if (parent) byParent.set(parent, [...(byParent.get(parent) ?? []), item]);
  for (const [parent, tasks] of byParent) {
    if (tasks.length < 2) continue;
    const clauses = tasks.map(clauseOf);
    const clause = clauses.at(-1);
    if (!clause || clauses.slice(0, -1).some((c) => c !== null)) continue;
    if (!/\n\s*$/.test(text.slice(Math.max(0, clause.whole.start - 4), clause.whole.start))) continue;
    if (!LABELLED_BLOCK.test(clause.whole.text)) continue;
    out.set(parent, { last: tasks.at(-1)!, clause });
  }
  return out;
}

/** A units block of labelled lines (`责任单位:…`, `牵头单位:…`), as an action's close prints it. */
const LABELLED_BLOCK = /^\s*(?:责任|牵头|主责)(?:单位|部门)\s*[:：]/;

/**
 * An action node for a heading item, part of the document and of the action above it, if any. A heading may
 * close with who leads the action (`(一)夯实开源模型基础(省科技厅牵头)`): the words are no part of its name,
 * and the units are the action's (RESPONSIBLE), as a task's parenthesis names the task's.
 */
function addAction(
  b: GraphBuilder,
  text: string,
  item: Item,
  id: string,
  docId: string,
  above: string | null,
  nameEn: string | null,
  units: UnitResolver,
): void {
  const clause = headingClause(text, item);
  b.node(
    id,
    "Action",
    {
      name: clause ? text.slice(item.title.start, clause.whole.start).trim() : item.title.text,
      nameEn,
      ordinal: item.ordinal,
      text: item.body?.text ?? null,
      document: docId,
      ord: item.full.start,
    },
    item.title,
  );
  b.relate("HAS_PART", docId, id, { ordinal: item.ordinal }, item.full);
  if (above) b.relate("HAS_PART", above, id, { ordinal: item.ordinal }, item.title);
  if (clause) relateUnits(b, id, clause, units);
}

export function addTask(
  b: GraphBuilder,
  text: string,
  item: Item,
  parentId: string,
  id: string,
  docId: string,
  t: Gazetteer["translations"],
  owners: Owner[],
  units: UnitResolver,
  given?: ResponsibilityClause | null,
): void {
  const en = t.tasks[item.ordinal];
  const clause = given !== undefined ? given : findItemResponsibility(text, item.full);
  b.node(
    id,
    "Task",
    {
      name: item.name ?? item.title.text,
      nameEn: en?.title ?? null,
      ordinal: item.ordinal,
      text: item.full.text,
      textEn: en?.text ?? null,
      document: docId,
      ord: item.full.start,
    },
    item.full,
  );
  b.relate("HAS_PART", parentId, id, { ordinal: item.ordinal }, item.title);
  owners.push({ id, label: "Task", span: item.full, exclude: clause?.whole });
  if (clause) relateUnits(b, id, clause, units);
}

function extractMeasure(
  b: GraphBuilder,
  text: string,
  item: Item,
  section: Section,
  docId: string,
  docKey: string,
  t: Gazetteer["translations"],
  owners: Owner[],
  units: UnitResolver,
): void {
  const id = freeId(b, "Measure", docKey, [`measure-${item.ordinal}`, `measure-${section.ordinal}-${item.ordinal}`]);
  const clause = findItemResponsibility(text, item.full);
  // A measure's heading may stand alone on its line, its words on the next ones.
  const bodyText = item.body?.text ?? text.slice(item.title.end, item.full.end).replace(/^[。.\s]+/, "");
  const en = t.measures[item.ordinal];
  b.node(
    id,
    "Measure",
    {
      name: item.name ?? item.title.text,
      nameEn: en?.title ?? null,
      ordinal: item.ordinal,
      text: clause ? bodyText.replace(clause.whole.text, "").trim() : bodyText,
      textEn: en?.text ?? null,
      responsibleText: clause?.list.text ?? null,
      document: docId,
      ord: item.full.start,
    },
    item.full,
  );
  b.relate("HAS_PART", docId, id, { ordinal: item.ordinal }, item.title);
  owners.push({ id, label: "Measure", span: item.full, exclude: clause?.whole });
  if (clause) relateUnits(b, id, clause, units);
}

/** Relates each unit of a clause; a unit named twice (a 兑现部门 that is its own 受理部门) keeps its first role. */
export function relateUnits(b: GraphBuilder, from: string, clause: ResponsibilityClause, units: UnitResolver): void {
  for (const unit of clause.units) {
    const agencyId = units(unit.span, clause.prefix);
    if (!agencyId) continue;
    const again = b.hasRelationship("RESPONSIBLE", from, agencyId);
    b.relate("RESPONSIBLE", from, agencyId, again ? {} : { role: unit.role, position: unit.position }, unit.span);
  }
}

/**
 * A section written in three levels (`一、建设整体协同的数字政府` over `(一)` actions over `1.` tasks) is an
 * action of its own, grouping the actions under it; a standard part (`二、重点任务`, `四、保障措施`) is not.
 * Returns its id, or null when the section is no such action.
 */
function partAction(
  b: GraphBuilder,
  text: string,
  section: Section,
  docId: string,
  docKey: string,
  parents: Set<Item>,
  units: UnitResolver,
): string | null {
  const words = headingWords(section.heading.text);
  // A section over tasks alone is already its own action (structure-items.ts makes its heading one).
  if (section.items.some((i) => i.full.start === section.heading.start)) return null;
  if (words === "" || PART.test(words) || /[。,，;；]/.test(words) || !section.items.some((i) => parents.has(i)))
    return null;
  const id = freeId(b, "Action", docKey, [`action-part-${section.ordinal}`]);
  const at = section.heading.text.indexOf(words);
  const title = spanOf(text, section.heading.start + at, section.heading.start + at + words.length);
  // What the section writes under its heading before its first action is its own text.
  const first = Math.min(...section.items.map((i) => i.full.start));
  const intro = text.slice(section.heading.end, Math.max(section.heading.end, first)).trim();
  b.node(
    id,
    "Action",
    {
      name: words,
      nameEn: null,
      ordinal: section.ordinal,
      text: intro === "" ? null : intro,
      document: docId,
      ord: section.heading.start,
    },
    title,
  );
  b.relate("HAS_PART", docId, id, { ordinal: section.ordinal }, section.heading);
  // Its heading may close with who leads it (`一、强化创新策源(市科技局牵头)`).
  const clause = closingClause(text, section.heading);
  if (clause) relateUnits(b, id, clause, units);
  return id;
}

/**
 * A document numbered in three levels lists its actions in the order it writes them (a section's
 * action before the actions under it), not by their numbers, which restart in every section.
 */
export function orderActions(b: GraphBuilder, docId: string): void {
  const actions = b.nodesOf("Action").filter((a) => a.props.document === docId);
  if (!actions.some((a) => actions.some((p) => b.hasRelationship("HAS_PART", p.id, a.id)))) return;
  for (const a of actions) b.relate("HAS_PART", docId, a.id, { position: Number(a.props.ord) });
}

/** The first of `keys` not yet used by another node of this document. */
export function freeId(b: GraphBuilder, label: NodeLabel, docKey: string, keys: string[]): string {
  const ids = keys.map((k) => nodeId(label, `${docKey}/${k}`));
  return ids.find((id) => !b.has(id)) ?? ids.at(-1)!;
}

export const pad = (n: number) => String(n).padStart(2, "0");

/** A heading with nothing under it is an action; an article (`第五条 本办法自…起施行。`) or a sentence (`…,…`) is not. */
const headingAlone = (item: Item) =>
  item.body === null && !/^\s*第\S{1,4}条/.test(item.full.text) && !/[,;:]/.test(item.title.text);

/** The responsibility parenthesis closing an action's heading (`…(省科技厅牵头)`), or null. */
function headingClause(text: string, item: Item): ResponsibilityClause | null {
  return closingClause(text, item.title);
}

/** The responsibility parenthesis closing a heading's words (`…(省科技厅牵头)`), or null. */
function closingClause(text: string, heading: Span): ResponsibilityClause | null {
  if (!/[)）]\s*$/.test(heading.text)) return null;
  const clause = findItemResponsibility(text, heading);
  return clause && clause.whole.end >= heading.end - 1 && clause.whole.start > heading.start ? clause : null;
}

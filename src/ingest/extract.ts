import { createHash } from "node:crypto";
import type { AgencyEntry, CuratedEntry, DocumentEntry, Gazetteer, GovernmentLevel, PlatformEntry, ZoneEntry } from "./gazetteer.js";
import { GraphBuilder } from "./graph-builder.js";
import { NameMatcher, type Mention } from "./mentions.js";
import { type ExtractedGraph, type NodeLabel, nodeId } from "./model.js";
import { normalise } from "./normalise.js";
import { findResponsibilityClause, parseResponsibleUnits } from "./responsibility.js";
import { type Span, spanOf } from "./span.js";
import { type Item, parseStructure, type Section } from "./structure.js";
import { parseTargets } from "./targets.js";

/** A gazetteer entry tagged with the label its node gets. */
type Named = { label: NodeLabel; entry: CuratedEntry };

/** Where in the document a mention falls: the task, measure or target that names it, or the document itself. */
interface Owner {
  id: string;
  label: NodeLabel;
  span: Span;
  /** Spans whose mentions are not MENTIONS (a 责任单位 list is RESPONSIBLE instead). */
  exclude?: Span;
}

/** What the extractor returns besides the graph: the normalised text its offsets index. */
export interface Extraction extends ExtractedGraph {
  text: string;
  /** Hash of the extracted graph, stored on the document so an unchanged seed is not reloaded. */
  hash: string;
}

/**
 * Turns the raw text of a policy document into graph data: normalises it, finds its structure
 * (issuer, cited documents, sections, actions, tasks, measures, targets), matches the gazetteer's
 * names, and records for every node and relationship the words and offsets it came from.
 */
export function extractDocument(raw: string, gazetteer: Gazetteer): Extraction {
  const { text, toRaw } = normalise(raw);
  const structure = parseStructure(text);
  const warnings: string[] = [];
  if (!structure.title) throw new Error("No document title found: expected a notice line such as `…关于印发《标题》的通知`.");
  const entry = findDocumentEntry(gazetteer.documents, structure.title.text, null);
  const docKey = entry?.key ?? `doc-${shortHash(structure.title.text)}`;
  const docId = nodeId("PolicyDocument", docKey);
  const b = new GraphBuilder(docId, toRaw);
  const agencies = agencyResolver(gazetteer.agencies);
  const t = gazetteer.translations;

  b.node(docId, "PolicyDocument", {
    ...documentProps(entry, structure.title.text),
    issueDate: structure.issueDate?.iso ?? entry?.issueDate ?? null,
    period: /[(（](\d{4}-\d{4})年[)）]/.exec(structure.title.text)?.[1] ?? entry?.period ?? null,
    nameEn: t.document[docKey] ?? entry?.titleEn ?? null,
    text,
    ord: structure.title.start,
  }, structure.title);

  const issuer = structure.issuer && agencies(structure.issuer.text);
  if (structure.issuer && issuer) {
    addAgency(b, issuer, structure.issuer);
    b.relate("ISSUED_BY", docId, nodeId("Agency", issuer.key), { role: "ISSUER" }, structure.issuer);
  } else if (structure.issuer) warnings.push(`Issuer "${structure.issuer.text}" is not in the agency gazetteer.`);
  const approver = structure.approvedBy && agencies(structure.approvedBy.text);
  if (structure.approvedBy && approver) {
    addAgency(b, approver, structure.approvedBy);
    b.relate("ISSUED_BY", docId, nodeId("Agency", approver.key), { role: "APPROVER" }, structure.approvedBy);
  }

  for (const c of structure.citations) {
    const cited = findDocumentEntry(gazetteer.documents, c.title.text, c.docNumber.text);
    if (cited && cited.title !== c.title.text) warnings.push(`Cited "${c.title.text}" matched ${cited.key} by 文号 but its curated title differs.`);
    const citedId = nodeId("PolicyDocument", cited?.key ?? `doc-${shortHash(c.docNumber.text)}`);
    b.node(citedId, "PolicyDocument", {
      ...documentProps(cited, c.title.text),
      docNumber: c.docNumber.text,
      level: cited?.level ?? levelFromDocNumber(c.docNumber.text),
      ord: c.whole.start,
    }, c.whole);
    b.relate("IMPLEMENTS", docId, citedId, {}, c.whole);
    const citedIssuer = cited && gazetteer.agencies.find((a) => a.key === cited.issuer);
    if (citedIssuer) {
      addAgency(b, citedIssuer);
      b.relate("ISSUED_BY", citedId, nodeId("Agency", citedIssuer.key), { role: "ISSUER", source: cited.source });
    }
  }

  const owners: Owner[] = [];
  for (const section of structure.sections) {
    extractTargets(b, text, section, docId, docKey, t.targets, owners);
    extractActionsAndTasks(b, section, docId, docKey, t, owners);
    extractMeasures(b, text, section, docId, docKey, t, agencies, owners, warnings);
  }
  extractMentions(b, text, gazetteer, docId, owners);

  const graph = b.build();
  const hash = createHash("sha256").update(JSON.stringify(graph)).digest("hex").slice(0, 16);
  return { documentId: docId, text, hash, ...graph, warnings };
}

function documentProps(entry: DocumentEntry | undefined, title: string) {
  return {
    name: title,
    nameEn: entry?.titleEn ?? null,
    docNumber: entry?.docNumber ?? null,
    level: entry?.level ?? null,
    type: entry?.type ?? null,
    issueDate: entry?.issueDate ?? null,
    period: entry?.period ?? null,
    source: entry?.source ?? null,
  };
}

function extractTargets(b: GraphBuilder, text: string, section: Section, docId: string, docKey: string, en: Record<string, string>, owners: Owner[]): void {
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

function extractActionsAndTasks(b: GraphBuilder, section: Section, docId: string, docKey: string, t: Gazetteer["translations"], owners: Owner[]): void {
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

function extractMeasures(
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
      addAgency(b, agency, unit.span);
      b.relate("RESPONSIBLE", id, nodeId("Agency", agency.key), { role: unit.position === 0 ? "LEAD" : "PARTICIPANT", position: unit.position }, unit.span);
    }
  }
}

/**
 * Links every gazetteer name in the text to the task, measure or target whose text holds it (or to
 * the document for names outside them): platforms a task names are SUPPORTS, zones DEVELOPS, the
 * rest MENTIONS.
 */
function extractMentions(b: GraphBuilder, text: string, g: Gazetteer, docId: string, owners: Owner[]): void {
  const named: Named[] = [
    ...g.agencies.map((entry) => ({ label: "Agency" as const, entry })),
    ...g.organizations.map((entry) => ({ label: "Organization" as const, entry })),
    ...g.platforms.map((entry) => ({ label: "Platform" as const, entry })),
    ...g.zones.map((entry) => ({ label: "Zone" as const, entry })),
    ...g.technologies.map((entry) => ({ label: "Technology" as const, entry })),
    ...g.domains.map((entry) => ({ label: "Domain" as const, entry })),
  ];
  const matcher = new NameMatcher(named.flatMap((n) => [...new Set([n.entry.name, ...n.entry.aliases])].map((name) => ({ name, entry: n }))));
  const mentions = matcher.find(text);
  for (const m of mentions) {
    const id = addNamed(b, m.entry, m.span);
    const owner = owners.find((o) => m.span.start >= o.span.start && m.span.end <= o.span.end);
    if (owner?.exclude && m.span.start >= owner.exclude.start && m.span.end <= owner.exclude.end) continue;
    const from = owner ?? { id: docId, label: "PolicyDocument" as const };
    if (from.id === id) continue;
    if (from.label === "Task" && m.entry.label === "Platform") b.relate("SUPPORTS", from.id, id, {}, m.span);
    else if (from.label === "Task" && m.entry.label === "Zone") b.relate("DEVELOPS", from.id, id, { intent: developIntent(text, m.span) }, m.span);
    else b.relate("MENTIONS", from.id, id, {}, m.span);
  }
  linkOperators(b, text, g, mentions);
}

/** A platform's operating organisation, with the organisation's name inside or next to the platform's mention as evidence. */
function linkOperators(b: GraphBuilder, text: string, g: Gazetteer, mentions: Mention<Named>[]): void {
  for (const m of mentions) {
    if (m.entry.label !== "Platform") continue;
    const platform = m.entry.entry as PlatformEntry;
    const org = platform.operator ? g.organizations.find((o) => o.key === platform.operator) : undefined;
    if (!org) continue;
    const sentenceStart = Math.max(text.lastIndexOf("。", m.span.start), text.lastIndexOf("、", m.span.start)) + 1;
    const window = spanOf(text, sentenceStart, m.span.end);
    const names = [org.name, ...org.aliases].sort((x, y) => y.length - x.length);
    const found = names.map((n) => ({ n, at: window.text.lastIndexOf(n) })).find((x) => x.at >= 0);
    const evidence = found ? spanOf(text, window.start + found.at, window.start + found.at + found.n.length) : undefined;
    const orgId = nodeId("Organization", org.key);
    b.node(orgId, "Organization", namedProps("Organization", org), evidence);
    b.relate("OPERATED_BY", nodeId("Platform", platform.key), orgId, { source: org.source }, evidence);
  }
}

/** `CREATE` when the clause seeks to create the zone (创建, 争取), `BUILD` when it builds or advances an existing one. */
function developIntent(text: string, span: Span): string {
  const clauseStart = Math.max(text.lastIndexOf("。", span.start), text.lastIndexOf(",", span.start), text.lastIndexOf("，", span.start)) + 1;
  return /创建|争取|申报/.test(text.slice(clauseStart, span.start)) ? "CREATE" : "BUILD";
}

function addNamed(b: GraphBuilder, n: Named, span: Span): string {
  const id = nodeId(n.label, n.entry.key);
  b.node(id, n.label, namedProps(n.label, n.entry), span);
  return id;
}

function addAgency(b: GraphBuilder, a: AgencyEntry, span?: Span): void {
  b.node(nodeId("Agency", a.key), "Agency", namedProps("Agency", a), span);
}

/** Properties of a curated entity: names, aliases and the facts of its kind, with their source. */
function namedProps(label: NodeLabel, e: CuratedEntry): Record<string, string | boolean | null | string[] | number> {
  const x = e as CuratedEntry & Partial<AgencyEntry & PlatformEntry & ZoneEntry & { ticker: string | null }>;
  const props: Record<string, string | boolean | null | string[] | number> = {
    name: e.name, nameEn: e.nameEn, aliases: e.aliases, source: e.source, key: e.key,
  };
  if (label === "Agency") Object.assign(props, { level: x.level ?? null, collective: x.collective ?? false });
  // The curated `kind` becomes `category`: every node's `kind` property is its label.
  if (label === "Organization") Object.assign(props, { category: x.kind ?? null, ticker: x.ticker ?? null });
  if (label === "Platform") Object.assign(props, { category: x.kind ?? null });
  if (label === "Zone") Object.assign(props, { category: x.kind ?? null, level: x.level ?? null });
  return props;
}

/** Resolves any spelling of an agency to its one gazetteer entry. */
function agencyResolver(list: AgencyEntry[]): (name: string) => AgencyEntry | undefined {
  const byName = new Map<string, AgencyEntry>();
  for (const a of list) for (const n of [a.name, ...a.aliases]) byName.set(n, a);
  return (name) => byName.get(name.trim()) ?? byName.get(name.trim().replace(/^广州市/, "市"));
}

function unknownAgency(name: string): AgencyEntry {
  return { key: `agency-${shortHash(name)}`, name, nameEn: "", aliases: [], level: levelFromName(name), source: "extracted from text; not in the gazetteer" };
}

function findDocumentEntry(docs: DocumentEntry[], title: string, docNumber: string | null): DocumentEntry | undefined {
  return docs.find((d) => docNumber !== null && d.docNumber === docNumber) ?? docs.find((d) => d.title === title);
}

/** The issuing level a 文号's prefix implies: 国发/工信部 national, 粤 provincial, 穗 city. */
function levelFromDocNumber(n: string): GovernmentLevel | null {
  if (/^(国|工信部|发改|科技部|财)/.test(n)) return "NATIONAL";
  if (/^(粤|省)/.test(n)) return "PROVINCIAL";
  if (/^(穗|市)/.test(n)) return "MUNICIPAL";
  return null;
}

function levelFromName(name: string): GovernmentLevel {
  if (/^(国家|国务院|中共中央)/.test(name) || /部$/.test(name)) return "NATIONAL";
  if (/^省|省/.test(name.slice(0, 4))) return "PROVINCIAL";
  if (/^区|区政府/.test(name)) return "DISTRICT";
  return "MUNICIPAL";
}

function shortHash(s: string): string {
  return createHash("sha1").update(s).digest("hex").slice(0, 10);
}

import path from "node:path";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { PROJECT_ROOT } from "./project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));

/**
 * Extracts an invented document given as lines (discovery on) and reads back what the unit tests
 * of issuers and units compare: the document's properties, and [name, level, role] of each
 * ISSUED_BY and RESPONSIBLE target.
 */
export function readLines(lines: string[]) {
  const g = extractDocument(lines.join("\n"), gazetteer, { discover: true });
  const props = (id: string) => g.nodes.find((n) => n.id === id)!.props;
  const rel = (type: string) =>
    g.relationships.filter((r) => r.type === type).map((r) => [props(r.to).name, props(r.to).level, r.props.role]);
  return { doc: props(g.documentId), issued: rel("ISSUED_BY"), units: rel("RESPONSIBLE") };
}

/** The graph extracted from an invented document given as lines (discovery on). */
export function extractLines(lines: string[]) {
  return extractDocument(lines.join("\n"), gazetteer, { discover: true });
}

/** [task or measure, unit, role] of each RESPONSIBLE relationship of a document given as lines. */
export function unitTriples(lines: string[]) {
  return unitQuads(lines).map((u) => u.slice(0, 3));
}

/** [task or measure, unit, role, the unit's level] of each RESPONSIBLE relationship of a document given as lines. */
export function unitQuads(lines: string[]) {
  const g = extractLines(lines);
  const node = (id: string) => g.nodes.find((n) => n.id === id)!;
  return g.relationships
    .filter((r) => r.type === "RESPONSIBLE")
    .map((r) => [node(r.from).props.name, node(r.to).props.name, r.props.role, node(r.to).props.level]);
}

/** [value, unit, comparator, deadlineYear, metric] of each target of a document given as lines. */
export function targetRows(lines: string[]) {
  return extractLines(lines)
    .nodes.filter((n) => n.label === "Target")
    .map((n) => [n.props.value, n.props.unit, n.props.comparator, n.props.deadlineYear, n.props.metric]);
}

/** [label, name] of each action, task and measure of a document given as lines. */
export function itemPairs(lines: string[]) {
  return extractLines(lines)
    .nodes.filter((n) => ["Action", "Task", "Measure"].includes(n.label))
    .map((n) => [n.label, n.props.name]);
}

/** A notice of `issuer` with a plan under it whose body is `body` (lines), all invented. */
export const noticeWithPlan = (issuer: string, body: string[]) => [
  `${issuer}关于印发《某地智能应用方案》的通知`,
  "各有关单位:",
  "  现将《某地智能应用方案》印发给你们。",
  "  2026年3月1日",
  "某地智能应用方案",
  ...body,
];

/** `Label name` of each organisation, platform and zone found in a document given as lines, sorted. */
export function entityNames(lines: string[]) {
  return extractLines(lines)
    .nodes.filter((n) => ["Organization", "Platform", "Zone"].includes(n.label))
    .map((n) => `${n.label} ${n.props.name}`)
    .sort();
}

/**
 * The head of an invented notice: its line `issuer关于印发title的通知` (the title in 《》 when `quoted`), the
 * salutation, `现将《title》印发给你们` (asking it be carried out unless `ask` is false), the signature and
 * date, then the issued document's title.
 */
export function noticeHead(
  issuer: string,
  salutation: string,
  title: string,
  date = "2031年3月2日",
  { quoted = false, ask = true } = {},
): string[] {
  return [
    `${issuer}关于印发${quoted ? `《${title}》` : title}的通知`,
    salutation,
    `　　现将《${title}》印发给你们${ask ? "，请认真贯彻执行" : ""}。`,
    issuer,
    date,
    title,
  ];
}

/** A city office's notice (青川市, invented) issuing `title`, whose text is `body` (lines). */
export const cityNotice = (title: string, body: string[]) => [
  ...noticeHead("青川市人民政府办公室", "各区人民政府，市政府各部门：", title),
  ...body,
];

/** The head of an invented city government's plan, above items whose names a test reads. */
export const PLAN_HEAD = ["青川市人民政府关于印发某方案的通知", "某方案", "一、重点任务"];

/** A development zone committee's notice (青湾港, invented) issuing its 2031 plan, whose text is `body` (lines). */
export const zoneNotice = (body: string[]) => [
  "青湾港经济技术开发区管理委员会关于印发青湾港经济技术开发区2031年港航物流工作方案的通知",
  "各部门、各直属单位：",
  "现将《青湾港经济技术开发区2031年港航物流工作方案》印发给你们，请认真组织实施。",
  "青湾港经济技术开发区管理委员会",
  "2031年3月14日",
  "青湾港经济技术开发区2031年港航物流工作方案",
  ...body,
];

import { findResponsibilityClause } from "./responsibility.js";
import { findProseResponsibility } from "./responsibility-prose.js";
import { readMarks, withoutNote } from "./lead-marks.js";
import { levelPrefix } from "./level-prefix.js";
import { type Span, spaced, spanOf } from "./span.js";
import type { ResponsibilityClause, ResponsibleRole, RoleUnit } from "./responsibility-types.js";
import { BODY_END, DEPARTMENT_END, collectiveRanges, readUnits } from "./unit-readings.js";

// A list's words: no bracket, except a short one inside a name (`各县(市、区)人民政府`).
const WORDS = String.raw`(?:[^()（）]|[(（〔][^()（）〔〕]{1,6}[)）〕])+?`;
// Those who take part `配合`, or, after a lead, `负责落实` (`(国家数据局牵头,各省级部门负责落实)`) or
// `按职责分工负责`. Some pages set the parenthesis in 〔〕 (`〔市工信局牵头,市发改局…按职责分工负责〕`).
// A deadline may close the parenthesis (`…配合;完成时间:2025年12月底前`).
const DUE = String.raw`(?:[;；]\s*(?:完成时间|完成时限|时间节点)\s*[:：][^()（）]{1,24}?)?`;
const LEAD_FORM = new RegExp(
  String.raw`[(（〔](${WORDS})牵头(?:[,，;；、]\s*(${WORDS})(配合|参与|协助|指导|负责落实|按职责分工负责|按职责分工落实|分别负责|共同负责|负责))?${DUE}\s*[)）〕]`,
  "g",
);
// Those that share the work, then at times those that take part: `(A、B按职责分工负责,C、D抓好落实)`,
// `〔A、B按职责分工负责,C配合〕`, `(A负责,B、C指导)`.
const JOINT_FORM = new RegExp(
  String.raw`[(（〔](${WORDS})(按职责分工负责|按职责分工落实|按职责分工|共同负责|分别负责|负责)` +
    String.raw`(?:[,，;；]\s*(${WORDS})(配合|参与|协助|指导|抓好落实|负责落实|组织落实|落实))?(?:。[^()（）。]{2,30}?下同。?)?${DUE}\s*[)）〕]`,
  "g",
);

/**
 * The note a document writes once, in its first such parenthesis, to say that every list's first unit
 * leads: `(甲部、乙部负责。排在第一位的部门为牵头部门,下同)`, `列第一位的为牵头单位`.
 */
const FIRST_LEADS = /(?:排在|排名|排|列|位列|列在)(?:第一(?:位|个|名)?|首位)的?(?:部门|单位)?为牵头(?:部门|单位)/;
/** A note scoped to the 责任单位 lists: `责任单位中排名第一的为牵头单位`. */
const LISTS_ONLY = /责任单位中[^。()（）]{0,8}(?:排在|排名|排|列|位列|列在)/;
const firstLeads = new Map<string, boolean>();
/** Whether `text` says its lists' first unit leads (remembered per text: every item of it asks). */
function leadsFirst(text: string): boolean {
  let found = firstLeads.get(text);
  if (found === undefined) {
    if (firstLeads.size > 16) firstLeads.clear();
    found = FIRST_LEADS.test(text);
    firstLeads.set(text, found);
  }
  return found;
}

/**
 * The responsibility parenthesis of an item in any of the three official forms: a closing
 * `(责任单位:A、B)` list, a `(A牵头,B、C配合)` parenthesis, or a joint `(A、B按职责分工负责)`.
 */
export function findResponsibility(text: string, within: Span): ResponsibilityClause | null {
  const listed = findResponsibilityClause(text, within);
  if (listed) {
    const read = labelled(text, withoutNote(text, listed.list));
    // `(责任单位:A、B按职责分工负责;完成时间:…)`: no one leads, unless the document said the first does
    // (`…,各市人民政府按职责分工负责` sets only its last group to work so).
    const shared =
      /^[^,，;；]*按职责分工(?:负责|落实)?\s*(?:[;；][^;；]*)?$/.test(listed.list.text) &&
      !/牵头/.test(listed.list.text) &&
      !leadsFirst(text);
    const units = shared ? read.map((u) => ({ ...u, role: "JOINT" as const })) : read;
    return { ...listed, units, prefix: prefixOf(units) };
  }
  const lead = [...within.text.matchAll(LEAD_FORM)].at(-1);
  if (lead) {
    const start = within.start + lead.index!;
    const whole = spanOf(text, start, start + lead[0].length);
    const leads = splitUnits(text, spanOf(text, start + 1, start + 1 + lead[1]!.length));
    const at = start + lead[0].lastIndexOf(lead[2]! + lead[3]);
    const others = lead[2] ? splitUnits(text, spanOf(text, at, at + lead[2].length)) : [];
    const units = withRoles(text, [...leads, ...others], (i) => (i < leads.length ? "LEAD" : "PARTICIPANT"));
    return { whole, list: spanOf(text, start + 1, whole.end - 1), units, prefix: prefixOf(units) };
  }
  const joint = [...within.text.matchAll(JOINT_FORM)].at(-1);
  if (joint) {
    const start = within.start + joint.index!;
    const whole = spanOf(text, start, start + joint[0].length);
    // One body that `负责` alone leads; several `按职责分工负责` share the work; those named after them take part.
    const items = splitUnits(text, spanOf(text, start + 1, start + 1 + joint[1]!.length));
    const at = joint[3] ? start + joint[0].lastIndexOf(joint[3] + joint[4]) : -1;
    const others = joint[3] ? splitUnits(text, spanOf(text, at, at + joint[3].length)) : [];
    // A bare `负责` after a list reads as a 责任单位 list does: its first unit leads.
    // A note that the first leads holds for every list after it (`…为牵头部门,下同`), unless it says it is
    // for the 责任单位 lists (`各项措施责任单位中排名第一的为牵头单位`): then units that share the work
    // `按职责分工` say so themselves.
    const first =
      (leadsFirst(text) && !(/^按职责分工/.test(joint[2]!) && LISTS_ONLY.test(text))) || joint[2] === "负责";
    const units = withRoles(text, [...items, ...others], (i) =>
      i >= items.length
        ? "PARTICIPANT"
        : (joint[2] === "负责" && items.length === 1) || (first && i === 0)
          ? "LEAD"
          : first
            ? "PARTICIPANT"
            : "JOINT",
    );
    // A bare `负责` closes many asides (`由企业自行负责`): it is a unit list only when every item names a body.
    if (joint[2] === "负责" && (units.length === 0 || units.some((u) => !BODY_END.test(u.span.reading ?? u.span.text))))
      return null;
    return { whole, list: spanOf(text, start + 1, whole.end - 1), units, prefix: prefixOf(units) };
  }
  return bareList(text, within) ?? findProseResponsibility(text, within);
}

/** A parenthesis of names alone closing an item: `(区发展改革局、中新广州知识城管委会)`. */
const BARE_FORM = new RegExp(String.raw`[(（](${WORDS})[)）][。.]?\s*$`);

/**
 * A closing parenthesis that only names bodies (`(区交通运输局、区住房和城乡建设局,各街道办事处)`),
 * as a document does once it has said that the first named leads: read as a 责任单位 list, its first
 * unit leading. Every item must name a body, or the parenthesis is an aside (`(华为、腾讯)`).
 */
function bareList(text: string, within: Span): ResponsibilityClause | null {
  const m = BARE_FORM.exec(within.text);
  if (!m) return null;
  const start = within.start + m.index;
  // A note that the first leads may close the first such list (`…,列第一位的为牵头单位,下同`).
  const list = withoutNote(text, spanOf(text, start + 1, start + 1 + m[1]!.length));
  const items = splitUnits(text, list);
  if (items.length === 0 || items.some((i) => !DEPARTMENT_END.test(i.text))) return null;
  const units = withRoles(text, items, (i) => (i === 0 ? "LEAD" : "PARTICIPANT"));
  if (units.length === 0 || units.some((u) => !BODY_END.test(u.span.reading ?? u.span.text))) return null;
  const close = start + 1 + m[1]!.length + 1;
  return {
    whole: spanOf(text, start, close),
    list: spanOf(text, start + 1, close - 1),
    units,
    prefix: prefixOf(units),
  };
}

/**
 * Units of a list split elsewhere (table cells, labelled lines), read as {@link readUnits} reads a
 * parenthesis (`等` dropped, prefixes carried, shared `市政府`), keeping each unit's role.
 */
export function readRoleUnits(text: string, units: RoleUnit[]): RoleUnit[] {
  return withRoles(
    text,
    units.map((u) => u.span),
    (i) => units[i]!.role,
  );
}

/**
 * The units of a list written outside any clause form (a standing sentence's `各市(州)、某新区数据管理部门`),
 * split and read as a clause's list is, every one with `role`.
 */
export function readUnitList(text: string, list: Span, role: ResponsibleRole): { units: RoleUnit[]; prefix: string } {
  // Prose joins the last two with 和 or 及 (`街道办事处和某开发区管委会`): two bodies when both sides name one.
  const items = splitUnits(text, list).flatMap((s) => {
    const m = /^(.+?)(?:和|及|以及)(.+)$/.exec(s.text);
    if (!m || !BODY_END.test(m[1]!) || !BODY_END.test(m[2]!)) return [s];
    const second = s.start + s.text.length - m[2]!.length;
    return [spanOf(text, s.start, s.start + m[1]!.length), spanOf(text, second, s.end)];
  });
  const units = withRoles(text, items, () => role);
  return { units, prefix: prefixOf(units) };
}

/** Units read from `items` ({@link readUnits}), numbered from 0, each with the role of its item. */
function withRoles(text: string, items: Span[], role: (item: number) => ResponsibleRole): RoleUnit[] {
  return readUnits(text, items).map(({ unit, index }, position) => ({ span: unit, position, role: role(index) }));
}

/** A part's label, which a hard line break may cut (`责任单\n位:`). */
const LABEL = new RegExp(
  String.raw`^(${["牵头单位", "配合单位", "参与单位", "协办单位", "责任单位", "牵头", "配合", "参与", "协办"]
    .map((w) => spaced(w))
    .join("|")})\s*[:：]\s*`,
);

/**
 * A `责任单位:` list (first unit LEAD, the others PARTICIPANT), or one whose parts say their role:
 * `牵头单位:A;配合单位:B、C`, or `A牵头,B、C配合,D负责落实` (`负责` says no role: the first leads, others take part).
 */
function labelled(text: string, list: Span): RoleUnit[] {
  const parts: { span: Span; role: ResponsibleRole | null }[] = [];
  // After a 牵头单位 label, a 责任单位 label names those who take part (`[牵头单位:A;责任单位:B、C]`).
  const role = (words: string): ResponsibleRole | null =>
    /牵头/.test(words)
      ? "LEAD"
      : /配合|参与|协办|协助/.test(words) || (/^责任/.test(words) && parts.some((p) => p.role === "LEAD"))
        ? "PARTICIPANT"
        : null;
  // `A、B按职责分工负责` closes its last name with the words that share the work.
  const tail = /(牵头|配合|参与|协助|负责落实|(?:按照?(?:职责分工|各自职责)|共同|分别)(?:负责|落实)?|负责)\s*$/;
  let from = 0;
  for (const m of [...list.text.matchAll(/[;；,，]|$/g)]) {
    let start = list.start + from;
    let end = list.start + m.index!;
    from = m.index! + 1;
    const words = text.slice(start, end);
    const lead = LABEL.exec(words.trimStart());
    const closing = tail.exec(words);
    if (lead) start += words.length - words.trimStart().length + lead[0].length;
    if (closing) end -= closing[0].length;
    const named = (lead?.[1] ?? closing?.[1] ?? "").replace(/\s+/g, "");
    if (end > start) parts.push({ span: spanOf(text, start, end), role: role(named) });
  }
  if (parts.every((p) => p.role === null)) {
    // A sign (`☆市经信局`) marks the leads wherever they stand; otherwise the first leads.
    // Each part is split without its closing words (`…、市财政局按职责分工负责`), unless a comma
    // stood inside a bracket (`各县(市,区)政府`): then the list is split whole.
    const balanced = parts.every((p) => p.span.text.split(/[(（〔]/).length === p.span.text.split(/[)）〕]/).length);
    const split = balanced ? parts.flatMap((p) => splitUnits(text, p.span)) : splitUnits(text, list);
    const { items, marked } = readMarks(text, split);
    return withRoles(text, items, (i) => ((marked ? marked[i] : i === 0) ? "LEAD" : "PARTICIPANT"));
  }
  const items = parts.flatMap((p) => splitUnits(text, p.span).map((span) => ({ span, role: p.role })));
  return withRoles(
    text,
    items.map((i) => i.span),
    (i) => items[i]!.role ?? (i === 0 ? "LEAD" : "PARTICIPANT"),
  );
}

/** The items of a list, split at 、 , ; outside brackets (`各县(市、区)人民政府` is one) and collectives, with their spans. */
function splitUnits(text: string, list: Span): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = 0;
  const joined = collectiveRanges(list.text);
  const push = (end: number) => {
    const part = list.text.slice(from, end);
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    if (name !== "") out.push(spanOf(text, list.start + from + lead, list.start + from + lead + name.length));
  };
  for (let i = 0; i < list.text.length; i++) {
    const c = list.text[i]!;
    if (/[(（〔]/.test(c)) depth++;
    else if (/[)）〕]/.test(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[、,，;；]/.test(c) && !joined.some(([a, b]) => i > a && i < b)) {
      push(i);
      from = i + 1;
    }
  }
  push(list.text.length);
  return out;
}

function prefixOf(units: RoleUnit[]): string {
  return levelPrefix(units[0]?.span.reading ?? units[0]?.span.text ?? "");
}

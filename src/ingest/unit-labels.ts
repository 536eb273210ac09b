// Responsibility written with labels instead of the parentheses responsibility-forms.ts reads:
// `(牵头单位:甲;配合单位:乙)`, lines `牵头单位:甲` and `责任单位:乙` under an item, and the 牵头单位 and
// 配合单位 cells of a task table. Each becomes the ResponsibilityClause the extractor already consumes.
import { findResponsibility } from "./responsibility-forms.js";
import type { ResponsibilityClause, RoleUnit } from "./responsibility-types.js";
import { levelPrefix } from "./level-prefix.js";
import { type Span, spaced, spanOf } from "./span.js";
import { COPY_LIST_LINE } from "./structure-furniture.js";
import { BODY_END, readUnits, splitList } from "./unit-readings.js";

/** A cell or labelled value and how its units take part: LIST is a 责任单位 list (the first leads). */
export interface UnitGroup {
  span: Span;
  role: "LEAD" | "PARTICIPANT" | "JOINT" | "LIST";
  /**
   * The group carries on the one before it on a new line of a table cell: its first unit finishes
   * the last unit above when that one names no body yet (`肥西经济开发` / `区管委会`).
   */
  continues?: boolean;
}

/** A body's kind with no name before it: the end of a name wrapped onto the next line of a cell. */
const BODY_ONLY = /^(?:(?:人民)?政府|管委会|管理委员会|委员会|办公室|办事处)/;

/** The clause of `groups`, quoted by `whole` (which a task's text and mentions leave out). */
export function clauseOf(text: string, whole: Span, groups: UnitGroup[]): ResponsibilityClause | null {
  const items: ReturnType<typeof roleMarked>[] = [];
  // Names finished on the next line: the item above (its index) is read as both pieces together.
  const finished = new Map<number, string>();
  for (const g of groups) {
    const parts = splitList(text, g.span).map((span) => roleMarked(text, span, g.role));
    const last = items.length - 1;
    const above = last >= 0 ? (finished.get(last) ?? items[last]!.span.text) : "";
    // A piece that names no body of its own (`政府(管委会)` under `各县市区`) finishes a place above too.
    const bodyless = parts.length > 0 && BODY_ONLY.test(parts[0]!.span.text);
    if (g.continues && parts.length > 0 && above !== "" && (!BODY_END.test(above) || bodyless))
      finished.set(last, above + parts.shift()!.span.text);
    items.push(...parts);
  }
  // A list that marks its lead (`市甲局(牵头),市乙局`) leads by the mark, not by order.
  const marked = items.some((i) => i.marked);
  const units: RoleUnit[] = readUnits(
    text,
    items.map((i) => i.span),
  ).map(({ unit, index }, position) => {
    const role = items[index]!.role;
    const reading = finished.get(index);
    return {
      span: reading ? { ...unit, reading } : unit,
      position,
      role: role !== "LIST" ? role : (marked ? items[index]!.marked : index === 0) ? "LEAD" : "PARTICIPANT",
    };
  });
  // `各市、州人` / `民政府` in a cell: once finished, a collective of two kinds of area is one unit.
  for (let i = units.length - 2; i >= 0; i--) {
    const [a, b] = [units[i]!, units[i + 1]!];
    const [ra, rb] = [a.span.reading ?? a.span.text, b.span.reading ?? b.span.text];
    if (a.role === b.role && /^各[省市区县州盟旗]$/.test(ra) && /^[省市区县州盟旗](?:人民)?政府$/.test(rb)) {
      units.splice(i, 2, { ...a, span: { ...a.span, reading: `${ra}、${rb}` } });
    }
  }
  units.forEach((u, position) => (u.position = position));
  if (units.length === 0) return null;
  const prefix = levelPrefix(units[0]!.span.text);
  return { whole, list: whole, units, prefix };
}

/** `市甲局(牵头)`: a list item marked as the lead by a parenthesis after its name. */
const LEAD_MARK = /\s*\(\s*(?:牵头|主责|牵头单位)\s*\)\s*$/;

/** `市乙局(配合)`: a list item marked as taking part. */
const PART_MARK = /\s*\(\s*(?:配合|参与|协助|协同|配合单位)\s*\)\s*$/;

function roleMarked(
  text: string,
  span: Span,
  role: UnitGroup["role"],
): { span: Span; role: UnitGroup["role"]; marked: boolean } {
  // `市乙局(配合)` says the body takes part, as any unmarked one after a marked lead does.
  const part = PART_MARK.exec(span.text);
  if (part) return { span: spanOf(text, span.start, span.start + part.index), role, marked: false };
  const m = LEAD_MARK.exec(span.text);
  if (!m) return { span, role, marked: false };
  return {
    span: spanOf(text, span.start, span.start + m.index),
    role: role === "LIST" ? "LIST" : "LEAD",
    marked: true,
  };
}

/** A list's closing words that share the work among its units (`…等按职责分工负责`). */
const SHARED = /(?:按职责分工|按各自职责|按照职责分工|按照各自职责)(?:负责|落实)?$|(?:共同|分别)负责$/;

// A hard line break may cut a label (`责任单\n位:`).
const LABEL_NAMES = "牵头单位|牵头部门|主责单位|配合单位|配合部门|参与单位|协同单位|责任单位|责任部门"
  .split("|")
  .map((w) => spaced(w, String.raw`[^\S\n]*\n?[^\S\n]*`))
  .join("|");
/** `牵头单位:`, or the label in brackets with no colon (`【牵头单位】省地方金融管理局`). */
const LABEL = new RegExp(String.raw`(?:[【\[](${LABEL_NAMES})[】\]]\s*:?|(${LABEL_NAMES})\s*:)\s*`, "g");
const labelOf = (m: RegExpMatchArray): string => (m[1] ?? m[2]!).replace(/\s+/g, "");

/**
 * The responsibility of an item: labelled values when a 牵头单位 label is present or a 责任单位 label
 * opens a line, and otherwise the parenthesis forms of {@link findResponsibility}.
 */
export function findItemResponsibility(text: string, whole: Span): ResponsibilityClause | null {
  const within = withoutFooter(text, whole);
  const labels = [...within.text.matchAll(LABEL)].filter((m) =>
    /(^|[\n(;,，；。\s[【〔])$/.test(within.text.slice(0, m.index!)),
  );
  const leads = labels.some((m) => /牵头|主责/.test(labelOf(m)));
  const opensLine = labels.some((m) => /(^|\n)[ \t\u3000]*$/.test(within.text.slice(0, m.index!)));
  if (labels.length === 0 || (!leads && !opensLine))
    return dashedList(text, within) ?? withLaterClauses(text, within, findResponsibility(text, within));
  const groups: UnitGroup[] = [];
  let end = within.start;
  labels.forEach((m, i) => {
    const from = m.index! + m[0].length;
    const limit = labels[i + 1]?.index ?? within.text.length;
    // Inside a parenthesis a value runs to its `)`, over a PDF's hard line break (`县自\n然资源局`).
    const inParen = /[(（[【〔][^)）\]】〕]*$/.test(within.text.slice(0, m.index!));
    const value = within.text
      .slice(from, from + valueEnd(within.text.slice(from, limit), inParen))
      .replace(/[,，、\s]+$/, "");
    // `责任单位:A、B等按职责分工负责` shares the work: no unit leads.
    const shared = !leads && SHARED.test(value);
    const role = shared ? "JOINT" : !leads ? "LIST" : /牵头|主责/.test(labelOf(m)) ? "LEAD" : "PARTICIPANT";
    groups.push({ span: spanOf(text, within.start + from, within.start + from + value.length), role });
    end = within.start + from + value.length;
  });
  const first = labels[0]!.index!;
  const open = /[([【〔]/.test(within.text[first - 1] ?? "") ? first - 1 : first;
  const close = /[)\]】〕]/.test(text[end] ?? "") ? end + 1 : end;
  return clauseOf(text, spanOf(text, within.start + open, close), groups) ?? findResponsibility(text, within);
}

/**
 * Where a labelled value ends: at `。`, `;`, a line break (unless inside a parenthesis) or a `)` that
 * closes no `(` of the value, so `各区(市)县政府` and `市经信局(市新经济委)` stay whole.
 */
function valueEnd(s: string, inParen: boolean): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (/[)\]】〕]/.test(c) || c === "。" || c === ";" || (c === "\n" && !inParen)) return i;
  }
  return s.length;
}

/**
 * An item written a sentence at a time, each sentence closed by its own `(责任单位:…)` (Wuhan-style
 * work plans), has one unit list per sentence: the units of the later lists join the first's, the
 * first of each list leading its sentence. A unit already listed keeps its first role.
 */
function withLaterClauses(text: string, within: Span, first: ResponsibilityClause | null): ResponsibilityClause | null {
  if (!first || !/^[(（〔【［\[]\s*责任(?:单位|部门)/.test(first.whole.text)) return first;
  const units = [...first.units];
  for (let from = first.whole.end; from < within.end;) {
    const next = findResponsibility(text, spanOf(text, from, within.end));
    if (!next || !/^[(（〔【［\[]\s*责任(?:单位|部门)/.test(next.whole.text)) break;
    for (const u of next.units) {
      const name = u.span.reading ?? u.span.text;
      if (!units.some((x) => (x.span.reading ?? x.span.text) === name)) units.push({ ...u, position: units.length });
    }
    from = next.whole.end;
  }
  return units.length === first.units.length ? first : { ...first, units };
}

/** A line under an item that only lists its units after a dash: `——市水利局、市气象局、各区(县、市)人民政府`. */
const DASHED = /\n[ \t\u3000]*(?:——|—|--|－－)[ \t\u3000]*([^\n。;:]{2,200}?)[ \t\u3000]*$/;

/**
 * The units of an item closed by a dashed line of them (the document saying once that the first
 * named leads): a 责任单位 list. Every name must end as a body's does.
 */
function dashedList(text: string, within: Span): ResponsibilityClause | null {
  const m = DASHED.exec(within.text);
  if (!m) return null;
  const start = within.start + m.index + m[0].indexOf(m[1]!);
  const span = spanOf(text, start, start + m[1]!.length);
  const names = splitList(text, span);
  if (names.length === 0 || names.some((n) => !BODY_END.test(n.text))) return null;
  return clauseOf(text, spanOf(text, within.start + m.index + 1, span.end), [{ span, role: "LIST" }]);
}

/** A notice's printed footer line: its copy list (`抄送:…`) or its printer's line (`…秘书局  2025年3月20日印发`). */
const FOOTER_LINE = new RegExp(
  String.raw`${COPY_LIST_LINE.source}|^[^。\n]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*$`,
  "m",
);

/** An item's span without the printed footer the last item of a text runs into: no body there is responsible. */
function withoutFooter(text: string, span: Span): Span {
  const m = FOOTER_LINE.exec(span.text);
  if (!m || m.index === 0) return span;
  return spanOf(text, span.start, span.start + span.text.slice(0, m.index).trimEnd().length);
}

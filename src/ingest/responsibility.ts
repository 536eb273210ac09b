import type { AgencyEntry } from "./gazetteer.js";
import { type Span, spanOf } from "./span.js";
import { BODY_END } from "./unit-readings.js";

/** One unit of a `(责任单位:…)` list, resolved when the gazetteer knows it. */
export interface ResponsibleUnit {
  span: Span;
  /** 0 for the first-listed unit, which by convention of these documents leads. */
  position: number;
  agency: AgencyEntry | null;
}

// Opened by `(`, `（` or `〔`, or by a square bracket as county documents write `【责任单位:…】`; the
// list may hold a short bracket inside a name (`各县(市、区)人民政府`). Policy-redemption (兑现)
// documents label the department that pays or accepts claims instead: `【兑现部门:…】`, `(受理部门:…)`.
// A zone's plan may shorten the labels: `(牵头:…;配合:…)`.
const CLAUSE =
  /[(（〔【［\[]\s*(?:责任单位|牵头单位|责任部门|牵头部门|兑现部门|受理部门|实施部门|牵头)\s*[:：]\s*((?:[^()（）〔〕【】［］\[\]]|[(（〔][^()（）〔〕]{1,6}[)）〕])+?)\s*[)）〕】］\]]/;

// The same clause never closed: a copy cut off inside it (the last item of a page or a paste) ends
// the text or the item there.
const UNCLOSED =
  /[(（〔【［\[]\s*(?:责任单位|牵头单位|责任部门|牵头部门|兑现部门|受理部门|实施部门|牵头)\s*[:：]\s*([^()（）〔〕【】［］\[\]\n]+?)\s*$/;

/**
 * Finds the responsibility clause in `within`, with its span, or null. A clause cut off before its
 * closing bracket ends `within`; its last name, when cut inside (`省工业和`), is left out.
 */
export function findResponsibilityClause(text: string, within: Span): { whole: Span; list: Span } | null {
  const m = CLAUSE.exec(within.text) ?? UNCLOSED.exec(within.text);
  if (!m) return null;
  const start = within.start + m.index;
  const listStart = start + m[0].indexOf(m[1]!);
  let list = m[1]!;
  if (!/[)）〕】］\]]$/.test(m[0]) && !BODY_END.test(list))
    list = list.slice(0, Math.max(0, list.search(/[、,，;；][^、,，;；]*$/)));
  if (list === "") return null;
  return { whole: spanOf(text, start, start + m[0].length), list: spanOf(text, listStart, listStart + list.length) };
}

/**
 * Splits a list such as `市工业和信息化局、发展改革委、科技局,各区政府` into units and resolves each to
 * one agency. Later items drop the level prefix of the first (`市`), so a name is tried as written,
 * then with that prefix: `发展改革委` → `市发展改革委`.
 */
export function parseResponsibleUnits(
  text: string,
  list: Span,
  resolve: (name: string) => AgencyEntry | undefined,
): ResponsibleUnit[] {
  const units: ResponsibleUnit[] = [];
  let prefix = "";
  let offset = list.start;
  for (const part of list.text.split(/[、,，;；]/)) {
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    const span = spanOf(text, offset + lead, offset + lead + name.length);
    offset += part.length + 1;
    if (name === "") continue;
    if (units.length === 0) prefix = /^(市|省|区|县)/.exec(name)?.[1] ?? "";
    const agency = resolve(name) ?? (prefix ? resolve(prefix + name) : undefined) ?? null;
    units.push({ span, position: units.length, agency });
  }
  return units;
}

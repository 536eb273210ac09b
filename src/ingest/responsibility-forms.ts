import { findResponsibilityClause } from "./responsibility.js";
import { type Span, spanOf } from "./span.js";

/** LEAD (牵头, or first of a 责任单位 list), PARTICIPANT (配合, or later in the list), JOINT (按职责分工负责). */
export type ResponsibleRole = "LEAD" | "PARTICIPANT" | "JOINT";

export interface RoleUnit {
  span: Span;
  /** Order in the clause, from 0. */
  position: number;
  role: ResponsibleRole;
}

export interface ResponsibilityClause {
  /** The parenthesis as written, which the item's text and mentions leave out. */
  whole: Span;
  /** The words inside it. */
  list: Span;
  units: RoleUnit[];
  /** `省`, `市`, `区` or `县` opening the first unit: later units without a prefix share it. */
  prefix: string;
}

const LEAD_FORM = /[(（]([^()（）]+?)牵头(?:[,，;；、]\s*([^()（）]+?)配合)?\s*[)）]/g;
const JOINT_FORM = /[(（]([^()（）]+?)(?:按职责分工负责|按职责分工落实|按职责分工|共同负责|分别负责)\s*[)）]/g;

/**
 * The responsibility parenthesis of an item in any of the three official forms: a closing
 * `(责任单位:A、B)` list, a `(A牵头,B、C配合)` parenthesis, or a joint `(A、B按职责分工负责)`.
 */
export function findResponsibility(text: string, within: Span): ResponsibilityClause | null {
  const listed = findResponsibilityClause(text, within);
  if (listed) {
    const units = splitUnits(text, listed.list).map((span, position) => ({ span, position, role: position === 0 ? "LEAD" as const : "PARTICIPANT" as const }));
    return { ...listed, units, prefix: prefixOf(units) };
  }
  const lead = [...within.text.matchAll(LEAD_FORM)].at(-1);
  if (lead) {
    const start = within.start + lead.index!;
    const whole = spanOf(text, start, start + lead[0].length);
    const leadSpan = spanOf(text, start + 1, start + 1 + lead[1]!.length);
    const units: RoleUnit[] = splitUnits(text, leadSpan).map((span) => ({ span, position: 0, role: "LEAD" }));
    if (lead[2]) {
      const at = start + lead[0].lastIndexOf(lead[2] + "配合");
      for (const span of splitUnits(text, spanOf(text, at, at + lead[2].length))) units.push({ span, position: 0, role: "PARTICIPANT" });
    }
    units.forEach((u, i) => (u.position = i));
    return { whole, list: spanOf(text, start + 1, whole.end - 1), units, prefix: prefixOf(units) };
  }
  const joint = [...within.text.matchAll(JOINT_FORM)].at(-1);
  if (joint) {
    const start = within.start + joint.index!;
    const whole = spanOf(text, start, start + joint[0].length);
    const units = splitUnits(text, spanOf(text, start + 1, start + 1 + joint[1]!.length)).map((span, position) => ({ span, position, role: "JOINT" as const }));
    return { whole, list: spanOf(text, start + 1, whole.end - 1), units, prefix: prefixOf(units) };
  }
  return null;
}

/** The unit names of a list, split at 、 , ; with their own spans. */
function splitUnits(text: string, list: Span): Span[] {
  const out: Span[] = [];
  let offset = list.start;
  for (const part of list.text.split(/[、,，;；]/)) {
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    if (name !== "") out.push(spanOf(text, offset + lead, offset + lead + name.length));
    offset += part.length + 1;
  }
  return out;
}

function prefixOf(units: RoleUnit[]): string {
  return /^[省市区县](?!场)/.exec(units[0]?.span.text ?? "")?.[0] ?? "";
}

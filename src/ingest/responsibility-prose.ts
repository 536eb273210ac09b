import type { ResponsibilityClause, ResponsibleRole, RoleUnit } from "./responsibility-forms.js";
import { type Span, spanOf } from "./span.js";
import { readUnits } from "./unit-readings.js";

// A department named with its level (`市数据资源管理局`): the shortest name ending in a department word.
const UNIT = String.raw`[省市区县](?!场)[\u4e00-\u9fff]{1,14}?(?:局|委|厅|办|中心|署)`;
// Later names of a list may leave the level to the first (`市经信局、科技局`).
const LIST = String.raw`${UNIT}(?:、[省市区县]?(?!场)[\u4e00-\u9fff]{1,14}?(?:局|委|厅|办|中心|署))*`;
// The item's number (`第三条`, `(一)`, `1.`), then the sentence's subject.
const OPENING = String.raw`^\s*(?:第[一二三四五六七八九十百零]+条|[(（][一二三四五六七八九十]+[)）]|\d+[.、．])?\s*(?:由)?`;
const LEADS = new RegExp(String.raw`${OPENING}(${UNIT})牵头[^。；;]*?[,，](${LIST})配合`);
const WITH = new RegExp(String.raw`${OPENING}(${UNIT})会同(${LIST})`);
const ALONE = new RegExp(String.raw`${OPENING}(${UNIT})(?:牵头|负责|依法)`);

/**
 * Responsibility written as the subject of an item's first sentence, as regulations do:
 * `市甲局牵头负责…,市乙局、市丙局配合…` (LEAD, PARTICIPANTs), `市甲局会同市乙局…` (LEAD,
 * PARTICIPANT), `市甲局依法…`/`市甲局负责…` (LEAD). Only level-prefixed departments count, so an
 * ordinary sentence is never read as one. The words stay in the item's text: `whole` is empty.
 */
export function findProseResponsibility(text: string, within: Span): ResponsibilityClause | null {
  const first = within.text.split("。")[0]!;
  const m = LEADS.exec(first) ?? WITH.exec(first) ?? ALONE.exec(first);
  if (!m) return null;
  const groups: { words: string; role: ResponsibleRole }[] = [{ words: m[1]!, role: "LEAD" }];
  if (m[2]) groups.push({ words: m[2], role: "PARTICIPANT" });
  const items: Span[] = [];
  const roles: ResponsibleRole[] = [];
  let from = 0;
  for (const g of groups) {
    const at = first.indexOf(g.words, from);
    from = at + g.words.length;
    let offset = within.start + at;
    for (const name of g.words.split("、")) {
      items.push(spanOf(text, offset, offset + name.length));
      roles.push(g.role);
      offset += name.length + 1;
    }
  }
  const units: RoleUnit[] = readUnits(text, items).map(({ unit, index }, position) => ({ span: unit, position, role: roles[index]! }));
  const whole = spanOf(text, within.start, within.start);
  return { whole, list: spanOf(text, within.start + m.index, within.start + m.index + m[0].length), units, prefix: /^[省市区县]/.exec(m[1]!)![0] };
}

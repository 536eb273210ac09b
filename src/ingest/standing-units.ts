// Standing units: one sentence gives every later task the same units, so the document need not
// repeat them in each list: `除专门列出外,以下任务均涉及各市(州)数据管理部门,不再重复`,
// `以下各项任务均需各区政府落实,不再一一列出`, `各县(市、区)人民政府为各项任务的责任单位,不再列出`.
// Each unit takes part (PARTICIPANT) in every task the sentence speaks of (those after it for
// `以下…`, else all) that does not list it.
import type { GraphBuilder } from "./graph-builder.js";
import type { Owner, UnitResolver } from "./extract-parts.js";
import { readUnitList } from "./responsibility-forms.js";
import type { RoleUnit } from "./responsibility-types.js";
import { type Span, spanOf } from "./span.js";

/** `不再一一列出`, `不再重复`: the words that say the units are left out of the lists below. */
const NOT_REPEATED = String.raw`\s*[,，;；]?\s*(?:以下|下同|后文)?\s*不再(?:一一|逐一|逐项|重复)?(?:列出|列明|注明|标注|重复|赘述)`;
/** A list's words: no sentence stop or bracket, except a short bracket in a name (`各市〔州〕`). */
const LIST = String.raw`((?:[^,，。;；:：()（）〔〕【】\n]|[(（〔][^()（）〔〕\n]{1,6}[)）〕])+?)`;
/** `除专门列出外,以下任务均涉及`, `以下各项任务均需`, `上述工作均由`. */
const EVERY_TASK = String.raw`(?:除(?:专门|特别|另有|单独)?(?:列出|注明|说明|明确|标注|列明|规定)的?(?:以)?外\s*[,，]?\s*)?(?:(?:以下|下列|本(?:方案|计划|意见|措施|要点)|上述|表中|表内|上表|下表)(?:各项|所有|全部)?|各项|所有|全部)(?:重点)?(?:任务|工作|事项)(?:均|都|皆)(?:涉及|由|需|需要|须|要)?`;
const VERB = String.raw`(?:(?:负责|参与|配合|组织|共同|协助)?(?:落实|推进|实施)|负责|参与|配合)?`;
/** `以下任务均涉及A、B,不再重复` */
const TASKS_NAME_UNITS = new RegExp(EVERY_TASK + LIST + VERB + NOT_REPEATED, "g");
/** `A、B为各项任务的责任单位,不再列出` */
const UNITS_OF_EVERY_TASK = new RegExp(
  LIST +
    String.raw`(?:为|是)(?:以下|下列)?(?:各项|所有|全部)?(?:重点)?(?:任务|工作)的?(?:共同)?(?:责任|配合|参与|落实)(?:单位|部门|主体)` +
    NOT_REPEATED,
  "g",
);

/** A standing sentence: where it is written and the units it gives. */
export interface StandingUnits {
  whole: Span;
  units: RoleUnit[];
  prefix: string;
}

/** Every standing sentence of `text`, in order. */
export function findStandingUnits(text: string): StandingUnits[] {
  const found: StandingUnits[] = [];
  for (const form of [TASKS_NAME_UNITS, UNITS_OF_EVERY_TASK]) {
    for (const m of text.matchAll(form)) {
      const listStart = m.index! + m[0].indexOf(m[1]!);
      const { units, prefix } = readUnitList(text, spanOf(text, listStart, listStart + m[1]!.length), "PARTICIPANT");
      if (units.length > 0) found.push({ whole: spanOf(text, m.index!, m.index! + m[0].length), units, prefix });
    }
  }
  return found.sort((a, b) => a.whole.start - b.whole.start);
}

/**
 * Relates the units of each standing sentence to every task it speaks of (written after it for
 * `以下`/`下表`, else every task but the one it is written in) that does not already name them, as
 * PARTICIPANT after the task's own units; the sentence's words are the evidence.
 */
export function addStandingUnits(b: GraphBuilder, text: string, owners: Owner[], resolve: UnitResolver): void {
  for (const standing of findStandingUnits(text)) {
    // `以下`/`下表` looks ahead; `表中`/`上述`/`各项任务` speaks of every task (a note under a table, of its rows).
    const ahead = /以下|下列|下表/.test(standing.whole.text);
    for (const owner of owners) {
      if (owner.label !== "Task") continue;
      if (
        ahead
          ? owner.span.start < standing.whole.end
          : owner.span.start < standing.whole.end && owner.span.end > standing.whole.start
      )
        continue;
      let position = b.countFrom("RESPONSIBLE", owner.id);
      for (const unit of standing.units) {
        const agencyId = resolve(unit.span, standing.prefix);
        if (!agencyId || b.hasRelationship("RESPONSIBLE", owner.id, agencyId)) continue;
        b.relate("RESPONSIBLE", owner.id, agencyId, { role: "PARTICIPANT", position: position++ }, unit.span);
      }
    }
  }
}

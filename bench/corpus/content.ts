// The body of a plan after its preamble: 总体要求 with its goals, 重点任务 (as items, as actions with
// numbered tasks, or as a task table) each with its responsible units, and 保障措施.
import { collectiveBelow, governmentOf, unitsOf } from "./bodies.js";
import { fillSlots } from "./entities.js";
import type { Place } from "./places.js";
import type { Random } from "./random.js";
import { goalSentence } from "./targets.js";
import { ACTIONS, GUIDANCE, MEASURES, TASKS } from "./words.js";

/** How the tasks are laid out: `（一）` items, `（一）` actions with `1.` tasks, or a table with 牵头/配合 columns. */
export type BodyStyle = "items" | "actions" | "table";
/** How a clause names its units: `责任单位：A、B`, `A牵头，B配合`, or `牵头单位：A；配合单位：B`. */
type UnitForm = "list" | "lead" | "labelled";

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const INDENT = "　　";

/** What the body needs to know of its document. */
export interface BodyPlan {
  place: Place;
  style: BodyStyle;
  /** The year the goals are due. */
  deadline: number;
  issueYear: number;
}

/** The lines of the body, from `一、总体要求` to the last measure. */
export function bodyLines(rng: Random, plan: BodyPlan): string[] {
  const form = rng.weighted<UnitForm>(["list", "lead", "labelled"], [5, 3, 2]);
  const goals = INDENT + goalSentence(rng, plan.place, plan.deadline);
  const sections: [string, string[]][] = [];
  const guidance = INDENT + rng.pick(GUIDANCE);
  // Goals in 总体要求 itself, or in a 发展目标 section of their own.
  if (rng.chance(0.5)) sections.push(["总体要求", [guidance + goals.trimStart()]]);
  else sections.push(["总体要求", [guidance]], [rng.pick(["发展目标", "工作目标"]), [goals]]);
  const tasks = rng.zipfDistinct(TASKS, rng.int(4, 6), 0.7);
  sections.push(["重点任务", taskLines(rng, plan, tasks, form)]);
  const measures = rng.zipfDistinct(MEASURES, rng.int(3, 4), 0.6);
  const numbering = plan.style === "actions" ? (k: number) => `（${k + 1}）` : (k: number) => `（${NUMERALS[k]}）`;
  sections.push([
    rng.pick(["保障措施", "组织实施"]),
    measures.map(
      ([heading, body], k) =>
        `${INDENT}${numbering(k)}${heading}。${body.replace("{gov}", governmentOf(plan.place))}${clause(rng, plan.place, form, true)}`,
    ),
  ]);
  return sections.flatMap(([heading, lines], k) => [`${INDENT}${NUMERALS[k]}、${heading}`, ...lines]);
}

function taskLines(rng: Random, plan: BodyPlan, tasks: [string, string][], form: UnitForm): string[] {
  const body = (t: [string, string]) => `${t[0]}。${fillSlots(rng, plan.place, t[1])}`;
  switch (plan.style) {
    case "items":
      return tasks.map((t, k) => `${INDENT}（${NUMERALS[k]}）${body(t)}${clause(rng, plan.place, form, false)}`);
    case "actions": {
      const dot = rng.pick([".", "、"]);
      const groups = [tasks.slice(0, 3), tasks.slice(3)];
      return rng
        .zipfDistinct(ACTIONS, 2, 0.5)
        .flatMap((action, a) => [
          `${INDENT}（${NUMERALS[a]}）${action}。`,
          ...groups[a]!.map((t, k) => `${INDENT}${k + 1}${dot}${body(t)}${clause(rng, plan.place, form, false)}`),
        ]);
    }
    case "table": {
      const sep = rng.pick([" | ", "\t"]);
      const row = (cells: string[]) => cells.join(sep);
      return [
        `${INDENT}各项重点任务及分工如下：`,
        row(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]),
        ...tasks.map((t, k) => {
          const [lead, ...others] = units(rng, plan.place, false);
          const cell = `${t[0]}，${fillSlots(rng, plan.place, t[1]).split("，")[0]!.replace(/。$/, "")}`;
          return row([String(k + 1), cell, lead!, others.join("、"), due(rng, plan)]);
        }),
      ];
    }
    default:
      return assertNever(plan.style);
  }
}

/** The units of one item, lead first (a task has a lead and at least one partner): hubs (科技, 工信, 发改) most often; now and then the bodies below. */
function units(rng: Random, place: Place, measure: boolean): string[] {
  const pool = unitsOf(place);
  const out = rng.zipfDistinct(pool, rng.int(measure ? 1 : 2, 3), 1.4);
  const below = collectiveBelow(place);
  if (below && rng.chance(0.12)) out.push(below);
  return out;
}

/** The parenthesised clause naming an item's responsible units, in the document's form. */
function clause(rng: Random, place: Place, form: UnitForm, measure: boolean): string {
  const [lead, ...others] = units(rng, place, measure);
  if (form === "list" || others.length === 0) return `（责任单位：${[lead, ...others].join("、")}）`;
  if (form === "lead") return `（${lead}牵头，${others.join("、")}配合）`;
  return `（牵头单位：${lead}；配合单位：${others.join("、")}）`;
}

/** A table row's 完成时限. */
function due(rng: Random, plan: BodyPlan): string {
  const year = rng.int(plan.issueYear, Math.max(plan.issueYear, plan.deadline));
  return rng.weighted([`${year}年12月`, `${year}年底`, `${year}年${rng.int(3, 11)}月`, "持续推进"], [3, 3, 2, 2]);
}

function assertNever(x: never): never {
  throw new Error(`Unexpected body style: ${String(x)}`);
}

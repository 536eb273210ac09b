// Goals written inside a task table's cells (`新增智能算力2000PFLOPS`, `覆盖80%以上高频事项`): a row states
// what is to be done by its 完成时限, so a quantity its task sets is a goal due then.
import type { Span } from "./span.js";
import { deadlineIn, maskDeadlines } from "./target-deadlines.js";
import { quantitiesIn } from "./target-quantity.js";
import {
  AWARD,
  clauseTargets,
  GOAL_VERB_BEFORE_NUMBER,
  type ParsedTarget,
  pieces,
  RECURRING,
  type TargetContext,
} from "./targets.js";

/** A clause that sets what is to be done: it opens with a verb of making, reaching or serving. */
const GOAL_VERB =
  /^(?:力争|争取|确保|全市|全省|全区|全县|累计)?(?:新增|新建|建成|建设|培育|打造|引进|引育|形成|覆盖|接入|组织|举办|发布|孵化|推广|部署|开放|创建|认定|实现|达到|突破|完成|服务|吸引|集聚|带动|支持|开展|培训|上线|储备|征集|遴选|改造)/;
/** Where a cell's clauses end. */
const CLAUSE_END = /[。;；:：,，]/;

/** The last year a 完成时限 cell names (`2024年12月`, `2024—2025年`), or null (`长期坚持`, `每季度`). */
export function dueYear(due: Span | null): number | null {
  const years = due ? [...due.text.matchAll(/(\d{4})\s*[年—\-–~至]/g)].map((m) => Number(m[1])) : [];
  return years.length > 0 ? Math.max(...years) : null;
}

/**
 * The targets of a task table's row. A clause of its task cells is a goal when it opens with a goal verb or
 * a deadline, or bounds its number (`…200家以上`), and gives no money away (`给予最高100万元`); it is due in the
 * year it names, else the year of the row's 完成时限 cell, else the plan's year. A `每年…` clause is due by
 * the plan's horizon. Without any year a clause gives no target.
 */
export function rowTargets(text: string, cells: Span[], due: Span | null, context: TargetContext): ParsedTarget[] {
  const rowYear = dueYear(due) ?? context.planYear ?? null;
  return cells.flatMap((cell) =>
    pieces(text, cell, CLAUSE_END).flatMap((clause) => {
      const words = maskDeadlines(clause.text).trim();
      const found = quantitiesIn(words);
      if (found.length === 0 || AWARD.test(clause.text)) return [];
      if (RECURRING.test(words))
        return context.horizon !== undefined ? clauseTargets(text, clause, context.horizon) : [];
      const own = deadlineIn(clause.text, context.planYear);
      const bounded = found.some((q) => q.comparator !== "EXACTLY");
      if (own === null && !bounded && !GOAL_VERB.test(words) && !GOAL_VERB_BEFORE_NUMBER.test(words)) return [];
      const year = own ?? rowYear;
      return year === null ? [] : clauseTargets(text, clause, year);
    }),
  );
}

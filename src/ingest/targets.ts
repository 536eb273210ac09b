import { type Span, spanOf } from "./span.js";
import { DEADLINE_SOURCE, deadlineIn, firstDeadline, goalOpening, maskDeadlines } from "./target-deadlines.js";
import { cleanMetric, quantitiesIn, type Quantity, takeVerb } from "./target-quantity.js";
import { dictionaryEntry } from "./segmenter.js";

export type { Comparator } from "./target-quantity.js";

/** A quantified goal: `全市人工智能产业规模超过1200亿元` or `培育10家以上行业领军企业`. */
export interface ParsedTarget {
  /** The clause (or its `、` part), as the evidence. */
  clause: Span;
  /** What is measured (`人工智能产业规模`, `行业领军企业`): never holds `、` or a number (a name such as `5G` stays). */
  metric: string;
  /** The verb that comes before the number, if any (`打造`, `培育`). */
  verb: string | null;
  value: number;
  unit: string;
  comparator: Quantity["comparator"];
  /**
   * Year of the deadline the sentence names (`到2022年`, `至2025年底`, `2025年前`); null for a standard a rule
   * sets while it is in force (`处方审核率达到100%`).
   */
  deadlineYear: number | null;
}

/** What a region's goals are read with besides its words. */
export interface TargetContext {
  /** The year of a single-year work plan: its 全年/年内/年底前 (and 力争) clauses are goals of that year. */
  planYear?: number;
  /** The year a recurring goal (`每年…`) runs to; without it such a goal is not read. */
  horizon?: number;
  /** Spans read elsewhere (a task table's rows, read cell by cell): no goal is read inside them. */
  skip?: Span[];
  /** The year the document is dated: a clause opening with that year or a later one (`2025年带动…超过20亿元`) sets a goal. */
  issueYear?: number;
  /** The year a task table restating the text's items (a 分工表) sets the item holding an offset, if any. */
  dueBy?: (offset: number) => number | undefined;
  /** False in a section looking back, whose rules' standards (`…应当达到100%`) are no goals of the document. */
  standards?: boolean;
}

/** A clause that opens with a bare year (`2025年全省…`), not a deadline (`2025年底前`) nor a year's figures (`2025年度`). */
const OPENING_YEAR = /^\s*(\d{4})\s*年(?![\d底末前度以])/;
/** A lead-in that names the year of the goals after it: `2025年工作目标:`, `2026年主要目标:`. */
const YEAR_GOALS = /^\s*(\d{4})\s*年[^,，。:：\n]{0,6}目标\s*$/;
/** A sentence ending on a lead-in to the goals below it: `实现以下目标:`, `主要目标如下:`. */
const GOALS_BELOW = /(?:(?:以下|如下|下列)(?:主要|发展|工作)?目标|目标(?:如下|是))\s*[:：]\s*$/;
/** A section's or a part's numbered heading (`二、`, `(一)`), where goals announced above it end. */
const SECTION_HEADING = /^\s*(?:[一二三四五六七八九十]+\s*、|[(（][一二三四五六七八九十]+[)）])/;
/** A stage's year under dashes (`——2026年:`), a goal's lead-in wherever it stands. */
const DASHED_YEAR = /^\s*[—\-–]{1,2}\s*\d{4}\s*年(?:底|末)?\s*$/;
/** A clause that is only a year (`2025年,全州建成…`): in a 目标 section, the year of the goals after it. */
const BARE_YEAR = /^\s*(\d{4})\s*年(?:底|末)?\s*$/;
/**
 * A verb of making or of reaching a level anywhere before a clause's number (`依托…新建孵化器1家`,
 * `开通…航线10条`): a goal in a task table's row or a year's plan, however the clause opens.
 */
export const GOAL_VERB_BEFORE_NUMBER =
  /(?:新增|新建|建成|建设|创建|认定|组建|遴选|选派|完成|培育|培训|举办|招引|引进|引育|孵化|开通|接待|覆盖|接入|发布|上线|打造|达到|突破|提升到|提高到|提升至|提高至|延长至|缩短至|增长|开展|实施|编制|改造)[^,，;；。\d]{0,24}\d/;
/** A sentence telling what was done so far (`今年以来,新增企业30家`, `截至目前…`), not what the plan sets. */
const LOOKS_BACK = /^\s*(?:今年以来|年初以来|去年|上年|截至|截止|目前|当前|近年来|近年|过去)/;
/** What a staged goal does (`2025年,建成…`), which a sentence telling where things stood does not. */
const STAGE_VERBS = /力争|争取|确保|建成|达到|突破|培育|打造|实现|新增|形成|完成|推动|引进|带动|提升|提高|降低|控制/;
/** A goal set for every year of the plan: `每年发布不少于20个场景`, `全市每年组织…`, after an article's number too. */
export const RECURRING =
  /^\s*(?:第[一二三四五六七八九十百零]+条\s*|[(（]?[一二三四五六七八九十\d]+[)）.、]\s*)?(?:全市|全省|全区|全县|力争|争取|确保)?\s*每年/;
/** Money given or set aside, not a goal: `给予最高500万元奖励`, `每年补助不超过50万元`, `每年安排1000万元`. */
export const AWARD = /最高|给予|奖励|奖补|补贴|补助|资助|贴息|安排|列支/;
/** Money given in so many words: a clause saying it sets no goal, wherever it stands. */
/** A grant's amount or cap in a clause of its own (`单个企业年度补助不超过30万元`). */
const GRANT_CAP = new RegExp(String.raw`(?:${AWARD.source})[^,，。;；\d]{0,8}\d[\d.,]*\s*(?:万|亿)?元`);
const GIVEN =
  /给予.{0,20}(?:补助|补贴|奖励|奖补|资助|贴息|支持)|最高\s*\d[\d.,]*\s*万?亿?元|发放[^,，。;；]{0,12}?(?:券|补贴|奖励|资金)/;
/**
 * The condition of a support (`对年销售额首次突破1亿元的企业,给予…`, `对…且投资额超过50万元的,按…`): a
 * threshold the clause sets for who is paid, no goal.
 */
const CONDITION =
  /^\s*(?:[(（]?[一二三四五六七八九十\d]+[)）.、]\s*|第[一二三四五六七八九十百零]+条\s*)?对[^,，。;；]*的/;
/**
 * Where a sentence ends: 。!? or a line break that starts a paragraph (an indented, dashed or numbered
 * line). Any other line break is a hard break inside a sentence (`建成行业数据集50个以\n上。`).
 */
const SENTENCE_END = /[。!?！？]|\n(?=[^\S\n]|[—\-·•]|[(]?[一二三四五六七八九十\d]+[)．.、]|\n|$)/;

/**
 * Finds the numeric targets of a region. In a 目标 section (`goalSection`, the default) every
 * sentence is a goal and takes the last deadline named before it (or the first one after it, or the
 * plan's year, when none came before); elsewhere only the rest of a sentence from a clause that opens
 * with a deadline (`到2025年,…`, `…,力争到2026年…`, in a year's plan `全年…`/`年内…`) or follows a
 * `2025年工作目标:` lead-in is, and so is every paragraph under `实现以下目标:`. In a plan with a horizon,
 * a clause that bounds a measure in its own words (`…提高到80%以上`) is a goal of the plan's term (or of its item's row in
 * a 分工表 that restates it), unless
 * its sentence states a rule (`不得`, `应当`) or who qualifies. A clause opening with 每年 is a recurring goal, due by `horizon`. Each
 * clause gives one target per quantity, and a clause listing several (`领军企业5家、重点企业30家`) one
 * per `、` part.
 */
export function parseTargets(
  text: string,
  within: Span,
  goalSection = true,
  context: TargetContext = {},
): ParsedTarget[] {
  const { planYear, horizon, skip = [], issueYear } = context;
  const out: ParsedTarget[] = [];
  let year: number | null = firstDeadline(text.slice(within.start, within.end)) ?? planYear ?? null;
  // A paragraph that opens with a deadline (`到2027年,…基本成熟。推动不少于12万家…`) sets goals to its end.
  let paragraphGoal = false;
  // The deadline the paragraph of goals opened with.
  let openedBy: number | null = null;
  // A lead-in announcing the goals below it (`力争到2027年,实现以下目标:`) makes goals of the paragraphs after it,
  // up to the next heading.
  let listed = false;
  let last = within.start;
  for (const sentence of pieces(text, within, SENTENCE_END)) {
    const newParagraph = text.slice(last, sentence.start).includes("\n");
    if (newParagraph && SECTION_HEADING.test(sentence.text)) listed = false;
    // …and so do the `——` lines right under it (`到2027年,…基本形成。` / `——互联互通水平明显提升。接入…超过200家`).
    if (newParagraph && !listed && !/^\s*——/.test(sentence.text)) paragraphGoal = false;
    // The `——` lines take the deadline their paragraph opened with (`到2027年,…`), not a stage it named after
    // it (`2025年,新创建…100个`).
    if (newParagraph && paragraphGoal && openedBy !== null && /^\s*——/.test(sentence.text)) year = openedBy;
    // A single year's plan names a later year for a goal of its paragraph (`…,到2027年…达到4.5个`); the next
    // paragraph's goals are the plan's year again.
    if (newParagraph && !goalSection && planYear !== undefined) year = planYear;
    last = sentence.end;
    // A sentence opening with an earlier year (`2024年,全市…达到…`) tells what was done, not the plan's goals.
    const opened = Number(/^\s*(\d{4})\s*年(?![\d底末前])/.exec(sentence.text)?.[1] ?? Infinity);
    // A sentence opened by a bare year tells where things stood when it says 已, or when its year comes
    // before the goal in force and it sets nothing (`2024年,全市金融科技企业为186家`); a stage sets (`2025年,建成…`).
    // A year not yet over when the document was dated is no year things stood in (`2031年全市举办…不少于120场`).
    // A year before the document was dated is past whatever its verb (`2024年,全区…达到812亿元`).
    const stood =
      opened !== Infinity &&
      (/已/.test(sentence.text) ||
        (issueYear !== undefined && opened < issueYear) ||
        (year !== null &&
          opened < year &&
          !STAGE_VERBS.test(sentence.text) &&
          !(issueYear !== undefined && opened >= issueYear)));
    const back = opened < (planYear ?? -Infinity) || stood || LOOKS_BACK.test(sentence.text);
    const ofPlan = back ? undefined : planYear;
    const opening = goalOpening(ofPlan);
    // What a sentence looking back states is no goal, in a goals section too (a later clause opening
    // with its own deadline still is: `截至2024年底已建成1万个,到2026年达到2万个`).
    let goal = !back && (goalSection || paragraphGoal);
    if (!back && goalOpening(undefined).test(sentence.text)) {
      paragraphGoal = true;
      openedBy = firstDeadline(sentence.text) ?? year;
    }
    if (!back && GOALS_BELOW.test(sentence.text)) listed = paragraphGoal = true;
    // A sentence that says 每年 (`市经信局每年发布场景清单,发布场景不少于30个`) bounds each year's count after it.
    let everyYear = false;
    for (const clause of pieces(text, sentence, /[;；:：]|[,，](?!\d{3}(?!\d))|(?<!\d)[,，]/)) {
      if (skip.some((s) => clause.start < s.end && s.start < clause.end)) continue;
      const yearly =
        everyYear &&
        !AWARD.test(clause.text) &&
        quantitiesIn(maskDeadlines(clause.text)).some((q) => q.comparator === "AT_LEAST");
      if (RECURRING.test(clause.text) || yearly) {
        if (horizon !== undefined && !AWARD.test(clause.text)) out.push(...clauseTargets(text, clause, horizon));
        everyYear = true;
        continue;
      }
      if (/每年/.test(clause.text) && !AWARD.test(clause.text)) everyYear = true;
      const lead = YEAR_GOALS.exec(clause.text);
      if (lead) year = Number(lead[1]);
      // Staged goals name each stage's year alone before a comma (`2025年,建成…;到2027年,…`).
      // A dashed stage (`——2026年:中小学开课率达到95%以上`) names its year wherever it stands.
      const stage =
        goal || DASHED_YEAR.test(clause.text) ? BARE_YEAR.exec(clause.text.replace(/^\s*[—\-–]+/, "")) : null;
      if (stage) year = Number(stage[1]);
      // …and a stage after the plan's goals stands alone too (`到2027年,…` / `2025年,全省完成…1100公里`): a year
      // not yet over when the document was dated, alone before its comma, opens that year's goals.
      const alone = !back && !stage && issueYear !== undefined ? /^\s*(\d{4})\s*年\s*$/.exec(clause.text) : null;
      if (alone && Number(alone[1]) >= issueYear!) {
        year = Number(alone[1]);
        goal = true;
      }
      if (stage && DASHED_YEAR.test(clause.text) && Number(stage[1]) >= (planYear ?? -Infinity)) goal = true;
      goal ||= lead !== null || opening.test(clause.text) || DEADLINE_THEN_GOAL.test(clause.text);
      // A clause opening with a year still ahead when the document was dated (`2025年全省举办…不少于1500场`)
      // sets that year's goal in its own words, as a year's plan does.
      const ahead = OPENING_YEAR.exec(clause.text);
      // …unless it names a document (`2025年数字政府建设工作要点印发`, a news headline), which sets nothing itself.
      const dated =
        !back &&
        ahead !== null &&
        issueYear !== undefined &&
        Number(ahead[1]) >= issueYear &&
        !/印发|出台|工作要点|方案|计划/.test(clause.text);
      // In a goals section too such a clause names its own year, not the deadline of the sentences around it.
      if (dated && (goal || yearGoal(clause.text))) {
        if (!GIVEN.test(clause.text) && !CONDITION.test(clause.text))
          out.push(...clauseTargets(text, clause, Number(ahead[1])));
        continue;
      }
      // A plan's task that bounds a measure in its own words (`…结算率提高到80%以上`, `不少于300人次`) sets a goal
      // of the plan's term: its own year when it names one, else the plan's horizon.
      const standing =
        !goal &&
        !back &&
        ofPlan === undefined &&
        horizon !== undefined &&
        !CRITERIA.test(sentence.text) &&
        !RULE.test(sentence.text) &&
        standingGoal(clause.text, opened === Infinity);
      if (standing) {
        const due = deadlineIn(text.slice(sentence.start, clause.end)) ?? context.dueBy?.(clause.start) ?? horizon;
        if (!GIVEN.test(clause.text) && !CONDITION.test(clause.text)) out.push(...clauseTargets(text, clause, due));
        continue;
      }
      // A standard an obligation sets (`处方审核率应当达到100%`, `答复准确率应当不低于90%`, `…应当…首次响应时间
      // 不超过30分钟`): a goal for as long as the rule holds, due by no year. (Its 应当 is a RULE: never standing.)
      const standard =
        !goal &&
        !back &&
        context.standards !== false &&
        OBLIGATION.test(sentence.text) &&
        !CRITERIA.test(sentence.text) &&
        ruleStandard(clause.text);
      if (standard) {
        if (!GIVEN.test(clause.text) && !CONDITION.test(clause.text)) out.push(...clauseTargets(text, clause, null));
        continue;
      }
      if (!goal && !(ofPlan !== undefined && yearGoal(clause.text))) continue;
      // Money a goal's sentence goes on to give (`…,对购置机器人的企业给予设备投资额10%、最高200万元补助`) is no goal,
      // nor is a grant's cap (`单个企业年度补助不超过30万元`).
      if (GIVEN.test(clause.text) || CONDITION.test(clause.text) || GRANT_CAP.test(clause.text)) continue;
      year = deadlineIn(clause.text, ofPlan) ?? year;
      if (year !== null) out.push(...clauseTargets(text, clause, year));
    }
  }
  return out;
}

/**
 * A clause of a single year's plan that sets a goal by its own words, wherever it stands: a bound on
 * the number (`培育10个以上…`, `不少于5家`) or a level to reach (`累计达到150家`, `突破1000亿元`).
 * Money given (`给予最高500万元`) is none; other numbers of such a plan (`围绕5个重点领域`) are none.
 */
function yearGoal(clause: string): boolean {
  if (AWARD.test(clause)) return false;
  const found = quantitiesIn(maskDeadlines(clause));
  return found.some((q) => q.comparator !== "EXACTLY") || GOAL_VERB_BEFORE_NUMBER.test(clause);
}

/** A clause bounding a measure: a floor, a ceiling or a level to reach (`提高到80%以上`, `不少于2场`, `压缩至10个工作日以内`, `达到60个`). */
function standingGoal(clause: string, reaching = true): boolean {
  if (AWARD.test(clause)) return false;
  const masked = maskDeadlines(clause);
  // A level to reach or a count to add in so many words (`智慧助餐点达到60个`, `新增家庭养老床位1200张`) is one too,
  // unless `reaching` is false: a sentence opened by a year (`2030年,全县…达到860万人次`) tells that year's level.
  // What is built already (`全区已建成…中心13个`) is where things stand.
  // The quantity read may hold its verb (`达到90%`).
  const reached = (q: { index: number; length: number }) =>
    REACH_BEFORE.test(
      masked.slice(Math.max(0, q.index - 14), q.index) + masked.slice(q.index).replace(/\d[\s\S]*$/, ""),
    ) && !/已|现有/.test(masked.slice(0, q.index));
  return quantitiesIn(masked).some(
    (q) =>
      (q.comparator !== "EXACTLY" || (reaching && reached(q))) &&
      q.comparator !== "APPROXIMATELY" &&
      !/元$/.test(q.unit) &&
      !/^\s*的/.test(masked.slice(q.index + q.length)),
  );
}

/** Words that oblige (`应当`, `必须`, `须`), whose sentence may set a standard. */
const OBLIGATION = /应当|必须|(?<![必无])须/;

/**
 * A clause bounding a rate (`审核率达到100%`, `满意率不低于95%`), how often a thing is done (`不少于2次`), how
 * soon (`不超过30分钟`), how long each is trained (`不少于24学时`) or the least each place or year has (`每个街道
 * 至少建设1个`): a standard. Procedures' periods (`10个工作日内`) and money are none.
 */
function ruleStandard(clause: string): boolean {
  if (AWARD.test(clause)) return false;
  return quantitiesIn(maskDeadlines(clause)).some(
    (q) =>
      (/^[%‰]$/.test(q.unit) && (q.comparator !== "EXACTLY" || /(?:达到|保持在?)\s*[\d.]+\s*[%‰]/.test(clause))) ||
      (/^次$/.test(q.unit) && (q.comparator === "AT_LEAST" || q.comparator === "AT_MOST")) ||
      (/^(?:分钟|小时)$/.test(q.unit) && q.comparator === "AT_MOST") ||
      // …how long each is trained (`不少于24学时`), and the least each place has (`每个街道(镇)至少建设1个`).
      (/^(?:学时|课时)$/.test(q.unit) && q.comparator === "AT_LEAST") ||
      (/每(?:个|家|所|年)/.test(clause.slice(0, q.index)) && q.comparator === "AT_LEAST" && !/元$/.test(q.unit)),
  );
}

/** A verb of reaching or adding, with the measure's words after it, right before a number (`达到`, `新增…`, `完成…改造`). */
const REACH_BEFORE =
  /(?:达到|突破|提高到|提升到|提高至|提升至|新增|新建|建成|完成|推出|布设|设立)[^,，;；。\d、]{0,12}$/;

/**
 * Words of a rule that binds (must not, must, is forbidden, as a rule): its limits (`不得超过3个月`,
 * `…应当公示,公示期不少于10个工作日`) reach for nothing.
 */
const RULE = /不得|禁止|严禁|应当|必须|须|一般不/;
/** A sentence stating who qualifies (`申请认定…应当具备…不低于3000平方米`, `原则上不低于200千瓦`): thresholds, no goals. */
// `有条件的助餐点` are where it can be done, not who qualifies.
const CRITERIA = /具备|申请|申报|(?<!有)条件|原则上|门槛/;

/** `span` cut at every match of `separator` (the separators left out), empty pieces dropped. */
export function pieces(text: string, span: Span, separator: RegExp): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const flags = separator.flags.includes("g") ? separator.flags : separator.flags + "g";
  for (const m of span.text.matchAll(new RegExp(separator.source, flags))) {
    out.push(spanOf(text, start, span.start + m.index!));
    start = span.start + m.index! + m[0].length;
  }
  out.push(spanOf(text, start, span.end));
  return out.filter((p) => p.text.trim() !== "");
}

/** A deadline inside a clause right before what is reached by it (`产业规模到2027年突破2000亿元`). */
const DEADLINE_THEN_GOAL = new RegExp(
  String.raw`${DEADLINE_SOURCE}\s*(?:突破|达到|超过|超|不低于|不少于|提高到|提升到|提高至|提升至|控制在|降低到|降至|下降)[^,，;；。]{0,12}?\d`,
);
/** Verbs that say what the counted things do or serve (`…300名服务农业生产一线`, `…50台用于巡检`). */
const PURPOSE = /^\s*(?:服务|用于|覆盖|带动|参与|从事|投入|支撑|辐射|惠及|深入)/;

/**
 * The targets of one clause, due in `year`. Its `、` parts are grouped so that each group ends with the part
 * holding a quantity (`培育国家级、省级领军企业5家`, `重点企业30家`); parts after the last quantity
 * join the last group. A group gives one target, with the verb of the first group when it has none.
 */
export function clauseTargets(text: string, clause: Span, year: number | null): ParsedTarget[] {
  // The year a clause opens with (`2031年全市举办…`) is when, not what is measured.
  // A number inside a quoted name (`打造“15分钟便民服务圈”`) names the thing; it measures nothing.
  const masked = maskDeadlines(clause.text)
    .replace(OPENING_YEAR, (y) => " ".repeat(y.length))
    .replace(/“[^“”\d]{0,12}\d[^“”]{0,12}”/g, (q) => " ".repeat(q.length));
  const respective = respectiveTargets(text, clause, masked, year);
  if (respective) return respective;
  const parts = pieces(masked, spanOf(masked, 0, masked.length), /、/);
  const groups: { start: number; end: number }[] = [];
  let open = parts[0]?.start ?? 0;
  for (const p of parts) {
    if (quantitiesIn(p.text).length === 0) continue;
    groups.push({ start: open, end: p.end });
    open = p.end + 1;
  }
  if (groups.length > 0 && parts.at(-1)!.end > groups.at(-1)!.end) groups.at(-1)!.end = parts.at(-1)!.end;
  const out: ParsedTarget[] = [];
  let sharedVerb: string | null = null;
  for (const g of groups) {
    const words = masked.slice(g.start, g.end);
    // With two numbers, the one closing the group is the goal (`营业收入超10亿元企业不少于10家`).
    const found = quantitiesIn(words);
    const q = found.find((x) => words.slice(x.index + x.length).trim() === "") ?? found[0]!;
    const before = words.slice(0, q.index);
    const after = words.slice(q.index + q.length);
    // A measure's bound right before a kind (`年综合能耗1万吨标准煤以上(的)重点用能单位实行…`) says which, not
    // how many: the kind is not counted in tons. A share or a count so bounded (`80%以上的社区卫生服务站`,
    // `15天以上的应急需求`) is how many.
    const measure = /元|吨|瓦|平方米|公里|公顷|亩|立方米|标准煤/.test(q.unit);
    if (
      q.comparator !== "EXACTLY" &&
      measure &&
      /^\s*(?:的\s*)?\p{Script=Han}/u.test(after) &&
      !/^\s*(?:并|且|及|和)/.test(after)
    )
      continue;
    // Either the metric comes first and the number closes the clause (`产业规模超过1200亿元`),
    // or a verb comes first and the metric follows the number (`打造8个产业集群`).
    // A predicate joined on after the number (`床位3000张以上并全部接入市级平台`) is no metric.
    // …nor what the counted do (`选派科技特派员300名服务农业生产一线`) when the metric came before the number.
    const led = takeVerb(before);
    const metricFirst =
      after.trim() === "" ||
      /^\s*(?:并|且|并且|同时)/.test(after) ||
      // …nor another thing built beside it (`建设LED虚拟制片棚4个及配套机房`) when the metric came first.
      (/^\s*(?:及|以及)/.test(after) && led.rest.trim() !== "") ||
      (PURPOSE.test(after) && led.verb !== null && led.rest.trim() !== "");
    const { verb, rest } = metricFirst ? led : { verb: cleanMetric(before) || null, rest: after };
    sharedVerb ??= verb;
    const lead = /^\s*/.exec(words)![0].length;
    const trail = /\s*$/.exec(words)![0].length;
    out.push({
      clause: spanOf(text, clause.start + g.start + lead, clause.start + g.end - trail),
      metric: cleanMetric(rest),
      verb: verb ?? (out.length > 0 ? sharedVerb : null),
      value: q.value,
      unit: q.unit,
      comparator: q.comparator,
      deadlineYear: year,
    });
  }
  return out;
}

/** `A、B、C＋measure 分别 verb x、y、z(以内)`: a verb of reaching or bounding after 分别, then the values. */
const RESPECTIVELY =
  /^([^,，;；:：。]+?)分别\s*(达到|控制在|保持在|提高到|提升到|提高至|提升至|降低到|降低至|降至|下降到|不低于|不少于|不超过|超过|突破|为)?\s*([^,，;；:：。]+)$/;

/**
 * The targets of a clause that gives several things' values in turn (`果蔬、肉类、水产品冷链流通率分别达到45%、
 * 70%、80%`): one per thing, its measure the thing with the words the last one shares (`肉类冷链流通率`), its
 * bound what the verb and the words after the last value say (`控制在…以内` for each). Null when the clause is
 * no such list, or its things and values differ in number.
 */
function respectiveTargets(text: string, clause: Span, masked: string, year: number | null): ParsedTarget[] | null {
  const m = RESPECTIVELY.exec(masked);
  if (!m) return null;
  const things = m[1]!.split("、").map((t) => t.trim());
  const values = m[3]!.split("、").map((v) => v.trim());
  if (things.length < 2 || things.length !== values.length || things.some((t) => t === "")) return null;
  const quantities = values.map((v) => quantitiesIn(v));
  if (
    quantities.some(
      (q, k) => q.length !== 1 || q[0]!.index !== 0 || (k < values.length - 1 && q[0]!.length !== values[k]!.length),
    )
  )
    return null;
  const last = things.at(-1)!;
  const thing = lastThing(last, things.slice(0, -1));
  const shared = last.slice(thing.length);
  if (shared.length < 2) return null;
  const verb = m[2] ?? "";
  const tail = /(?:以\s*上|左\s*右|以\s*内|以\s*下)$/.exec(values.at(-1)!)?.[0] ?? "";
  const lead = /^\s*/.exec(clause.text)![0].length;
  const trail = /\s*$/.exec(clause.text)![0].length;
  return values.map((v, k) => {
    const q = quantitiesIn(`${verb}${v}${k < values.length - 1 ? tail : ""}`)[0]!;
    const own = k < things.length - 1 ? things[k]! : thing;
    return {
      clause: spanOf(text, clause.start + lead, clause.end - trail),
      metric: cleanMetric(own + shared),
      verb: verb || null,
      value: q.value,
      unit: q.unit,
      comparator: q.comparator,
      deadlineYear: year,
    };
  });
}

/**
 * The last thing of a respective list, without the measure the list shares (`水产品` of `水产品产后损耗率`): the
 * longest word the dictionary knows opening it, else as long as the others are.
 */
function lastThing(last: string, others: string[]): string {
  for (let n = Math.min(4, last.length - 2); n >= 2; n--)
    if (dictionaryEntry(last.slice(0, n))) return last.slice(0, n);
  const mean = Math.round(others.reduce((sum, o) => sum + o.length, 0) / others.length);
  return last.slice(0, Math.min(mean, last.length - 2));
}

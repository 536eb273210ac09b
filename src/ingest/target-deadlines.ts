// When a goal is due, as documents write it: a year named before it (`到2025年`, `2025年6月底前`), or, in a
// single year's work plan (`2025年工作要点`), words that mean that year (`全年`, `年内`, `年底前`, `6月底前`).

/**
 * A deadline as written, spaces allowed around the year: 到2025年, 到 2025 年底, 至2025年末, 2025年前,
 * 2025年6月底前, and a year aimed at (`力争2026年`, `争取2027年底`). Not 截至2022年底 or 截止到2022年底 (`as of`: where things stand), nor the 至 of a range
 * (2021至2023年).
 */
export const DEADLINE_SOURCE = String.raw`(?:(?:(?<!截止\s*)到|(?<![\d年截]\s*)至)\s*(\d{4})\s*年(?:底|末)?前?|(\d{4})\s*年(?:\s*\d{1,2}\s*月(?:份|底|末)?|底|末)?前|(?<=(?:力争|争取|确保)\s*)(\d{4})\s*年(?:底|末)?(?![\d度以]))`;
const DEADLINE = new RegExp(DEADLINE_SOURCE, "g");

/**
 * Words of a single-year plan that mean its year: 全年, 年内, 今年 (not 今年以来, which looks back), 本年度,
 * 年底(前), 年末(前), and a month's end without a year (`6月底前`, `9月份前`).
 */
const PLAN_WORDS_SOURCE = String.raw`(?:全年|年内|今年(?!以来)|本年度?|(?<![\d年]\s*)年(?:底|末)前?|(?<![\d年]\s*)\d{1,2}\s*月(?:份|底|末)?前|(?<![\d年]\s*)\d{1,2}\s*月(?:底|末))`;
const PLAN_WORDS = new RegExp(PLAN_WORDS_SOURCE, "g");

/**
 * The year a title's single-year work plan is for: `2025年工作要点`, `2025年重点工作`, `2025年度工作计划`,
 * `2025年5G和信息基础设施建设工作要点`, `2025年全省“人工智能+医疗健康”工作要点`, and a year's own plan
 * (`绵阳市2025年夜间经济提质扩容行动方案`, `吴江区2025年电力迎峰度夏工作方案`, `甲市2025年稳外贸若干措施`).
 */
export const PLAN_YEAR =
  /(?<![\d年][-—–~至]\s*)(\d{4})\s*年度?(?![-—–~至]\s*\d)(?:[\u4e00-\u9fffA-Za-z\d+＋“”"]{0,24}?)(?:工作要点|重点工作|工作计划|工作安排|重点任务|工作清单|行动方案|工作方案|实施方案|行动计划|若干措施|若干举措|政策措施)/;

/** The year of a title's single-year plan, or undefined (a `2024—2026年` range is no single year). */
export function planYearOf(title: string): number | undefined {
  // A yearly edition of a policy (`若干政策举措(2025年版)`) sets its goals for that year.
  const year = PLAN_YEAR.exec(title)?.[1] ?? /\((\d{4})\s*年版\)\s*$/.exec(title)?.[1];
  return year ? Number(year) : undefined;
}

/**
 * The year a recurring goal (`每年发布…`) runs to: the plan's own year, else the end of the period its title
 * names (`(2024—2026年)`), else the last deadline its text names; undefined when none is known.
 */
export function horizonOf(title: string, text: string, planYear?: number): number | undefined {
  if (planYear !== undefined) return planYear;
  const period = /(\d{4})\s*[-—–~至]\s*(\d{4})\s*年/.exec(title);
  if (period) return Number(period[2]);
  // A measures document's term: `有效期至2027年12月31日`, `有效期3年` after `自2025年…起施行`.
  const term = /有效期(?:至|到)\s*(\d{4})\s*年/.exec(text);
  if (term) return Number(term[1]);
  const years = /自\s*(\d{4})\s*年[^。]{0,20}?起施行[^。]{0,12}?有效期\s*(\d{1,2})\s*年/.exec(text);
  if (years) return Number(years[1]) + Number(years[2]);
  const named = [...text.matchAll(DEADLINE)].map((m) => Number(m[1] ?? m[2] ?? m[3]));
  return named.length > 0 ? Math.max(...named) : undefined;
}

/** The first deadline year `words` name, or null. */
export function firstDeadline(words: string): number | null {
  const m = new RegExp(DEADLINE_SOURCE).exec(words);
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null;
}

/** The year `words` set their goals for: the last deadline named, else the plan's year when its words say so. */
export function deadlineIn(words: string, planYear?: number): number | null {
  const named = [...words.matchAll(DEADLINE)].at(-1);
  if (named) return Number(named[1] ?? named[2] ?? named[3]);
  return planYear !== undefined && new RegExp(PLAN_WORDS_SOURCE).test(words) ? planYear : null;
}

/**
 * A clause that opens with a deadline (after an item number or an article's, a `目标:` lead-in or 力争): a goal from there to
 * the end of its sentence wherever it stands. In a single year's plan its year's words open one too, and so
 * do 力争/争取/确保 alone and the bare plan year (`2025年,全市…`), since every goal of such a plan is that year's.
 */
export function goalOpening(planYear?: number): RegExp {
  // `二是全年遴选…`: an enumeration's number opens the clause too.
  const lead = String.raw`^[\s—\-]*(?:[(]?[一二三四五六七八九十\d]+[)．.、]\s*|第[一二三四五六七八九十百零]+条\s*|[一二三四五六七八九十]是\s*)?(?:[^,，。:：\n]{0,8}[:：\n])?\s*`;
  if (planYear === undefined) return new RegExp(`${lead}(?:力争|争取|预计|计划)?\\s*${DEADLINE_SOURCE}`);
  const ofPlan = `${PLAN_WORDS_SOURCE}|${planYear}\\s*年(?!\\s*[\\d度以])`;
  return new RegExp(
    `${lead}(?:(?:力争|争取|预计|计划|确保)\\s*(?:${DEADLINE_SOURCE}|${ofPlan})?|${DEADLINE_SOURCE}|${ofPlan})`,
  );
}

/** `words` with every deadline blanked out (same length), so that its numbers are not read as quantities. */
export function maskDeadlines(words: string): string {
  return words.replace(DEADLINE, (d) => " ".repeat(d.length)).replace(PLAN_WORDS, (d) => " ".repeat(d.length));
}

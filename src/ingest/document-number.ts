/**
 * 文号 (document numbers) and titles in one spelling for matching: `粤府办（2021）57号`,
 * `粤府办(2021)57号`, `粤府办[2021]57号`, `粤府办〔2021〕57号`, `国发〔2017年〕35号` and
 * `国发〔2017〕35 号` (spaces or a line break anywhere, as scraped pages have them) are the same number.
 */

// A bracket before the prefix (`[绵府办发〔2025〕9号]…`, a page's tag) is no part of it.
const PREFIX_CHAR = String.raw`[^\s\d()（）《》,，。、:：;；\[\]［］【】]`;
// An order's serial may say 第 (`河北省人民政府令〔2012〕第3号`).
const YEAR_AND_SERIAL = String.raw`\s*[〔\[［(（]\s*\d{4}\s*年?\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号`;

/** A 文号 as written: issuer prefix, year in any bracket (年 inside allowed), serial, 号; whitespace allowed between the parts. */
export const DOC_NUMBER_SOURCE = String.raw`${PREFIX_CHAR}{1,12}${YEAR_AND_SERIAL}`;

/**
 * A 文号 in the brackets after a cited title, where a hard line break may also split its prefix
 * (`（工信部\n联科〔2024〕318号）`). Only there: elsewhere a prefix running over a line break would
 * take in the words of the line before.
 */
export const BRACKETED_DOC_NUMBER_SOURCE = String.raw`${PREFIX_CHAR}(?:\s*${PREFIX_CHAR}){0,11}${YEAR_AND_SERIAL}`;

/** The 文号 with its year in 〔〕, the official form, and no spaces or line breaks. */
export function normaliseDocNumber(n: string): string {
  return n.replace(/\s+/g, "").replace(/[〔\[［(（](\d{4})年?[〕\]］)）]/, "〔$1〕");
}

/**
 * A title reduced for matching: no spaces or 《》, ASCII brackets, and one dash for any run of
 * dashes or tildes (`2018——2020年`, `2018－2020年`, `2018~2020年`) or a 至 between two years.
 */
export function titleKey(title: string): string {
  return title
    .replace(/[\s《》“”"]/g, "")
    .replace(/[（]/g, "(")
    .replace(/[）]/g, ")")
    .replace(/(?<=\d)至(?=\d)/g, "-")
    .replace(/[\-－—–―~～]+/g, "-");
}

/**
 * A looser key that also drops the particle 的 (`…产业发展的行动计划` = `…产业发展行动计划`) and
 * 关于 (`某市关于…的意见` = `某市…意见`). Only for a title cited without a 文号, and only when it picks one document: 的
 * inside a word (目的, 标的, 的确) is kept, as dropping it would join unrelated titles.
 */
export function looseTitleKey(title: string): string {
  return titleKey(title)
    .replace(/关于/g, "")
    .replace(/(?<![目标])的(?![确士])/g, "");
}

/**
 * A title reduced beyond {@link titleKey} for comparing the spellings one document's title gets in
 * its own notice: 的 present or absent, any dash, 〈〉 and 【】 brackets, `年` after a year range.
 */
/** A draft's mark after its title (`(征求意见稿)`, `(送审稿)`): the draft is the document it becomes. */
export const DRAFT_MARK = /\s*\((?:征求意见稿|草案|送审稿|试行稿|讨论稿)\)\s*$/;

export function ownTitleKey(title: string): string {
  return (
    titleKey(title)
      .replace(/[〈〉<>‘’'「」『』]/g, "")
      .replace(/[〔\[［【]/g, "(")
      .replace(/[〕\]］】]/g, ")")
      .replace(/[‐‑‒―−﹣-]+/g, "-")
      .replace(/的/g, "")
      .replace(/(\d{4})-(\d{4})年/g, "$1-$2")
      // A draft for comment is the document it becomes: `X(征求意见稿)` is X.
      .replace(DRAFT_MARK, "")
  );
}

/** The issuing level a 文号's prefix implies: 国发/国办发/工信部 national, 粤 provincial, 穗/深 city. */
export function levelFromDocNumber(n: string): "NATIONAL" | "PROVINCIAL" | "MUNICIPAL" | "DISTRICT" | null {
  if (/^(国|工信部|发改|科技部|财)/.test(n)) return "NATIONAL";
  if (/^(粤|省)/.test(n)) return "PROVINCIAL";
  if (/^(穗|深|市)/.test(n)) return /^穗(埔|天|海|越|白|番|花|从|增|南|荔)/.test(n) ? "DISTRICT" : "MUNICIPAL";
  return null;
}

/**
 * A 文号 appended to a title line after a dash, as web pages title a notice
 * (`…关于印发《X》的通知-琼发改数据〔2025〕692号`, `…_粤府办〔2021〕57号`): group 1 is the 文号.
 */
export const TITLE_DOC_NUMBER_SUFFIX = new RegExp(String.raw`\s*[-—–_－]+\s*(${DOC_NUMBER_SOURCE})\s*$`);

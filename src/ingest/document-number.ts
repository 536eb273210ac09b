/**
 * 文号 (document numbers) and titles in one spelling for matching: `粤府办（2021）57号`,
 * `粤府办(2021)57号`, `粤府办[2021]57号` and `粤府办〔2021〕57号` are the same number.
 */

/** A 文号 as written: issuer prefix, year in any bracket, serial, 号. */
export const DOC_NUMBER_SOURCE = String.raw`[^\s\d()（）《》,，。、:：;；]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号`;

/** The 文号 with its year in 〔〕, the official form, and no spaces. */
export function normaliseDocNumber(n: string): string {
  return n.replace(/\s+/g, "").replace(/[\[［(（](\d{4})[\]］)）]/, "〔$1〕");
}

/** A title reduced for matching: no spaces or 《》, ASCII brackets, one kind of dash. */
export function titleKey(title: string): string {
  return title
    .replace(/[\s《》“”"]/g, "")
    .replace(/[（]/g, "(").replace(/[）]/g, ")")
    .replace(/[－—–~～至]/g, "-");
}

/** The issuing level a 文号's prefix implies: 国发/国办发/工信部 national, 粤 provincial, 穗/深 city. */
export function levelFromDocNumber(n: string): "NATIONAL" | "PROVINCIAL" | "MUNICIPAL" | "DISTRICT" | null {
  if (/^(国|工信部|发改|科技部|财)/.test(n)) return "NATIONAL";
  if (/^(粤|省)/.test(n)) return "PROVINCIAL";
  if (/^(穗|深|市)/.test(n)) return /^穗(埔|天|海|越|白|番|花|从|增|南|荔)/.test(n) ? "DISTRICT" : "MUNICIPAL";
  return null;
}

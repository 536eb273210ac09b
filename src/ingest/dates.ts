import { chineseNumeral } from "./span.js";

const DIGITS: Record<string, string> = {
  〇: "0",
  零: "0",
  Ｏ: "0",
  O: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** A date written alone on a line: `2021年9月3日` or `二〇二一年六月十八日`. */
export const DATE_LINE =
  /^\s*([\d〇零Ｏ一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日\s*$/;

/** The ISO date of a {@link DATE_LINE} match, or null when a part is not a number. */
export function isoDate(m: RegExpExecArray): string | null {
  const year = [...m[1]!].map((c) => DIGITS[c] ?? c).join("");
  const part = (s: string) => (/^\d+$/.test(s) ? Number(s) : chineseNumeral(s));
  const month = part(m[2]!);
  const day = part(m[3]!);
  if (!/^\d{4}$/.test(year) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

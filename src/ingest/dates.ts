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
  return isoOf(m[1]!, m[2]!, m[3]!);
}

/** The ISO date of a year, month and day written in Arabic or Chinese numerals, or null when one is not a number. */
function isoOf(written: string, monthWritten: string, dayWritten: string): string | null {
  const year = [...written].map((c) => DIGITS[c] ?? c).join("");
  const part = (s: string) => (/^\d+$/.test(s) ? Number(s) : chineseNumeral(s));
  const month = part(monthWritten);
  const day = part(dayWritten);
  if (!/^\d{4}$/.test(year) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A date a page printed with its 年月日 lost (`202535` for 2025年3月5日, `20250305`): six digits (one-digit
 * month and day) or eight (two-digit), alone on a line. Seven digits are ambiguous and read as none.
 */
const COMPACT_DATE = /^\s*(20\d{2})(?:(\d)(\d)|(\d{2})(\d{2}))\s*$/;

/** The ISO date of a line that holds only a date, written out or compact; null otherwise. */
export function lineDate(line: string): string | null {
  const m = DATE_LINE.exec(line);
  if (m) return isoDate(m);
  const c = COMPACT_DATE.exec(line);
  if (!c) return null;
  return c[2] ? isoOf(c[1]!, c[2], c[3]!) : isoOf(c[1]!, c[4]!, c[5]!);
}

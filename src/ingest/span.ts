/** A piece of a normalised text: `text === source.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The span of `text.slice(start, end)`. */
export function spanOf(source: string, start: number, end: number): Span {
  return { start, end, text: source.slice(start, end) };
}

/** Characters web pages put before a list item. */
const BULLET = /[•●▪◆■◇□►▶]/;

/** `span` with surrounding whitespace (and a list bullet before it) removed, offsets adjusted. */
export function trimSpan(source: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(source[start]!)) start++;
  // A list bullet a web page puts before a line (`• 某市人民政府关于…`) is layout, not words.
  if (start + 1 < end && BULLET.test(source[start]!) && /\s/.test(source[start + 1]!)) {
    start++;
    while (start < end && /\s/.test(source[start]!)) start++;
  }
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  return spanOf(source, start, end);
}

/** Lines of `source` with their offsets (without the line break). */
export function linesOf(source: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (const part of source.split("\n")) {
    lines.push(spanOf(source, start, start + part.length));
    start += part.length + 1;
  }
  return lines;
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses a Chinese ordinal from 一 to 九十九 (一, 十, 十二, 二十, 二十三); NaN when it is not one. */
export function chineseNumeral(s: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === "") return NaN;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? NUMERALS[tens]! : NaN;
  return (tens ? NUMERALS[tens]! : 1) * 10 + (units ? NUMERALS[units]! : 0);
}

/** A word as a pattern that lets `gap` stand between its characters (`标\s*题`): how pages space labels out. */
export function spaced(word: string, gap = String.raw`\s*`): string {
  return [...word].join(gap);
}

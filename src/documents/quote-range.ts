/** `?start=S&end=E`: a quote's offsets, none (the whole document), or what is wrong with them. */
export type QuoteRange = { start: number; end: number } | null | { problem: string };

/**
 * Reads `start` and `end` (both or neither) as JS string offsets (UTF-16 code units, as evidence
 * gives them) into a text of `length` code units: whole numbers, `start < end <= length`. Other
 * query parameters are ignored, so a link a messenger or mailer decorated still opens.
 */
export function readQuoteRange(query: Record<string, unknown>, length: number): QuoteRange {
  const { start, end } = query;
  if (start === undefined && end === undefined) return null;
  if (start === undefined || end === undefined)
    return {
      problem: `start and end go together: give both (?start=S&end=E, offsets from an Evidence), or neither for the whole document; only ${start === undefined ? "end" : "start"} was given.`,
    };
  const values: number[] = [];
  for (const [name, value] of [
    ["start", start],
    ["end", end],
  ] as const) {
    if (typeof value !== "string")
      return {
        problem: `${name} must be given once, as a whole number, but was ${Array.isArray(value) ? `repeated ${value.length} times` : "malformed"}.`,
      };
    if (!/^\d{1,10}$/.test(value))
      return {
        problem: `${name} must be a whole number (an offset from Evidence.start/end), but was "${value.slice(0, 50)}".`,
      };
    values.push(Number(value));
  }
  const [s, e] = values as [number, number];
  if (s >= e) return { problem: `start must be less than end, but start=${s} and end=${e}.` };
  if (e > length)
    return {
      problem: `end=${e} is past the end of the document's text, which is ${length} characters long (UTF-16 code units).`,
    };
  return { start: s, end: e };
}

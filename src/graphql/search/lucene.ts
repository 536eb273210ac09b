/** Characters with a meaning in Lucene's query syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns free text into a safe Lucene query: the exact phrase (boosted) OR its words. Every syntax
 * character is escaped and operators (AND, OR, NOT) are lower-cased, so no user input is a syntax
 * error. Returns null when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | null {
  const words = text
    .replace(SPECIAL, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => w.toLowerCase());
  if (words.length === 0) return null;
  const phrase = words.join(" ");
  return `"${phrase}"^4 OR (${words.join(" ")})`;
}

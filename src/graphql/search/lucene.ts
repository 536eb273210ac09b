/** Characters with a meaning in Lucene's query syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A run of Chinese characters, which the cjk analyzer indexes as overlapping character pairs. */
const HAN_RUN = /\p{Script=Han}+/gu;

/** The two readings of a search text: every word as written first, then any of its parts. */
export interface LuceneQueries {
  /**
   * Every word required, each as the index holds it: a Chinese word as all of its character pairs
   * (`人工智能` is 人工, 工智 and 智能), any other word as the analyzer reads it. Term lookups,
   * not phrases: a phrase checks the position of every pair in every candidate, which at 10,000
   * documents cost more than the rest of the search together (see bench/ingest/results.md).
   */
  strict: string;
  /** The exact phrase (boosted) OR any word; a Chinese word is then any of its character pairs (cjk analyzer). */
  loose: string;
}

/**
 * The terms a word is indexed as: the character pairs of its Chinese runs (a lone character
 * alone), and its other runs whole, left to the analyzer (`5G网络` is `5g` and 网络).
 */
function indexTerms(word: string): string[] {
  const terms: string[] = [];
  let last = 0;
  for (const m of word.matchAll(HAN_RUN)) {
    terms.push(word.slice(last, m.index));
    const chars = Array.from(m[0]);
    if (chars.length === 1) terms.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
    last = m.index + m[0].length;
  }
  terms.push(word.slice(last));
  return terms.filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/**
 * Turns free text into safe Lucene queries ({@link LuceneQueries}). Every syntax character is
 * escaped and operators (AND, OR, NOT) are lower-cased, so no user input is a syntax error.
 * Returns null when nothing searchable is left.
 */
export function toLuceneQueries(text: string): LuceneQueries | null {
  const words = text
    .replace(SPECIAL, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => w.toLowerCase());
  if (words.length === 0) return null;
  const terms = [...new Set(words.flatMap(indexTerms))];
  return {
    strict: terms.map((t) => `+"${t}"`).join(" "),
    loose: `"${words.join(" ")}"^4 OR (${words.join(" ")})`,
  };
}

/** Characters with a meaning in Lucene's query syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The two readings of a search text: every word as written first, then any of its parts. */
export interface LuceneQueries {
  /** The exact phrase (boosted) OR every word, each as a phrase: `人工智能 算力` needs both whole words. */
  strict: string;
  /** The exact phrase (boosted) OR any word; a Chinese word is then any of its character pairs (cjk analyzer). */
  loose: string;
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
  const phrase = `"${words.join(" ")}"^4`;
  return {
    strict: `${phrase} OR (${words.map((w) => `+"${w}"`).join(" ")})`,
    loose: `${phrase} OR (${words.join(" ")})`,
  };
}

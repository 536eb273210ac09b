import { createRequire } from "node:module";

// jieba's default dictionary as a table of words, apart from the segmenter so that modules which only
// ask how common a word is (jurisdiction.ts, of a customs house's city) import no segmenter.
const require = createRequire(import.meta.url);

let entries: Map<string, { freq: number; tag: string }> | null = null;

/**
 * A word's count and tag in the default dictionary, if it has the word. A place or brand that
 * happens to be a dictionary noun (`海棠`, a flower) is rare there, a generic noun (`区域`, `全省`)
 * common; and the dictionary lists many places with their level (`W区/ns`, `W市/ns`). Parsed on first use.
 */
export function dictionaryEntry(word: string): { freq: number; tag: string } | undefined {
  if (!entries) {
    const { dict } = require("@node-rs/jieba/dict.js") as typeof import("@node-rs/jieba/dict.js");
    entries = new Map();
    for (const line of new TextDecoder().decode(dict).split("\n")) {
      const [w, f, tag] = line.split(" ");
      if (w && f && tag) entries.set(w, { freq: Number(f), tag });
    }
  }
  return entries.get(word);
}

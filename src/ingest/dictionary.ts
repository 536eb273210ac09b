import { createRequire } from "node:module";

// jieba's default dictionary as a table of words, apart from the segmenter so that a module which only
// asks how common a word is need import no segmenter (segmenter.ts re-exports it for the name finders).
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

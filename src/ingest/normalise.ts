import { offsetLookup, removeRanges, unmapped } from "./offset-map.js";
import { toSimplified } from "./traditional.js";

export { toSimplified };

/** Normalised policy text plus the way back to the raw scrape it came from. */
export interface NormalisedText {
  /** Simplified Chinese text without pinyin readings (and, after `layoutText`, in paragraphs). */
  text: string;
  /**
   * Maps an offset in `text` (0..text.length inclusive, UTF-16 code units like JS string indices) to the offset in
   * the raw input of the character it came from. `raw.slice(toRaw(a), toRaw(b))` is the raw span of
   * `text.slice(a, b)`, including any pinyin readings, joined line breaks or page marks removed from inside it; a
   * line break `layoutText` inserted maps to the raw offset of the character after it.
   */
  toRaw(offset: number): number;
}

/** Text with pinyin readings removed, and for each of its offsets the raw offset it came from. */
export interface PinyinFreeText {
  text: string;
  /** `rawOffsets[i]` is the raw offset of `text[i]`; `rawOffsets[text.length]` is `raw.length`. */
  rawOffsets: Int32Array;
}

/**
 * A reading pasted after a Han character by the scraper, e.g. the `(qū)` in `區(qū)`: lowercase Latin letters,
 * tone-marked vowels included, in ASCII parentheses. Uppercase (`IAB`), digits and Chinese stay, and so does a
 * parenthesis after punctuation or Latin text, since only a reading follows the character it annotates.
 */
const PINYIN_READING = /(?<=\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)/gu;

/** Removes every pinyin reading from `raw`, recording where each remaining code unit came from. */
export function removePinyinReadings(raw: string): PinyinFreeText {
  const readings = Array.from(raw.matchAll(PINYIN_READING), (m) => ({ start: m.index, end: m.index + m[0].length }));
  const { text, offsets } = removeRanges(unmapped(raw), readings);
  return { text, rawOffsets: offsets };
}

/**
 * Removes pinyin readings from a scraped document and converts its Traditional lines to Simplified Chinese
 * (Simplified lines stay as written, see `toSimplified`).
 */
export function normalise(raw: string): NormalisedText {
  const { text, rawOffsets } = removePinyinReadings(raw);
  return { text: toSimplified(text), toRaw: offsetLookup(rawOffsets) };
}

import OpenCC, { type ConverterFunction } from "opencc-js";

/** Normalised policy text plus the way back to the raw scrape it came from. */
export interface NormalisedText {
  /** Simplified Chinese text without pinyin readings. */
  text: string;
  /**
   * Maps an offset in `text` (0..text.length inclusive, UTF-16 code units like JS string indices) to the offset in
   * the raw input of the character it came from. `raw.slice(toRaw(a), toRaw(b))` is the raw span of
   * `text.slice(a, b)`, including any pinyin readings removed from inside it.
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
  const kept: string[] = [];
  const offsets = new Int32Array(raw.length + 1);
  let length = 0;
  let cursor = 0;
  const keep = (end: number): void => {
    kept.push(raw.slice(cursor, end));
    for (let rawOffset = cursor; rawOffset < end; rawOffset++) offsets[length++] = rawOffset;
  };
  for (const reading of raw.matchAll(PINYIN_READING)) {
    keep(reading.index);
    cursor = reading.index + reading[0].length;
  }
  keep(raw.length);
  offsets[length] = raw.length;
  return { text: kept.join(""), rawOffsets: offsets.slice(0, length + 1) };
}

let twToCn: ConverterFunction | undefined;

/** Built on first use: loading the dictionaries is the slow part, and the converter is a pure function. */
function traditionalToSimplified(): ConverterFunction {
  twToCn ??= OpenCC.Converter({ from: "tw", to: "cn" });
  return twToCn;
}

/**
 * Converts Traditional (Taiwan) Chinese to Simplified (Mainland) Chinese and returns a string of exactly the same
 * length, so offsets into the input are offsets into the output. Each line is converted whole, for OpenCC's phrase
 * choices (著/着, 乾/干); a line whose length changes is converted character by character instead, and a character
 * whose own conversion changes length is kept as it is.
 */
export function toSimplified(traditional: string): string {
  return traditional.split("\n").map(convertLineKeepingLength).join("\n");
}

function convertLineKeepingLength(line: string): string {
  const convert = traditionalToSimplified();
  const whole = convert(line);
  if (whole.length === line.length) return whole;
  return Array.from(line, (character) => {
    const converted = convert(character);
    return converted.length === character.length ? converted : character;
  }).join("");
}

/** Removes pinyin readings from a scraped Traditional Chinese document and converts it to Simplified Chinese. */
export function normalise(raw: string): NormalisedText {
  const { text, rawOffsets } = removePinyinReadings(raw);
  return {
    text: toSimplified(text),
    toRaw(offset: number): number {
      const rawOffset = Number.isInteger(offset) ? rawOffsets[offset] : undefined;
      if (rawOffset === undefined) {
        throw new RangeError(`Expected an integer offset from 0 to ${text.length}, received ${offset}.`);
      }
      return rawOffset;
    },
  };
}

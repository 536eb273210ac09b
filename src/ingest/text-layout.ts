import { paragraphBreaks } from "./flattened.js";
import { lineJoinRanges } from "./line-joins.js";
import type { NormalisedText } from "./normalise.js";
import { insertBefore, type MappedText, offsetLookup, removeRanges, unmapped } from "./offset-map.js";
import { pageMarkRanges } from "./page-marks.js";
import { titleNumberBreaks } from "./title-number-line.js";

/**
 * Lays normalised text out in paragraphs, one per line, the way the structure parser reads it: page numbers and
 * running headers of a PDF copy go (`page-marks.ts`), lines cut at the page's width run on (`line-joins.ts`), a
 * page flattened to one line gets its paragraph breaks back (`flattened.ts`), and a title sharing its line with
 * its 文号 is parted from it (`title-number-line.ts`). Each step edits through
 * `offset-map.ts`, so `toRaw` of the result still gives, for every offset, the raw offset it came from; an inserted
 * break maps to the raw offset of the character after it. Text already in paragraphs comes back unchanged.
 */
export function layoutText(normalised: NormalisedText): NormalisedText {
  let mapped: MappedText = unmapped(normalised.text);
  mapped = removeRanges(mapped, pageMarkRanges(mapped.text));
  mapped = removeRanges(mapped, lineJoinRanges(mapped.text));
  mapped = insertBefore(mapped, paragraphBreaks(mapped.text));
  mapped = insertBefore(mapped, titleNumberBreaks(mapped.text));
  if (mapped.text === normalised.text) return normalised;
  return { text: mapped.text, toRaw: offsetLookup(mapped.offsets.map((offset) => normalised.toRaw(offset))) };
}

/**
 * Text derived from an input by removing and inserting characters, with the way back: every quote the extractor
 * stores must map to the exact input range it came from, so each preparation step (pinyin removal, page marks,
 * joined lines, inserted paragraph breaks) edits text through these two functions instead of by hand.
 */
export interface MappedText {
  text: string;
  /**
   * `offsets[i]` is the input offset of `text[i]`; `offsets[text.length]` is the input's length. An inserted
   * character takes the input offset of the character after it, so a span ending at or starting after an
   * inserted break still maps to the input characters it holds.
   */
  offsets: Int32Array;
}

/** A half-open range `[start, end)` of a text. */
export interface TextRange {
  start: number;
  end: number;
}

/** `text` unchanged: each offset maps to itself. */
export function unmapped(text: string): MappedText {
  const offsets = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = i;
  return { text, offsets };
}

/**
 * Removes `ranges` (offsets of `mapped.text`; overlapping or unsorted ranges are merged) and keeps for every
 * remaining character the input offset it had. A span around a removed range maps to an input range that holds it.
 */
export function removeRanges(mapped: MappedText, ranges: readonly TextRange[]): MappedText {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const { text, offsets } = mapped;
  const kept: string[] = [];
  const out = new Int32Array(text.length + 1);
  let length = 0;
  let cursor = 0;
  const keep = (end: number): void => {
    if (end <= cursor) return;
    kept.push(text.slice(cursor, end));
    out.set(offsets.subarray(cursor, end), length);
    length += end - cursor;
  };
  for (const range of sorted) {
    keep(range.start);
    cursor = Math.max(cursor, range.end);
  }
  keep(text.length);
  out[length] = offsets[text.length]!;
  return { text: kept.join(""), offsets: out.slice(0, length + 1) };
}

/**
 * Inserts `insert` (a line break) before each of `positions` (offsets of `mapped.text`, each used once). The
 * inserted characters map to the input offset of the character after them: they have no input of their own.
 */
export function insertBefore(mapped: MappedText, positions: readonly number[], insert = "\n"): MappedText {
  const sorted = [...new Set(positions)].filter((p) => p >= 0 && p <= mapped.text.length).sort((a, b) => a - b);
  const { text, offsets } = mapped;
  const parts: string[] = [];
  const out = new Int32Array(text.length + sorted.length * insert.length + 1);
  let length = 0;
  let cursor = 0;
  const copy = (end: number): void => {
    parts.push(text.slice(cursor, end));
    out.set(offsets.subarray(cursor, end), length);
    length += end - cursor;
    cursor = end;
  };
  for (const position of sorted) {
    copy(position);
    parts.push(insert);
    out.fill(offsets[position]!, length, length + insert.length);
    length += insert.length;
  }
  copy(text.length);
  out[length] = offsets[text.length]!;
  return { text: parts.join(""), offsets: out };
}

/** A `toRaw` for `offsets` that rejects anything but an integer offset of the text (0..length inclusive). */
export function offsetLookup(offsets: Int32Array): (offset: number) => number {
  return (offset: number): number => {
    const mapped = Number.isInteger(offset) ? offsets[offset] : undefined;
    if (mapped === undefined)
      throw new RangeError(`Expected an integer offset from 0 to ${offsets.length - 1}, received ${offset}.`);
    return mapped;
  };
}

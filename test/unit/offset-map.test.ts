import { describe, expect, it } from "vitest";
import { insertBefore, offsetLookup, removeRanges, unmapped } from "../../src/ingest/offset-map.js";

describe("removeRanges", () => {
  it("removes ranges and keeps each remaining character's input offset", () => {
    const { text, offsets } = removeRanges(unmapped("ab\n  cd\nef"), [{ start: 2, end: 5 }]);
    expect(text).toBe("abcd\nef");
    expect(Array.from(offsets)).toEqual([0, 1, 5, 6, 7, 8, 9, 10]);
  });

  it("merges overlapping and unsorted ranges and composes with an earlier removal", () => {
    const first = removeRanges(unmapped("0123456789"), [
      { start: 6, end: 8 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
    ]);
    expect(first.text).toBe("04589");
    const second = removeRanges(first, [{ start: 1, end: 3 }]);
    expect(second.text).toBe("089");
    expect(Array.from(second.offsets)).toEqual([0, 8, 9, 10]);
  });
});

describe("insertBefore", () => {
  it("inserts a break that maps to the input offset of the character after it", () => {
    const { text, offsets } = insertBefore(unmapped("一、甲。二、乙"), [4]);
    expect(text).toBe("一、甲。\n二、乙");
    expect(Array.from(offsets)).toEqual([0, 1, 2, 3, 4, 4, 5, 6, 7]);
  });

  it("inserts at the start and the end, once per position", () => {
    expect(insertBefore(unmapped("ab"), [2, 0, 0]).text).toBe("\nab\n");
  });
});

describe("offsetLookup", () => {
  it("maps offsets 0..length and rejects anything else", () => {
    const toRaw = offsetLookup(removeRanges(unmapped("a\nb"), [{ start: 1, end: 2 }]).offsets);
    expect([toRaw(0), toRaw(1), toRaw(2)]).toEqual([0, 2, 3]);
    expect(() => toRaw(3)).toThrow(RangeError);
    expect(() => toRaw(0.5)).toThrow(RangeError);
  });
});

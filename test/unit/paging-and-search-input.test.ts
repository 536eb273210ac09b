import { describe, expect, it } from "vitest";
import { EdgeDirection } from "../../src/graphql/common/count-spec.js";
import { decodeCursor, encodeCursor, orderTag } from "../../src/graphql/common/cursor.js";
import { OrderBy } from "../../src/graphql/common/enums.js";
import { toLuceneQueries } from "../../src/graphql/search/lucene.js";
import { ErrorCode } from "../../src/errors/error-code.js";

describe("keyset cursors", () => {
  const position = orderTag(OrderBy.POSITION, null);
  const leads = {
    types: ["RESPONSIBLE"],
    direction: EdgeDirection.IN,
    roles: ["LEAD"],
    otherKinds: null,
    descending: true,
  };

  it("round-trip the sort key and id", () => {
    const c = { order: position, key: 631, id: "Target:x/target-1" };
    expect(decodeCursor(encodeCursor(c), "after", position)).toEqual(c);
    const ranked = { order: orderTag(OrderBy.POSITION, leads), key: -3, id: "Agency:x" };
    expect(decodeCursor(encodeCursor(ranked), "before", ranked.order)).toEqual(ranked);
  });

  it("reject garbage and cursors of another order or another ranking with BAD_USER_INPUT, naming the argument", () => {
    const otherRanking = orderTag(OrderBy.POSITION, { ...leads, roles: ["PARTICIPANT"] });
    const cases = [
      ["not-a-cursor", "after", position],
      [encodeCursor({ order: "n", key: "a", id: "x" }), "after", position],
      [encodeCursor({ order: orderTag(OrderBy.POSITION, leads), key: -1, id: "x" }), "before", otherRanking],
    ] as const;
    for (const [cursor, argument, order] of cases) {
      try {
        decodeCursor(cursor, argument, order);
        expect.unreachable();
      } catch (e) {
        expect((e as { extensions: { code: string } }).extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
        expect((e as Error).message).toMatch(new RegExp(`^${argument} `));
      }
    }
  });
});

describe("toLuceneQueries", () => {
  it("escapes every syntax character and lower-cases operators", () => {
    expect(toLuceneQueries('5G AND (区块链) "VR" OR title:x*')).toEqual({
      strict: '+"5g" +"and" +"区块" +"块链" +"vr" +"or" +"title" +"x"',
      loose: '"5g and 区块链 vr or title x"^4 OR (5g and 区块链 vr or title x)',
    });
  });

  it("requires each word as the cjk analyzer indexes it: Chinese runs as character pairs, other runs whole", () => {
    const strict = (text: string) => toLuceneQueries(text)!.strict;
    expect(strict("人工智能 算力")).toBe('+"人工" +"工智" +"智能" +"算力"');
    expect(strict("5G网络")).toBe('+"5g" +"网络"');
    expect(strict("智")).toBe('+"智"');
    // A character outside the Basic Multilingual Plane is one character, not two halves.
    expect(strict("𠀀𠀁中")).toBe('+"𠀀𠀁" +"𠀁中"');
    expect(strict("智能 智能制造")).toBe('+"智能" +"能制" +"制造"');
  });

  it("returns null when nothing searchable is left", () => {
    expect(toLuceneQueries('+-&|!(){}[]^"~*?:\\/')).toBeNull();
  });
});

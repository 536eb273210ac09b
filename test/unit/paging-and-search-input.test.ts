import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../src/graphql/common/cursor.js";
import { OrderBy } from "../../src/graphql/common/enums.js";
import { toLuceneQuery } from "../../src/graphql/search/lucene.js";
import { ErrorCode } from "../../src/errors/error-code.js";

describe("keyset cursors", () => {
  it("round-trip the sort key and id", () => {
    const c = { orderBy: OrderBy.POSITION, key: 631, id: "Target:x/target-1" };
    expect(decodeCursor(encodeCursor(c), OrderBy.POSITION)).toEqual(c);
  });

  it("reject garbage and cursors of another order with BAD_USER_INPUT", () => {
    for (const [after, order] of [["not-a-cursor", OrderBy.POSITION], [encodeCursor({ orderBy: OrderBy.NAME, key: "a", id: "x" }), OrderBy.POSITION]] as const) {
      try {
        decodeCursor(after, order);
        expect.unreachable();
      } catch (e) {
        expect((e as { extensions: { code: string } }).extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
        expect((e as Error).message).toMatch(/after/);
      }
    }
  });
});

describe("toLuceneQuery", () => {
  it("escapes every syntax character and lower-cases operators", () => {
    expect(toLuceneQuery('5G AND (区块链) "VR" OR title:x*')).toBe('"5g and 区块链 vr or title x"^4 OR (5g and 区块链 vr or title x)');
  });

  it("returns null when nothing searchable is left", () => {
    expect(toLuceneQuery('+-&|!(){}[]^"~*?:\\/')).toBeNull();
  });
});

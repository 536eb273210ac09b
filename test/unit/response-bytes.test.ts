import { describe, expect, it } from "vitest";
import { responseBytes, stringifyResult } from "../../src/graphql/response-bytes.js";

describe("a response's JSON, made once", () => {
  it("sends what Apollo's own stringifier would, errors first, and measures it without the newline", () => {
    const result = { data: { a: "中文", b: [1, null] }, errors: [{ message: "x" }] };
    const expected = `${JSON.stringify({ errors: result.errors, data: result.data })}\n`;
    expect(responseBytes(result)).toBe(Buffer.byteLength(expected) - 1);
    // Apollo stringifies a reordered copy that shares data, errors and extensions.
    expect(stringifyResult({ errors: result.errors, data: result.data, extensions: undefined })).toBe(expected);
  });

  it("reuses the text only for the same data, errors and extensions", () => {
    const data = { n: 1 };
    const first = stringifyResult({ data });
    expect(stringifyResult({ data })).toBe(first);
    expect(stringifyResult({ data, extensions: { cost: 3 } })).toBe(
      `${JSON.stringify({ data, extensions: { cost: 3 } })}\n`,
    );
    const errors = [{ message: "late" }];
    expect(stringifyResult({ data, errors })).toBe(`${JSON.stringify({ errors, data })}\n`);
  });

  it("serialises results without a data object every time", () => {
    expect(stringifyResult({ errors: [{ message: "e" }] })).toBe('{"errors":[{"message":"e"}]}\n');
    expect(stringifyResult({ data: null })).toBe('{"data":null}\n');
  });
});

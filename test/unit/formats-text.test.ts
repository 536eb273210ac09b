// Reading plain text in the encodings researchers' files come in: UTF-8 with or without a BOM, UTF-16
// with a BOM, GBK as Chinese Windows tools save it; and refusing binary bytes and Western text that
// GB18030 would turn into nonsense Chinese. The sentences are invented.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/formats/charset.js";
import { readText } from "../../src/ingest/formats/text.js";
import { decodeDocument, IngestError } from "../../src/ingest/ingest-errors.js";

const TEXT = "某市人工智能产业发展行动方案\n　　一、总体要求\n　　到2025年，建成智能算力平台3个。\n";
const hints = { name: "plan.txt" };

/** The IngestError a call throws (failing the test when it throws nothing or something else). */
function refusal(read: () => unknown): IngestError {
  try {
    read();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error("expected an IngestError");
}

describe("reading plain text", () => {
  it("reads UTF-8 as it is, and drops a UTF-8 BOM", () => {
    expect(readText(Buffer.from(TEXT, "utf8"), hints)).toEqual({
      format: "TEXT",
      text: TEXT,
      encoding: "utf-8",
      metadata: {},
      warnings: [],
    });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")]);
    expect(readText(bom, hints)).toMatchObject({ text: TEXT, encoding: "utf-8", warnings: [] });
  });

  it("reads UTF-16LE and UTF-16BE after their BOMs", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]);
    expect(readText(le, hints)).toMatchObject({ text: TEXT, encoding: "utf-16le" });
    const be = Buffer.from(le).swap16();
    expect(readText(be, hints)).toMatchObject({ text: TEXT, encoding: "utf-16be" });
  });

  it("reads GBK bytes without a declaration as GB18030, saying so, and without a warning when the Content-Type names GBK", () => {
    const gbk = iconv.encode(TEXT + "支持喆睿智能科技有限公司建设平台。\n", "gbk");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk)).toThrow();
    const read = readText(gbk, hints);
    expect(read).toMatchObject({ text: TEXT + "支持喆睿智能科技有限公司建设平台。\n", encoding: "gb18030" });
    expect(read.warnings).toEqual([expect.stringContaining("no charset declared")]);
    expect(readText(gbk, { ...hints, contentType: "text/plain; charset=GBK" })).toMatchObject({
      encoding: "gb18030",
      warnings: [],
    });
  });

  it("falls back from a declared charset the bytes do not fit, with a warning", () => {
    const read = readText(iconv.encode(TEXT, "gbk"), { ...hints, contentType: "text/plain;charset=utf-8" });
    expect(read).toMatchObject({ text: TEXT, encoding: "gb18030" });
    expect(read.warnings).toEqual([expect.stringContaining('the declared charset "utf-8" does not fit the bytes')]);
  });

  it("refuses random bytes as NOT_UTF8, naming the encodings tried", () => {
    let seed = 7;
    const random = Buffer.from(
      Array.from({ length: 4096 }, () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24),
    );
    const e = refusal(() => readText(random, { name: "scan.bin" }));
    expect(e.problem).toBe("NOT_UTF8");
    expect(e.message).toMatch(/^scan\.bin is not text in any encoding tried .*UTF-8, GB18030\/GBK/);
  });

  it("does not take Latin-1 text for Chinese, though GB18030 decodes its bytes", () => {
    const latin1 = Buffer.from("Der Bürgermeister Müller grüßt die Bürger und Bürgerinnen der Stadt.\n", "latin1");
    const asChinese = iconv.decode(latin1, "gb18030");
    expect(asChinese).not.toContain("\uFFFD");
    expect(asChinese).toMatch(/\p{Script=Han}/u);
    expect(refusal(() => readText(latin1, { name: "brief.txt" })).problem).toBe("NOT_UTF8");
  });

  it("applies the checks every document passes: control characters and emptiness are refused", () => {
    expect(refusal(() => readText(Buffer.from("标题\u0001正文", "utf8"), hints)).problem).toBe("NOT_UTF8");
    expect(refusal(() => readText(iconv.encode("标题\u0002正文", "gbk"), hints)).problem).toBe("NOT_UTF8");
    expect(refusal(() => readText(Buffer.from(" \n\t", "utf8"), hints)).problem).toBe("EMPTY");
  });

  it("refuses bytes a BOM announces but that are not valid in its encoding", () => {
    const broken = Buffer.from([0xef, 0xbb, 0xbf, 0xe4, 0xb8]);
    expect(refusal(() => decodeBytes(broken, undefined, "cut.txt")).message).toMatch(
      /cut\.txt starts with a UTF-8 byte-order mark/,
    );
  });

  it("leaves decodeDocument as it was: UTF-8 only, and the same checks", () => {
    expect(decodeDocument(Buffer.from("\uFEFF" + TEXT, "utf8"), "a.txt")).toBe(TEXT);
    expect(refusal(() => decodeDocument(iconv.encode(TEXT, "gbk"), "a.txt")).message).toMatch(
      /a\.txt is not UTF-8 text/,
    );
    expect(refusal(() => decodeDocument("标题\u0000", "a.txt")).problem).toBe("NOT_UTF8");
  });
});

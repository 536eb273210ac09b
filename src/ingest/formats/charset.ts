// Character sets of text bytes: a BOM, a declared charset, UTF-8, and GB18030 (the superset of GBK
// and GB2312 that Chinese government sites and Windows text files use) when the bytes read as Chinese.
import iconv from "iconv-lite";
import { IngestError } from "../ingest-errors.js";

/** Text decoded from bytes, and the character set it was decoded from (`utf-8`, `gb18030`, `utf-16le`…). */
export interface DecodedText {
  text: string;
  encoding: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** Labels of one encoding under the name used here; the Chinese ones all read as GB18030, as browsers do. */
const ALIASES: Record<string, string> = {
  utf8: "utf-8",
  "utf-8": "utf-8",
  "utf-16": "utf-16le",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  gb2312: "gb18030",
  gbk: "gb18030",
  "x-gbk": "gb18030",
  gb18030: "gb18030",
  "gb_2312-80": "gb18030",
  csgb2312: "gb18030",
  cp936: "gb18030",
  "windows-936": "gb18030",
};

/** Share of a text's visible characters that must be Chinese (Han, CJK punctuation, full-width forms) for undeclared bytes to be read as GB18030. */
const MIN_CJK_SHARE = 0.3;
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/gu;
const CONTROL = /[\u0000-\u0008\u000E-\u001F]/;

/** The charset a Content-Type value names (`text/html; charset=GBK` → `GBK`), if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = contentType ? /(?:^|[;\s])charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType) : null;
  return m?.[1];
}

/** The encoding name used here for a charset label, or undefined for a label no decoder knows. */
export function canonicalCharset(label: string): string | undefined {
  const name = label.trim().toLowerCase();
  return ALIASES[name] ?? (iconv.encodingExists(name) ? name : undefined);
}

/**
 * Decodes text bytes, trying in turn: a byte-order mark; the declared charset (from a Content-Type
 * or a page's `<meta>`), when the bytes are valid in it; strict UTF-8; and GB18030, only when the
 * result is plausibly Chinese text. Bytes none of these fit are refused with NOT_UTF8, naming what was tried.
 */
export function decodeBytes(bytes: Uint8Array, declaredCharset?: string, source = "the input"): DecodedText {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) {
    const text = strictDecode(bytes.subarray(bom.bytes.length), bom.encoding);
    if (text === null)
      throw new IngestError(
        "NOT_UTF8",
        `${source} starts with a ${bom.encoding.toUpperCase()} byte-order mark, but its bytes are not valid ${bom.encoding.toUpperCase()}.`,
      );
    return { text, encoding: bom.encoding };
  }
  const declared = declaredCharset === undefined ? undefined : canonicalCharset(declaredCharset);
  if (declared) {
    const text = strictDecode(bytes, declared);
    if (text !== null) return { text, encoding: declared };
  }
  const utf8 = strictDecode(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const gb = strictDecode(bytes, "gb18030");
  if (gb !== null && plausiblyChinese(gb)) return { text: gb, encoding: "gb18030" };
  const tried = [
    declaredCharset === undefined ? null : `the declared charset "${declaredCharset}"`,
    "UTF-8",
    "GB18030/GBK",
  ].filter((t) => t !== null);
  throw new IngestError(
    "NOT_UTF8",
    `${source} is not text in any encoding tried (no byte-order mark; ${tried.join(", ")}): it is binary, or GBK-like bytes that do not read as Chinese text. Convert it to UTF-8 first, e.g. \`iconv -f GBK -t UTF-8\`.`,
  );
}

/**
 * What a person may want to check about how text bytes were decoded: a declared charset that did
 * not fit them, or Chinese bytes read as GB18030 without any declaration saying so.
 */
export function charsetWarnings(declared: string | undefined, encoding: string): string[] {
  if (declared !== undefined && canonicalCharset(declared) !== encoding) {
    return [`the declared charset "${declared}" does not fit the bytes; read them as ${encoding.toUpperCase()}`];
  }
  if (declared === undefined && encoding === "gb18030")
    return ["no charset declared and the bytes are not UTF-8; read them as GB18030 (GBK) Chinese text"];
  return [];
}

/** Whether decoded text reads as Chinese: no control characters, and a fair share of Chinese characters. */
export function plausiblyChinese(text: string): boolean {
  if (CONTROL.test(text)) return false;
  const visible = [...text.replace(/\s+/gu, "")].length;
  return visible > 0 && cjkCount(text) / visible >= MIN_CJK_SHARE;
}

/** How many Chinese characters (Han, CJK punctuation, full-width forms) a text holds. */
export function cjkCount(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/** The bytes decoded as `encoding`, or null when they are not valid in it. */
function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  if (encoding === "utf-8" || encoding === "utf-16le" || encoding === "utf-16be") {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  const text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: false });
  return text.includes("\uFFFD") ? null : text;
}

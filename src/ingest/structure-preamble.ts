// The parts of a document before its first 一、 section: signature, approval, date and own 文号 (the
// title and the notice's issuer are found in structure-title.ts, the documents it cites in
// citation-spans.ts). Offsets are into the normalised text.
import { readArea } from "./area-names.js";
import { BODY_NAME_END, ENDS_AS_BODY } from "./body-end.js";
import { DATE_LINE, lineDate } from "./dates.js";
import { DOC_NUMBER_SOURCE, TITLE_DOC_NUMBER_SUFFIX } from "./document-number.js";
import { type Span, spanOf, trimSpan } from "./span.js";

/** A line of one or more bodies' names, apart by spaces. */
const SIGNER_LINE = new RegExp(String.raw`^(?:\S{2,30}\s+)*\S{2,30}(?:${BODY_NAME_END})$`);
const DOC_NUMBER_LINE = new RegExp(String.raw`^\s*(${DOC_NUMBER_SOURCE})\s*$`);
/** A 文号 in running text, not in the brackets of a citation (`《X》(国发〔2017〕35号)`). */
const DOC_NUMBER_INLINE = new RegExp(String.raw`(?<![(（]\s*)${DOC_NUMBER_SOURCE}(?!\s*[)）])`);

/**
 * A bare document's issuer: the signature just above its closing date. Joint signers stand apart by
 * spaces or one under another (`中共甲市委` / `甲市人民政府`, or two bodies a line over two lines), so
 * the lines of names above the date, up to four, are the signature.
 */
export function findSignature(text: string, lines: Span[]): Span | null {
  const content = lines.filter((l) => l.text.trim() !== "");
  for (let i = content.length - 1; i > 0; i--) {
    if (!lineDate(content[i]!.text.replace(/\s+/g, ""))) continue;
    const sig = trimSpan(text, content[i - 1]!);
    // A date under no name (a deadline's, a page's) signs nothing; a wrapper's signature above its
    // attachment (`甲局` / `2025年6月12日` / `附件2` / the draft) may stand higher up.
    if (!SIGNER_LINE.test(sig.text)) continue;
    let from = i - 1;
    while (from > 0 && i - from < 4 && isSignerLine(content[from - 1]!.text)) from--;
    return spanOf(text, trimSpan(text, content[from]!).start, sig.end);
  }
  return null;
}

/**
 * The issuer a bare title opens with (`国务院关于…的意见`, `甲市人民政府办公厅关于…的通知`): the
 * words before 关于, when they end as a body's name does. Null for a title without them (`关于…`).
 */
export function titleIssuer(text: string, title: Span | null): Span | null {
  if (!title) return null;
  // Joint issuers are spaced apart on the title line (`甲部办公厅 乙局综合司关于…`): each must end as a body.
  const m = /^((?:[^\s,。:;《》“”"的]{2,30}?[ \u3000]+){0,5}?[^\s,。:;《》“”"的]{2,30}?)关于/.exec(title.text);
  if (m && m[1]!.split(/[ \u3000]+/).every((name) => ENDS_AS_BODY.test(name)))
    return spanOf(text, title.start, title.start + m[1]!.length);
  // Without 关于 only an area's government is taken (`甲县人民政府深化…的实施意见`): other words
  // that open a title (`甲县科技创新…`) need not name a body.
  const { places, rest } = readArea(title.text);
  const g = places.length > 0 ? /^(?:人民政府办公厅|人民政府办公室|人民政府)(?!办|令)/.exec(rest) : null;
  return g ? spanOf(text, title.start, title.start + title.text.length - rest.length + g[0].length) : null;
}

/** Whether a line names signers; a name spaced out letter by letter (`国 家 数 据 局`) counts as one. */
function isSignerLine(line: string): boolean {
  const t = line.trim();
  return SIGNER_LINE.test(/^(?:\S\s+)+\S$/.test(t) ? t.replace(/\s+/g, "") : t);
}

/**
 * The signers of a joint notice whose notice line abbreviates them (`工业和信息化部等六部门关于印发…`):
 * the lines of names just above the preamble's first date, which a joint notice signs over one or
 * more lines (`甲部 乙委 丙部` / `丁部 戊局`). Null when no such lines are there.
 */
export function findSignerBlock(text: string, lines: Span[], before: number, most = 4, anyDate = false): Span | null {
  const content = lines.filter((l) => l.text.trim() !== "" && l.start < before);
  const dates = content.flatMap((l, i) => (lineDate(l.text.replace(/\s+/g, "")) !== null ? [i] : []));
  // With `anyDate`, the first date that signers stand over (a notice's own numbered requirements may
  // come before its signature, so the preamble holds none).
  for (const at of anyDate ? dates : dates.slice(0, 1)) {
    let from = at;
    while (from > 0 && at - from < most && isSignerLine(content[from - 1]!.text)) from--;
    if (at > 0 && from < at)
      return spanOf(text, trimSpan(text, content[from]!).start, trimSpan(text, content[at - 1]!).end);
  }
  return null;
}

/**
 * A notice line's issuer that abbreviates joint signers: `…等六部门`, `…等3个部门`, `…等十部委`, `…等部门`, or
 * only counts them (`五部门关于印发…`).
 */
export const ABBREVIATED_ISSUER =
  /(?:等\s*(?:[一二三四五六七八九十\d]+\s*个?)?|^\s*[二三四五六七八九十\d]+\s*个?)(?:部门|部委|单位|机关)$/;

/**
 * The document's own 文号: a preamble line holding only one, or one appended to a title line after a
 * dash (`…的通知-琼发改数据〔2025〕692号`), or else (a page flattened to one line)
 * the first one of the preamble outside a citation's brackets, before any 《》 or sentence.
 */
export function findDocNumber(text: string, lines: Span[], before: number): Span | null {
  for (const line of lines) {
    if (line.start >= before) break;
    const m = DOC_NUMBER_LINE.exec(line.text);
    if (m) return trimSpan(text, line);
    const suffix = TITLE_DOC_NUMBER_SUFFIX.exec(line.text) ?? TITLE_DOC_NUMBER_PARENS.exec(line.text);
    if (suffix) {
      const at = line.start + suffix.index + suffix[0].indexOf(suffix[1]!);
      return spanOf(text, at, at + suffix[1]!.length);
    }
  }
  // Lines the author marked as comments (`# 虚构示例…`) are not the document.
  const from = lines.find((l) => !/^\s*(#|$)/.test(l.text))?.start ?? 0;
  const head = text.slice(from, Math.max(from, before));
  const m = DOC_NUMBER_INLINE.exec(head);
  const first = Math.min(...["《", "。"].map((c) => (head.indexOf(c) === -1 ? Infinity : head.indexOf(c))));
  return m && m.index < first ? spanOf(text, from + m.index, from + m.index + m[0].length) : null;
}

/** A title line closed by its 文号 in brackets: `…的通知(德政办发〔2025〕19号)`. */
const TITLE_DOC_NUMBER_PARENS = new RegExp(
  String.raw`(?:通知|意见|方案|办法|措施|决定|公告|通告|规划|计划|要点)\s*\(\s*(${DOC_NUMBER_SOURCE})\s*\)\s*$`,
);

/** An order's head line: the body that orders (`河北省人民政府令`, `交通运输部令`). */
const ORDER_LINE = new RegExp(String.raw`^\s*(\S{2,30}?(?:${BODY_NAME_END}))令\s*$`);
/** The order's number under it: `第4号`, `〔2025〕第4号`, `2025年第4号`. */
const ORDER_NUMBER = /^\s*(?:[〔\[［(（]\s*\d{4}\s*年?\s*[〕\]］)）]|\d{4}\s*年)?\s*第\s*\d{1,4}\s*号\s*$/;

/**
 * A government's or a ministry's order (`河北省人民政府令` / `〔2025〕第4号`, two lines above the rules it
 * adopts): its number is the head and the line under it, its issuer the body that orders.
 */
export function findOrderHead(text: string, lines: Span[], before: number): { number: Span; issuer: Span } | null {
  const content = lines.filter((l) => l.text.trim() !== "" && l.start < before);
  for (let i = 0; i + 1 < content.length; i++) {
    const head = ORDER_LINE.exec(content[i]!.text);
    if (!head || !ORDER_NUMBER.test(content[i + 1]!.text)) continue;
    const from = trimSpan(text, content[i]!);
    const at = content[i]!.start + content[i]!.text.indexOf(head[1]!);
    return {
      number: spanOf(text, from.start, trimSpan(text, content[i + 1]!).end),
      issuer: spanOf(text, at, at + head[1]!.length),
    };
  }
  return null;
}

/** `市人民政府` in `经市人民政府同意`, or in `已经县政府第37次常务会议审议通过` (its day may come first: `已经2025年5月20日省政府…`). */
export function findApproval(text: string, before: number): Span | null {
  // No title bracket inside: the `经` of a title's `经济` (`《…经济发展方案》已经市政府同意`) opens no approval,
  // nor does a salutation's (`…经济技术开发区管委会:` before `经区政府同意`), which a colon closes.
  const head = text.slice(0, before);
  const m = /经(?!济)([^,，。:：;；《》〈〉]{2,20}?)同意/.exec(head);
  if (m) return spanOf(text, m.index + 1, m.index + 1 + m[1]!.length);
  const meeting =
    /经(?!济)(?:\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?(?:第?[一二三四五六七八九十\d]+届)?([^,，。:：;；《》〈〉\d]{1,12}?(?:政府|委员会|管委会))(?:第[\d一二三四五六七八九十百]+次)?常务会议(?:审议)?(?:通过|同意)/.exec(
      head,
    );
  if (!meeting) return null;
  const at = meeting.index + meeting[0].indexOf(meeting[1]!);
  return spanOf(text, at, at + meeting[1]!.length);
}

/** The first date line of the preamble, or else the last date line of the document (a bare document signs at the end). */
export function findDate(text: string, lines: Span[], before: number): { span: Span; iso: string } | null {
  const dated = lines.flatMap((line) => {
    // `2024 年 3 月 28 日`: a date spaced out in a signature block is still a date line; a party
    // document prints its date in parentheses under the title (`(2025年3月28日)`).
    // A compact date (`202535`) counts only in the preamble, under a notice's signature.
    const words = line.text.replace(/\s+/g, "").replace(/^\((.+)\)$/, "$1");
    const iso = DATE_LINE.test(words) || line.start < before ? lineDate(words) : null;
    return iso ? [{ span: trimSpan(text, line), iso }] : [];
  });
  return dated.find((d) => d.span.start < before) ?? dated.at(-1) ?? null;
}

// The document's own title and its issuer, in whichever layout the page has: a notice line
// (`…关于印发《X》的通知`, joint `甲 乙印发《X》的通知`, `关于《X》…的公告`), a text that starts at the
// salutation and names X only in `现将《X》印发给你们`, or a bare title line above the body, with
// site furniture above any of them. Offsets are into the normalised (canonical) text.
import { DOC_NUMBER_SOURCE, DRAFT_MARK, ownTitleKey, TITLE_DOC_NUMBER_SUFFIX } from "./document-number.js";
import { type Span, spanOf, trimSpan } from "./span.js";
import { bareTitle, DOC_KIND, SENTENCE, TRAILING_PARENS } from "./bare-title.js";
import { fieldValues, isFurniture, metadataTitle } from "./structure-furniture.js";
import { splitIssuers } from "./issuers.js";

/** What the refusal says, so the person ingesting knows how to give the title. */
export const NO_TITLE_MESSAGE =
  "No document title found: expected a notice line (`…关于印发《标题》的通知`), `现将《标题》印发给你们`, or a title line above the body. " +
  'Give the title with `--title "…"` on the command line, or `metadata: { title }` in the ingest mutation.';

export const sameTitle = (a: string, b: string): boolean => ownTitleKey(a) === ownTitleKey(b);

export { DOC_KIND } from "./bare-title.js";
const NOTICE_BRACKETED = /^(.*?)《([^《》]+)》[^《》]*(?:通知|公告|通告|决定)$/;
const SEVERAL = /^(.*?(?:关于|印发|发布))\s*《([^《》]+)》(?:\s*(?:和|及|、)?\s*《[^《》]+》)+\s*的?(?:通知|公告)$/;
const NOTICE_PLAIN = /^(.*?)(?:关于(?:印发|发布)\s*(?!《)(.+)|印发(关于.+))的通知$/;
/**
 * `现将《X》印发给你们`, `《X》已经市政府同意,现印发给你们`, `《X》…现予公布`, and a forwarding notice's
 * `市数据局《X》已经市政府同意,现转发给你们`: X is the document itself.
 */
const ATTACHED =
  /现将\s*《([^《》]+)》(?=[^《》。]{0,20}?(?:印发|印送|发给|转发|公布))|《([^《》]+)》[^《》。]{0,60}?(?:(?:印发|转发)给你们|现予(?:以)?(?:公布|印发))/;

/** The page's fields after a title on its line: `| 发布日期:2025-03-04 | 来源:市经济信息化委`, or a table's empty cells (`| ||||`). */
const PAGE_FIELDS = /\s*[|｜]\s*(?:(?:发布日期|发布时间|日期|时间|来源|作者|浏览|点击)\s*[:：].*|[|\s]*)$/;

/** A news page's byline under its headline: a date, then where it comes from or who wrote it. */
const BYLINE =
  /^\s*(?:\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?)?(?:来源|作者|发布时间|发布日期|更新时间|编辑|责任编辑|浏览次数)\s*:/;

export interface TitleFinding {
  title: Span | null;
  /** The notice line's words before 关于/印发: one issuing body or several (`中共甲市委办公厅 甲市人民政府办公厅`). */
  issuer: Span | null;
  /** Where the document starts when a news page's headline and byline stand above it. */
  start?: number;
}

/**
 * The line that ends a news page's or a repost's lead above the document it reports: `文件详情如下:`,
 * `全文如下:` (alone or closing the lead's last sentence, `…部署…工作。全文如下。`), `以下为文件全文:`,
 * `以下为《X》主要内容(有删节)。`,
 * a `——全文——` divider. The document, its title first, starts under it.
 */
export const LEAD_END =
  /^[^\n]{0,20}(?:详情|全文|原文)如下\s*[:：。]?\s*$|^[^\n]*[。,，][^\n。,，]{0,12}(?:详情|全文|原文)如下\s*[:：。]?\s*$|^[^\n]{0,4}以下为[^\n]{0,12}?(?:全文|原文|详情|主要内容|内容摘要|摘要|摘编|要点)\s*(?:[(（](?:有删节|有删减|节选|节录|摘编)[)）])?\s*[:：。]?\s*$|^\s*[—\-=─_~⸺⸻]{2,}\s*(?:全文|正文|原文)\s*[—\-=─_~⸺⸻]{2,}\s*$/m;

/** A headline reporting a document's issue: `五部门联合印发《X》`, `省政府出台《X》`, `《X》正式印发`. */
const REPORTED =
  /^[^《》。]{0,16}?(?:联合)?(?:印发|出台|发布|公布)《([^《》]{4,60})》|^\s*《([^《》]{4,60})》(?:正式)?(?:印发|出台|发布|公布)/;

/** `《X》政策解读`, `关于《X》的解读`: a page explaining document X, read as X. */
const INTERPRETS = /^\s*(?:关于)?《([^《》]+)》(?:的)?(?:政策)?(?:解读|问答)\s*$/;

/** Finds the title (the given one when `given` is set) and the issuer of the notice line, above `before`. */
export function findTitle(text: string, lines: Span[], before: number, given?: string): TitleFinding {
  const values = fieldValues(lines);
  let head = lines.filter((l) => l.start < before && l.text.trim() !== "" && !isFurniture(l.text) && !values.has(l));
  // A repost's headline, byline and lead above `——全文——`: the document starts under the divider.
  const divider = head.findIndex((l) => LEAD_END.test(l.text));
  if (divider >= 0 && divider < head.length - 1) {
    const rest = head.slice(divider + 1);
    const found = findIn(text, lines, rest, before, given);
    if (found.title) return { ...found, start: rest[0]!.start };
  }
  // A news page's headline and byline (`2025-06-18 来源:…`) above the document's own title are the page's.
  const rest = head.slice(2);
  // A page that prints the notice line itself over its byline (`…关于印发《X》的通知` / `2025-05-21 来源:…`) has no headline.
  const news =
    rest.length > 0 &&
    BYLINE.test(head[1]!.text) &&
    !noticeLine(text, head.slice(0, 1)) &&
    (noticeLine(text, rest) ?? issuerAbove(text, rest) ?? underRedHead(text, rest) ?? bareTitle(text, rest));
  if (news) head = rest;
  const found = findIn(text, lines, head, before, given);
  return news ? { ...found, start: rest[0]!.start } : found;
}

function findIn(text: string, lines: Span[], head: Span[], before: number, given?: string): TitleFinding {
  const notice = noticeLine(text, head) ?? noticeIn(text, metadataTitle(text, lines, before));
  const issuer = notice?.issuer ?? null;
  if (given !== undefined) return { title: ownLine(text, lines, given) ?? exactly(text, given), issuer };
  if (notice) return { title: ownLine(text, lines, notice.title.text) ?? notice.title, issuer };
  // A page explaining a document (`《X》政策解读`) stands for it.
  const interpreted = head.map((l) => ({ l, m: INTERPRETS.exec(l.text) })).find((x) => x.m);
  if (interpreted) {
    const at = interpreted.l.start + interpreted.l.text.indexOf(interpreted.m![1]!);
    return { title: spanOf(text, at, at + interpreted.m![1]!.length), issuer };
  }
  const attached = ATTACHED.exec(text.slice(0, before));
  if (attached) {
    const words = attached[1] ?? attached[2]!;
    const start = attached.index + attached[0].indexOf(words);
    return { title: ownLine(text, lines, words) ?? spanOf(text, start, start + words.length), issuer };
  }
  const found = issuerAbove(text, head) ?? underRedHead(text, head);
  if (found) return found;
  const bare = bareTitle(text, head);
  if (bare) return { title: bare, issuer };
  // A news story's headline naming the document it reports (`五部门联合印发《X》 到2027年…`) stands for X.
  const reported = head
    .slice(0, 3)
    .map((l) => ({ l, m: REPORTED.exec(l.text) }))
    .find((x) => x.m);
  if (reported) {
    const words = reported.m![1] ?? reported.m![2]!;
    const at = reported.l.start + reported.m!.index + reported.m![0].indexOf(words);
    return { title: spanOf(text, at, at + words.length), issuer };
  }
  // The page's own `标题:` field names it when no line above the body does.
  const field = metadataTitle(text, lines, before);
  if (field && !SENTENCE.test(field.text)) return { title: ownLine(text, lines, field.text) ?? field, issuer };
  return (
    attachmentLine(text, lines) ??
    reportedInLead(text, lines, head) ??
    titleOverNumber(text, head) ?? { title: null, issuer }
  );
}

/** A salutation line (`各省、自治区、直辖市文化和旅游厅(局):`). */
const SALUTATION_LINE = /^\s*各[^。]{2,200}:\s*$/;

/**
 * A title line further down a page whose first lines are the site's (`浏览量:… 时间:…`, a slogan): the
 * line ending as a document's kind right over its 文号 or its salutation. The issuer is the words before 关于.
 */
function titleOverNumber(text: string, head: Span[]): TitleFinding | null {
  for (let i = 0; i + 1 < head.length; i++) {
    const words = head[i]!.text.trim();
    const next = head[i + 1]!.text.replace(/[\s\u3000]+/g, "");
    if (SENTENCE.test(words) || words.length < 6 || words.length > 80) continue;
    if (!DOC_KIND.test(words.replace(TRAILING_PARENS, ""))) continue;
    if (!DOC_NUMBER_ONLY.test(next) && !SALUTATION_LINE.test(head[i + 1]!.text)) continue;
    const title = trimSpan(text, head[i]!);
    const opening = /^(.{2,60}?)关于/.exec(title.text);
    const issuer =
      opening && ISSUER_LINE.test(opening[1]!.trim())
        ? trimSpan(text, spanOf(text, title.start, title.start + opening[1]!.length))
        : null;
    return { title, issuer };
  }
  return null;
}

/** A news lead's sentence reporting the issue (`市政府办公室近日印发《X》(文号,以下简称…)`): X is a document's title. */
const REPORTED_IN_LEAD = /(?:印发|出台|发布|公布)了?\s*《([^《》]{4,60})》/g;

/**
 * A news story that names the document only in its lead, not in its headline: the first document X
 * it reports issued stands for it, at X's own line further on when the story prints it.
 */
function reportedInLead(text: string, lines: Span[], head: Span[]): TitleFinding | null {
  for (const line of head) {
    for (const m of line.text.matchAll(REPORTED_IN_LEAD)) {
      const words = m[1]!;
      if (!DOC_KIND.test(words.replace(TRAILING_PARENS, ""))) continue;
      const at = line.start + m.index + m[0].indexOf(words);
      return { title: ownLine(text, lines, words) ?? spanOf(text, at, at + words.length), issuer: null };
    }
  }
  return null;
}

/** A notice's attachment line, `附件:X` or `附件:1.X`; X is the attached document's title. */
const ATTACHMENT_LINE = /^\s*附件\s*:\s*(?:\d{1,2}\s*[.、]\s*)?([^\s:,。;《》][^:,。;《》]{3,80}?)\s*$/;

/**
 * A notice that names the document it carries only in its attachment line (`…起草了《X》(征求意见稿),欢迎…`,
 * then `附件:X(征求意见稿)`): X is the title when it stands on a line of its own further on, above its body.
 */
function attachmentLine(text: string, lines: Span[]): TitleFinding | null {
  for (const [i, line] of lines.entries()) {
    // A draft's mark (`(征求意见稿)`) stands on the title's own line or under it: the title is without it.
    const words = ATTACHMENT_LINE.exec(line.text)?.[1]?.replace(DRAFT_MARK, "");
    if (!words) continue;
    const title = ownLine(text, lines.slice(i + 1), words);
    if (title) return { title, issuer: null };
  }
  return null;
}

/** A 文号 alone on its line (`发改数据〔2026〕312号`). */
const DOC_NUMBER_ONLY = new RegExp(String.raw`^${DOC_NUMBER_SOURCE}$`);

/**
 * A bare title under a red head: the issuing bodies' names (letter-spaced as printed, `国　家　数　据　局`)
 * and the 文号, each on its own line, then the title, which may open with the issuers
 * (`甲委　乙局关于…` / `…的指导意见` on the next line). The issuers are the words before 关于 when the
 * title opens with them, else the head's lines.
 */
function underRedHead(text: string, head: Span[]): TitleFinding | null {
  const squeezed = (l: Span) => l.text.replace(/[\s\u3000]+/g, "");
  let k = 0;
  while (
    k < head.length &&
    k < 6 &&
    (ISSUER_LINE.test(head[k]!.text.trim()) ||
      ISSUER_LINE.test(squeezed(head[k]!)) ||
      DOC_NUMBER_ONLY.test(squeezed(head[k]!)))
  )
    k++;
  if (k === 0 || k >= head.length) return null;
  const found = bareTitle(text, head.slice(k));
  if (!found) return null;
  // The issuer's line under the 文号 and right over `关于…` opens the title block (`甲市人民政府办公厅` /
  // `关于…的` / `实施意见`): the title is the block's, issuer and all.
  const last = head[k - 1]!;
  const opensBlock =
    k >= 2 &&
    DOC_NUMBER_ONLY.test(squeezed(head[k - 2]!)) &&
    ISSUER_LINE.test(last.text.trim()) &&
    /^\s*关于/.test(found.text) &&
    adjacent(text, last, head[k]!);
  const title = opensBlock ? spanOf(text, trimSpan(text, last).start, found.end) : found;
  if (opensBlock) return { title, issuer: trimSpan(text, last) };
  const opening = /^(.{2,60}?)关于/.exec(title.text);
  if (opening && ISSUER_LINE.test(opening[1]!.trim()))
    return { title, issuer: trimSpan(text, spanOf(text, title.start, title.start + opening[1]!.length)) };
  const names = head.slice(0, k).filter((l) => !DOC_NUMBER_ONLY.test(squeezed(l)));
  return {
    title,
    issuer: names.length ? spanOf(text, trimSpan(text, names[0]!).start, trimSpan(text, names.at(-1)!).end) : null,
  };
}

/** Names of issuing bodies alone on a line, one or several apart by spaces. */
const ISSUER_LINE =
  /^[^\s,。:;《》]{2,30}(?:[\s\u3000]+[^\s,。:;《》]{2,30})*?(?:办公室|办公厅|政府|委员会|委|局|厅|部|院|办|司|海关)$/;

/**
 * A bare title printed under its issuers, as joint 市委/市政府 opinions are (`中共甲市委 甲市人民政府`
 * then `关于…的实施意见`): the first line names the issuers, the title starts at 关于.
 */
function issuerAbove(text: string, head: Span[]): TitleFinding | null {
  const at = head.findIndex((l) => /^\s*关于/.test(l.text));
  const issuer = at > 0 ? issuerLines(text, head, at, false) : null;
  if (!issuer || issuer.start !== trimSpan(text, head[0]!).start) return null;
  const found = bareTitle(text, head.slice(at));
  if (!found) return null;
  // One body's line right over `关于…` opens the title block (`甲省人民政府办公厅` / `关于…的` / `实施意见`):
  // the title is the block's. Joint bodies printed over a title stay its issuers only.
  const block = at === 1 && adjacent(text, head[0]!, head[1]!) && splitIssuers(text, issuer).length === 1;
  return { title: block ? spanOf(text, issuer.start, found.end) : found, issuer };
}

function noticeLine(text: string, head: Span[]): { title: Span; issuer: Span | null } | null {
  for (const [i, cell] of head.entries()) {
    // A page's table cell (`| 甲局关于印发《X》的通知 |`): its border is no part of the issuer's name.
    const border = /^\s*[|｜]\s*/.exec(cell.text)?.[0].length ?? 0;
    const line = border ? spanOf(text, cell.start + border, cell.end) : cell;
    const found =
      noticeIn(text, trimSpan(text, line)) ??
      brokenNotice(text, trimSpan(text, line), head[i + 1]) ??
      brokenNotice(text, trimSpan(text, line), head[i + 1], head[i + 2]) ??
      (i === 0 || !adjacent(text, head[i - 1]!, line) ? wrappedNotice(text, trimSpan(text, line), head[i + 1]) : null);
    if (!found) continue;
    if (found.issuer) found.issuer = withoutSiteWords(text, found.issuer);
    // `甲厅 乙委` on the line(s) above `关于印发《X》的通知`: those lines name the issuers.
    if (!found.issuer) {
      const above = issuerLines(text, head, i, false);
      return above ? { ...found, issuer: above } : found;
    }
    // A joint notice's bodies run on over lines: `甲委 乙厅` right above `丙厅 丁局关于印发《X》的通知`.
    const above = issuerLines(text, head, i, true);
    const joint = above && (splitIssuers(text, above).length > 1 || splitIssuers(text, found.issuer).length > 1);
    return joint && !found.issuer.text.includes(above.text)
      ? { ...found, issuer: spanOf(text, above.start, found.issuer.end) }
      : found;
  }
  return null;
}

/**
 * A notice line a page's bar repeats after its own words (`EHS中国  法规首页  甲委关于印发…`): the words set
 * apart before the bodies are the site's. The issuer is the run of body names closing the words.
 */
function withoutSiteWords(text: string, issuer: Span): Span {
  const parts = [...issuer.text.matchAll(/\S+/g)];
  const body = (w: string) => BODY_NAME.test(w);
  let k = parts.length;
  while (k > 0 && body(parts[k - 1]![0])) k--;
  if (k === 0 || k === parts.length) return issuer;
  return spanOf(text, issuer.start + parts[k]!.index, issuer.end);
}
/** A body's name as an issuer is written: ending in an office, a government, a department, a bank, a group. */
const BODY_NAME =
  /^[^\s,。:;《》]{2,30}(?:办公室|办公厅|政府|委员会|委|局|厅|部|院|办|司|管委会|海关|银行|工会|中央|联合会|协会|中心|集团|公司)$/;

/**
 * The names of issuing bodies on the line above `head[at]` (right above it when `touching`), and on
 * the lines right above that when a joint notice prints its bodies over two or three lines
 * (`甲省发展和改革委员会 甲省工业和信息化厅` / `甲省科学技术厅 甲省数据局`); those must touch, so a site
 * name set apart above them is not one.
 */
function issuerLines(text: string, head: Span[], at: number, touching: boolean): Span | null {
  let from = at;
  const next = (i: number) =>
    ISSUER_LINE.test(head[i - 1]!.text.trim()) && ((i === at && !touching) || adjacent(text, head[i - 1]!, head[i]!));
  while (from > 0 && at - from < 3 && next(from)) from--;
  return from < at ? spanOf(text, trimSpan(text, head[from]!).start, trimSpan(text, head[at - 1]!).end) : null;
}

/** Whether `b` is the line right under `a`, with no blank line between. */
const adjacent = (text: string, a: Span, b: Span): boolean => !/\n[^\S\n]*\n/.test(text.slice(a.end, b.start + 1));

/**
 * A notice title set on two lines, as red-head documents print it: `甲办公室关于印发` then `《X》的通知`
 * (or `X的通知`). The issuer is the first line's words before 关于/印发, the title the second line's.
 */
function brokenNotice(
  text: string,
  line: Span,
  next: Span | undefined,
  last?: Span,
): { title: Span; issuer: Span | null } | null {
  const m = /^(.{2,40}?)(?:关于印发|关于|印发)$/.exec(line.text);
  if (!m || !next || /[。,:]/.test(m[1]!)) return null;
  // The title itself may take two lines (`《服务机器人应用推广行动方案` / `(2025—2027年)》的通知`).
  if (last && (!adjacent(text, next, last) || /的通知\s*$/.test(next.text))) return null;
  const second = trimSpan(text, last ? spanOf(text, next.start, last.end) : next);
  const t = /^《?([^《》。]{4,80}?)》?的通知$/s.exec(second.text);
  if (!t) return null;
  const at = second.start + second.text.indexOf(t[1]!);
  return {
    title: spanOf(text, at, at + t[1]!.length),
    issuer: trimSpan(text, spanOf(text, line.start, line.start + m[1]!.length)),
  };
}

/**
 * A notice line wrapped inside its title (`…关于印发人工智能辅助` / `诊疗应用试点工作方案的通知`): the two
 * lines read as one, the title's span running over the break. The notice must open on the first line
 * (none right above it), or the line above holds its start.
 */
function wrappedNotice(text: string, line: Span, next: Span | undefined): { title: Span; issuer: Span | null } | null {
  if (!next || !/关于|印发/.test(line.text) || /[。,:]/.test(line.text) || !adjacent(text, line, next)) return null;
  const second = trimSpan(text, next);
  if (!/的(?:通知|公告|通告|决定)$/.test(second.text) || /[。,:]/.test(second.text)) return null;
  const both = spanOf(text, line.start, second.end);
  // The break and its indent read as spaces, so the offsets found stay the text's.
  return noticeIn(text, { ...both, text: both.text.replace(/\s/g, " ") });
}

/** The document a notice's title announces (`…关于印发《X》的通知` → X), else the title as given. */
export function announcedTitle(title: string): string {
  const t = title.trim();
  return noticeIn(t, spanOf(t, 0, t.length))?.title.text ?? t;
}

/** The title and issuer a notice line names, or null when `line` is not one. */
function noticeIn(text: string, given: Span | null): { title: Span; issuer: Span | null } | null {
  // A page's column tag before the line (`【意见征集】关于公开征求…`), its 文号 in brackets (`[绵府办发〔2025〕9号]…`),
  // or a field's label (`主题:关于…`), is no issuer's.
  const tag = given
    ? (/^\s*(?:[【\[][^】\]]{1,8}[】\]]|[【\[][^】\]]{2,16}〔\d{4}〕\d{1,4}号[】\]]|[^\s:《》]{1,6}:)\s*/.exec(
        given.text,
      )?.[0].length ?? 0)
    : 0;
  const line = given && tag ? spanOf(text, given.start + tag, given.end) : given;
  if (!line || /。/.test(line.text) || line.text.startsWith("《")) return null;
  // A page may set its date and source on the title's line (`…的通知 | 发布日期:2025-03-04 | 来源:…`).
  const words = line.text.replace(PAGE_FIELDS, "").replace(TITLE_DOC_NUMBER_SUFFIX, "").replace(TRAILING_PARENS, "");
  // A notice issuing several documents at once (`关于印发《甲》《乙》的通知`): the text is the first's.
  const bracketed = SEVERAL.exec(words) ?? NOTICE_BRACKETED.exec(words);
  const m =
    bracketed && /(?:关于|印发|发布|公布|征求)\s*(?:对|就)?\s*$/.test(bracketed[1]!)
      ? bracketed
      : NOTICE_PLAIN.exec(words);
  if (!m) return null;
  // `关于公开征求《X(征求意见稿)》意见的公告`, `关于对《X(征求意见稿)》公开征求意见的通知`: the draft is X.
  // `关于印发X和Y的通知`, two documents named without 《》: the text is the first's.
  const inner = firstOfTwo((m[2] ?? m[3]!).replace(DRAFT_MARK, ""));
  const at = line.start + m[1]!.length + m[0].slice(m[1]!.length).indexOf(inner);
  const issuerEnd = /关于|印发|发布|公布|征求/.exec(words)?.index ?? m[1]!.length;
  const issuer = trimSpan(text, spanOf(text, line.start, line.start + issuerEnd));
  return { title: spanOf(text, at, at + inner.length), issuer: issuer.text === "" ? null : issuer };
}

/** Two document titles joined by 和/及 (`甲行动计划(2025—2027年)和乙管理办法`): the first; else the words as they are. */
function firstOfTwo(words: string): string {
  const m =
    /^(.{4,}?(?:方案|计划|规划|意见|办法|措施|规定|细则|纲要|指引|指南|要点|清单|规则)(?:\s*\([^()]{1,24}\))?)(?:和|及|、)(.{4,})$/.exec(
      words,
    );
  return m && DOC_KIND.test(m[2]!.replace(TRAILING_PARENS, "")) ? m[1]! : words;
}

/** One to three consecutive lines (blank lines between allowed) that spell `title`, if any. */
function ownLine(text: string, lines: Span[], title: string): Span | null {
  const key = ownTitleKey(title);
  const content = lines.filter((l) => l.text.trim() !== "");
  for (let i = 0; i < content.length; i++) {
    // A line quoting the title (`《X(征求意见稿)》` under `一、征求意见内容`) names it; the title's own line is bare.
    if (/^\s*《/.test(content[i]!.text)) continue;
    let joined = "";
    for (let j = i; j < Math.min(i + 3, content.length); j++) {
      if (SENTENCE.test(content[j]!.text) || /的通知\s*$/.test(content[j]!.text)) break;
      joined += content[j]!.text;
      if (ownTitleKey(joined) === key) return trimSpan(text, spanOf(text, content[i]!.start, content[j]!.end));
      if (!key.startsWith(ownTitleKey(joined))) break;
    }
  }
  return null;
}

function exactly(text: string, title: string): Span | null {
  const at = text.indexOf(title.trim());
  return at === -1 || title.trim() === "" ? null : spanOf(text, at, at + title.trim().length);
}

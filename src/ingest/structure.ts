import { linesOf, type Span } from "./span.js";
import { DRAFT_MARK } from "./document-number.js";
import { findCitations, findTitleCitations } from "./citation-spans.js";
import {
  ABBREVIATED_ISSUER,
  findApproval,
  findDate,
  findDocNumber,
  findOrderHead,
  findSignature,
  findSignerBlock,
  titleIssuer,
} from "./structure-preamble.js";
import { metadataDate, metadataDocNumber, pageTail } from "./structure-furniture.js";
import { reportedOf } from "./structure-reported.js";
import { parseSections } from "./structure-items.js";
import { ATTACHMENTS, markNoticeSections } from "./structure-notice.js";
import { findTables } from "./structure-table.js";
import type { Citation, Section, TitleCitation } from "./structure-types.js";
import { findTitle, sameTitle } from "./structure-title.js";
import { fullerIssuer } from "./signer-names.js";

/** Lines of names a joint notice signs with, at most: seventeen ministries sign one a line. */
const JOINT_SIGNERS_MOST = 30;

/**
 * A Chinese policy document as laid out: notice (or page furniture, or nothing) above the body, the
 * body in 一、/第一章 sections of (一)/1./第一条 items and task tables.
 */
export interface DocumentStructure {
  /** The document's own title line (up to three lines), or its 《》 span in the notice line or in `现将《X》印发给你们`. */
  title: Span | null;
  /** Bodies that issue the document: the words before 关于/印发 in the notice line (or the line above it), else the signature. */
  issuer: Span | null;
  /** `市人民政府` in `经市人民政府同意`. */
  approvedBy: Span | null;
  /** The page's `成文日期:`, else a line holding only a date (`2020年2月27日`), as ISO. */
  issueDate: { span: Span; iso: string } | null;
  /** Documents the preamble cites with their 文号. */
  citations: Citation[];
  /** Documents the preamble cites by 《title》 alone (the document's own title excluded). */
  titleCitations: TitleCitation[];
  /** The document's own 文号: the page's `发文字号:`, else a preamble line holding only one (`粤府办〔2021〕57号`). */
  docNumber: Span | null;
  sections: Section[];
}

/** What the person ingesting knows: a given title is used (and found in the text when it occurs there). */
export interface StructureOptions {
  title?: string;
}

/** An attachment's label (`附件2`) over the words of a commentary on the document (`起草说明`, `政策解读`). */
const COMMENTARY = /^\s*(?:关于[^。]{0,60}的)?(?:起草说明|编制说明|制定说明|政策解读|解读)\s*$/;

/** The title line of a draft's explanation: `关于《X(征求意见稿)》的起草说明`. */
const EXPLANATION = /^\s*关于[^。]{2,80}的(?:起草说明|编制说明|制定说明)\s*$/;

/** The title line of a page's interpretation of the document: `《X》政策解读`, `关于《X》的解读`. */
const INTERPRETATION = /^\s*(?:关于)?《[^《》]{4,80}》(?:的)?(?:政策)?(?:解读|问答)\s*$/;
/** The page's label over it: `相关解读:`. */
const RELATED = /^\s*[【\[]?(?:相关解读|政策解读|解读)[】\]]?\s*[:：]?\s*$/;

/** Where an attached commentary on the document starts, if the text ends with one. */
function commentaryStart(lines: Span[]): number | null {
  const content = lines.filter((l) => l.text.trim() !== "");
  for (let i = 1; i < content.length - 1; i++) {
    if (!/^\s*附\s*件\s*\d{0,2}\s*[:：]?\s*$/.test(content[i]!.text)) continue;
    const label = content.slice(i + 1, i + 3).find((l) => COMMENTARY.test(l.text) || /起草说明|编制说明/.test(l.text));
    if (label) return content[i]!.start;
  }
  // Unlabelled, a draft's explanation opens with its own title line (`关于《X》的起草说明`) after the text,
  // and a page's interpretation with its (`《X》政策解读`), under the page's `相关解读:` when it has one.
  const own = content.findIndex(
    (l, i) => i >= content.length / 2 && (EXPLANATION.test(l.text) || INTERPRETATION.test(l.text)),
  );
  if (own <= 0) return null;
  return RELATED.test(content[own - 1]!.text) ? content[own - 1]!.start : content[own]!.start;
}

/**
 * The issued document's own preamble: from the line of its title (under `附件`) to its first section,
 * or through its first article when it opens with one (`第一条 为…,根据《X》…`).
 */
function ownPreamble(text: string, sections: Section[], restart: Span): { start: number; end: number } {
  const first = sections.find((s) => !s.notice && s.heading.start > restart.end);
  if (!first) return { start: restart.end, end: text.length };
  const opening = first.items[0];
  const end =
    opening && /^第\S{1,4}条/.test(opening.full.text)
      ? opening.full.end
      : text.lastIndexOf("\n", first.heading.start - 1) + 1;
  return { start: restart.end, end: Math.max(restart.end, end) };
}

/**
 * The lines of a notice's numbered list of what it encloses after its `附件:1.X` line (`2.Y`, `3.Z`, one
 * a line, no sentence): titles of attachments, no items of the text.
 */
function attachmentList(lines: Span[]): Set<Span> {
  const out = new Set<Span>();
  const content = lines.filter((l) => l.text.trim() !== "");
  for (const [i, line] of content.entries()) {
    if (!ATTACHMENTS.test(line.text) || !/[:：]\s*1\s*[.、．]/.test(line.text)) continue;
    for (const next of content.slice(i + 1)) {
      if (!/^\s*\d{1,2}\s*[.、．]\s*[^。;；]{2,60}$/.test(next.text)) break;
      out.add(next);
    }
  }
  return out;
}

/** A document's kind with nothing naming which one. */
// …or only a draft's name for itself (`《征求意见稿》共六章`).
const BARE_KIND =
  /^\s*(?:规定|办法|方案|意见|计划|细则|条例|措施|规划|要点|决定|通知|实施方案|行动方案|行动计划|若干措施|征求意见稿|草案|送审稿|讨论稿)\s*$/;

/** Finds the structure of a normalised document text; offsets are into `text`. */
export function parseStructure(text: string, options: StructureOptions = {}): DocumentStructure {
  const lines = linesOf(text);
  // An attached explanation of the draft (`附件2` / `起草说明`) tells about the document, it is none of it.
  // …nor are the page's links and buttons under it.
  const until = Math.min(commentaryStart(lines) ?? text.length, pageTail(lines) ?? text.length);
  const listed = attachmentList(lines);
  const body = lines.filter((l) => l.start < until && !listed.has(l));
  const sections = parseSections(text, body, findTables(text, body), until);
  const first = sections[0];
  const preambleEnd = first ? text.lastIndexOf("\n", first.heading.start - 1) + 1 : text.length;
  // A regulation states what it implements in its first article rather than above it.
  const opening = first?.items[0];
  const citeEnd = opening && /^第\S{1,4}条/.test(opening.full.text) ? opening.full.end : preambleEnd;
  const { title, issuer, start = 0 } = findTitle(text, lines, preambleEnd, options.title);
  const own = title?.text ?? options.title;
  // A news page's headline above the document (`国办关于《X》的意见`) cites nothing.
  // A reply's request (`你省《关于…的函》(陕政函〔2024〕61号)收悉`) is answered, not implemented.
  const notOwn = <T extends { title: Span; whole?: Span }>(c: T) =>
    c.title.start >= start &&
    (own === undefined || !sameTitle(c.title.text, own)) &&
    // A kind alone (`《规定(征求意见稿)》共六章`) is the text's short name for itself.
    !BARE_KIND.test(c.title.text.replace(DRAFT_MARK, "")) &&
    !/^\s*(?:\([^()]{4,30}\))?\s*(?:已)?收悉/.test(text.slice((c.whole ?? c.title).end, (c.whole ?? c.title).end + 40));
  // A notice's own requirements stand between its words and the document it issues: the document's
  // preamble, under its title again, says what that document implements too.
  const restart = markNoticeSections(text, lines, sections, title, preambleEnd);
  const issued = restart ? ownPreamble(text, sections, restart) : null;
  const scanEnd = issued ? issued.end : citeEnd;
  const inPreamble = <T extends { whole: Span; repeal?: unknown }>(c: T) =>
    c.whole.start < citeEnd || (issued !== null && c.whole.start >= issued.start) || c.repeal !== undefined;
  const citations = findCitations(text, scanEnd).filter(notOwn).filter(inPreamble);
  // A news story printing the document without its head says in its lead who issued it, and its 文号.
  const reported = start > 0 || !issuer ? reportedOf(text, title, preambleEnd) : null;
  // A government's order (`X人民政府令` / `〔2025〕第4号`) names its issuer and its number in its head.
  const order = findOrderHead(text, lines, preambleEnd);
  return {
    title,
    // `甲部等六部门` names one signer of six: the signature lines name them all.
    // A heading that shortens the signers' names (`黔东南州卫生健康局`) yields to the signature.
    issuer:
      issuer && ABBREVIATED_ISSUER.test(issuer.text)
        ? (findSignerBlock(text, lines, text.length, JOINT_SIGNERS_MOST, true) ?? issuer)
        : issuer
          ? fullerIssuer(text, issuer, findSignerBlock(text, lines, text.length, 4, true))
          : (order?.issuer ??
            findSignature(text, lines) ??
            titleIssuer(text, title) ??
            reported?.issuer ??
            findSignerBlock(text, lines, preambleEnd)),
    approvedBy: findApproval(text, preambleEnd),
    issueDate:
      metadataDate(text, lines, preambleEnd) ?? findDate(text, lines, preambleEnd) ?? reported?.issueDate ?? null,
    citations,
    titleCitations: findTitleCitations(text, scanEnd, title, citations).filter(notOwn).filter(inPreamble),
    docNumber:
      metadataDocNumber(text, lines, preambleEnd) ??
      order?.number ??
      findDocNumber(text, lines, preambleEnd) ??
      reported?.docNumber ??
      null,
    sections,
  };
}

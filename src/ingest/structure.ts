import { linesOf, type Span, spanOf, trimSpan } from "./span.js";
import { findCitations, findTitleCitations } from "./citation-spans.js";
import {
  ABBREVIATED_ISSUER,
  findApproval,
  findDate,
  findDocNumber,
  findSignature,
  findSignerBlock,
  titleIssuer,
} from "./structure-preamble.js";
import { metadataDate, metadataDocNumber } from "./structure-furniture.js";
import { parseSections, sentenceSection } from "./structure-items.js";
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

/** Finds the structure of a normalised document text; offsets are into `text`. */
export function parseStructure(text: string, options: StructureOptions = {}): DocumentStructure {
  const lines = linesOf(text);
  const sections = parseSections(text, lines, findTables(text, lines));
  const first = sections[0];
  const preambleEnd = first ? text.lastIndexOf("\n", first.heading.start - 1) + 1 : text.length;
  // A regulation states what it implements in its first article rather than above it.
  const opening = first?.items[0];
  const citeEnd = opening && /^第\S{1,4}条/.test(opening.full.text) ? opening.full.end : preambleEnd;
  const { title, issuer } = findTitle(text, lines, preambleEnd, options.title);
  const own = title?.text ?? options.title;
  const notOwn = <T extends { title: Span }>(c: T) => own === undefined || !sameTitle(c.title.text, own);
  const citations = findCitations(text, citeEnd).filter(notOwn);
  markNoticeSections(text, lines, sections, title, preambleEnd);
  return {
    title,
    // `甲部等六部门` names one signer of six: the signature lines name them all.
    // A heading that shortens the signers' names (`黔东南州卫生健康局`) yields to the signature.
    issuer:
      issuer && ABBREVIATED_ISSUER.test(issuer.text)
        ? (findSignerBlock(text, lines, preambleEnd, JOINT_SIGNERS_MOST) ?? issuer)
        : issuer
          ? fullerIssuer(text, issuer, findSignerBlock(text, lines, preambleEnd))
          : (findSignature(text, lines) ?? titleIssuer(text, title)),
    approvedBy: findApproval(text, preambleEnd),
    issueDate: metadataDate(text, lines, preambleEnd) ?? findDate(text, lines, preambleEnd),
    citations,
    titleCitations: findTitleCitations(text, citeEnd, title, citations).filter(notOwn),
    docNumber: metadataDocNumber(text, lines, preambleEnd) ?? findDocNumber(text, lines, preambleEnd),
    sections,
  };
}

/** `现将《X》印发给你们`, `现印发给你们`: a notice that issues the document it encloses. */
const ISSUES = /印发给你们|现予印发|印发给各|现将[^。]{0,80}印发/;

/**
 * Marks a notice's own requirements (`一、压实工作责任。…`, or `1.…` items) written between the notice
 * that issues a document and the document itself: the document starts again at a line of its own
 * title (under `附件`, or after the signature), with sections, items or task rows of its own after it.
 */
function markNoticeSections(
  text: string,
  lines: Span[],
  sections: Section[],
  title: Span | null,
  preambleEnd: number,
): void {
  if (!title || sections.length === 0 || !ISSUES.test(text.slice(0, preambleEnd))) return;
  const bare = (s: string) => s.replace(/[\s《》]/g, "");
  const own = bare(title.text);
  const items = sections.flatMap((s) => [...s.items, ...s.numbered.map((n) => n.item)]);
  const first = Math.min(sections[0]!.heading.start, ...items.map((i) => i.full.start));
  const restart = lines.find((l) => l.start > first && bare(l.text) === own);
  if (!restart) return;
  const after = (at: number) => at > restart.start;
  const before = (at: number) => at < restart.start;
  const untitled = sections.length === 1 && sections[0]!.heading.text === "";
  if (
    !sections.some((s) => after(s.heading.start)) &&
    !sections.some((s) => s.rows.some((r) => after(r.line.start))) &&
    !items.some((i) => after(i.full.start))
  )
    return;
  const cut = (span: Span) =>
    span.end > restart.start ? trimSpan(text, spanOf(text, span.start, restart.start)) : span;
  if (untitled) {
    // A document numbered without sections: the notice's `1.…` items are its requirements.
    for (const i of items.filter((i) => before(i.full.start))) {
      i.notice = true;
      i.full = cut(i.full);
      if (i.body) i.body = cut(i.body);
    }
    return;
  }
  for (const s of sections) {
    if (!before(s.heading.start)) continue;
    s.notice = true;
    // A requirement ends where the document starts; one written as a sentence (`三、加强要素保障。市财政局…`) is one measure.
    s.content = cut(s.content);
    if (s.items.length === 0 && s.numbered.length === 0) s.items = sentenceSection(text, s, true);
  }
}

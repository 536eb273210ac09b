// What a government article page states about itself: its 政务公开 block (索引号, 发布机构, 成文日期,
// 文号, 发布日期, 主题分类, 标题) and the <meta> tags of the TRS and 集约化 site platforms
// (ArticleTitle, PubDate, ContentSource).
import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { isoDate } from "../dates.js";
import { inlineLabels, labelAlone, type LabelPair, labelPairs } from "./html-labels.js";
import { elementLines, isElement } from "./html-lines.js";
import type { SourceMetadata } from "./source.js";

/** A 政务公开 block gives values to at least this many labels. */
const MIN_LABELS = 3;
/** …and carries at most this many Chinese characters outside its labels and values (a caption such as 政府信息公开). */
const MAX_OUTSIDE = 10;
/** An element this short may be a label alone (`<td>索 引 号</td>`). */
const MAX_LABEL_LENGTH = 20;
/** A 政务公开 block's text is at most this long (a long 标题 included); longer elements hold more than the block. */
const MAX_BLOCK_LENGTH = 2000;
const DATE = /(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})/;
/** A body's name ends so; a website's (`…门户网站`, `…在线`, `…日报`) does not, or names the medium. */
const BODY = /(?:政府|办公厅|办公室|委员会|委|厅|局|部|署|院|办|管委会|中心)$/;
const MEDIUM = /网|门户|在线|报|电视|广播|新闻/;

/** The facts a page states about itself, and what a person may want to check about them. */
export interface PageMetadata {
  metadata: SourceMetadata;
  warnings: string[];
}

/**
 * Reads a page's 政务公开 blocks and <meta> tags, removing the blocks from the page (they are not the
 * article). A block's values win over the <meta> tags; ContentSource becomes the issuer only when it
 * names a body rather than a website, and ColumnName (the site's section) is not read.
 */
export function readPageMetadata($: CheerioAPI): PageMetadata {
  const metadata: SourceMetadata = {};
  const warnings: string[] = [];
  const setDate = (field: "issuedOn" | "publishedOn", label: string, value: string) => {
    const iso = pageDate(value);
    if (iso) metadata[field] = iso;
    else warnings.push(`${label} "${value}" is not a date; left out of the metadata`);
  };
  for (const { label, field, value } of takeDisclosureBlocks($)) {
    if (field === null || metadata[field] !== undefined) continue;
    if (field === "issuedOn" || field === "publishedOn") setDate(field, label, value);
    else metadata[field] = value;
  }
  const meta = (name: string) =>
    $("meta")
      .toArray()
      .find((m) => m.attribs.name?.toLowerCase() === name.toLowerCase())
      ?.attribs.content?.trim() || undefined;
  const title = meta("ArticleTitle");
  const published = meta("PubDate");
  const source = meta("ContentSource");
  if (metadata.title === undefined && title) metadata.title = title;
  if (metadata.publishedOn === undefined && published) setDate("publishedOn", "PubDate", published);
  if (metadata.issuer === undefined && source && BODY.test(source) && !MEDIUM.test(source)) metadata.issuer = source;
  return { metadata, warnings };
}

/** The ISO date a page writes as `2023年05月06日`, `2023-05-06` or `2023/5/6 10:20`, if it is one. */
export function pageDate(value: string): string | undefined {
  const m = DATE.exec(value);
  return (m && isoDate(m)) ?? undefined;
}

/**
 * Finds the 政务公开 blocks of a page, outermost first: elements holding three labels or more whose
 * text is label/value pairs and little else. Removes them and returns their pairs in page order.
 */
function takeDisclosureBlocks($: CheerioAPI): LabelPair[] {
  const elements = $("body, body *").toArray();
  const labels = labelSets($, elements);
  const taken: Element[] = [];
  const pairs: LabelPair[] = [];
  for (const el of elements) {
    const { found, length } = labels.get(el)!;
    if (found.size < MIN_LABELS || length > MAX_BLOCK_LENGTH || taken.some((t) => $.contains(t, el))) continue;
    const read = labelPairs(elementLines(el).flatMap((line) => line.split("\t")));
    if (new Set(read.pairs.map((p) => p.label)).size >= MIN_LABELS && read.outside <= MAX_OUTSIDE) {
      taken.push(el);
      pairs.push(...read.pairs);
    }
  }
  $(taken).remove();
  return pairs;
}

/**
 * For each element, the labels inside it (after a colon in its text, or as the whole text of a short
 * element) and the length of its text, counted from its children up.
 */
function labelSets($: CheerioAPI, elements: Element[]): Map<Element, { found: Set<string>; length: number }> {
  const sets = new Map<Element, { found: Set<string>; length: number }>();
  for (const el of [...elements].reverse()) {
    const found = new Set<string>();
    let length = 0;
    for (const child of el.children) {
      if (child.nodeType === 3) {
        length += child.data.length;
        inlineLabels(child.data).forEach((l) => found.add(l));
      } else if (isElement(child)) {
        const inner = sets.get(child);
        length += inner?.length ?? 0;
        inner?.found.forEach((l) => found.add(l));
      }
    }
    const alone = length <= MAX_LABEL_LENGTH ? labelAlone($(el).text()) : undefined;
    if (alone !== undefined) found.add(alone);
    sets.set(el, { found, length });
  }
  return sets;
}

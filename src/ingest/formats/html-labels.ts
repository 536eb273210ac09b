// The labels of a 政务公开 (government information disclosure) block and the label/value pairs read
// from its text, whether laid out as table cells, `<li><span>label：</span>value</li>` or `label：value` runs.
import { cjkCount } from "./charset.js";
import type { SourceMetadata } from "./source.js";

/** A field of the metadata this reader fills from a 政务公开 block. */
export type LabelField = keyof Pick<
  SourceMetadata,
  "indexNumber" | "issuer" | "issuedOn" | "docNumber" | "publishedOn" | "topic" | "title"
>;

/**
 * Labels and the field each fills; null marks a label that belongs to the block but fills nothing
 * here (有效性, 来源, a hit counter). 成文日期 is the date the document was issued, 发布日期 the day the
 * page was published: they fill different fields. Longer labels come first (文件名称 before 名称).
 */
const LABELS: [string, LabelField | null][] = [
  ["信息索引号", "indexNumber"],
  ["索引号", "indexNumber"],
  ["发布机构", "issuer"],
  ["发文机关", "issuer"],
  ["发文机构", "issuer"],
  ["发文单位", "issuer"],
  ["发布单位", "issuer"],
  ["成文日期", "issuedOn"],
  ["发文日期", "issuedOn"],
  ["印发日期", "issuedOn"],
  ["发文字号", "docNumber"],
  ["文号", "docNumber"],
  ["发布日期", "publishedOn"],
  ["发布时间", "publishedOn"],
  ["公开日期", "publishedOn"],
  ["主题分类", "topic"],
  ["文件名称", "title"],
  ["标题", "title"],
  ["名称", "title"],
  ["规范性文件统一编号", null],
  ["统一编号", null],
  ["有效性", null],
  ["时效性", null],
  ["是否有效", null],
  ["效力状态", null],
  ["公开方式", null],
  ["公开范围", null],
  ["信息来源", null],
  ["文章来源", null],
  ["来源", null],
  ["体裁分类", null],
  ["组配分类", null],
  ["信息分类", null],
  ["分类", null],
  ["主题词", null],
  ["关键词", null],
  ["生效日期", null],
  ["实施日期", null],
  ["废止日期", null],
  ["浏览次数", null],
  ["访问次数", null],
  ["访问量", null],
];
const FIELD = new Map(LABELS);
/** Sites space labels out to align them: `索 引 号`, `文　　号`. */
const SPACED = LABELS.map(([label]) => [...label].join(String.raw`\s*`)).join("|");
/** A label followed by its colon, inside a run of text. */
const INLINE_LABEL = new RegExp(String.raw`(${SPACED})\s*[:：]`, "g");
/** A table cell or element that holds a label alone, colon or not (its value is in the next cell). */
const LABEL_ALONE = new RegExp(String.raw`^(${LABELS.map(([label]) => label).join("|")})[:：]?$`);
/** Values that say there is none. */
const NONE = new Set(["", "无", "-", "—", "/", "暂无"]);

/** A label's value as read from a 政务公开 block. */
export interface LabelPair {
  label: string;
  field: LabelField | null;
  value: string;
}

/** The label an element's or cell's whole text is (`索 引 号：` → `索引号`), if it is one. */
export function labelAlone(text: string): string | undefined {
  return LABEL_ALONE.exec(compact(text))?.[1];
}

/** The labels a run of text carries followed by a colon, spacing removed. */
export function inlineLabels(text: string): string[] {
  if (!/[:：]/.test(text)) return [];
  return Array.from(text.matchAll(INLINE_LABEL), (m) => compact(m[1]!));
}

/**
 * The label/value pairs of a block's text segments (its lines, split at table-cell tabs), and how many
 * Chinese characters lay outside any pair: a label alone takes the next segment as its value; a
 * segment of `label：value` runs gives each label the text up to the next label.
 */
export function labelPairs(segments: string[]): { pairs: LabelPair[]; outside: number } {
  const pairs: LabelPair[] = [];
  let outside = 0;
  const add = (label: string, value: string) => {
    const clean = value.trim();
    if (!NONE.has(clean)) pairs.push({ label, field: FIELD.get(label) ?? null, value: clean });
  };
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const alone = labelAlone(segment);
    if (alone !== undefined) {
      const next = segments[i + 1];
      if (next !== undefined && labelAlone(next) === undefined && inlineLabels(next).length === 0) {
        add(alone, next);
        i++;
      }
      continue;
    }
    const runs = Array.from(segment.matchAll(INLINE_LABEL));
    outside += cjkCount(segment.slice(0, runs[0]?.index ?? segment.length));
    runs.forEach((m, k) =>
      add(compact(m[1]!), segment.slice(m.index + m[0].length, runs[k + 1]?.index ?? segment.length)),
    );
  }
  return { pairs, outside };
}

function compact(text: string): string {
  return text.replace(/\s+/gu, "");
}

// Page furniture of a scraped government page: the site's name, breadcrumbs, the 索引号/发布机构/成文日期
// metadata table and the red-head `…文件` line. None of it is the document's title or body, but the
// metadata table names the document's 文号, date and title, which are read from it here.
import { isoDate } from "./dates.js";
import { DOC_NUMBER_SOURCE } from "./document-number.js";
import { type Span, spaced, spanOf } from "./span.js";

/** Labels of the metadata table sites print above a document; spaces may sit inside (`索 引 号`, `文　　号`). */
const LABELS = [
  "索引号",
  "信息索引号",
  "发布机构",
  "发文机关",
  "发文单位",
  "发布单位",
  "发文部门",
  "主题分类",
  "信息分类",
  "组配分类",
  "体裁分类",
  "主题词",
  "成文日期",
  "发布日期",
  "发文日期",
  "印发日期",
  "生成日期",
  "发布时间",
  "实施日期",
  "生效日期",
  "废止日期",
  "发文字号",
  "联合发文单位",
  "文件来源",
  "文号",
  "标题",
  "名称",
  "信息名称",
  "文件名称",
  "文件编号",
  "文件字号",
  "公开日期",
  "内容概述",
  "内容摘要",
  "公开分类",
  "法定主动公开分类",
  "公文种类",
  "文种",
  "来源",
  "信息来源",
  "文章来源",
  "有效性",
  "是否有效",
  "时效性",
  "效力状态",
  "公开方式",
  "公开范围",
  "浏览次数",
  "访问次数",
  "阅读次数",
  "作者",
  "责任编辑",
  "政策级别",
  "政策主题",
  "统一编号",
  "规范性文件统一编号",
  "字号",
  "字体",
  "分享到",
  "所属主题",
  "所属机构",
];
// …or numbered with its label in brackets and no colon, as the State Council's pages print it (`1. [主题分类] 综合政务`),
// or set apart from its value by a wide gap, no colon (`名    称  某某关于…的通知`, `文    号  某政办发〔2025〕14号`).
const LABEL_ALTERNATIVES = LABELS.map((l) => spaced(l)).join("|");
const LABEL_LINE = new RegExp(
  String.raw`^[\s|•·【\[]*(?:${LABEL_ALTERNATIVES})\s*:|^\s*\d{1,2}\s*[.．、]\s*[【\[]\s*(?:${LABEL_ALTERNATIVES})\s*[】\]]|^\s*(?:${LABEL_ALTERNATIVES})(?:\t|[ \u3000]{2,})\S`,
);
/** Breadcrumbs and navigation bars (`首页 > 政务公开 > …`, `简体 | 繁體 | English`). */
const NAVIGATION = /^\s*(?:首页|当前位置|您的位置|您现在的位置)|[>＞»›]|(?:\S\s*\|\s*){2,}\S/;
/**
 * A site's name (`某市人民政府门户网站`), a red-head document's header (`某市人民政府文件`), page buttons,
 * and the site's tool bar above a page (`本站检索`, `无障碍 长者模式`), one tool or several on a line.
 */
const TOOL = String.raw`(?:打印|关闭|打印本页|关闭窗口|收藏|分享|本站检索|站内检索|站内搜索|全站搜索|搜索|检索|高级检索|无障碍|长者模式|关怀版|登录|注册|设为首页|加入收藏)`;
// …and a gazette's running header (`某省人民政府公报   2025年第16期`), a section label (`【省政府办公厅文件】`).
const HEADER = new RegExp(
  String.raw`^\s*\S{1,30}(?:网站|门户|政府网|在线|文件)\s*$|^\s*(?:[(【\[]?\s*${TOOL}\s*[)】\]]?\s*)+$` +
    String.raw`|^\s*\S{2,24}公报\s+\d{4}\s*年\s*第\s*\d{1,3}\s*期\s*$|^\s*[【\[]\S{1,24}文件[】\]]\s*$`,
);
/** Labels of a notice's printed list of recipients (`抄送:…`, `主送:…`), under the text or above it. */
export const COPY_LIST_LABEL = "抄送|抄报|分送|主送";
/** A line opening such a list. */
export const COPY_LIST_LINE = new RegExp(String.raw`^\s*(?:${COPY_LIST_LABEL})\s*[:：]`);

/** `(此件公开发布)` under a signature. */
const PUBLICATION_NOTE = /^\s*\(此件[^()]*\)\s*$/;
/** A line the author marked as a comment (`# 虚构示例…`): never part of the document. */
const COMMENT = /^\s*#/;

/**
 * The lines that hold the values of a metadata table printed one field a line (`标      题:` then the
 * title on the next line, `发文字号:` then `国办发〔2025〕17号`): page furniture like their labels.
 */
export function fieldValues(lines: Span[]): Set<Span> {
  const values = new Set<Span>();
  for (const [i, line] of lines.entries()) {
    // The value stands right under its label; an empty field (`主 题 词:`) over a blank line has none.
    const value = LABEL_ALONE.test(line.text) ? lines[i + 1] : undefined;
    if (value && value.text.trim() !== "" && !LABEL_LINE.test(value.text)) values.add(value);
  }
  return values;
}

/** A label with nothing after its colon: its value stands on the next line. */
const LABEL_ALONE = new RegExp(
  String.raw`^[\s|•·【\[]*(?:${LABELS.map((l) => spaced(l)).join("|")})\s*[】\]]?\s*:\s*\|?\s*$`,
);

/** Whether a line is page furniture rather than the document (only meaningful above the body). */
export function isFurniture(line: string): boolean {
  // A page's table may leave empty cells after a title (`…的通知 | ||||`): the title's line is no bar of links.
  const words = line.replace(/[\s|]+$/, "");
  if (!/[。]/.test(words) && (NAVIGATION.test(words) || HEADER.test(words))) return true;
  return (
    COMMENT.test(line) ||
    LABEL_LINE.test(line) ||
    PUBLICATION_NOTE.test(line) ||
    LATIN_NAME.test(line) ||
    SITE_LINK.test(line)
  );
}

/** A site's address or its language and access switches alone on a line (`https://www.gov.cn/`, `EN`, `简体 | 繁體`). */
const SITE_LINK =
  /^\s*(?:(?:https?:\/\/|www\.)\S+|(?:EN|English|ENGLISH|中文|简体|繁体|繁體|无障碍|长者模式)(?:\s*[|｜/]?\s*(?:EN|English|ENGLISH|中文|简体|繁体|繁體|无障碍|长者模式))*)\s*$/;

/** A site's name in English under its Chinese one (`National Medical Products Administration`): no title is all Latin. */
const LATIN_NAME = /^\s*[A-Za-z][A-Za-z .,'&()\-]{8,}$/;

/** A line a page sets under the document: links, share and print buttons, the site's credits. */
const TAIL =
  /^\s*[【\[(（]?\s*(?:相关解读|相关阅读|相关链接|相关文件|相关新闻|政策解读|图解|扫一扫|附件下载|责任编辑|编辑|来源|主办|承办|协办|网站标识码|网站地图|版权所有|技术支持|联系我们|分享到|上一篇|下一篇|打印本页|关闭窗口|\p{Script=Han}{0,2}ICP备|\p{Script=Han}{0,2}公网安备)/u;
/** A link of such a list (`· 某产业园新增入驻企业23家`): the page's, when a tail line stands above it. */
const LINK = /^\s*[·•▪►]\s*\S/;

/**
 * Where the page's own lines under the document begin (`相关解读:…`, `扫一扫在手机打开当前页`,
 * `【打印本页】`) with the links listed under them, or null when the text ends with the document: only a run of such
 * lines at the very end counts.
 */
export function pageTail(lines: Span[]): number | null {
  let start: number | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text;
    if (t.trim() === "" || LINK.test(t)) continue;
    if (!TAIL.test(t) && !HEADER.test(t)) break;
    start = lines[i]!.start;
  }
  return start;
}

/** A field's label ends at its colon, or at the bracket a law archive sets it in (`【发文字号】市建发〔2025〕88号`). */
const FIELD_END = String.raw`\s*(?::|[】\]]\s*:?)\s*`;
const NUMBER_FIELD = new RegExp(
  String.raw`(?:发\s*文\s*字\s*号|文\s*件\s*(?:编|字)\s*号|文\s*号)${FIELD_END}\|?\s*(${DOC_NUMBER_SOURCE})`,
);
const DATE_FIELD = /成\s*文\s*日\s*期\s*(?::|[】\]]\s*:?)\s*\|?\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;
const DATE_LABEL_ALONE = /^[\s|•·]*成\s*文\s*日\s*期\s*:\s*\|?\s*$/;
const DATE_VALUE = /^\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})日?/;
const TITLE_FIELD = /^[\s|]*(?:标\s*题|(?:信\s*息\s*|文\s*件\s*)?名\s*称)\s*:\s*\|?\s*(\S[^|]*?)\s*\|?\s*$/;

/** The 文号 of a `发文字号:`/`文号:` field of the metadata table, above `before`. */
export function metadataDocNumber(text: string, lines: Span[], before: number): Span | null {
  return field(text, lines, before, NUMBER_FIELD);
}

/** The title of a `标题:`/`名称:` field of the metadata table, above `before`. */
export function metadataTitle(text: string, lines: Span[], before: number): Span | null {
  return field(text, lines, before, TITLE_FIELD);
}

/** The date of a `成文日期:` field (the date the document was signed, not the page's 发布日期). */
export function metadataDate(text: string, lines: Span[], before: number): { span: Span; iso: string } | null {
  for (const [i, line] of lines.entries()) {
    if (line.start >= before) break;
    // A page's definition list puts the value on a line of its own (`• 成文日期:`, blank, `2025-12-24`).
    const value = DATE_LABEL_ALONE.test(line.text) ? lines.slice(i + 1).find((l) => l.text.trim() !== "") : undefined;
    if (value && value.start < before) {
      const v = DATE_VALUE.exec(value.text);
      const iso = v && isoDate(v);
      if (v && iso)
        return { span: spanOf(text, value.start + v.index + v[0].indexOf(v[1]!), value.start + v[0].length), iso };
    }
    const m = DATE_FIELD.exec(line.text);
    const iso = m && isoDate(m);
    if (m && iso)
      return {
        span: spanOf(text, line.start + m.index + m[0].indexOf(m[1]!), line.start + m.index + m[0].length),
        iso,
      };
  }
  return null;
}

function field(text: string, lines: Span[], before: number, pattern: RegExp): Span | null {
  for (const [i, line] of lines.entries()) {
    if (line.start >= before) break;
    // A label alone on its line (`标      题:`) has its value on the next line.
    const below = LABEL_ALONE.test(line.text) ? lines[i + 1] : undefined;
    const value = below && below.text.trim() !== "" ? below : undefined;
    const m = pattern.exec(value && value.start < before ? `${line.text.trimEnd()}${value.text}` : line.text);
    if (m && value && value.start < before && m[0].length > line.text.trimEnd().length) {
      const at = value.text.indexOf(m[1]!);
      if (at >= 0) return spanOf(text, value.start + at, value.start + at + m[1]!.length);
    }
    if (!m) continue;
    const start = line.start + m.index + m[0].lastIndexOf(m[1]!);
    return spanOf(text, start, start + m[1]!.length);
  }
  return null;
}

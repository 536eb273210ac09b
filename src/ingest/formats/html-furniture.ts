// Page furniture of a government article page: breadcrumbs, hit counters, print/close/font/share tools,
// lists of related files and links, and the site footer. None of it is the article.
import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { textCounts } from "./html-counts.js";
import { isBlock } from "./html-lines.js";

/** What furniture lines say wherever they stand, each anchored so that an article's sentences do not match. */
const FURNITURE_LINES = [
  // breadcrumbs: 当前位置：首页 > 政务公开 > …
  /^(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置)|^首页\s*[>＞»›]/,
  // hit counters
  /(?:浏览次数|访问次数|访问量|阅读次数|阅读量|浏览量|点击数|点击量|点击次数)\s*[:：]/,
  // print, close, favourite, font size, share, open on a phone
  /[【[]\s*(?:打印|关闭|收藏|打印本页|关闭窗口)\s*[】\]]|打印本页|关闭窗口|(?:字号|字体)\s*[:：]?\s*[[【]?\s*大\s*中\s*小|^分享到|扫一扫/,
  // the site's registration marks
  /网站标识码|ICP备|公网安备|版权所有/,
  // the line above an article stating when and where it was published
  /^(?:发布时间|发布日期|信息来源|文章来源|来源)\s*[:：]/,
  // headings of related-file and related-link lists
  /^(?:相关(?:文件|链接|附件|阅读|新闻|解读|政策|稿件)|附件下载)\s*[:：]?$/,
];
/** What the site footer says, which an article may say too (an event notice names its 主办单位): furniture only after the article's last line. */
const FOOTER_LINES = /(?:^|\s)(?:主办|承办)(?:单位)?\s*[:：]|^联系我们|^网站地图/;
/** Furniture lines are short; a longer line, or one ending a sentence, is the article's. */
const MAX_FURNITURE_LINE = 120;
/** A block of links may carry this many Chinese characters outside them (a heading, separators). */
const MAX_TEXT_BESIDE_LINKS = 20;

/**
 * The lines of an article block without its page furniture: breadcrumbs, counters, tools, registration
 * marks and list headings wherever they stand, and footer lines in the run that ends the block.
 */
export function withoutFurniture(lines: string[]): string[] {
  const short = (line: string) => line.trim().length <= MAX_FURNITURE_LINE && !line.includes("。");
  const anywhere = (line: string) => short(line) && FURNITURE_LINES.some((re) => re.test(line.trim()));
  const atEnd = (line: string) => anywhere(line) || (short(line) && FOOTER_LINES.test(line.trim()));
  let end = lines.length;
  while (end > 0 && atEnd(lines[end - 1]!)) end--;
  return lines.slice(0, end).filter((line) => !anywhere(line));
}

/**
 * Removes the blocks of a page that are lists of links: menus, 相关文件/相关链接 lists, pagers, and an
 * article's 附件 list (附件 followed by links to files). Returns how many were removed.
 */
export function removeLinkLists($: CheerioAPI): number {
  const counts = textCounts($("body").get(0)!);
  const isLinkList = (el: Element) => {
    const { cjk, inLinks, links } = counts.get(el)!;
    if (links >= 2 && inLinks >= 0.8 * cjk && cjk - inLinks <= MAX_TEXT_BESIDE_LINKS) return true;
    return links >= 1 && inLinks >= 0.5 * cjk && /^\s*附\s*件/.test($(el).text());
  };
  const lists = new Set(
    $("body *")
      .toArray()
      .filter((el) => isBlock(el) && isLinkList(el)),
  );
  const outermost = [...lists].filter((el) =>
    $(el)
      .parents()
      .toArray()
      .every((p) => !lists.has(p)),
  );
  $(outermost).remove();
  return outermost.length;
}

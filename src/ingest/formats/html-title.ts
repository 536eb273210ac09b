// The title of a page's article, for articles whose body starts below it (the title sits in a heading
// above the content container, or only in the page's metadata).
import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { classAndId, elementLines } from "./html-lines.js";

/** Headings, and elements named as titles (`article-title`, `tit`, `bt`). */
const TITLE_NAME = /title|^tit$|^bt$|biaoti/i;
/** A title element sits inside the article container, or before it within this many levels of its ancestors. */
const TITLE_LEVELS = 3;
/** `<title>` parts are split at these: `标题_某区人民政府`, `标题 - 某市政府`, `标题 | 门户网站`. */
const SITE_SEPARATOR = /\s*[_|｜]\s*|\s+[-—–－]+\s+/;

/**
 * The article's title: the one the page's metadata gives (政务公开 标题, ArticleTitle), else the
 * article's heading or title element, else the page's `<title>` without the site's name.
 */
export function articleTitle($: CheerioAPI, article: Element, metadataTitle: string | undefined): string | undefined {
  return metadataTitle ?? headingTitle($, article) ?? documentTitle($);
}

/** The lines with the title as the first line, unless they already start with it. */
export function withTitle(lines: string[], title: string | undefined): string[] {
  if (title === undefined) return lines;
  const compact = (s: string) => s.replace(/\s+/gu, "");
  return compact(lines.slice(0, 3).join("")).startsWith(compact(title)) ? lines : [title, ...lines];
}

function headingTitle($: CheerioAPI, article: Element): string | undefined {
  const elements = $("body *").toArray();
  const order = new Map(elements.map((el, i) => [el, i]));
  const candidates = elements.filter((el) => {
    const named = /^h[1-3]$/.test(el.name) || classAndId(el).some((n) => TITLE_NAME.test(n));
    const text = named ? oneLine(el) : "";
    return text.length >= 5 && text.length <= 150 && /\p{Script=Han}/u.test(text);
  });
  // inside the article, an <h2>/<h3> is a section heading (一、总体要求), not the title
  const inside = candidates.find((el) => $.contains(article, el) && el.name !== "h2" && el.name !== "h3");
  if (inside) return oneLine(inside);
  const scope = $(article).parents().toArray().slice(0, TITLE_LEVELS).at(-1);
  const before = candidates.filter(
    (el) => scope && $.contains(scope, el) && !$.contains(el, article) && order.get(el)! < order.get(article)!,
  );
  const nearest = before.at(-1);
  return nearest ? oneLine(nearest) : undefined;
}

function documentTitle($: CheerioAPI): string | undefined {
  const title = $("title").toArray()[0];
  const parts = title ? oneLine(title).split(SITE_SEPARATOR) : [];
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), "");
  return longest.length >= 4 ? longest : undefined;
}

/** An element's text on one line (a title broken over lines by `<br>` joins up). */
function oneLine(el: Element): string {
  return elementLines(el).join("").trim();
}

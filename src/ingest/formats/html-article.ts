// The element of a page that holds the article: the content container government site platforms mark
// (TRS WCM's TRS_Editor, 政府网站集约化平台 pages' zoom/pages_content…), or else the block with the
// most Chinese text outside links, as readability-style extractors score it.
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { cjkCount } from "./charset.js";
import { textCounts } from "./html-counts.js";
import { classAndId, isBlock, isElement } from "./html-lines.js";

/** Class or id names of article containers on government sites (compared without case). */
const CONTAINER_NAMES = new Set([
  "trs_editor",
  "trs_ueditor",
  "custom_unionstyle",
  "zoom",
  "pages_content",
  "ucap-content",
  "art_con",
  "article",
  "article-content",
  "article_content",
  "content",
  "view",
  "main-txt",
  "xxgk",
  "zwnr",
]);
/** A container must hold this many Chinese characters outside links to be taken for the article. */
const MIN_ARTICLE = 20;
/** A marked container inside the best one is taken instead when it holds this share of its text. */
const INNER_SHARE = 0.6;

/** How the article was found: by a container's name, or by text density. */
export interface Article {
  element: Element;
  by: "container" | "density";
}

/** The element holding a page's article, or undefined when no block has article text (a list or index page). */
export function findArticle($: CheerioAPI): Article | undefined {
  const elements = $("body, body *").toArray();
  const marked = elements.filter(
    (el) => el.name === "article" || classAndId(el).some((n) => CONTAINER_NAMES.has(n.toLowerCase())),
  );
  const counts = textCounts($("body").get(0)!);
  const score = (el: Element) => counts.get(el)!.cjk - counts.get(el)!.inLinks;
  let best: Element | undefined;
  let bestScore = MIN_ARTICLE - 1;
  for (const el of marked) {
    const s = score(el);
    if (s > bestScore) [best, bestScore] = [el, s];
  }
  if (best) {
    const outer = best;
    const inner = marked.filter((el) => el !== outer && $.contains(outer, el) && score(el) >= INNER_SHARE * bestScore);
    return { element: inner.at(-1) ?? best, by: "container" };
  }
  const dense = densest(elements);
  return dense ? { element: dense, by: "density" } : undefined;
}

/**
 * The block with the most Chinese text outside links: each block's own text counts for it, fully for
 * its parent block and half for its grandparent, so the block holding the article's paragraphs wins.
 */
function densest(elements: Element[]): Element | undefined {
  const own = new Map<Element, number>();
  for (const el of elements.filter(isBlock)) {
    const n = ownText(el);
    if (n > 0) own.set(el, n);
  }
  const scores = new Map<Element, number>();
  const add = (el: Element | undefined, n: number) => el && scores.set(el, (scores.get(el) ?? 0) + n);
  for (const [el, n] of own) {
    const parent = blockParent(el);
    add(el, n);
    add(parent, n);
    add(parent && blockParent(parent), n / 2);
  }
  let best: Element | undefined;
  let bestScore = MIN_ARTICLE;
  for (const el of elements) {
    const s = scores.get(el) ?? 0;
    if (s >= bestScore) [best, bestScore] = [el, s];
  }
  return best;
}

/** Chinese characters of a block's own text: in it and its inline elements, not in links or blocks inside it. */
function ownText(el: Element): number {
  const count = (node: AnyNode): number => {
    if (node.nodeType === 3) return cjkCount(node.data);
    if (!isElement(node) || node.name === "a" || isBlock(node)) return 0;
    return node.children.reduce((sum, c) => sum + count(c), 0);
  };
  return el.children.reduce((sum, c) => sum + count(c), 0);
}

function blockParent(el: Element): Element | undefined {
  for (let p = el.parent; p; p = p.parent) if (isElement(p) && isBlock(p)) return p;
  return undefined;
}

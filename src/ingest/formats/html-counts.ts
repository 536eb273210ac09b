// How much Chinese text each element of a page holds, in and out of links, counted in one pass from
// the leaves up (asking each element for its text would re-read deep pages once per level).
import type { AnyNode, Element } from "domhandler";
import { cjkCount } from "./charset.js";
import { isElement } from "./html-lines.js";

/** An element's Chinese characters, how many of them are inside links, and how many links it holds. */
export interface TextCounts {
  cjk: number;
  inLinks: number;
  links: number;
}

/** The counts of `root` and every element inside it. */
export function textCounts(root: Element): Map<Element, TextCounts> {
  const counts = new Map<Element, TextCounts>();
  const visit = (node: AnyNode): TextCounts => {
    if (node.nodeType === 3) return { cjk: cjkCount(node.data), inLinks: 0, links: 0 };
    const sum = { cjk: 0, inLinks: 0, links: 0 };
    if (!isElement(node)) return sum;
    for (const child of node.children) {
      const c = visit(child);
      sum.cjk += c.cjk;
      sum.inLinks += c.inLinks;
      sum.links += c.links;
    }
    if (node.name === "a") [sum.inLinks, sum.links] = [sum.cjk, sum.links + 1];
    counts.set(node, sum);
    return sum;
  };
  visit(root);
  return counts;
}

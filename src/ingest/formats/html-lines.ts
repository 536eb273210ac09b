// A block of a page as lines of text: what a reader sees, paragraph by paragraph, row by row.
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";

/** Elements that start and end a line (besides `<br>`); everything else flows within one. */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);
/** Elements whose text no reader sees. */
const UNSEEN =
  "script, style, noscript, template, iframe, svg, canvas, object, embed, select, button, input, textarea, map";
const WIDE = String.raw`[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]`;
/** A source line break between two Chinese characters is no space (as CSS Text segment-break rules have it). */
const BREAK_IN_CHINESE = new RegExp(String.raw`(?<=${WIDE})[ \t\f]*[\r\n][ \t\r\n\f]*(?=${WIDE})`, "gu");

/** Whether an element starts and ends a line. */
export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.name);
}

/** Whether a node is an element (not text, a comment or a processing instruction). */
export function isElement(node: AnyNode): node is Element {
  return node.nodeType === 1 && "attribs" in node;
}

/** An element's class names and id, which site platforms name their blocks by. */
export function classAndId(el: Element): string[] {
  return [...(el.attribs.class ?? "").split(/\s+/), el.attribs.id ?? ""].filter((n) => n !== "");
}

/**
 * Removes what no reader of a page sees: scripts, styles, form controls, embedded frames, and elements
 * hidden by `hidden` or an inline `display:none`/`visibility:hidden`.
 */
export function removeUnseen($: CheerioAPI): void {
  $(UNSEEN).remove();
  $("body *")
    .filter(
      (_, el) =>
        el.attribs.hidden !== undefined || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs.style ?? ""),
    )
    .remove();
}

/**
 * The lines an element of a page (its unseen elements removed) reads as: each paragraph, `<div>`, list item, heading and `<br>` ends a line;
 * a data table gives a line per row, its cells joined by a tab (a table of single cells is layout and
 * reads as its blocks). Runs of spaces, tabs and newlines collapse to one space; no-break spaces (`&nbsp;`,
 * which pages use to indent lines and align columns) and full-width spaces stay, as a browser shows them.
 */
export function elementLines(el: Element): string[] {
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    const line = cleanLine(current);
    if (line.trim() !== "") lines.push(line);
    current = "";
  };
  const walk = (node: AnyNode) => {
    if (node.nodeType === 3) {
      current += node.data;
      return;
    }
    if (!isElement(node)) return;
    if (node.name === "br") return flush();
    if (node.name === "table" && isDataTable(node)) {
      flush();
      for (const row of tableRows(node)) {
        const cells = row.children
          .filter(isElement)
          .filter((c) => c.name === "td" || c.name === "th")
          .map((c) => elementLines(c).join(" "));
        if (cells.some((c) => c !== "")) lines.push(cells.join("\t"));
      }
      return;
    }
    const block = isBlock(node);
    if (block) flush();
    node.children.forEach(walk);
    if (block) flush();
  };
  walk(el);
  flush();
  return lines;
}

/** One line's raw text with whitespace as a reader sees it, double-escaped `&nbsp;` included. */
function cleanLine(raw: string): string {
  // Ordinary whitespace collapses as a browser collapses it; a no-break space does not (CSS white-space:
  // normal), so the runs of `&nbsp;` that indent a line or align the columns of a table set in text stay.
  return raw
    .replace(/&nbsp;?/gi, "\u00A0")
    .replace(BREAK_IN_CHINESE, "")
    .replace(/[ \t\r\n\v\f]+/g, " ")
    .replace(/^ | $/g, "")
    .replace(/\u00A0/g, " ")
    .trimEnd();
}

/** A table of data (some row has two cells or more, and no table inside), not one laying out a page. */
function isDataTable(table: Element): boolean {
  const nested = (el: Element): boolean => el.children.filter(isElement).some((c) => c.name === "table" || nested(c));
  return (
    !nested(table) &&
    tableRows(table).some(
      (row) => row.children.filter(isElement).filter((c) => c.name === "td" || c.name === "th").length >= 2,
    )
  );
}

/** The rows of a table, in order, not those of tables inside it. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const collect = (el: Element) => {
    for (const child of el.children.filter(isElement)) {
      if (child.name === "tr") rows.push(child);
      else if (child.name !== "table") collect(child);
    }
  };
  collect(table);
  return rows;
}

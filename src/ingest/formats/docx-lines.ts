// The lines of a Word document from the HTML mammoth converts it to: a paragraph, heading or list item a
// line, a table row a line with its cells apart by tabs, footnotes last.
import * as cheerio from "cheerio";
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";

/** What `docxLines` read: the lines, and how many list items it numbered itself (see `listLines`). */
export interface DocxLines {
  lines: string[];
  numbered: number;
}

/** The lines of mammoth's HTML for a document body, in document order. */
export function docxLines(html: string): DocxLines {
  const $ = cheerio.load(html, null, false);
  // Word's line breaks inside a paragraph (a title set on two lines) stay line breaks; pictures have no text.
  $("br").replaceWith("\n");
  $("img").remove();
  // A footnote's link back to where it is cited (`↑`) is not its text.
  $('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]').remove();
  const out: DocxLines = { lines: [], numbered: 0 };
  for (const node of $.root().children().toArray()) blockLines($, node, out);
  // Leading spaces stay: Word users indent and align columns with them (a table set in text).
  out.lines = out.lines
    .flatMap((line) => line.split("\n"))
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "");
  return out;
}

function blockLines($: CheerioAPI, el: Element, out: DocxLines): void {
  if (el.name === "table") out.lines.push(...tableRows($, el));
  else if (el.name === "ol" || el.name === "ul") listLines($, el, 0, out);
  else out.lines.push($(el).text());
}

/**
 * The items of a list, nested lists after their item. A footnote or endnote (mammoth lists them last) reads
 * `[1] …`, the mark its citation shows. Word numbers a numbered list as it displays it, from definitions mammoth
 * does not pass on (`（一）`, `1.`, `①`…): its items are numbered here by position, `1.` `2.` … at the outer level
 * and `(1)` `(2)` … below, and counted in `numbered` so the reader can warn that the numbers are not the document's.
 */
function listLines($: CheerioAPI, list: Element, depth: number, out: DocxLines): void {
  $(list)
    .children("li")
    .each((i, li) => {
      const item = $(li).clone();
      item.children("ol, ul").remove();
      const note = /^(?:footnote|endnote)-/.test($(li).attr("id") ?? "");
      let mark = "";
      if (note) mark = `[${i + 1}] `;
      else if (list.name === "ol") {
        mark = depth === 0 ? `${i + 1}.` : `(${i + 1})`;
        out.numbered++;
      }
      out.lines.push(mark + inline($, item));
      $(li)
        .children("ol, ul")
        .each((_, nested) => listLines($, nested, depth + 1, out));
    });
}

/**
 * A table's rows, cells apart by tabs. A cell spanning rows is repeated in each (its 牵头单位 leads every task of the
 * rows it spans); one spanning columns is followed by empty cells, so later cells stay under their headings.
 */
function tableRows($: CheerioAPI, table: Element): string[] {
  const grid: string[][] = [];
  $(table)
    .find("tr")
    .filter((_, tr) => $(tr).closest("table")[0] === table)
    .each((r, tr) => {
      const row = (grid[r] ??= []);
      let col = 0;
      $(tr)
        .children("td, th")
        .each((_, cell) => {
          while (row[col] !== undefined) col++;
          const text = inline($, $(cell)).replace(/\s+/g, " ").trim();
          const across = Number($(cell).attr("colspan") ?? 1);
          const down = Number($(cell).attr("rowspan") ?? 1);
          for (let d = 0; d < down; d++) {
            const target = (grid[r + d] ??= []);
            for (let c = 0; c < across; c++) target[col + c] = c === 0 ? text : "";
          }
          col += across;
        });
    });
  return grid
    .map((row) =>
      Array.from(row, (cell) => cell ?? "")
        .join("\t")
        .replace(/\t+$/, ""),
    )
    .filter((row) => row.trim() !== "");
}

/** The text of a paragraph, item or cell, its paragraphs (a cell may hold several) apart by a space. */
function inline($: CheerioAPI, node: cheerio.Cheerio<AnyNode>): string {
  const blocks = node.find("p, h1, h2, h3, h4, h5, h6");
  if (blocks.length <= 1) return node.text();
  return blocks
    .toArray()
    .map((p) => $(p).text().trim())
    .filter((t) => t !== "")
    .join(" ");
}

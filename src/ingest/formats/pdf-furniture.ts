// Page furniture of a PDF: page numbers and the running headers and footers printed on every page. They
// are not the document's words and they cut its paragraphs at each page break, so the reader drops them.
import type { PageLine } from "./pdf-lines.js";

/** A page number as printed: `— 2 —`, `-2-`, `第2页`, `第 2 页 共 10 页`, `2/10`, `Page 2 of 10`. */
const PAGE_NUMBER =
  /^(?:[-—–―─~－]+\s*\d{1,4}\s*[-—–―─~－]+|第\s*\d{1,4}\s*页(?:\s*[,，、/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/iu;
const BARE_NUMBER = /^\d{1,4}$/;
/** How many lines at a page's top and at its foot may hold its page number. */
const EDGE = 2;
/** Header and footer lines stand apart from the body: a gap this many times the usual line spacing. */
const APART = 1.2;
/** Lines at the same place on two pages: baselines closer than this share of the font size. */
const SAME_PLACE = 0.5;

/** What `pageFurniture` found: the lines to drop, the running headers and footers among them, and how many page numbers. */
export interface Furniture {
  dropped: Set<PageLine>;
  running: string[];
  pageNumbers: number;
}

/**
 * The furniture of a document's pages (each a list of lines top to bottom): page numbers among the top and foot
 * lines (a bare number only at the foot, and only when they rise page by page), and running headers and footers:
 * lines set apart from the body at a page's top or foot that print the same text (page numbers aside) at the same
 * place on at least half the pages, and on two at least.
 */
export function pageFurniture(pages: readonly PageLine[][]): Furniture {
  const dropped = new Set<PageLine>();
  const feet: PageLine[] = [];
  for (const lines of pages) {
    for (const line of new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)])) {
      if (PAGE_NUMBER.test(line.text)) dropped.add(line);
    }
    const foot = lines
      .slice(-EDGE)
      .reverse()
      .find((line) => BARE_NUMBER.test(line.text));
    if (foot) feet.push(foot);
  }
  if (feet.every((line, k) => k === 0 || Number(line.text) > Number(feet[k - 1]!.text)))
    feet.forEach((line) => dropped.add(line));
  let pageNumbers = dropped.size;
  const running: string[] = [];
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  for (const group of samePlaceGroups(pages)) {
    if (new Set(group.map((g) => g.page)).size < needed) continue;
    const fresh = group.filter((g) => !dropped.has(g.line));
    if (fresh.length === 0) continue;
    fresh.forEach((g) => dropped.add(g.line));
    if (BARE_NUMBER.test(fresh[0]!.line.text)) pageNumbers += fresh.length;
    else running.push(fresh[0]!.line.text);
  }
  return { dropped, running, pageNumbers };
}

/** A line and the index of its page. */
interface Entry {
  page: number;
  line: PageLine;
}

/** Lines set apart at pages' tops and feet, grouped by their text (digits aside) and place on the page. */
function samePlaceGroups(pages: readonly PageLine[][]): Entry[][] {
  const pitch = lineSpacing(pages);
  const byText = new Map<string, Entry[]>();
  pages.forEach((lines, page) => {
    for (const line of [...apart(lines, pitch), ...apart([...lines].reverse(), pitch)]) {
      const key = line.text.replace(/\s+/g, "").replace(/\d+/g, "#");
      if (!byText.has(key)) byText.set(key, []);
      byText.get(key)!.push({ page, line });
    }
  });
  const groups: Entry[][] = [];
  for (const entries of byText.values()) {
    entries.sort((p, q) => p.line.y - q.line.y);
    let group: Entry[] = [];
    for (const entry of entries) {
      if (group.length > 0 && Math.abs(entry.line.y - group[0]!.line.y) < SAME_PLACE * entry.line.size)
        group.push(entry);
      else groups.push((group = [entry]));
    }
  }
  return groups;
}

/** The lines at the start of `lines` (up to three) that a gap wider than `APART` line spacings parts from the rest. */
function apart(lines: readonly PageLine[], pitch: number): PageLine[] {
  for (let i = 0; i < Math.min(3, lines.length - 1); i++) {
    if (Math.abs(lines[i + 1]!.y - lines[i]!.y) > APART * pitch) return lines.slice(0, i + 1);
  }
  return [];
}

/** The usual distance between baselines of neighbouring lines, over the whole document. */
function lineSpacing(pages: readonly PageLine[][]): number {
  const steps = pages.flatMap((lines) => lines.slice(1).map((line, i) => line.y - lines[i]!.y)).sort((a, b) => a - b);
  return steps.length === 0 ? Infinity : steps[Math.floor(steps.length / 2)]!;
}

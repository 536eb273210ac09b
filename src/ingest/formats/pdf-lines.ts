// The printed lines of one PDF page, rebuilt from the text runs pdf.js reports (each a string with its
// transform): runs on one baseline make a line, read left to right, lines read top to bottom.
import { wholeCharacters } from "./pdf-look-alikes.js";

/** A run of text as pdf.js reports it: its string, its transform in PDF user space and its width. */
export interface TextRun {
  str: string;
  transform: number[];
  width: number;
}

/**
 * One printed line: its text, where it starts (x) and ends (`end`) and sits (baseline y, growing down the page), and
 * its font size. A ruled table's row (`pdf-table.ts`) has its cells in `row` (its text is them apart by tabs), and
 * whether a page break cuts it: no rule closes it at the page's foot (`openBelow`) or opens it at the head (`openAbove`).
 */
export interface PageLine {
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
  row?: { cells: string[]; openAbove: boolean; openBelow: boolean };
}

/** A run of text placed on the page as shown: its text, start and end x, baseline y and font size. */
export interface Placed {
  text: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

/** Runs on one line: baselines closer than this share of the larger font size (a superscript, mixed fonts). */
const SAME_BASELINE = 0.4;
/** A gap of a quarter of an em between runs is a word space (where either side is not Chinese). */
const SPACE_GAP = 0.25;
/** A gap this wide (in ems) is white space on the page: table columns, `第一条　为了`, a 签发人 beside a 文号. */
const WIDE_GAP = 0.8;
/** Between two Chinese characters a drawn space shows where the gap is this much (in ems) wider than the usual one. */
const SHOWN_SPACE = 0.2;
/** Between two Chinese characters, set solid, a gap this wide (in ems) is white space. */
const CJK_GAP = 0.3;
/** Characters set without spaces between them: Han, CJK punctuation and full-width forms, and the quotes and dashes Chinese text uses. */
const CJK = /[\p{Script=Han}\u2e80-\u2fdf\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026]/u;

/** `m1 × m2` of two PDF matrices `[a b c d e f]` (`m2` applied first), as pdf.js's `Util.transform` computes it. */
export function multiply(m1: number[], m2: number[]): number[] {
  const [a1, b1, c1, d1, e1, f1] = m1 as [number, number, number, number, number, number];
  const [a2, b2, c2, d2, e2, f2] = m2 as [number, number, number, number, number, number];
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

/**
 * A page's text runs placed on the page, `viewport` being the page's viewport transform at scale 1 (it turns
 * PDF space, y up, into the page as shown, y down, page rotation included). Runs not set upright (vertical or
 * rotated text: stamps, side notes) are left out and counted in `rotated`.
 */
export function placeRuns(runs: readonly TextRun[], viewport: number[]): { placed: Placed[]; rotated: number } {
  const placed: Placed[] = [];
  let rotated = 0;
  for (const run of runs) {
    if (run.str === "") continue;
    const [a, b, c, d, x, y] = multiply(viewport, run.transform) as [number, number, number, number, number, number];
    const size = Math.hypot(c, d);
    if (a <= 0 || d >= 0 || Math.abs(b) > 0.1 * Math.abs(a) || Math.abs(c) > 0.1 * size) {
      if (run.str.trim() !== "") rotated++;
      continue;
    }
    placed.push({ text: wholeCharacters(run.str), x, y, end: x + run.width, size });
  }
  return { placed, rotated };
}

/** The lines placed runs make: runs on one baseline, read left to right; lines top to bottom. */
export function linesOf(placed: readonly Placed[]): PageLine[] {
  const sorted = [...placed].sort((p, q) => p.y - q.y || p.x - q.x);
  const rows: Placed[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(run.y - row[0]!.y) < SAME_BASELINE * Math.max(run.size, row[0]!.size)) row.push(run);
    else rows.push([run]);
  }
  return rows.map(lineOf).filter((line): line is PageLine => line !== null);
}

/**
 * The text of a line wrapped onto the next, as one: Chinese is set solid (nothing between the two, where either
 * side is Chinese), words take a space between them, and a word broken after its hyphen is whole again.
 */
export function joinWrapped(left: string, right: string): string {
  if (left === "" || right === "") return left + right;
  const solid = CJK.test(left.at(-1)!) || CJK.test(right[0]!) || /\p{L}-$/u.test(left);
  return left + (solid ? "" : " ") + right;
}

/** A line's text, its runs read left to right with the spacing their gaps show; null when it is only white space. */
function lineOf(row: Placed[]): PageLine | null {
  row.sort((p, q) => p.x - q.x);
  // The runs that draw something, each with whether a drawn space comes before it.
  const inked: { run: Placed; spaced: boolean }[] = [];
  let spaced = false;
  for (const run of row) {
    if (run.text.trim() === "") spaced = inked.length > 0;
    else {
      inked.push({ run, spaced });
      spaced = false;
    }
  }
  if (inked.length === 0) return null;
  const usual = solidGap(inked.map((i) => i.run));
  let text = "";
  inked.forEach(({ run, spaced }, k) => {
    const between = k > 0 ? separator(inked[k - 1]!.run, run, spaced, usual) : "";
    text += (between === " " && /\s$/.test(text) ? "" : between) + run.text;
  });
  const [first, last] = [inked[0]!.run, inked.at(-1)!.run];
  return { text: text.trim(), x: first.x, end: last.end, y: first.y, size: first.size };
}

/**
 * The gap a line leaves between Chinese characters where it draws each on its own (as Chromium does): the median
 * gap between neighbouring one-character runs, nearly nothing when set solid, the letter-spacing of a justified
 * line stretched to its edges; 0 where runs are words.
 */
function solidGap(runs: readonly Placed[]): number {
  const single = (run: Placed) => [...run.text].length === 1 && CJK.test(run.text);
  const gaps = runs.slice(1).flatMap((run, k) => (single(runs[k]!) && single(run) ? [run.x - runs[k]!.end] : []));
  gaps.sort((a, b) => a - b);
  return gaps.length === 0 ? 0 : gaps[Math.floor(gaps.length / 2)]!;
}

/**
 * What goes between two runs of a line: for a gap of white space, ideographic spaces (one per em, one at least); for
 * a word space (a space the PDF draws, or a quarter em) a space; else nothing. Chinese is set solid, so between two
 * Chinese characters a third of an em is already white space (two table cells), and a drawn space is a space only
 * where it shows, wider by a fifth of an em than the line's `usual` gap between them (`区政府文件 杭州市`), not
 * where pdf.js reads one into each gap of a line justified by spacing its characters out.
 */
function separator(left: Placed, right: Placed, spaced: boolean, usual: number): string {
  const em = Math.min(left.size, right.size);
  const gap = right.x - left.end;
  const chinese = CJK.test(left.text.at(-1) ?? "") && CJK.test(right.text[0] ?? "");
  if (gap >= (chinese ? CJK_GAP : WIDE_GAP) * em) return "\u3000".repeat(Math.max(1, Math.round(gap / em)));
  if (chinese) return spaced && gap - usual >= SHOWN_SPACE * em ? " " : "";
  return spaced || gap >= SPACE_GAP * em ? " " : "";
}

// A PDF's lines as the paragraphs a reader sees. Print cuts a paragraph into lines at the text block's right
// edge; the page's geometry tells where it did: a line that fills the block up to its right edge runs on when
// the next starts back at the block's left edge (not indented like a new paragraph's first line).
import { canonicalPunctuation } from "../punctuation.js";
import { DATE_LINE, NUMBERED_ITEM } from "../layout-lines.js";
import { joinWrapped, type PageLine } from "./pdf-lines.js";
import { continuedRow } from "./pdf-table.js";

/** Where a page's text block lies: its left and right edges, and the usual distance between baselines. */
interface Block {
  left: number;
  right: number;
  pitch: number;
}

/** A line fills the block when it ends this many ems short of the right edge or less (justified text ends on it). */
const FULL = 1.5;
/** Starts this many ems apart are one start. */
const SAME_X = 0.5;
/** A hanging indent sets a numbered line's wrapped lines in by this many ems at most (past `（十一）`). */
const HANGING = 4;
/** Baselines further apart than this many line pitches have a paragraph's spacing between them. */
const SPACED = 1.5;
/** Sentences, salutations and list entries end here: an indented line after one starts anew. */
const ENDS = /[。：；:;]$/u;

/**
 * The text of a document's pages (each its lines top to bottom, furniture dropped) as a reader sees it: wrapped
 * lines joined into their paragraph (Chinese solid, a space between words), on a page and across a page break,
 * each paragraph on a line of its own. A line runs on into the next when it reaches its page's block's right
 * edge and the next, in the same font size, without a paragraph's spacing between them, starts back at the left
 * edge (or, under a numbered line, at its hanging indent) and is no numbered heading (`一、`, `（一）`, `1.`,
 * `第一条`) nor date line; an indented line never runs on from one ending a sentence (`。`, `：`, `；`). Centred
 * titles, right-set signatures and short lines never fill the block, so they stay apart.
 * A paragraph is indented by ideographic spaces, one per em its first line starts right of the block's left edge,
 * less the indent every paragraph has: the `　　一、…` indents the layout steps read are a paragraph's against a
 * flush line (a salutation, a 文号). Table rows are not indented, and a row a page break cuts is one again.
 */
export function reflowedLines(pages: readonly PageLine[][]): string[] {
  const bodies = pages.map((lines) => lines.filter((line) => !line.row));
  const all = bodies.flat();
  const fallback = {
    left: leftEdge(all) ?? Math.min(...all.map((line) => line.x)),
    // No two lines end alike: no line shows where the block ends, and none is taken to fill it.
    right: rightEdge(all) ?? Infinity,
    pitch: pitchOf(bodies) || Infinity,
  };
  const paragraphs: { text: string; indent: number | null }[] = [];
  let last: { line: PageLine; block: Block; wraps: number | null; head: PageLine } | null = null;
  for (const [page, lines] of pages.entries()) {
    const body = bodies[page]!;
    // A page's own edges, where they are the document's give or take an em (mirrored margins); else the page has
    // too few full or wrapped lines to show them (a signature page, a page of table), and the document's serve.
    const [left, right] = [leftEdge(body), rightEdge(body)];
    const em = median(body.map((line) => line.size));
    const block = {
      left: left !== null && Math.abs(left - fallback.left) <= em ? left : fallback.left,
      right: right !== null && Math.abs(right - fallback.right) <= em ? right : fallback.right,
      pitch: pitchOf([body]) || fallback.pitch,
    };
    for (const line of lines) {
      const row: PageLine | null = last && !lines.includes(last.line) ? continuedRow(last.line, line) : null;
      if (last && row) {
        paragraphs.at(-1)!.text = row.text;
        last = { line: row, block: last.block, wraps: null, head: row };
        continue;
      }
      const wraps: number | false = last ? runsOn(last, line, block, lines.includes(last.line)) : false;
      if (last && wraps !== false) {
        paragraphs.at(-1)!.text = joinWrapped(paragraphs.at(-1)!.text, line.text);
        last = { line, block, wraps, head: last.head };
        continue;
      }
      paragraphs.push({
        text: line.text,
        indent: line.row ? null : Math.max(0, Math.round((line.x - block.left) / line.size)),
      });
      last = { line, block, wraps: null, head: line };
    }
  }
  const least = Math.min(...paragraphs.map((p) => p.indent ?? Infinity));
  return paragraphs.map((p) => (p.indent === null ? p.text : "\u3000".repeat(p.indent - least) + p.text));
}

/**
 * Whether `next` continues the paragraph of `prev.line`: false if not, else the x its wrapped lines start at.
 * `prev.wraps` is that x once the paragraph has wrapped, null before; `prev.head` the paragraph's first line.
 */
function runsOn(
  prev: { line: PageLine; block: Block; wraps: number | null; head: PageLine },
  next: PageLine,
  block: Block,
  samePage: boolean,
): number | false {
  const { line, head } = prev;
  const em = line.size;
  if (line.row || next.row || Math.abs(line.size - next.size) > 0.1 * em) return false;
  // Full: up to the right edge, not past it (a line running over the edge, as a long date line pushed right, was not wrapped there).
  if (line.end < prev.block.right - FULL * em || line.end > prev.block.right + SAME_X * em) return false;
  if (samePage && (next.y <= line.y || next.y - line.y > SPACED * block.pitch)) return false;
  const [text, following] = [canonicalPunctuation(line.text), canonicalPunctuation(next.text)];
  if (DATE_LINE.test(text) || NUMBERED_ITEM.test(following) || DATE_LINE.test(following)) return false;
  // A paragraph wrapping at an indent (a hanging one) wraps there on.
  if (prev.wraps !== null && prev.wraps > prev.block.left + SAME_X * em)
    return Math.abs(next.x - prev.wraps) <= SAME_X * em && !ENDS.test(line.text) ? next.x : false;
  // At the left edge, or left of it: where most of a page's lines start may be a paragraph's indent (a page of short paragraphs).
  if (next.x <= block.left + SAME_X * em) return next.x;
  // Indented: a numbered line's hanging indent, under the words after its number, unless the line ends a sentence.
  const hangs =
    prev.wraps === null &&
    NUMBERED_ITEM.test(canonicalPunctuation(head.text)) &&
    next.x > head.x + SAME_X * em &&
    next.x <= head.x + HANGING * em;
  return hangs && !ENDS.test(line.text) ? next.x : false;
}

/** Where lines start on a page: the leftmost start (to the point) shared by a sixth of its lines and two at least; null if none is. */
function leftEdge(lines: readonly PageLine[]): number | null {
  const count = new Map<number, number>();
  for (const line of lines) count.set(Math.round(line.x), (count.get(Math.round(line.x)) ?? 0) + 1);
  const shared = [...count].filter(([, n]) => n >= Math.max(2, lines.length / 6)).map(([x]) => x);
  return shared.length > 0 ? Math.min(...shared) : null;
}

/**
 * Where full lines end on a page: the furthest end that a sixth of its lines, and two at least, come as close to as
 * a full line does (justified lines end on it, ragged ones short of it); null if none does (a page of a paragraph's
 * last lines). A line running past the edge is one line.
 */
function rightEdge(lines: readonly PageLine[]): number | null {
  const ends = lines.map((line) => line.end).sort((p, q) => q - p);
  const em = median(lines.map((line) => line.size));
  const shared = ends.find(
    (end) => ends.filter((e) => e <= end && e >= end - FULL * em).length >= Math.max(2, lines.length / 6),
  );
  return shared ?? null;
}

/** The usual distance between the baselines of neighbouring lines of one size, 0 when no two are. */
function pitchOf(pages: readonly PageLine[][]): number {
  return median(
    pages.flatMap((lines) =>
      lines.slice(1).flatMap((line, i) => {
        const above = lines[i]!;
        return Math.abs(line.size - above.size) <= 0.5 && line.y > above.y ? [line.y - above.y] : [];
      }),
    ),
  );
}

/** The median of `values`, 0 for none. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}

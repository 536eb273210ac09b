// The rules drawn on a PDF page (a table's borders): thin filled rectangles and stroked straight lines, read
// from pdf.js's operator list and placed on the page as shown (y growing down), as the text lines are.
import type { OPS as PdfOps } from "pdfjs-dist/legacy/build/pdf.mjs";
import { multiply } from "./pdf-lines.js";

/** A straight rule: horizontal at y = `at` from x = `from` to `to`, or vertical at x = `at` from y = `from` to `to`. */
export interface Rule {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

/** pdf.js's operator list of a page: operators and their arguments. */
export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** How pdf.js (v5) writes a path in `constructPath`'s buffer: an op code, then its points' coordinates. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE = 4;
/** A filled rectangle this thin (in points) is a rule; a border is ¼–1½ pt, a 红头's separator up to 3. */
const THIN = 3;
/** Shorter than this (in points) a mark is no rule: a bullet, a dash, a tick. */
const SHORTEST = 4;
/** Ends of rules and pieces of one rule that lie this close (in points) meet. */
const MEET = 1.5;

/** The path painting operators (`constructPath`'s first argument) that stroke, and those that fill. */
const paints = (ops: typeof PdfOps) => ({
  stroke: new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]),
  fill: new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]),
});

/**
 * The rules a page draws, `viewport` being its viewport transform at scale 1: each stroked straight segment that
 * runs across or down the page, and each filled rectangle thin enough to be a line (Chromium and Word draw table
 * borders so), under the transforms in force (`cm`, form XObjects). White rules (invisible on paper) and curves
 * are left out; pieces of one rule (a border drawn cell by cell) are merged.
 */
export function pageRules(list: OperatorList, viewport: number[], ops: typeof PdfOps): Rule[] {
  const { stroke, fill } = paints(ops);
  const rules: Rule[] = [];
  let state = { ctm: viewport, fillInk: true, strokeInk: true };
  const saved: (typeof state)[] = [];
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[];
    if (fn === ops.save) saved.push(state);
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) state = saved.pop() ?? state;
    else if (fn === ops.transform) state = { ...state, ctm: multiply(state.ctm, args as number[]) };
    else if (fn === ops.paintFormXObjectBegin) {
      saved.push(state);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]))
        state = { ...state, ctm: multiply(state.ctm, Array.from(args[0] as number[])) };
    } else if (fn === ops.setFillRGBColor) state = { ...state, fillInk: !white(args[0]) };
    else if (fn === ops.setStrokeRGBColor) state = { ...state, strokeInk: !white(args[0]) };
    else if (fn === ops.constructPath) {
      const [paint, [buffer]] = args as [number, [ArrayLike<number> | null]];
      if (!buffer) return;
      const paths = subpaths(buffer, state.ctm);
      if (stroke.has(paint) && state.strokeInk) rules.push(...paths.flatMap(strokedRules));
      if (fill.has(paint) && state.fillInk) rules.push(...paths.flatMap(filledRule));
    }
  });
  return merged(rules);
}

/** Whether a colour pdf.js reports (`#rrggbb`) is white or nearly (each channel 240 and over): paper colour. */
function white(colour: unknown): boolean {
  return typeof colour === "string" && /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i.test(colour);
}

/** A subpath's points on the page, and whether it is closed. */
interface Subpath {
  points: [number, number][];
  closed: boolean;
}

/** The straight subpaths of a `constructPath` buffer, their points placed by `ctm`; one with a curve (a shape, a rounded box) draws no rule. */
function subpaths(buffer: ArrayLike<number>, ctm: number[]): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | null = null;
  const [a, b, c, d, e, f] = ctm as [number, number, number, number, number, number];
  for (let i = 0; i < buffer.length;) {
    const op = buffer[i++];
    if (op === MOVE_TO || op === LINE_TO) {
      const [x, y] = [buffer[i++]!, buffer[i++]!];
      const point: [number, number] = [a * x + c * y + e, b * x + d * y + f];
      if (op === MOVE_TO) out.push((current = { points: [point], closed: false }));
      else current?.points.push(point);
    } else if (op === CURVE_TO || op === QUADRATIC_TO) {
      i += op === CURVE_TO ? 6 : 4;
      if (current) out.splice(out.indexOf(current), 1);
      current = null;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
    } else break;
  }
  return out;
}

/** The segments of a stroked subpath that run straight across or down the page. */
function strokedRules(path: Subpath): Rule[] {
  const points = path.closed ? [...path.points, path.points[0]!] : path.points;
  return points.slice(1).flatMap(([x1, y1], k): Rule[] => {
    const [x0, y0] = points[k]!;
    if (Math.abs(y1 - y0) < 0.5 && Math.abs(x1 - x0) >= SHORTEST)
      return [{ horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) }];
    if (Math.abs(x1 - x0) < 0.5 && Math.abs(y1 - y0) >= SHORTEST)
      return [{ horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) }];
    return [];
  });
}

/** The rule a filled subpath draws when it is a thin box (a line drawn as a rectangle), else none. */
function filledRule(path: Subpath): Rule[] {
  if (path.points.length < 2) return [];
  const xs = path.points.map((p) => p[0]);
  const ys = path.points.map((p) => p[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (bottom - top <= THIN && right - left >= Math.max(SHORTEST, 2 * (bottom - top)))
    return [{ horizontal: true, at: (top + bottom) / 2, from: left, to: right }];
  if (right - left <= THIN && bottom - top >= Math.max(SHORTEST, 2 * (right - left)))
    return [{ horizontal: false, at: (left + right) / 2, from: top, to: bottom }];
  return [];
}

/** `rules` with the pieces of each line (same direction, same place, overlapping or touching) merged into one. */
function merged(rules: Rule[]): Rule[] {
  const out: Rule[] = [];
  for (const horizontal of [true, false]) {
    const lines: Rule[][] = [];
    for (const rule of rules.filter((r) => r.horizontal === horizontal).sort((p, q) => p.at - q.at)) {
      const last = lines.at(-1);
      if (last && rule.at - last[0]!.at <= MEET) last.push(rule);
      else lines.push([rule]);
    }
    for (const line of lines) {
      const at = line.reduce((sum, r) => sum + r.at, 0) / line.length;
      let piece: Rule | null = null;
      for (const rule of line.sort((p, q) => p.from - q.from)) {
        if (piece && rule.from <= piece.to + MEET) piece.to = Math.max(piece.to, rule.to);
        else out.push((piece = { horizontal, at, from: rule.from, to: rule.to }));
      }
    }
  }
  return out;
}

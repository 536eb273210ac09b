import { type Span, spanOf } from "./span.js";

/**
 * Lead units marked by a sign instead of by order: Zhejiang-style municipal documents write
 * `(责任单位:☆市经信局、市科技局。标☆的为牵头单位,下同。)` or `市发改委、市经信局★`. The marked units
 * lead wherever they stand in the list; the unmarked take part. The note explaining the sign is a
 * sentence of its own inside the parenthesis and names no unit.
 */
const MARK = /[☆★▲△◆*＊]/;
const OPENING_MARK = new RegExp(String.raw`^${MARK.source}+\s*`);
const CLOSING_MARK = new RegExp(String.raw`\s*${MARK.source}+$`);

/** A note closing a list after `;` or `,` (`…;如无特别说明,排在首位的为牵头单位,下同`). */
const NOTE = /(?:[；;][^。；;]*?|[，,][^。；;，,]*?)(?:为牵头(?:部门|单位)|下同)[^。；;]*$/u;

/** `list` without a closing note (`。标☆的为牵头单位,下同。`, or {@link NOTE}): the part before it. */
export function withoutNote(text: string, list: Span): Span {
  // A note after `;` (`…,各县区人民政府;排名第一的为牵头单位,下同`, `;如无特别说明,排在首位的为牵头单位`) closes the list too.
  const note = NOTE.exec(list.text)?.index ?? -1;
  const full = list.text.indexOf("。");
  const stop = full < 0 ? note : note < 0 ? full : Math.min(full, note);
  if (stop < 0) return list;
  const head = list.text.slice(0, stop).replace(/\s+$/, "");
  return spanOf(text, list.start, list.start + head.length);
}

/**
 * The items of a list with their marks removed, and which are marked; `marked` is null when no
 * item carries a mark (the list's order then gives the roles).
 */
export function readMarks(text: string, items: Span[]): { items: Span[]; marked: boolean[] | null } {
  const marked: boolean[] = [];
  const out = items.map((s) => {
    const open = OPENING_MARK.exec(s.text)?.[0].length ?? 0;
    const close = CLOSING_MARK.exec(s.text.slice(open))?.[0].length ?? 0;
    marked.push(open + close > 0);
    return open + close > 0 ? spanOf(text, s.start + open, s.end - close) : s;
  });
  return { items: out, marked: marked.some(Boolean) ? marked : null };
}

// A tiny element builder: text always goes in as text nodes, never as HTML.

/** h("a", { href, onclick }, "text", child, …) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k === "style") Object.assign(el.style, v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat())
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** Text `before`, the quote in a <mark>, text `after`, from a document's text and the quote's offsets. */
export function quoteInContext(text, start, end, around = 90, markId) {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return [
    from > 0 ? "…" : "",
    text.slice(from, start),
    h("mark", markId ? { id: markId } : {}, text.slice(start, end)),
    text.slice(end, to),
    to < text.length ? "…" : "",
  ];
}

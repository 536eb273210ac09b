// The document reader: a document's full normalised text, its sections (一、…) and its actions,
// tasks, measures and targets outlined; clicking a passage selects the node it became. A quote
// (start, end) is marked and scrolled into view.
import * as api from "./api.js";
import { h } from "./dom.js";

const HEADING = /^[ \t\u3000]*([一二三四五六七八九十]+、[^\n]*)$/gm;

/** The passages of a document: its parts whose evidence lies in this document's text, by start. */
function passages(doc) {
  const parts = [...doc.actions, ...doc.actions.flatMap((a) => a.tasks), ...doc.tasks, ...doc.measures, ...doc.targets];
  const out = [];
  const seen = new Set();
  for (const p of parts) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const ev = p.evidence.find((e) => e.document.id === doc.id);
    if (ev) out.push({ id: p.id, kind: p.kind, name: p.name, nameEn: p.nameEn, start: ev.start, end: ev.end });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function headings(text) {
  return [...text.matchAll(HEADING)].map((m) => ({
    kind: "heading",
    name: m[1].trim(),
    start: m.index + m[0].indexOf(m[1]),
    end: m.index + m[0].length,
  }));
}

/**
 * The text cut at every passage and quote boundary; each piece belongs to the innermost passage
 * covering it and is marked when it lies in the quote.
 */
function segments(text, spans, quote, heads) {
  const cuts = new Set([0, text.length]);
  for (const s of [...spans, ...heads]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  if (quote) {
    cuts.add(quote.start);
    cuts.add(quote.end);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    const innermost = covering.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null;
    out.push({ from, to, passage: innermost, inQuote: !!quote && from >= quote.start && to <= quote.end });
  }
  return out;
}

export async function openReader(app, docId, start, end) {
  const title = document.getElementById("reader-title");
  const outline = document.getElementById("reader-outline");
  const article = document.getElementById("reader-text");
  showPane(app, true);
  title.textContent = "Loading…";
  const doc = await api.document(docId);
  if (!doc || doc.kind !== "PolicyDocument") {
    title.textContent = `No document has the id ${docId}.`;
    return;
  }
  title.textContent = doc.name + (doc.docNumber ? ` ${doc.docNumber}` : "");
  article.dataset.document = doc.id;
  if (!doc.text) {
    outline.replaceChildren();
    article.replaceChildren(
      h("p", { class: "hint" }, "This document is only cited so far: its text has not been ingested."),
    );
    return;
  }
  const spans = passages(doc);
  const quote = start !== null && end !== null && end > start && end <= doc.text.length ? { start, end } : null;
  const heads = headings(doc.text);
  // The quote's pieces are wrapped in one <mark id="quote"> so that its text reads as the quote.
  const pieces = [];
  let mark = null;
  for (const seg of segments(doc.text, spans, quote, heads)) {
    const text = doc.text.slice(seg.from, seg.to);
    const isHeading = heads.some((hd) => hd.start <= seg.from && hd.end >= seg.to);
    const node = seg.passage
      ? h(
          "span",
          {
            class: `passage passage-${seg.passage.kind}${isHeading ? " heading" : ""}`,
            "data-node": seg.passage.id,
            "data-start": seg.from,
            title: seg.passage.nameEn ?? seg.passage.name,
          },
          text,
        )
      : isHeading
        ? h("span", { class: "heading", "data-start": seg.from }, text)
        : document.createTextNode(text);
    if (seg.inQuote) {
      if (!mark) {
        mark = h("mark", { id: "quote" });
        pieces.push(mark);
      }
      mark.append(node);
    } else pieces.push(node);
  }
  article.replaceChildren(...pieces);
  article.onclick = (e) => {
    const el = e.target.closest("[data-node]");
    if (!el) return;
    article.querySelectorAll(".passage.selected").forEach((s) => s.classList.remove("selected"));
    article
      .querySelectorAll(`[data-node="${CSS.escape(el.dataset.node)}"]`)
      .forEach((s) => s.classList.add("selected"));
    app.selectNode(el.dataset.node);
  };
  const entries = [...heads, ...spans].sort((a, b) => a.start - b.start);
  outline.replaceChildren(
    h(
      "ol",
      {},
      entries.map((e) =>
        h(
          "li",
          {},
          h(
            "a",
            {
              href: "#",
              class: `outline-${e.kind}`,
              style: { paddingLeft: e.kind === "heading" ? "0" : e.kind === "Task" ? "20px" : "10px" },
              onclick: (ev) => {
                ev.preventDefault();
                article.querySelector(`[data-start="${e.start}"]`)?.scrollIntoView({ block: "start" });
                if (e.id) app.selectNode(e.id);
              },
            },
            e.kind === "heading" ? e.name : `${e.kind} · ${e.name}`,
          ),
        ),
      ),
    ),
  );
  if (mark) mark.scrollIntoView({ block: "center" });
  else article.scrollTop = 0;
}

/** The reader takes a column between the graph and the details; the graph redraws in what is left. */
function showPane(app, open) {
  const section = document.getElementById("reader");
  if (section.hidden !== open) return;
  section.hidden = !open;
  section.parentElement.classList.toggle("reading", open);
  app.graph.cy.resize();
}

export function closeReader(app) {
  showPane(app, false);
}

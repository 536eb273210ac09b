// The details panel: a node's properties, English name and evidence, or an edge's evidence, each
// quote shown inside its surrounding source text with a link that opens the document there.
import * as api from "./api.js";
import { h, quoteInContext } from "./dom.js";
import { nodeColour } from "./palette.js";

const HIDDEN_PROPS = new Set(["id", "kind", "name", "nameEn", "evidence", "text", "textEn", "__typename"]);

function kindTag(label, level) {
  return h(
    "span",
    { class: "kind-tag", style: { background: nodeColour(label, level) } },
    label + (level ? ` · ${level}` : ""),
  );
}

function props(node) {
  const rows = Object.entries(node).filter(
    ([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0),
  );
  return h(
    "dl",
    { class: "props" },
    rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, Array.isArray(v) ? v.join("、") : String(v))]),
  );
}

/** One piece of evidence: the quote in its context, the document's title, a link to the place. */
async function evidenceBlock(app, ev) {
  const doc = await api.document(ev.document.id);
  const block = h("div", { class: "evidence", "data-evidence": `${ev.document.id}:${ev.start}:${ev.end}` });
  block.append(...(doc?.text ? quoteInContext(doc.text, ev.start, ev.end) : [h("mark", {}, ev.quote)]));
  const link = h(
    "a",
    {
      href: app.hashWith({ reader: { doc: ev.document.id, start: ev.start, end: ev.end } }),
      class: "open-quote",
      onclick: (e) => {
        e.preventDefault();
        app.openReader(ev.document.id, ev.start, ev.end);
      },
    },
    "Open the document at this quote",
  );
  // The service's own reader page: a stable link to cite or share (Evidence.link).
  const permalink = ev.link
    ? [" · ", h("a", { href: ev.link, class: "quote-permalink", target: "_blank", rel: "noopener" }, "permalink")]
    : [];
  block.append(h("span", { class: "source" }, `${ev.document.name} [${ev.start}–${ev.end}] · `, link, ...permalink));
  return block;
}

async function evidenceSection(app, evidence, emptyText) {
  if (!evidence?.length) return [h("p", { class: "hint" }, emptyText)];
  return [
    h("h2", {}, `Evidence (${evidence.length})`),
    ...(await Promise.all(evidence.map((ev) => evidenceBlock(app, ev)))),
  ];
}

function nodeLink(app, node) {
  return h("button", { type: "button", onclick: () => app.selectNode(node.id()) }, node.data("caption"));
}

/** The relationships drawn at this node, each opening the edge's details. */
function relationships(app, cyNode) {
  const edges = cyNode.connectedEdges();
  if (edges.empty()) return [];
  return [
    h("h2", {}, `Relationships drawn (${edges.length})`),
    h(
      "ul",
      { class: "rels" },
      edges.map((e) => {
        const out = e.source().id() === cyNode.id();
        const other = out ? e.target() : e.source();
        return h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "edge-link", "data-edge": e.id(), onclick: () => app.selectEdge(e.id()) },
            `${out ? "→" : "←"} ${e.data("type")}${e.data("role") ? ` (${e.data("role")})` : ""}`,
          ),
          " ",
          other.data("caption"),
        );
      }),
    ),
  ];
}

export async function showNode(panel, app, id) {
  panel.replaceChildren(h("p", { class: "hint" }, "Loading…"));
  const node = await api.nodeDetails(id);
  if (!node) return panel.replaceChildren(h("p", { class: "hint" }, `No node has the id ${id}.`));
  const cyNode = app.graph.cy.getElementById(id);
  const content = [
    kindTag(node.kind, node.kind === "PolicyDocument" ? node.level : null),
    h("h2", { class: "title" }, node.name),
    node.nameEn ? h("p", { class: "subtitle", lang: "en" }, node.nameEn) : null,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", onclick: () => app.expand(id) }, "Show neighbours"),
      h("button", { type: "button", onclick: () => app.setPathEnd("from", id) }, "Path from here"),
      h("button", { type: "button", onclick: () => app.setPathEnd("to", id) }, "Path to here"),
      node.kind === "PolicyDocument" && !node.placeholder
        ? h(
            "button",
            { type: "button", class: "open-document", onclick: () => app.openReader(id, null, null) },
            "Read the document",
          )
        : null,
    ),
    h("dl", { class: "props" }, h("dt", {}, "id"), h("dd", {}, node.id)),
    props(node),
    node.text
      ? h(
          "details",
          {},
          h("summary", {}, "Text"),
          h("div", { class: "text-block" }, node.text),
          node.textEn ? h("div", { class: "text-block", lang: "en" }, node.textEn) : null,
        )
      : null,
    ...(await evidenceSection(app, node.evidence, "No quote: this node comes from curated data.")),
    ...(cyNode.nonempty() ? relationships(app, cyNode) : []),
  ];
  if (app.currentSelection() !== id) return;
  panel.replaceChildren(...content.filter(Boolean));
  panel.dataset.shown = id;
}

export async function showEdge(panel, app, id) {
  const edge = app.graph.cy.getElementById(id);
  if (edge.empty()) return;
  panel.replaceChildren(h("p", { class: "hint" }, "Loading…"));
  const rel = await api.edgeDetails(edge.data("source"), id);
  const header = [
    h(
      "span",
      { class: "kind-tag", style: { background: "#566573" } },
      edge.data("type") + (edge.data("role") ? ` · ${edge.data("role")}` : ""),
    ),
    h("h2", { class: "title" }, edge.data("type")),
    h(
      "ul",
      { class: "rels" },
      h("li", {}, "from ", nodeLink(app, edge.source())),
      h("li", {}, "to ", nodeLink(app, edge.target())),
    ),
    rel ? props(rel) : null,
  ];
  let evidence;
  if (rel) evidence = await evidenceSection(app, rel.evidence, "No quote: this relationship comes from curated data.");
  else {
    // Structure (HAS_PART, SETS) has no quote of its own: the part's words are its evidence.
    const part = await api.nodeDetails(edge.data("target"));
    evidence = [
      h("p", { class: "hint" }, "A structural relationship: the part's own words are its evidence."),
      ...(await evidenceSection(app, part?.evidence, "No quote.")),
    ];
  }
  if (app.currentSelection() !== id) return;
  panel.replaceChildren(...[...header, ...evidence].filter(Boolean));
  panel.dataset.shown = id;
}

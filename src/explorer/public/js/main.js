// The explorer: wires the search box, the graph, the panels and the URL together. The view's
// state (state.js) is the single source of truth; every change updates the URL.
import * as api from "./api.js";
import { showEdge, showNode } from "./details.js";
import { h } from "./dom.js";
import { download } from "./downloads.js";
import { createGraph } from "./graph.js";
import { renderLegend, updateCounts } from "./legend.js";
import { closeReader, openReader } from "./reader.js";
import { prefetched } from "./boot.js";
import { parseHash, toHash, withDefaultView } from "./state.js";
import { LABELS } from "./style.js";

const $ = (id) => document.getElementById(id);
const details = $("details");
const status = $("status");
const graph = createGraph($("cy"));
const cy = graph.cy;

/** Timings for the benchmark and the end-to-end test (ms since navigation start). */
const timings = (window.explorerTimings = {});

const app = {
  state: parseHash(location.hash),
  graph,

  /** The URL hash of the current state with some fields replaced (for links). */
  hashWith(patch) {
    return toHash({ ...app.state, ...patch });
  },

  syncUrl() {
    const hash = toHash(app.state);
    if (hash !== location.hash) history.replaceState(null, "", hash === "#" ? location.pathname : hash);
    document.body.dataset.nodes = String(cy.nodes().length);
    document.body.dataset.edges = String(cy.edges().length);
    updateCounts(cy);
  },

  currentSelection() {
    return app.state.selectedEdge ?? app.state.selected;
  },

  /**
   * Fetches and draws the neighbourhoods of `seeds` (and the whole graph with `whole`), then lays
   * out (from scratch when `first`).
   */
  async show(seeds, { first = false, origin = null, whole = false, started = null } = {}) {
    if (seeds.length === 0 && !whole) return;
    setStatus("Loading…");
    const t0 = performance.now();
    const [all, { elements, truncated }] = await Promise.all([
      whole ? (started?.whole ?? api.wholeGraph()) : [],
      seeds.length ? (started?.seeds ?? api.neighbourhoods(seeds)) : { elements: [], truncated: false },
    ]);
    elements.unshift(...all);
    const t1 = performance.now();
    const added = graph.add(elements, origin);
    seeds.forEach((s) => cy.getElementById(s.id).addClass("expanded"));
    graph.setFilters(app.state.hiddenLabels, app.state.hiddenTypes);
    const t2 = performance.now();
    if (added.nonempty() || first) await graph.layout(first);
    const t3 = performance.now();
    if (first) {
      // The first drawn frame, after the layout placed the nodes.
      if (!document.hidden) await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      timings.firstDraw ??= performance.now();
      timings.firstParts ??= {
        fetchStart: t0,
        fetch: t1 - t0,
        add: t2 - t1,
        layout: t3 - t2,
        frame: performance.now() - t3,
      };
    }
    colourDocuments(added.nodes()).catch(showError);
    setStatus(truncated ? "Some neighbourhoods were cut at 500 nodes." : "");
    app.syncUrl();
  },

  /** Shows a node's neighbours (once per node) and selects it; `center` brings it to the middle. */
  async expand(id, { center = false } = {}) {
    const started = performance.now();
    if (!app.state.seeds.some((s) => s.id === id)) {
      app.state.seeds.push({ id, depth: 1 });
      await app.show([{ id, depth: 1 }], { origin: id });
    }
    timings.lastExpand = performance.now() - started;
    if (center) cy.center(cy.getElementById(id));
    await app.selectNode(id);
  },

  /** Selects a node, first drawing it with its neighbours when it is not on screen. */
  async selectNode(id) {
    if (cy.getElementById(id).empty()) {
      app.state.seeds.push({ id, depth: 1 });
      await app.show([{ id, depth: 1 }], { origin: cy.nodes().length ? null : id });
    }
    app.state.selected = id;
    app.state.selectedEdge = null;
    cy.elements().unselect();
    const node = cy.getElementById(id);
    node.select();
    if (node.nonempty() && !node.visible()) setStatus("The selected node is hidden by a filter.");
    app.syncUrl();
    await showNode(details, app, id).catch(showError);
  },

  async selectEdge(id) {
    const edge = cy.getElementById(id);
    if (edge.empty()) return;
    app.state.selectedEdge = id;
    app.state.selected = null;
    cy.elements().unselect();
    edge.select();
    app.syncUrl();
    await showEdge(details, app, id).catch(showError);
  },

  clearSelection() {
    app.state.selected = null;
    app.state.selectedEdge = null;
    delete details.dataset.shown;
    details.replaceChildren(
      h(
        "p",
        { class: "hint" },
        "Click a node to select it and show its neighbours; click an edge to see its evidence.",
      ),
    );
    app.syncUrl();
  },

  async openReader(doc, start, end) {
    app.state.reader = { doc, start, end };
    app.syncUrl();
    await openReader(app, doc, start, end);
  },

  closeReader() {
    app.state.reader = null;
    closeReader(app);
    app.syncUrl();
  },

  setLabelVisible(label, on) {
    toggle(app.state.hiddenLabels, label, !on);
    graph.setFilters(app.state.hiddenLabels, app.state.hiddenTypes);
    app.syncUrl();
  },

  setTypeVisible(type, on) {
    toggle(app.state.hiddenTypes, type, !on);
    graph.setFilters(app.state.hiddenLabels, app.state.hiddenTypes);
    app.syncUrl();
  },

  setPathType(type, on) {
    toggle(app.state.path.types, type, on);
    app.syncUrl();
  },

  setPathEnd(end, id) {
    app.state.path[end] = id;
    renderPathEnds();
    app.syncUrl();
    if (app.state.path.from && app.state.path.to) return app.findPath();
  },

  /** Finds, draws and highlights the shortest path between the chosen ends. */
  async findPath() {
    const { from, to, types } = app.state.path;
    const result = $("path-result");
    if (!from || !to) return void (result.textContent = "Pick both ends first.");
    result.textContent = "Searching…";
    const path = await api.shortestPath(from, to, types);
    if (!path || path.length === null) {
      graph.highlightPath([]);
      result.textContent = path?.explanation ?? `No path${types.length ? " over these types" : ""} within 10 hops.`;
      return;
    }
    const added = graph.add(path.elements);
    if (added.nonempty()) await graph.layout(false);
    colourDocuments(added.nodes()).catch(showError);
    graph.highlightPath(path.elements.map((e) => e.data.id));
    document.body.dataset.path = path.nodeIds.join("\n");
    renderPathNames();
    cy.fit(cy.elements(".path"), 60);
    app.syncUrl();
  },

  clearPath() {
    app.state.path = { from: null, to: null, types: app.state.path.types };
    graph.highlightPath([]);
    $("path-result").textContent = "";
    delete document.body.dataset.path;
    renderPathEnds();
    app.syncUrl();
  },

  setLanguage(lang) {
    app.state.lang = lang;
    graph.setLanguage(lang);
    $("lang").textContent = lang === "en" ? "中文" : "EN";
    renderPathEnds();
    renderPathNames();
    app.syncUrl();
  },
};
window.explorer = app;
window.cy = cy;

function toggle(list, value, on) {
  const i = list.indexOf(value);
  if (on && i < 0) list.push(value);
  if (!on && i >= 0) list.splice(i, 1);
}

/** A failed request shows in the details panel (and is reported on the console). */
function showError(error) {
  console.error(error);
  details.replaceChildren(h("p", { class: "error" }, `Could not load the details: ${error.message}`));
}

function setStatus(text) {
  status.textContent = `${cy.nodes(":visible").length} nodes, ${cy.edges(":visible").length} edges shown${text ? " · " + text : ""}`;
}

/** Documents get their level's colour once the API says which level they are. */
async function colourDocuments(nodes) {
  const ids = nodes
    .filter((n) => n.data("label") === "PolicyDocument" && n.data("placeholder") === undefined)
    .map((n) => n.id());
  for (const d of await api.documentLevels(ids)) {
    cy.getElementById(d.id).data({ level: d.level ?? null, placeholder: !!d.placeholder });
  }
}

/** The found path's node names, in order, in the current language. */
function renderPathNames() {
  const ids = document.body.dataset.path?.split("\n") ?? [];
  if (ids.length === 0) return;
  const names = ids.map((id) => cy.getElementById(id).data("caption"));
  $("path-result").replaceChildren(
    `${ids.length - 1} hop${ids.length === 2 ? "" : "s"}: `,
    h("span", { id: "path-names" }, names.join(" → ")),
  );
}

function renderPathEnds() {
  const name = (id) => (id ? (cy.getElementById(id).data("caption") ?? id) : "–");
  $("path-from").textContent = name(app.state.path.from);
  $("path-to").textContent = name(app.state.path.to);
}

// Search: Simplified, Traditional or English; picking a hit draws it with its neighbours.
let searchSeq = 0;
$("search").addEventListener("submit", (e) => e.preventDefault());
$("search-input").addEventListener(
  "input",
  debounce(async (e) => {
    const query = e.target.value.trim();
    const list = $("search-results");
    if (!query) return void (list.hidden = true);
    const seq = ++searchSeq;
    const hits = await api.search(query);
    if (seq !== searchSeq) return;
    list.replaceChildren(
      ...hits.map((hit) =>
        h(
          "li",
          {
            "data-id": hit.node.id,
            onclick: async () => {
              list.hidden = true;
              await app.expand(hit.node.id, { center: true });
            },
          },
          h(
            "span",
            { class: "kind", style: { background: LABELS[hit.node.kind]?.colour ?? "#7f8c8d" } },
            hit.node.kind,
          ),
          app.state.lang === "en" ? hit.node.nameEn || hit.node.name : hit.node.name,
          h("span", { class: "snippet" }, hit.snippet),
        ),
      ),
    );
    if (hits.length === 0) list.replaceChildren(h("li", { class: "hint" }, "No match."));
    list.hidden = false;
  }, 150),
);
document.addEventListener("click", (e) => {
  if (!e.target.closest("#search")) $("search-results").hidden = true;
});
$("search-input").addEventListener("keydown", (e) => {
  const list = $("search-results");
  if (e.key === "Escape") list.hidden = true;
  // Enter picks the first hit.
  if (e.key === "Enter" && !list.hidden) list.querySelector("li[data-id]")?.click();
});

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// The graph: tap a node to select it and show its neighbours; tap an edge for its evidence.
cy.on("tap", "node", (e) => app.expand(e.target.id()));
cy.on("tap", "edge", (e) => app.selectEdge(e.target.id()));
cy.on("tap", (e) => {
  if (e.target === cy) app.clearSelection();
});

$("fit").addEventListener("click", () => cy.fit(cy.elements(":visible"), 30));
$("relayout").addEventListener("click", () => graph.layout(true));
$("lang").addEventListener("click", () => app.setLanguage(app.state.lang === "en" ? "zh" : "en"));
$("reset").addEventListener("click", () => {
  location.hash = "";
  location.reload();
});
$("download").addEventListener("change", async (e) => {
  const format = e.target.value;
  e.target.value = "";
  if (format) await download(graph, format);
});
$("path-find").addEventListener("click", () => app.findPath());
$("path-clear").addEventListener("click", () => app.clearPath());
$("reader-close").addEventListener("click", () => app.closeReader());

/** Draws the view the URL describes (or the default one), then restores selection, path and reader. */
async function start() {
  const s = app.state;
  renderLegend(app);
  graph.setLanguage(s.lang);
  $("lang").textContent = s.lang === "en" ? "中文" : "EN";
  withDefaultView(s);
  // boot.js started these requests while the libraries loaded (same hash, same state).
  const started = prefetched.hash === location.hash ? prefetched : null;
  await app.show(s.seeds, { first: true, whole: s.whole, started });
  if (s.path.from && s.path.to) await app.findPath();
  renderPathEnds();
  if (s.selected) await app.selectNode(s.selected);
  else if (s.selectedEdge) await app.selectEdge(s.selectedEdge);
  if (s.reader) await app.openReader(s.reader.doc, s.reader.start, s.reader.end);
  app.syncUrl();
  document.body.dataset.ready = "true";
}

start().catch((error) => {
  setStatus(`Error: ${error.message}`);
  document.body.dataset.error = error.message;
});

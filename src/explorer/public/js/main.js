// The explorer: wires the search box, the graph, the panels and the URL together. The view's
// state (state.js) is the single source of truth; every change updates the URL.
import * as api from "./api.js";
import { showEdge, showNode } from "./details.js";
import { h } from "./dom.js";
import { renderDownloads } from "./downloads.js";
import { createDrawers } from "./drawers.js";
import { createGraph } from "./graph.js";
import { createLabels } from "./labels.js";
import { renderLegend, updateCounts } from "./legend.js";
import { createNeighbourWalk } from "./neighbours.js";
import { createPaths } from "./paths.js";
import { closeReader, openReader } from "./reader.js";
import { prefetched } from "./boot.js";
import { createSearch } from "./search.js";
import { parseHash, toHash, withDefaultView } from "./state.js";

const $ = (id) => document.getElementById(id);
const details = $("details");
const status = $("status");
const graph = createGraph($("cy"));
const cy = graph.cy;
const labels = createLabels(cy);
const drawers = createDrawers();

/** Timings for the benchmark and the end-to-end test (ms since navigation start). */
const timings = (window.explorerTimings ??= {});

/**
 * Each choice of what is selected takes the next number. A choice that is still drawing
 * neighbours when a later one is made gives way: the last click, Enter or Escape wins.
 */
let choice = 0;

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
    renderDownloads(app, $("download-menu"));
  },

  currentSelection() {
    return app.state.selectedEdge ?? app.state.selected;
  },

  /**
   * Fetches and draws the neighbourhoods of `seeds` (and the whole graph with `whole`), placing
   * every node with the seeded layout: a first drawing as it is added, then fitted; later ones
   * gliding, with `origin` kept in its place on screen.
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
    // The poster (boot.js) is on the page: let the browser show it before Cytoscape takes the thread.
    const poster = first ? await (started?.poster ?? null) : null;
    if (poster && !document.hidden) await afterPaint();
    const t1p = performance.now();
    const positions = first ? graph.firstPositions(elements, app.state.layoutSeed) : null;
    const t2 = performance.now();
    const added = graph.add(elements, { origin, positions });
    seeds.forEach((s) => cy.getElementById(s.id).addClass("expanded"));
    app.applyFilters();
    const t3 = performance.now();
    if (first) graph.fit(cy.nodes().not(".filtered"));
    else if (added.nonempty()) await graph.layout(app.state.layoutSeed, { anchor: origin });
    if (first) {
      const t4 = performance.now();
      labels.placeNow();
      // The first drawn frame, after the nodes are placed and fitted.
      if (!document.hidden) await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      // Cytoscape draws in this frame (its callback runs before this one): the poster gives way.
      poster?.remove();
      timings.firstDraw ??= performance.now();
      timings.firstParts ??= {
        fetchStart: t0,
        fetch: t1 - t0,
        poster: t1p - t1,
        layout: t2 - t1p,
        add: t3 - t2,
        fit: t4 - t3,
        frame: performance.now() - t4,
      };
    } else labels.refresh();
    colourDocuments(added.nodes()).catch(showError);
    setStatus(truncated ? "Some neighbourhoods were cut at 500 nodes." : "");
    app.syncUrl();
  },

  /** Shows a node's neighbours (once per node) and selects it; `center` brings it to the middle. */
  async expand(id, { center = false } = {}) {
    const mine = ++choice;
    const started = performance.now();
    if (!app.state.seeds.some((s) => s.id === id)) {
      app.state.seeds.push({ id, depth: 1 });
      await app.show([{ id, depth: 1 }], { origin: id });
      if (mine !== choice) return;
    }
    timings.lastExpand = performance.now() - started;
    if (center) cy.center(cy.getElementById(id));
    await app.selectNode(id, mine);
  },

  /** Selects a node, first drawing it with its neighbours when it is not on screen. */
  async selectNode(id, mine = ++choice) {
    if (cy.getElementById(id).empty()) {
      app.state.seeds.push({ id, depth: 1 });
      await app.show([{ id, depth: 1 }], { origin: cy.nodes().length ? null : id });
      if (mine !== choice) return;
    }
    app.state.selected = id;
    app.state.selectedEdge = null;
    cy.elements().unselect();
    const node = cy.getElementById(id);
    node.select();
    if (node.nonempty() && !node.visible()) setStatus("The selected node is hidden by a filter.");
    app.syncUrl();
    walk.refresh();
    drawers.open("details-panel");
    keepInView(node);
    await showNode(details, app, id).catch(showError);
  },

  async selectEdge(id) {
    const edge = cy.getElementById(id);
    if (edge.empty()) return;
    choice++;
    app.state.selectedEdge = id;
    app.state.selected = null;
    cy.elements().unselect();
    edge.select();
    app.syncUrl();
    walk.refresh();
    drawers.open("details-panel");
    await showEdge(details, app, id).catch(showError);
  },

  clearSelection() {
    choice++;
    app.state.selected = null;
    app.state.selectedEdge = null;
    cy.elements().unselect();
    delete details.dataset.shown;
    details.replaceChildren(
      h(
        "p",
        { class: "hint" },
        "Click a node to select it and show its neighbours; click an edge to see its evidence.",
      ),
    );
    app.syncUrl();
    walk.refresh();
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

  /** Applies the state's filters to the drawing, and says when they hide part of the highlighted path. */
  applyFilters() {
    const { hiddenLabels, hiddenLevels, hiddenTypes } = app.state;
    graph.setFilters({ labels: hiddenLabels, levels: hiddenLevels, types: hiddenTypes });
    paths.updateWarning();
    walk.refresh();
    labels.refresh();
  },

  setLabelVisible(label, on) {
    setFilter(app.state.hiddenLabels, label, on);
  },

  setLevelVisible(level, on) {
    setFilter(app.state.hiddenLevels, level, on);
  },

  setTypeVisible(type, on) {
    setFilter(app.state.hiddenTypes, type, on);
  },

  /** Draws the graph again from the next seed (kept in the URL, so a reload draws the same). */
  async relayout() {
    app.state.layoutSeed += 1;
    await graph.layout(app.state.layoutSeed);
    graph.fit(cy.elements().not(".filtered"));
    app.syncUrl();
  },

  setLanguage(lang) {
    app.state.lang = lang;
    graph.setLanguage(lang);
    $("lang").textContent = lang === "en" ? "中文" : "EN";
    paths.renderEnds();
    paths.renderNames();
    labels.refresh();
    app.syncUrl();
  },
};
const walk = createNeighbourWalk(app, $("cy"), $("neighbours"), labels);
const paths = createPaths(app, { labels, colourDocuments: (nodes) => colourDocuments(nodes).catch(showError) });
Object.assign(app, paths.methods);
createSearch(app, $("search"), $("search-input"), $("search-results"));
window.explorer = app;
window.cy = cy;

/** Shows (`on`) or hides the nodes or edges one legend entry stands for. */
function setFilter(hiddenList, value, on) {
  const i = hiddenList.indexOf(value);
  if (!on && i < 0) hiddenList.push(value);
  if (on && i >= 0) hiddenList.splice(i, 1);
  app.applyFilters();
  app.syncUrl();
}

/** Pans `node` to the middle of what the drawers leave of the graph, when it is not there already. */
function keepInView(node) {
  if (node.empty()) return;
  const { width, height } = drawers.uncovered(cy.container());
  const p = node.renderedPosition();
  if (p.x >= 20 && p.x <= width - 20 && p.y >= 20 && p.y <= height - 20) return;
  const pan = cy.pan();
  cy.animate({ pan: { x: pan.x + width / 2 - p.x, y: pan.y + height / 2 - p.y } }, { duration: 200 });
}

/** Resolves once the browser has painted a frame (a task after the next animation frame). */
function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** A failed request shows in the details panel (and is reported on the console). */
function showError(error) {
  console.error(error);
  details.replaceChildren(h("p", { class: "error" }, `Could not load the details: ${error.message}`));
}

function setStatus(text) {
  status.textContent = `${cy.nodes(":visible").length} nodes, ${cy.edges(":visible").length} edges shown${text ? " · " + text : ""}`;
}

/** Documents get their level's colour (and its filter) once the API says which level they are. */
async function colourDocuments(nodes) {
  const ids = nodes
    .filter((n) => n.data("label") === "PolicyDocument" && n.data("placeholder") === undefined)
    .map((n) => n.id());
  const levels = await api.documentLevels(ids);
  for (const d of levels) cy.getElementById(d.id).data({ level: d.level ?? null, placeholder: !!d.placeholder });
  if (levels.length && app.state.hiddenLevels.length) app.applyFilters();
  updateCounts(cy);
}

// The graph: tap a node to select it and show its neighbours; tap an edge for its evidence.
cy.on("tap", "node", (e) => app.expand(e.target.id()));
cy.on("tap", "edge", (e) => app.selectEdge(e.target.id()));
cy.on("tap", (e) => {
  if (e.target === cy) app.clearSelection();
});

// Escape closes what is open over the graph (a menu, a drawer, the reader on a phone), else deselects.
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  if ($("downloads").open) return void ($("downloads").open = false);
  if (drawers.closeOpen()) return;
  if (drawers.narrow() && app.state.reader) return app.closeReader();
  if (app.currentSelection()) app.clearSelection();
});

$("fit").addEventListener("click", () => graph.fit(cy.elements().not(".filtered")));
$("relayout").addEventListener("click", () => app.relayout());
$("lang").addEventListener("click", () => app.setLanguage(app.state.lang === "en" ? "zh" : "en"));
$("reset").addEventListener("click", () => {
  location.hash = "";
  location.reload();
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
  // The hash changed while the page loaded: the poster shows another view.
  if (!started) prefetched.poster.then((poster) => poster?.remove());
  await app.show(s.seeds, { first: true, whole: s.whole, started });
  if (s.path.from && s.path.to) await app.findPath();
  paths.renderEnds();
  if (s.selected) await app.selectNode(s.selected);
  else if (s.selectedEdge) await app.selectEdge(s.selectedEdge);
  if (s.reader) await app.openReader(s.reader.doc, s.reader.start, s.reader.end);
  app.syncUrl();
  document.body.dataset.ready = "true";
}

start().catch((error) => {
  prefetched.poster.then((poster) => poster?.remove());
  setStatus(`Error: ${error.message}`);
  document.body.dataset.error = error.message;
});

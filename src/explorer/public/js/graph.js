// The Cytoscape instance and what is done to it: adding elements, placing them, captions, sizes,
// filters and the highlighted path.
import { layoutPositions } from "./layout.js";
import { FIT_MAX_ZOOM, FIT_PADDING, SERVER_SEED, hiderFor, sizeData } from "./drawing.js";
import { STYLESHEET } from "./style.js";

const cytoscape = window.cytoscape;

/** How long nodes glide to their new places after the drawing changed (none for the first drawing). */
const MOVE_MS = 300;

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What the layout is given: every drawn node and edge, filtered or not, each list sorted by id
 * (code-unit order). So a drawing depends only on which elements are drawn and the seed, never on
 * the order they arrived in, and hiding some with a filter moves nothing.
 */
function layoutInput(nodeIds, edges) {
  return {
    nodes: nodeIds.map((id) => ({ id })).sort(byId),
    edges: edges.map(({ id, source, target }) => ({ id, source, target })).sort(byId),
  };
}

/** The node and edge elements (API shape) of `elements` that are not drawn yet, each once; edges only with both ends. */
function freshElements(cy, elements) {
  const has = (id) => cy.hasElementWithId(id);
  const seen = new Set();
  const nodes = elements.filter(
    (e) => e.group === "nodes" && !has(e.data.id) && !seen.has(e.data.id) && seen.add(e.data.id),
  );
  const present = (id) => seen.has(id) || has(id);
  const edges = elements.filter(
    (e) =>
      e.group === "edges" &&
      !has(e.data.id) &&
      !seen.has(e.data.id) &&
      present(e.data.source) &&
      present(e.data.target) &&
      seen.add(e.data.id),
  );
  return { nodes, edges };
}

/**
 * Marks the edges that share both ends with another edge, or are loops (class `parallel`): those
 * are drawn curved apart, the rest straight, which Cytoscape places and draws at half the cost.
 * Only `added` edges and those they pair with can change.
 */
function markParallel(cy, added) {
  const key = (e) => {
    const [s, t] = [e.data("source"), e.data("target")];
    return s < t ? `${s}\n${t}` : `${t}\n${s}`;
  };
  const touched = new Set(added.map(key));
  const pairs = new Map();
  cy.edges().forEach((e) => {
    const k = key(e);
    if (!touched.has(k)) return;
    pairs.set(k, [...(pairs.get(k) ?? []), e]);
  });
  const parallel = [...pairs.values()]
    .filter((es) => es.length > 1 || es[0].data("source") === es[0].data("target"))
    .flat();
  if (parallel.length) cy.collection(parallel).addClass("parallel");
}

/** The graph in `container`: the Cytoscape instance (`cy`) and what the app does to it. */
export function createGraph(container) {
  const cy = cytoscape({
    container,
    style: STYLESHEET,
    minZoom: 0.02,
    maxZoom: 5,
    boxSelectionEnabled: false,
    selectionType: "single",
  });
  let lang = "zh";

  const caption = (data) => (lang === "en" ? data.nameEn || data.name : data.name);
  const edgeCaption = (data) => (data.role ? `${data.type} · ${data.role}` : data.type);
  const hidden = (ele) => ele.hasClass("filtered");

  const graph = {
    cy,

    /**
     * Adds the elements not yet drawn and returns the added collection; edges whose ends are not
     * both present are skipped. New nodes start at `positions` (a Map, for a first drawing) or on
     * `origin` (a node id), to move out from it at the next layout. They come sized by their new
     * edges, so a first drawing restyles nothing once added; setFilters, which callers run next,
     * corrects the rest.
     */
    add(elements, { origin = null, positions = null } = {}) {
      const { nodes, edges } = freshElements(cy, elements);
      const degrees = new Map();
      for (const e of edges) {
        for (const end of [e.data.source, e.data.target]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
      }
      const start = cy.hasElementWithId(origin) ? cy.getElementById(origin).position() : { x: 0, y: 0 };
      const fresh = [
        ...nodes.map(({ drawn: _, ...e }) => ({
          ...e,
          data: { ...e.data, caption: caption(e.data), ...sizeData(e.data.label, degrees.get(e.data.id) ?? 0) },
          position: { ...(positions?.get(e.data.id) ?? start) },
        })),
        ...edges.map((e) => ({ ...e, data: { ...e.data, caption: edgeCaption(e.data) } })),
      ];
      const added = fresh.length ? cy.add(fresh) : cy.collection();
      if (added.edges().nonempty()) markParallel(cy, added.edges());
      return added;
    },

    /**
     * Where the seeded layout (layout.js, the exports' own) puts the nodes `add(elements)` would
     * draw on an empty graph: a first drawing is placed as it is added, and Cytoscape moves nothing.
     */
    firstPositions(elements, seed) {
      const { nodes, edges } = freshElements(cy, elements);
      // The whole graph comes placed by the server with the same layout, input and default seed.
      if (seed === SERVER_SEED && nodes.length > 0 && nodes.every((e) => e.drawn))
        return new Map(nodes.map((e) => [e.data.id, e.drawn]));
      const input = layoutInput(
        nodes.map((e) => e.data.id),
        edges.map((e) => e.data),
      );
      return layoutPositions(input.nodes, input.edges, { seed });
    },

    /**
     * Places every node where the seeded layout puts it, gliding there; `anchor` (a node id) keeps
     * its place on screen, so what was clicked stays under the pointer.
     */
    layout(seed, { anchor = null } = {}) {
      const input = layoutInput(
        cy.nodes().map((n) => n.id()),
        cy.edges().map((e) => ({ id: e.id(), source: e.data("source"), target: e.data("target") })),
      );
      const positions = layoutPositions(input.nodes, input.edges, { seed });
      if (document.hidden) {
        cy.batch(() => cy.nodes().positions((n) => positions.get(n.id())));
        return Promise.resolve();
      }
      const anchored = anchor ? cy.getElementById(anchor) : cy.collection();
      if (anchored.nonempty()) {
        const was = anchored.renderedPosition();
        const to = positions.get(anchor);
        const zoom = cy.zoom();
        cy.animate({ pan: { x: was.x - to.x * zoom, y: was.y - to.y * zoom } }, { duration: MOVE_MS });
      }
      const layout = cy.layout({
        name: "preset",
        positions: (n) => positions.get(n.id()),
        animate: true,
        animationDuration: MOVE_MS,
        fit: false,
      });
      const done = layout.promiseOn("layoutstop");
      layout.run();
      return done;
    },

    /** Fits `eles` to the window, zooming in at most to {@link FIT_MAX_ZOOM}. */
    fit(eles, padding = FIT_PADDING) {
      cy.fit(eles, padding);
      if (cy.zoom() > FIT_MAX_ZOOM)
        cy.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },

    setLanguage(value) {
      lang = value;
      cy.batch(() => cy.nodes().forEach((n) => n.data("caption", caption(n.data()))));
    },

    /** Hides nodes of the given labels, documents of the given levels and edges of the given types. */
    setFilters(filters) {
      const hider = hiderFor(filters);
      const hides = (ele) => hider(ele.group(), ele.data());
      cy.batch(() => {
        cy.elements(".filtered")
          .filter((e) => !hides(e))
          .removeClass("filtered");
        if (filters.labels.length + filters.levels.length + filters.types.length > 0)
          cy.elements().filter(hides).addClass("filtered");
      });
      graph.updateSizes();
    },

    /**
     * Sizes every node by its degree in the drawn graph: the relationships on screen, those a
     * filter hides (or whose other end it hides) not counted. `data(degree)` keeps the count.
     */
    updateSizes() {
      const filtered = new Set(cy.nodes(".filtered").map((n) => n.id()));
      const degrees = new Map();
      const count = (id) => degrees.set(id, (degrees.get(id) ?? 0) + 1);
      cy.edges().forEach((e) => {
        const [s, t] = [e.data("source"), e.data("target")];
        if (hidden(e) || filtered.has(s) || filtered.has(t)) return;
        count(s);
        count(t);
      });
      cy.batch(() =>
        cy.nodes().forEach((n) => {
          const degree = degrees.get(n.id()) ?? 0;
          if (n.data("degree") !== degree) n.data(sizeData(n.data("label"), degree));
        }),
      );
    },

    /** Marks a path's nodes and edges and fades the rest; an empty list clears it. */
    highlightPath(ids) {
      cy.batch(() => {
        cy.elements().removeClass("path faded");
        if (ids.length === 0) return;
        const onPath = cy.collection(ids.map((id) => cy.getElementById(id)).filter((e) => e.nonempty()));
        onPath.addClass("path");
        cy.elements().not(onPath).addClass("faded");
      });
    },

    /** The highlighted path's nodes and edges that a filter hides (an edge also when it hides an end). */
    hiddenOnPath() {
      return cy
        .elements(".path")
        .filter((e) => hidden(e) || (e.isEdge() && (hidden(e.source()) || hidden(e.target()))));
    },

    /** What is on screen: elements neither filtered out nor hidden with a hidden end. */
    visible() {
      return cy.elements(":visible");
    },
  };
  return graph;
}

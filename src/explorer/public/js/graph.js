// The Cytoscape instance and what is done to it: adding elements, laying out, captions, filters.
import { STYLESHEET } from "./style.js";

const cytoscape = window.cytoscape;
cytoscape.use(window.cytoscapeFcose);

/**
 * fcose for a first drawing: a fresh random start, no animation (the first draw is what is timed),
 * 1,000 force iterations instead of 2,500: on the 200-node graph the picture is the same to the eye
 * and the layout takes about half the time.
 */
const FIRST_LAYOUT = {
  name: "fcose",
  quality: "default",
  numIter: 1000,
  randomize: true,
  animate: false,
  nodeRepulsion: 6500,
  idealEdgeLength: 60,
  nodeSeparation: 60,
  packComponents: false,
  fit: true,
  padding: 30,
};
/** fcose after an expansion: from the current positions, so the picture stays recognisable. */
const INCREMENTAL_LAYOUT = { ...FIRST_LAYOUT, randomize: false, fit: false };

export function createGraph(container) {
  const cy = cytoscape({
    container,
    style: STYLESHEET,
    minZoom: 0.05,
    maxZoom: 5,
    boxSelectionEnabled: false,
    selectionType: "single",
  });
  let lang = "zh";

  const caption = (data) => (lang === "en" ? data.nameEn || data.name : data.name);
  const edgeCaption = (data) => (data.role ? `${data.type} · ${data.role}` : data.type);

  return {
    cy,

    /**
     * Adds the elements not yet drawn (new nodes start in a ring around `origin`, a node id) and
     * returns the added collection. Edges whose ends are not both present are skipped.
     */
    add(elements, origin) {
      const fresh = [];
      const seen = new Set();
      const centre = origin && cy.getElementById(origin).nonempty() ? cy.getElementById(origin).position() : null;
      const newNodes = elements.filter(
        (e) =>
          e.group === "nodes" && cy.getElementById(e.data.id).empty() && !seen.has(e.data.id) && seen.add(e.data.id),
      );
      newNodes.forEach((e, i) => {
        const angle = (2 * Math.PI * i) / Math.max(newNodes.length, 1);
        const radius = 60 + 6 * newNodes.length;
        const position = centre
          ? { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) }
          : { x: 0, y: 0 };
        fresh.push({ ...e, data: { ...e.data, caption: caption(e.data) }, position });
      });
      const present = (id) => seen.has(id) || cy.getElementById(id).nonempty();
      for (const e of elements) {
        if (e.group !== "edges" || seen.has(e.data.id) || cy.getElementById(e.data.id).nonempty()) continue;
        if (!present(e.data.source) || !present(e.data.target)) continue;
        seen.add(e.data.id);
        fresh.push({ ...e, data: { ...e.data, caption: edgeCaption(e.data) } });
      }
      return fresh.length ? cy.add(fresh) : cy.collection();
    },

    /** Lays everything out; `first` starts from scratch and fits, otherwise positions carry on. */
    layout(first) {
      return new Promise((resolve) => {
        const visible = cy.elements().not(".filtered");
        if (visible.empty()) return resolve();
        const layout = visible.layout(first ? FIRST_LAYOUT : INCREMENTAL_LAYOUT);
        layout.one("layoutstop", () => resolve());
        layout.run();
      });
    },

    setLanguage(value) {
      lang = value;
      cy.batch(() => cy.nodes().forEach((n) => n.data("caption", caption(n.data()))));
    },

    /** Hides nodes of the given labels and edges of the given types (display: none). */
    setFilters(hiddenLabels, hiddenTypes) {
      const labels = new Set(hiddenLabels);
      const types = new Set(hiddenTypes);
      cy.batch(() => {
        cy.elements().removeClass("filtered");
        cy.nodes()
          .filter((n) => labels.has(n.data("label")))
          .addClass("filtered");
        cy.edges()
          .filter((e) => types.has(e.data("type")))
          .addClass("filtered");
      });
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

    /** What is on screen: elements neither filtered out nor hidden with a hidden end. */
    visible() {
      return cy.elements(":visible");
    },
  };
}

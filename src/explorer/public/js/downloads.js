// Downloads of what is on screen: PNG and SVG pictures, Cytoscape JSON and GraphML, all made in
// the page from the visible elements (filtered-out ones excluded).

function save(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The visible graph as Cytoscape.js JSON (what `cy.add(json.elements)` and Cytoscape desktop read). */
export function cytoscapeJson(graph) {
  const visible = graph.visible();
  const strip = (e) => {
    const { caption, ...data } = e.data();
    return { data, ...(e.isNode() ? { position: e.position() } : {}) };
  };
  return {
    format_version: "1.0",
    generated_by: "policy-graph explorer",
    elements: { nodes: visible.nodes().map(strip), edges: visible.edges().map(strip) },
  };
}

const NODE_KEYS = ["label", "name", "nameEn", "level"];
const EDGE_KEYS = ["type", "role"];

/** The visible graph as GraphML 1.0, written with the browser's XML DOM (so escaping is the DOM's). */
export function graphml(graph) {
  const NS = "http://graphml.graphdrawing.org/xmlns";
  const doc = document.implementation.createDocument(NS, "graphml", null);
  const root = doc.documentElement;
  const el = (name, attrs = {}, text) => {
    const e = doc.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  for (const k of NODE_KEYS)
    root.append(el("key", { id: `n_${k}`, for: "node", "attr.name": k, "attr.type": "string" }));
  for (const k of EDGE_KEYS)
    root.append(el("key", { id: `e_${k}`, for: "edge", "attr.name": k, "attr.type": "string" }));
  const g = el("graph", { id: "policy-graph", edgedefault: "directed" });
  root.append(g);
  const visible = graph.visible();
  visible.nodes().forEach((n) => {
    const node = el("node", { id: n.id() });
    for (const k of NODE_KEYS) if (n.data(k) != null) node.append(el("data", { key: `n_${k}` }, String(n.data(k))));
    g.append(node);
  });
  visible.edges().forEach((e) => {
    const edge = el("edge", { id: e.id(), source: e.data("source"), target: e.data("target") });
    for (const k of EDGE_KEYS) if (e.data(k) != null) edge.append(el("data", { key: `e_${k}` }, String(e.data(k))));
    g.append(edge);
  });
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}

export async function download(graph, format) {
  const cy = graph.cy;
  switch (format) {
    case "png":
      return save(await cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff" }), "policy-graph.png");
    case "svg":
      return save(new Blob([cy.svg({ full: true, bg: "#ffffff" })], { type: "image/svg+xml" }), "policy-graph.svg");
    case "cyjs":
      return save(
        new Blob([JSON.stringify(cytoscapeJson(graph), null, 1)], { type: "application/json" }),
        "policy-graph.cyjs",
      );
    case "graphml":
      return save(new Blob([graphml(graph)], { type: "application/graphml+xml" }), "policy-graph.graphml");
  }
}

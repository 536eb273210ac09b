// Downloads. The data come from the server's exports (/export/graph.<ext>, the files the README
// describes, with evidence, levels, the palette and the seeded layout), for the whole graph or
// around the selected node; only the pictures of what is on screen, PNG and SVG, are made here.
import { h } from "./dom.js";

/** The server's export formats the menu offers: file extension and name. */
const FORMATS = [
  ["graphml", "GraphML"],
  ["gexf", "GEXF"],
  ["cyjs", "Cytoscape JSON"],
  ["nodes.csv", "CSV nodes"],
  ["edges.csv", "CSV edges"],
];

/** The URL of a server export: the whole graph, or the neighbourhood of `around` to `depth`. */
function exportUrl(ext, around = null, depth = 1) {
  const query = around ? `?${new URLSearchParams({ around, depth: String(depth) })}` : "";
  return `/export/graph.${ext}${query}`;
}

function save(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function picture(cy, format) {
  if (format === "png")
    return save(await cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff" }), "policy-graph.png");
  save(new Blob([cy.svg({ full: true, bg: "#ffffff" })], { type: "image/svg+xml" }), "policy-graph.svg");
}

const links = (scope, around, depth) =>
  h(
    "div",
    { class: "links" },
    FORMATS.map(([ext, name]) =>
      h(
        "a",
        { href: exportUrl(ext, around, depth), download: "", class: "export", "data-scope": scope, "data-format": ext },
        name,
      ),
    ),
  );

/**
 * Fills the download menu for the current view: the neighbourhood of the selected node (or, in a
 * view of one drawn neighbourhood, of that node to its depth), the whole graph, and the pictures.
 */
export function renderDownloads(app, menu) {
  const { selected, seeds, whole } = app.state;
  const seed = !selected && !whole && seeds.length === 1 ? seeds[0] : null;
  const around = selected ?? seed?.id ?? null;
  const depth = seed?.depth ?? 1;
  const name = around ? (app.graph.cy.getElementById(around).data("caption") ?? around) : null;
  const key = `${around}@${depth}|${name}`;
  if (menu.dataset.key === key) return;
  menu.dataset.key = key;
  menu.replaceChildren(
    around ? h("h3", {}, `Around ${name} (depth ${depth}), from the server`) : null,
    around ? links("around", around, depth) : null,
    h("h3", {}, "The whole graph, from the server"),
    links("whole", null),
    h("h3", {}, "A picture of the screen"),
    h(
      "div",
      { class: "links" },
      ["png", "svg"].map((format) =>
        h(
          "button",
          { type: "button", class: "picture", "data-format": format, onclick: () => picture(app.graph.cy, format) },
          format.toUpperCase(),
        ),
      ),
    ),
  );
}

// The graph by keyboard. The graph's box takes the focus (Tab reaches it); while it has it, a list
// shows the neighbours of the selected node (or, with nothing selected, the biggest hubs).
// ArrowDown and ArrowUp move a cursor through it, marked in the graph too; Enter selects the node
// under the cursor and draws its neighbours, as a click would, and the list becomes its neighbours.
import { h } from "./dom.js";

/** With nothing selected, the list offers this many hubs to start from. */
const HUBS = 20;

const shown = (ele) => !ele.hasClass("filtered");
const byDegree = (a, b) =>
  b.node.data("degree") - a.node.data("degree") ||
  String(a.node.data("caption")).localeCompare(String(b.node.data("caption")));

/** The entries of the list: { node, text } for each neighbour on screen (one per node), or the hubs. */
function entries(cy, selectedId) {
  const selected = selectedId ? cy.getElementById(selectedId) : cy.collection();
  if (selected.empty() || !shown(selected)) {
    return cy
      .nodes()
      .filter(shown)
      .map((node) => ({ node, text: [node.data("caption")] }))
      .sort(byDegree)
      .slice(0, HUBS);
  }
  const byNode = new Map();
  selected
    .connectedEdges()
    .filter((e) => shown(e) && shown(e.source()) && shown(e.target()))
    .forEach((e) => {
      const out = e.source().id() === selectedId;
      const node = out ? e.target() : e.source();
      if (node.id() === selectedId || byNode.has(node.id())) return;
      byNode.set(node.id(), {
        node,
        text: [h("span", { class: "type" }, `${out ? "→" : "←"} ${e.data("caption")}`), node.data("caption")],
      });
    });
  return [...byNode.values()].sort(byDegree);
}

/**
 * Wires the keyboard walk to the graph's container (`labels` names the node under the cursor);
 * `refresh()` after the selection or the drawing changed.
 */
export function createNeighbourWalk(app, container, list, labels) {
  const cy = app.graph.cy;
  let items = [];
  let active = -1;

  function refresh() {
    const selected = app.state.selected;
    items = entries(cy, selected);
    setCursor(-1);
    const title =
      selected && cy.getElementById(selected).nonempty()
        ? `Neighbours of ${cy.getElementById(selected).data("caption")}`
        : "Hubs: select one to start";
    list.setAttribute("aria-label", title);
    list.replaceChildren(
      h("li", { class: "head", role: "presentation" }, `${title} (${items.length})`),
      ...items.map((item, i) =>
        h(
          "li",
          {
            id: `nb-${i}`,
            role: "option",
            "aria-selected": "false",
            "data-id": item.node.id(),
            onmousedown: (e) => e.preventDefault(),
            onclick: () => {
              setCursor(i);
              choose();
            },
          },
          ...item.text,
        ),
      ),
    );
  }

  function setCursor(i) {
    active = i;
    cy.nodes(".cursor").removeClass("cursor");
    labels.refresh();
    list.querySelectorAll("[role=option]").forEach((li, j) => {
      li.classList.toggle("active", j === i);
      li.setAttribute("aria-selected", String(j === i));
      if (j === i) li.scrollIntoView({ block: "nearest" });
    });
    if (i < 0) return container.removeAttribute("aria-activedescendant");
    container.setAttribute("aria-activedescendant", `nb-${i}`);
    const node = items[i].node;
    node.addClass("cursor");
    const p = node.renderedPosition();
    if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height())
      cy.animate({ center: { eles: node } }, { duration: 200 });
  }

  /** Selects the node under the cursor; the app then calls refresh() for its neighbours. */
  function choose() {
    const item = items[active];
    if (item) return app.expand(item.node.id());
  }

  const show = () => {
    refresh();
    list.hidden = false;
  };
  // Shown when the keyboard brings the focus (a click focuses the graph too, without the list).
  container.addEventListener("focus", () => {
    if (container.matches(":focus-visible")) show();
  });
  container.addEventListener("blur", () => {
    list.hidden = true;
    setCursor(-1);
  });
  container.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (list.hidden) show();
      const n = items.length;
      if (n > 0) setCursor(e.key === "ArrowDown" ? (active + 1) % n : (active - 1 + n) % n);
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      choose();
    }
  });
  return {
    refresh: () => {
      if (!list.hidden) refresh();
    },
  };
}

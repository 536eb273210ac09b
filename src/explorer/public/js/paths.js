// Paths: the two ends, the shortest path between them drawn and highlighted with its names in
// order, and a warning over the graph whenever a filter hides part of the highlighted path (a
// button there shows the hidden part again).
import * as api from "./api.js";
import { h } from "./dom.js";
import { renderLegend } from "./legend.js";

const $ = (id) => document.getElementById(id);
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The path methods of `app` (setPathType, setPathEnd, findPath, clearPath) and the renderers of
 * its panel and warning. `deps` gives what drawing new elements needs: labels and colourDocuments.
 */
export function createPaths(app, { labels, colourDocuments }) {
  const { graph } = app;
  const cy = graph.cy;
  const warning = $("filter-warning");

  /** The found path's node names, in order, in the current language. */
  function renderNames() {
    const ids = document.body.dataset.path?.split("\n") ?? [];
    if (ids.length === 0) return;
    const names = ids.map((id) => cy.getElementById(id).data("caption"));
    $("path-result").replaceChildren(
      `${ids.length - 1} hop${ids.length === 2 ? "" : "s"}: `,
      h("span", { id: "path-names" }, names.join(" → ")),
    );
  }

  function renderEnds() {
    const name = (id) => (id ? (cy.getElementById(id).data("caption") ?? id) : "–");
    $("path-from").textContent = name(app.state.path.from);
    $("path-to").textContent = name(app.state.path.to);
  }

  /** Shows the warning when filters hide nodes or relationships of the highlighted path, hides it otherwise. */
  function updateWarning() {
    const hidden = graph.hiddenOnPath();
    warning.hidden = hidden.empty();
    if (hidden.empty()) return;
    const [nodes, edges] = [hidden.nodes().length, hidden.edges().length];
    const what = [nodes ? plural(nodes, "node") : null, edges ? plural(edges, "relationship") : null]
      .filter(Boolean)
      .join(" and ");
    warning.replaceChildren(
      `The filters hide ${what} of the highlighted path.`,
      h("button", { type: "button", onclick: showHidden }, "Show them"),
    );
  }

  /** Lifts the filters that hide part of the path: its nodes' labels and levels, its edges' types. */
  function showHidden() {
    const onPath = cy.elements(".path");
    const lift = (list, values) => {
      for (const v of values) if (list.includes(v)) list.splice(list.indexOf(v), 1);
    };
    lift(
      app.state.hiddenLabels,
      onPath.nodes().map((n) => n.data("label")),
    );
    lift(
      app.state.hiddenLevels,
      onPath.nodes().map((n) => n.data("level")),
    );
    lift(
      app.state.hiddenTypes,
      onPath.edges().map((e) => e.data("type")),
    );
    renderLegend(app);
    app.applyFilters();
    app.syncUrl();
  }

  const methods = {
    setPathType(type, on) {
      const types = app.state.path.types;
      if (on && !types.includes(type)) types.push(type);
      if (!on && types.includes(type)) types.splice(types.indexOf(type), 1);
      app.syncUrl();
    },

    setPathEnd(end, id) {
      app.state.path[end] = id;
      renderEnds();
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
        updateWarning();
        result.textContent = path?.explanation ?? `No path${types.length ? " over these types" : ""} within 10 hops.`;
        return;
      }
      const added = graph.add(path.elements);
      if (added.nonempty()) {
        app.applyFilters();
        await graph.layout(app.state.layoutSeed);
      }
      colourDocuments(added.nodes());
      graph.highlightPath(path.elements.map((e) => e.data.id));
      updateWarning();
      document.body.dataset.path = path.nodeIds.join("\n");
      renderNames();
      graph.fit(cy.elements(".path"), 60);
      labels.refresh();
      app.syncUrl();
    },

    clearPath() {
      app.state.path = { from: null, to: null, types: app.state.path.types };
      graph.highlightPath([]);
      updateWarning();
      $("path-result").textContent = "";
      delete document.body.dataset.path;
      renderEnds();
      labels.refresh();
      app.syncUrl();
    },
  };
  return { methods, renderNames, renderEnds, updateWarning };
}

// The legend, which is also the filter: one checkbox per label, level of documents and relationship type.
import { h } from "./dom.js";
import { LABELS, LEVELS, ROLES, TYPES } from "./style.js";

function check(checked, onchange, value, ...content) {
  const box = h("input", { type: "checkbox", checked, value, onchange: (ev) => onchange(ev.target.checked) });
  return h("li", {}, h("label", {}, box, ...content));
}

/** Draws the legend; `app` gets setLabelVisible(label, on), setLevelVisible(level, on) and setTypeVisible(type, on). */
export function renderLegend(app) {
  const { hiddenLabels, hiddenLevels, hiddenTypes } = app.state;
  const labels = document.getElementById("legend-labels");
  labels.replaceChildren(
    ...Object.entries(LABELS).map(([label, s]) =>
      check(
        !hiddenLabels.includes(label),
        (on) => app.setLabelVisible(label, on),
        label,
        h("span", { class: `swatch shape-${s.shape}`, style: { background: s.colour } }),
        s.title,
        h("span", { class: "count", "data-count-label": label }),
      ),
    ),
  );
  document
    .getElementById("legend-levels")
    .replaceChildren(
      ...Object.entries(LEVELS).map(([level, s]) =>
        check(
          !hiddenLevels.includes(level),
          (on) => app.setLevelVisible(level, on),
          level,
          h("span", { class: "swatch", style: { background: s.colour, border: "2px solid #1c2833" } }),
          s.title,
          h("span", { class: "count", "data-count-level": level }),
        ),
      ),
    );
  const line = (s) =>
    h("span", {
      class: "swatch-line",
      style: {
        borderTopColor: s.colour,
        borderTopStyle: s.style,
        borderTopWidth: `${Math.max(2, Math.min(s.width, 5))}px`,
      },
    });
  document
    .getElementById("legend-types")
    .replaceChildren(
      ...Object.entries(TYPES).map(([type, s]) =>
        check(
          !hiddenTypes.includes(type),
          (on) => app.setTypeVisible(type, on),
          type,
          line(s),
          s.title,
          h("span", { class: "count", "data-count-type": type }),
        ),
      ),
      ...Object.values(ROLES).map((s) => h("li", { class: "role" }, line(s), h("span", {}, s.title))),
    );
  document
    .getElementById("path-types")
    .replaceChildren(
      ...Object.entries(TYPES).map(([type, s]) =>
        check(app.state.path.types.includes(type), (on) => app.setPathType(type, on), type, line(s), s.title),
      ),
    );
}

/** Counts of drawn nodes per label, documents per level and edges per type, next to the legend entries. */
export function updateCounts(cy) {
  const tally = (coll, key) => {
    const counts = new Map();
    coll.forEach((e) => {
      const k = key(e);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    });
    return counts;
  };
  const labels = tally(cy.nodes(), (n) => n.data("label"));
  const levels = tally(cy.nodes(), (n) => (n.data("label") === "PolicyDocument" ? n.data("level") : null));
  const types = tally(cy.edges(), (e) => e.data("type"));
  const show = (selector, counts, key) =>
    document.querySelectorAll(selector).forEach((el) => {
      el.textContent = String(counts.get(el.dataset[key]) || "");
    });
  show("[data-count-label]", labels, "countLabel");
  show("[data-count-level]", levels, "countLevel");
  show("[data-count-type]", types, "countType");
}

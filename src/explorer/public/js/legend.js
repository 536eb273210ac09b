// The legend, which is also the filter: one checkbox per label, level and relationship type.
import { h } from "./dom.js";
import { LABELS, LEVELS, ROLES, TYPES } from "./style.js";

function check(checked, onchange, value, ...content) {
  const box = h("input", { type: "checkbox", checked, value, onchange: (ev) => onchange(ev.target.checked) });
  return h("li", {}, h("label", {}, box, ...content));
}

/** Draws the legend; `app` gets setLabelVisible(label, on) and setTypeVisible(type, on). */
export function renderLegend(app) {
  const { hiddenLabels, hiddenTypes } = app.state;
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
      ...Object.values(LEVELS).map((s) =>
        h(
          "li",
          {},
          h("span", { class: "swatch", style: { background: s.colour, border: "2px solid #1c2833" } }),
          s.title,
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

/** Counts of drawn nodes per label and edges per type, next to the legend entries. */
export function updateCounts(cy) {
  const count = (attr, value, coll) => coll.filter((e) => e.data(attr) === value).length;
  document.querySelectorAll("[data-count-label]").forEach((el) => {
    el.textContent = String(count("label", el.dataset.countLabel, cy.nodes()) || "");
  });
  document.querySelectorAll("[data-count-type]").forEach((el) => {
    el.textContent = String(count("type", el.dataset.countType, cy.edges()) || "");
  });
}

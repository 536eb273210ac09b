// The search box: Simplified, Traditional or English. Hits appear as you type; ArrowDown and
// ArrowUp move through them, Enter or a click draws the hit with its neighbours. Enter always acts
// on the hits of the text in the box now: a list left over from an earlier text is never picked;
// the current text is searched first (at once, without waiting for the typing pause).
import * as api from "./api.js";
import { h } from "./dom.js";
import { LABELS } from "./style.js";

/** The typing pause after which the hits are fetched. */
const PAUSE_MS = 150;

/** Wires the box to `app.expand(id, { center: true })`. */
export function createSearch(app, form, input, list) {
  /** The text whose hits the list shows, and the index of the active hit (−1 for none). */
  let shown = { query: null, hits: [] };
  let active = -1;
  let timer = 0;
  const pending = new Map();

  const current = () => input.value.trim();
  const open = (on) => {
    list.hidden = !on;
    input.setAttribute("aria-expanded", String(on));
  };

  /** The hits of `query`, one request per text however often it is asked for. */
  function hitsOf(query) {
    if (!pending.has(query)) {
      pending.set(
        query,
        api.search(query).finally(() => setTimeout(() => pending.delete(query), 5_000)),
      );
    }
    return pending.get(query);
  }

  /** Fetches the current text's hits and shows them, unless the text changed meanwhile. */
  async function refresh() {
    clearTimeout(timer);
    const query = current();
    if (!query) return void open(false);
    if (shown.query === query) return void open(true);
    const hits = await hitsOf(query);
    if (query !== current()) return;
    shown = { query, hits };
    setActive(-1);
    list.dataset.query = query;
    list.replaceChildren(
      ...(hits.length === 0
        ? [h("li", { class: "hint" }, "No match.")]
        : hits.map((hit, i) =>
            h(
              "li",
              {
                id: `hit-${i}`,
                role: "option",
                "aria-selected": "false",
                "data-id": hit.node.id,
                onmousedown: (e) => e.preventDefault(),
                onclick: () => pick(i),
              },
              h(
                "span",
                { class: "kind", style: { background: LABELS[hit.node.kind]?.colour ?? "#7f8c8d" } },
                hit.node.kind,
              ),
              app.state.lang === "en" ? hit.node.nameEn || hit.node.name : hit.node.name,
              h("span", { class: "snippet" }, hit.snippet),
            ),
          )),
    );
    open(true);
  }

  function setActive(i) {
    active = i;
    list.querySelectorAll("[role=option]").forEach((li, j) => {
      li.classList.toggle("active", j === i);
      li.setAttribute("aria-selected", String(j === i));
      if (j === i) li.scrollIntoView({ block: "nearest" });
    });
    if (i >= 0) input.setAttribute("aria-activedescendant", `hit-${i}`);
    else input.removeAttribute("aria-activedescendant");
  }

  async function pick(i) {
    const hit = shown.hits[i];
    if (!hit) return;
    open(false);
    await app.expand(hit.node.id, { center: true });
  }

  form.addEventListener("submit", (e) => e.preventDefault());
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, PAUSE_MS);
  });
  input.addEventListener("keydown", async (e) => {
    if (e.key === "Escape" && !list.hidden) {
      e.stopPropagation();
      return open(false);
    }
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Enter") return;
    e.preventDefault();
    const query = current();
    if (!query) return;
    if (shown.query !== query || list.hidden) await refresh();
    // The text may have changed while its hits were fetched: then these keys belong to no list.
    if (shown.query !== query || query !== current()) return;
    const n = shown.hits.length;
    if (e.key === "Enter") return pick(Math.max(active, 0));
    if (n > 0) setActive(e.key === "ArrowDown" ? (active + 1) % n : (active - 1 + n) % n);
  });
  document.addEventListener("click", (e) => {
    if (!e.target.closest("#search")) open(false);
  });
}

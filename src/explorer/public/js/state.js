// The view's state lives in the URL's hash, so a link reproduces exactly what its sender saw:
//   w=1             the whole graph
//   x=<id>[@depth]  a node shown with its neighbours (repeatable; depth 1 when not given)
//   s=<id>          the selected node, or e=<edge id> the selected edge
//   l=en            names in English (Chinese when absent)
//   hl=<Label>      a hidden node label, ht=<TYPE> a hidden relationship type, hv=<LEVEL> a hidden
//                   level of documents (each repeatable)
//   ls=<n>          the layout's seed (1 when absent): the same graph and seed, the same drawing
//   pf, pt, py      a path's ends and its allowed relationship types (py repeatable)
//   r, rs, re       the open document, and the quote's start and end in it

/** @typedef {{ whole: boolean, seeds: {id: string, depth: number}[], selected: string|null, selectedEdge: string|null, lang: string,
 *   hiddenLabels: string[], hiddenTypes: string[], hiddenLevels: string[], layoutSeed: number, path: {from: string|null, to: string|null, types: string[]},
 *   reader: {doc: string, start: number|null, end: number|null}|null }} ViewState */

/** @returns {ViewState} */
export function emptyState() {
  return {
    whole: false,
    seeds: [],
    selected: null,
    selectedEdge: null,
    lang: "zh",
    hiddenLabels: [],
    hiddenTypes: [],
    hiddenLevels: [],
    layoutSeed: 1,
    path: { from: null, to: null, types: [] },
    reader: null,
  };
}

/** @returns {ViewState} */
export function parseHash(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const state = emptyState();
  state.whole = p.get("w") === "1";
  state.seeds = p.getAll("x").map((v) => {
    const m = /^(.*)@([1-3])$/.exec(v);
    return m ? { id: m[1], depth: Number(m[2]) } : { id: v, depth: 1 };
  });
  state.selected = p.get("s");
  state.selectedEdge = p.get("e");
  state.lang = p.get("l") === "en" ? "en" : "zh";
  state.hiddenLabels = p.getAll("hl");
  state.hiddenTypes = p.getAll("ht");
  state.hiddenLevels = p.getAll("hv");
  state.layoutSeed = /^\d{1,9}$/.test(p.get("ls") ?? "") ? Number(p.get("ls")) : 1;
  state.path = { from: p.get("pf"), to: p.get("pt"), types: p.getAll("py") };
  const doc = p.get("r");
  const number = (v) => (v !== null && /^\d+$/.test(v) ? Number(v) : null);
  state.reader = doc ? { doc, start: number(p.get("rs")), end: number(p.get("re")) } : null;
  return state;
}

/** @param {ViewState} state */
export function toHash(state) {
  const p = new URLSearchParams();
  if (state.whole) p.set("w", "1");
  for (const s of state.seeds) p.append("x", s.depth === 1 ? s.id : `${s.id}@${s.depth}`);
  if (state.selected) p.set("s", state.selected);
  if (state.selectedEdge) p.set("e", state.selectedEdge);
  if (state.lang === "en") p.set("l", "en");
  state.hiddenLabels.forEach((v) => p.append("hl", v));
  state.hiddenTypes.forEach((v) => p.append("ht", v));
  state.hiddenLevels.forEach((v) => p.append("hv", v));
  if (state.layoutSeed !== 1) p.set("ls", String(state.layoutSeed));
  if (state.path.from) p.set("pf", state.path.from);
  if (state.path.to) p.set("pt", state.path.to);
  state.path.types.forEach((v) => p.append("py", v));
  if (state.reader) {
    p.set("r", state.reader.doc);
    if (state.reader.start !== null) p.set("rs", String(state.reader.start));
    if (state.reader.end !== null) p.set("re", String(state.reader.end));
  }
  return "#" + p.toString();
}

/**
 * The first view when the URL names none: the whole graph (the seed graph has about 140 nodes,
 * with the example documents about 200; the export behind it stops at 5,000).
 * @param {ViewState} state
 */
export function withDefaultView(state) {
  if (!state.whole && state.seeds.length === 0) state.whole = true;
  return state;
}

// Loaded `async`, ahead of the libraries: starts fetching the first view's data while the browser
// is still loading and compiling Cytoscape, so the two overlap, and draws the whole graph's poster
// (poster.js) the moment it arrives. main.js picks the promises up.
import * as api from "./api.js";
import { drawPoster } from "./poster.js";
import { parseHash, withDefaultView } from "./state.js";

const state = withDefaultView(parseHash(location.hash));

/** Timings for the benchmark and the end-to-end test (ms since navigation start); main.js adds its own. */
const timings = (window.explorerTimings ??= {});

/** #cy once the page's body has been parsed that far (this module may run before). */
function graphContainer() {
  const found = document.getElementById("cy");
  if (found) return Promise.resolve(found);
  return new Promise((resolve) =>
    document.addEventListener("readystatechange", () => resolve(document.getElementById("cy")), { once: true }),
  );
}

/** The poster of the whole graph, drawn as soon as it arrives (null when it cannot be, see drawPoster). */
async function poster(whole) {
  const elements = await whole;
  const arrived = performance.now();
  const container = await graphContainer();
  if (document.hidden || !container) return null;
  const filters = { labels: state.hiddenLabels, levels: state.hiddenLevels, types: state.hiddenTypes };
  const drawn = drawPoster(container, elements, filters, state.layoutSeed);
  if (!drawn) return null;
  const painted = performance.now();
  requestAnimationFrame(() => {
    timings.posterDraw = performance.now();
    timings.posterParts = { arrived, draw: painted - arrived, frame: timings.posterDraw - painted };
  });
  timings.poster = { zoom: drawn.zoom, pan: drawn.pan, nodes: drawn.nodes, edges: drawn.edges };
  return drawn;
}

/** The first view's requests, already under way: { hash, whole, seeds, poster }. */
export const prefetched = {
  hash: location.hash,
  whole: state.whole ? api.wholeGraph() : null,
  seeds: state.seeds.length ? api.neighbourhoods(state.seeds) : null,
  poster: null,
};
prefetched.poster = prefetched.whole ? poster(prefetched.whole).catch(() => null) : Promise.resolve(null);
// A failure is reported by main.js when it awaits the promise; until then it is not unhandled.
prefetched.whole?.catch(() => {});
prefetched.seeds?.catch(() => {});

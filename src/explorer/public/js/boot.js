// Loaded `async`, ahead of the libraries: starts fetching the first view's data while the browser
// is still loading and compiling Cytoscape, so the two overlap. main.js picks the promises up.
import * as api from "./api.js";
import { parseHash, withDefaultView } from "./state.js";

const state = withDefaultView(parseHash(location.hash));

/** The first view's requests, already under way: { hash, whole, seeds }. */
export const prefetched = {
  hash: location.hash,
  whole: state.whole ? api.wholeGraph() : null,
  seeds: state.seeds.length ? api.neighbourhoods(state.seeds) : null,
};
// A failure is reported by main.js when it awaits the promise; until then it is not unhandled.
prefetched.whole?.catch(() => {});
prefetched.seeds?.catch(() => {});

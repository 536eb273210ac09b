// Shortest paths: the service's shortestPath answers, over every relationship type or over the
// types the person ticked.
import * as api from "./api.js";

/** { nodeIds (in order), elements, length }, or { length: null, explanation } when there is no path of up to 10 hops. */
export async function findPath(from, to, types) {
  return api.shortestPath(from, to, types);
}

// Shortest paths. Without a type restriction the service's shortestPath answers. With one, the
// explorer searches itself: the neighbourhoods (over those types only) of both ends within three
// hops each hold every path of up to six hops between them, and a breadth-first search over their
// union finds the shortest.
import * as api from "./api.js";

const HOPS_EACH_SIDE = 3;

/** { nodeIds (in order), elements, length, truncated } or null when there is no path. */
export async function findPath(from, to, types) {
  if (!types || types.length === 0) return api.shortestPath(from, to);
  const { elements, truncated } = await api.neighbourhoods(
    [{ id: from, depth: HOPS_EACH_SIDE }, { id: to, depth: HOPS_EACH_SIDE }],
    { limit: 5000, types },
  );
  const adjacent = new Map();
  const link = (a, b, edge) => {
    if (!adjacent.has(a)) adjacent.set(a, []);
    adjacent.get(a).push({ next: b, edge });
  };
  for (const e of elements) if (e.group === "edges") { link(e.data.source, e.data.target, e); link(e.data.target, e.data.source, e); }
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length && !previous.has(to)) {
    const at = queue.shift();
    for (const { next, edge } of adjacent.get(at) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, { at, edge });
      queue.push(next);
    }
  }
  if (!previous.has(to)) return truncated ? { nodeIds: [], elements: [], length: null, truncated } : null;
  const nodeIds = [to];
  const edges = [];
  for (let step = previous.get(to); step; step = previous.get(step.at)) { nodeIds.unshift(step.at); edges.unshift(step.edge); }
  const byId = new Map(elements.filter((e) => e.group === "nodes").map((e) => [e.data.id, e]));
  return { nodeIds, elements: [...nodeIds.map((id) => byId.get(id)), ...edges], length: edges.length, truncated: false };
}

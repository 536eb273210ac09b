// The explorer's only door to the service: POST /graphql on the page's own origin.
import * as Q from "./queries.js";
import { cytoscapeJsonToElements, subgraphToElements } from "./elements.js";

/** Aliases per request; the service refuses more than MAX_QUERY_ALIASES (30 by default). */
const ALIASES_PER_REQUEST = 25;

async function graphql(query, variables = {}) {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data;
}

export async function search(query) {
  return (await graphql(Q.SEARCH, { query })).search;
}

/** The whole graph as Cytoscape elements. */
export async function wholeGraph() {
  return cytoscapeJsonToElements((await graphql(Q.WHOLE_GRAPH)).graph.json);
}

/**
 * Neighbourhoods of several nodes ([{ id, depth }]) as Cytoscape elements, in as few requests as the
 * alias limit allows, sent together.
 */
export async function neighbourhoods(seeds, { limit = 500, types = null } = {}) {
  const chunks = [];
  for (let i = 0; i < seeds.length; i += ALIASES_PER_REQUEST) chunks.push(seeds.slice(i, i + ALIASES_PER_REQUEST));
  const results = await Promise.all(
    chunks.map(async (chunk) => {
      const variables = { limit, types };
      chunk.forEach((s, i) => {
        variables[`id${i}`] = s.id;
        variables[`depth${i}`] = s.depth;
      });
      const data = await graphql(Q.neighborhoods(chunk.length), variables);
      return chunk.map((_, i) => data[`n${i}`]);
    }),
  );
  const subgraphs = results.flat();
  return { elements: subgraphs.map(subgraphToElements).flat(), truncated: subgraphs.some((g) => g.truncated) };
}

export async function documentLevels(ids) {
  if (ids.length === 0) return [];
  return (await graphql(Q.DOCUMENT_LEVELS, { ids })).nodes.filter(Boolean);
}

/**
 * The shortest path (over `types` only, when given) as { length, nodeIds, elements }, or
 * { length: null, explanation } when there is none: the service says why.
 */
export async function shortestPath(from, to, types) {
  const search = (await graphql(Q.SHORTEST_PATH, { from, to, types: types && types.length > 0 ? types : null }))
    .shortestPaths;
  const path = search.paths[0];
  if (!path) return { length: null, explanation: search.explanation };
  const elements = subgraphToElements(path);
  // Nodes come in path order, from `from` to `to`.
  return { length: path.length, nodeIds: elements.filter((e) => e.group === "nodes").map((e) => e.data.id), elements };
}

export async function nodeDetails(id) {
  return (await graphql(Q.NODE_DETAILS, { id })).node;
}

/** The relationship with this id among those starting at `sourceId`, with its evidence; null when it has none. */
export async function edgeDetails(sourceId, edgeId) {
  const node = (await graphql(Q.EDGE_EVIDENCE, { id: sourceId })).node;
  if (!node) return null;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      const found = value.find((r) => r.id === edgeId);
      if (found) return found;
    } else if (value && typeof value === "object" && value.id === edgeId) return value;
  }
  return null;
}

const documents = new Map();

/** A document with its text and outlined parts; cached for the page's life (texts do not change under it). */
export function document(id) {
  if (!documents.has(id)) {
    documents.set(
      id,
      graphql(Q.DOCUMENT, { id })
        .then((d) => d.node)
        .catch((e) => {
          documents.delete(id);
          throw e;
        }),
    );
  }
  return documents.get(id);
}

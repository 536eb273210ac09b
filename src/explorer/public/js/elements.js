// The one mapping from the API's drawing shape (GraphQL Subgraph / Path) to Cytoscape elements.
// A Cytoscape node's id is the entity's id (what `node(id:)` takes), so details, documents and the
// URL all speak entity ids whatever GraphNode.id looks like.

/** The entity id of a GraphNode (`entityId` where the API has it, else `id`). */
const entityId = (n) => n.entityId ?? n.id;

/** The relationship's own id (TYPE|fromId|toId, as Relationship.id), without a GraphEdge prefix. */
const relationshipId = (e) => e.id.replace(/^GraphEdge:/, "");

/** Cytoscape elements (nodes first) for a subgraph's nodes and edges. */
export function subgraphToElements(g) {
  const nodes = g.nodes.map((n) => ({
    group: "nodes",
    data: { id: entityId(n), label: n.label, name: n.name, nameEn: n.nameEn ?? null },
  }));
  const edges = g.edges.map((e) => ({
    group: "edges",
    data: {
      id: relationshipId(e),
      source: e.sourceEntityId ?? e.source,
      target: e.targetEntityId ?? e.target,
      type: e.type,
      role: e.role ?? null,
    },
  }));
  return [...nodes, ...edges];
}

/**
 * The same elements from the Cytoscape.js JSON export (`graph(format: CYTOSCAPE)`), which also
 * carries each document's level.
 */
export function cytoscapeJsonToElements(json) {
  const nodes = json.elements.nodes.map(({ data, position }) => ({
    group: "nodes",
    data: { id: data.id, label: data.kind, name: data.name, nameEn: data.nameEn ?? null, level: data.level ?? null },
    // Where the server's seeded layout puts the node in the whole graph (graph.js firstPositions).
    ...(position ? { drawn: position } : {}),
  }));
  const edges = json.elements.edges.map(({ data }) => ({
    group: "edges",
    data: {
      id: relationshipId(data),
      source: data.sourceEntityId ?? data.source,
      target: data.targetEntityId ?? data.target,
      type: data.type,
      role: data.role ?? null,
    },
  }));
  return [...nodes, ...edges];
}

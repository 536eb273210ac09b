import type { StoredEvidence } from "../../model/evidence-properties.js";
import type { SubgraphEdge, SubgraphNode } from "../../subgraph/subgraph.js";
import type { GraphEdge, GraphNode } from "./subgraph.type.js";

// A drawing's nodes and edges get ids of their own, prefixed with their type: Relay and other
// normalising caches key their store by `id` alone, so a GraphNode must not share its id with the
// entity it draws (a Task with other fields), nor an edge with anything else.

/** The GraphNode id of the drawing of entity `entityId`. */
export function graphNodeId(entityId: string): string {
  return `GraphNode:${entityId}`;
}

export function toGraphNode(n: SubgraphNode): GraphNode {
  return { id: graphNodeId(n.id), entityId: n.id, label: n.label, name: n.name, nameEn: n.nameEn ?? null };
}

export function toGraphEdge(e: SubgraphEdge): GraphEdge {
  return {
    id: `GraphEdge:${e.id}`,
    source: graphNodeId(e.source),
    target: graphNodeId(e.target),
    sourceEntityId: e.source,
    targetEntityId: e.target,
    type: e.type,
    role: (e.properties?.role as string | undefined) ?? null,
    evidence: (e.properties?.evidence as StoredEvidence[] | undefined) ?? [],
    curatedSource: (e.properties?.source as string | undefined) ?? null,
  };
}

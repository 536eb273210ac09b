import type { Database, Row } from "../db/database.js";
import { BadUserInputError, NotFoundError } from "../errors/client-errors.js";
import { RELATIONSHIP_TYPES } from "../ingest/model.js";
import { LIMITS } from "../graphql/common/limits.js";
import { checkRange } from "../graphql/common/validate.js";
import type { Subgraph, SubgraphEdge, SubgraphNode } from "./subgraph.js";

/** A subgraph and whether it was cut at the node limit. */
export interface BoundedSubgraph extends Subgraph {
  truncated: boolean;
}

function toNode(raw: unknown): SubgraphNode {
  const n = raw as { id: string; kind: string; name: string; nameEn?: string | null; [k: string]: unknown };
  const properties: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(n)) {
    if (!["id", "kind", "name", "nameEn"].includes(k) && v !== null && v !== undefined && typeof v !== "object") properties[k] = v as string | number | boolean;
  }
  return { id: n.id, label: n.kind, name: n.name, nameEn: n.nameEn ?? null, properties };
}

function toEdge(raw: unknown): SubgraphEdge {
  const r = raw as { id: string; type: string; startId: string; endId: string; role?: string | null };
  return { id: r.id, source: r.startId, target: r.endId, type: r.type, properties: r.role ? { role: r.role } : {} };
}

/** Rejects relationship type names the graph does not have, listing those it has. */
export function checkRelationshipTypes(types: string[] | null | undefined): string[] | null {
  if (!types || types.length === 0) return null;
  const unknown = types.filter((t) => !(RELATIONSHIP_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) {
    throw new BadUserInputError(`types has unknown relationship types ${unknown.join(", ")}; known: ${RELATIONSHIP_TYPES.join(", ")}.`, "types");
  }
  return types;
}

/**
 * Everything within `depth` hops of `id`, breadth first: one query per hop, the frontier of each hop
 * being the nodes first reached in the previous one. Stops adding nodes at `maxNodes`.
 */
export async function fetchNeighborhood(db: Database, id: string, depth: number, types: string[] | null, maxNodes: number): Promise<BoundedSubgraph> {
  const [start] = await db.read("find-nodes-by-ids", { ids: [id] });
  if (!start) throw new NotFoundError(id);
  const nodes = new Map<string, SubgraphNode>([[id, toNode(start.node)]]);
  const edges = new Map<string, SubgraphEdge>();
  let frontier = [id];
  let truncated = false;
  for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
    const rows: Row[] = await db.read("find-neighbours", { ids: frontier, types, limit: maxNodes * 4 });
    const next: string[] = [];
    for (const row of rows) {
      const node = toNode(row.node);
      if (!nodes.has(node.id)) {
        if (nodes.size >= maxNodes) {
          truncated = true;
          continue;
        }
        nodes.set(node.id, node);
        next.push(node.id);
      }
      const edge = toEdge(row.rel);
      edges.set(edge.id, edge);
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

/** The shortest path between two nodes in either direction, or null when none within `maxLength`. */
export async function fetchShortestPath(db: Database, from: string, to: string, maxLength: number): Promise<Subgraph | null> {
  const found = await db.read("find-nodes-by-ids", { ids: [from, to] });
  for (const id of [from, to]) if (!found.some((r) => (r.node as { id: string }).id === id)) throw new NotFoundError(id);
  if (from === to) return { nodes: [toNode(found[0]!.node)], edges: [] };
  const [row] = await db.read("find-shortest-path", { from, to, maxLength });
  if (!row) return null;
  return { nodes: (row.nodes as unknown[]).map(toNode), edges: (row.rels as unknown[]).map(toEdge) };
}

/** The whole graph, up to `maxNodes` nodes (and the relationships between them). */
export async function fetchWholeGraph(db: Database, maxNodes: number): Promise<BoundedSubgraph> {
  const nodeRows = await db.read("find-all-nodes", { limit: maxNodes + 1 });
  const nodes = nodeRows.slice(0, maxNodes).map((r) => toNode(r.node));
  const ids = new Set(nodes.map((n) => n.id));
  const relRows = await db.read("find-all-relationships", { limit: maxNodes * 20 });
  const edges = relRows.map((r) => toEdge(r.rel)).filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges, truncated: nodeRows.length > maxNodes };
}

/**
 * What an export holds: the neighbourhood of `around` within `depth` hops (1–3), or the whole graph;
 * both bounded by the subgraph node limit. Shared by `graph(format:)` and `GET /export/…`.
 */
export async function fetchExportSubgraph(db: Database, around: string | null | undefined, depth: number): Promise<BoundedSubgraph> {
  checkRange("depth", depth, 1, LIMITS.maxDepth);
  return around ? fetchNeighborhood(db, around, depth, null, LIMITS.maxSubgraphNodes) : fetchWholeGraph(db, LIMITS.maxSubgraphNodes);
}

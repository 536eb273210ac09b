import type { Database, Row } from "../db/database.js";
import { BadUserInputError, NotFoundError } from "../errors/client-errors.js";
import { RELATIONSHIP_TYPES } from "../ingest/model.js";
import { LIMITS } from "../graphql/common/limits.js";
import { checkRange } from "../graphql/common/validate.js";
import { EVIDENCE_PROPERTIES, fromEvidenceProperties } from "./evidence-properties.js";
import type { Subgraph, SubgraphEdge, SubgraphNode } from "./subgraph.js";

/** A subgraph and whether it was cut at the node limit. */
export interface BoundedSubgraph extends Subgraph {
  truncated: boolean;
}

/**
 * What a subgraph holds of a node: id, label, names and the plain fields an export shows. Every
 * statement here projects to exactly these, so a neighbourhood's start node looks like the others
 * and no node's full text or evidence lists are ever read for a drawing.
 */
export const SUBGRAPH_NODE_PROPS = ["id", "kind", "name", "nameEn", "level", "docNumber", "ordinal", "value", "unit", "ticker", "role"] as const;

/** A subgraph node from values in the order of {@link SUBGRAPH_NODE_PROPS}. */
export function toNode(values: unknown): SubgraphNode {
  const v = values as unknown[];
  const properties: Record<string, string | number | boolean | null> = {};
  for (let i = 4; i < SUBGRAPH_NODE_PROPS.length; i++) {
    if (v[i] !== null && v[i] !== undefined && typeof v[i] !== "object") properties[SUBGRAPH_NODE_PROPS[i]!] = v[i] as string | number | boolean;
  }
  return { id: v[0] as string, label: v[1] as string, name: v[2] as string, nameEn: (v[3] as string | null) ?? null, properties };
}

/**
 * A subgraph edge from a statement's relationship map. `relProps` are the extra relationship
 * properties the statement read (`$relProps`, values in `props`): the evidence lists and the
 * curated `source`, only when a client selects them.
 */
export function toEdge(raw: unknown, relProps: readonly string[] = []): SubgraphEdge {
  const r = raw as { id: string; type: string; startId: string; endId: string; role?: string | null; props?: unknown[] };
  const edge: SubgraphEdge = { id: r.id, source: r.startId, target: r.endId, type: r.type, properties: r.role ? { role: r.role } : {} };
  if (relProps.length === 0) return edge;
  const read = Object.fromEntries(relProps.map((k, i) => [k, r.props?.[i] ?? null]));
  if (relProps.includes(EVIDENCE_PROPERTIES[1])) edge.evidence = fromEvidenceProperties(read);
  if (relProps.includes("source")) edge.curatedSource = (read.source as string | null) ?? null;
  return edge;
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

/** Relationship rows one hop may read per node it may return: a bound on the work, not on the graph. */
const ROWS_PER_NODE = 4;

/**
 * Everything within `depth` hops of `id`, breadth first: one statement per hop (the first one also
 * reads the start node), the frontier of each hop being the nodes first reached in the previous one. The cost is bounded by `maxNodes`,
 * not by the graph: at most `maxNodes` nodes, only the edges between them, and each hop reads at
 * most ROWS_PER_NODE × maxNodes relationships. When a limit cuts the result, `truncated` says so;
 * the caller narrows with `types` or a smaller `depth`, or raises the limit.
 */
export async function fetchNeighborhood(
  db: Database, id: string, depth: number, types: string[] | null, maxNodes: number, relProps: readonly string[] = [],
): Promise<BoundedSubgraph> {
  const rowLimit = maxNodes * ROWS_PER_NODE;
  // The start node comes with the first hop: a neighbourhood of depth d costs d statements.
  const [first] = await db.read("find-neighbours-of-start", { id, types, limit: rowLimit, props: SUBGRAPH_NODE_PROPS, relProps });
  if (!first) throw new NotFoundError(id);
  const nodes = new Map<string, SubgraphNode>([[id, toNode(first.start)]]);
  const edges = new Map<string, SubgraphEdge>();
  let frontier = [id];
  let truncated = false;
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const rows: Row[] = hop === 0
      ? (first.rows as Row[])
      : await db.read("find-neighbours", { ids: frontier, types, limit: rowLimit, props: SUBGRAPH_NODE_PROPS, relProps });
    if (rows.length >= rowLimit) truncated = true;
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
      const edge = toEdge(row.rel, relProps);
      if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
    }
    if (truncated) break;
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

/** Relationships a whole-graph export reads per exported node, at most; past it `truncated` is set. */
const WHOLE_GRAPH_EDGES_PER_NODE = 20;

/**
 * The whole graph, up to `maxNodes` nodes, and the relationships between exactly those nodes (read
 * from them, not from every relationship in the graph).
 */
export async function fetchWholeGraph(db: Database, maxNodes: number): Promise<BoundedSubgraph> {
  const nodeRows = await db.read("find-all-nodes", { limit: maxNodes + 1, props: SUBGRAPH_NODE_PROPS });
  const nodes = nodeRows.slice(0, maxNodes).map((r) => toNode(r.values));
  const edgeLimit = maxNodes * WHOLE_GRAPH_EDGES_PER_NODE;
  const relRows = await db.read("find-relationships-between", { ids: nodes.map((n) => n.id), limit: edgeLimit + 1 });
  const edges = relRows.slice(0, edgeLimit).map((r) => toEdge(r.rel));
  return { nodes, edges, truncated: nodeRows.length > maxNodes || relRows.length > edgeLimit };
}

/**
 * What an export holds: the neighbourhood of `around` within `depth` hops (1–3), or the whole graph;
 * both bounded by the subgraph node limit. Shared by `graph(format:)` and `GET /export/…`.
 */
export async function fetchExportSubgraph(db: Database, around: string | null | undefined, depth: number): Promise<BoundedSubgraph> {
  checkRange("depth", depth, 1, LIMITS.maxDepth);
  return around ? fetchNeighborhood(db, around, depth, null, LIMITS.maxSubgraphNodes) : fetchWholeGraph(db, LIMITS.maxSubgraphNodes);
}

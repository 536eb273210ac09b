import type { Database, Row } from "../db/database.js";
import { NotFoundError } from "../errors/client-errors.js";
import { RELATIONSHIP_TYPES } from "../model/graph-model.js";
import { LIMITS } from "../arguments/limits.js";
import { checkKnown, checkRange } from "../arguments/validate.js";
import { fetchExportedEvidence } from "./node-evidence.js";
import type { Subgraph, SubgraphEdge, SubgraphNode } from "./subgraph.js";
import { DRAWING, EXPORT, type SubgraphProjection, projectionParams, toEdge, toNode } from "./subgraph-rows.js";

/** A subgraph and whether it was cut at the node limit. */
export interface BoundedSubgraph extends Subgraph {
  truncated: boolean;
}

/** Rejects relationship type names the graph does not have, listing those it has. */
export function checkRelationshipTypes(types: string[] | null | undefined): string[] | null {
  return checkKnown("types", types, RELATIONSHIP_TYPES, "relationship types");
}

/** Relationship rows one hop may read per node it may return: a bound on the work, not on the graph. */
const ROWS_PER_NODE = 4;

/**
 * Everything within `depth` hops of `id`, breadth first: one statement per hop (the first one also
 * reads the start node), the frontier of each hop being the nodes first reached in the previous one. The cost is bounded by `maxNodes`,
 * not by the graph: at most `maxNodes` nodes, only the edges between them, and each hop reads at
 * most ROWS_PER_NODE × maxNodes relationships. When a limit cuts the result, `truncated` says so;
 * the caller narrows with `types` or a smaller `depth`, or raises the limit. `projection` says which
 * properties to read: a drawing's few (the default) or an export's all.
 */
export async function fetchNeighborhood(
  db: Database,
  id: string,
  depth: number,
  types: string[] | null,
  maxNodes: number,
  projection: SubgraphProjection = DRAWING,
): Promise<BoundedSubgraph> {
  const rowLimit = maxNodes * ROWS_PER_NODE;
  const props = projectionParams(projection);
  // The start node comes with the first hop: a neighbourhood of depth d costs d statements.
  // The first hop picks its neighbours before reading their edges (one more than fits, so a cut shows).
  const [first] = await db.read("find-neighbours-of-start", {
    id,
    types,
    nodeLimit: maxNodes + 1,
    limit: rowLimit,
    ...props,
  });
  if (!first) throw new NotFoundError(id);
  const nodes = new Map<string, SubgraphNode>([[id, toNode(first.start)]]);
  const edges = new Map<string, SubgraphEdge>();
  let frontier = [id];
  let truncated = false;
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const rows: Row[] =
      hop === 0
        ? (first.rows as Row[])
        : await db.read("find-neighbours", { ids: frontier, types, limit: rowLimit, ...props });
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
      const edge = toEdge(row.rel);
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
 * from them, not from every relationship in the graph), with the properties of `projection`.
 */
export async function fetchWholeGraph(
  db: Database,
  maxNodes: number,
  projection: SubgraphProjection = EXPORT,
): Promise<BoundedSubgraph> {
  const props = projectionParams(projection);
  const nodeRows = await db.read("find-all-nodes", { limit: maxNodes + 1, ...props });
  const nodes = nodeRows.slice(0, maxNodes).map((r) => toNode(r.values));
  const edgeLimit = maxNodes * WHOLE_GRAPH_EDGES_PER_NODE;
  const relRows = await db.read("find-relationships-between", {
    ids: nodes.map((n) => n.id),
    limit: edgeLimit + 1,
    ...props,
  });
  const edges = relRows.slice(0, edgeLimit).map((r) => toEdge(r.rel));
  return { nodes, edges, truncated: nodeRows.length > maxNodes || relRows.length > edgeLimit };
}

/**
 * What an export holds: the neighbourhood of `around` within `depth` hops (1–3), or the whole graph;
 * both bounded by the subgraph node limit, with every exportable property (see {@link EXPORT}).
 * Shared by `graph(format:)` and `GET /export/…`.
 */
export async function fetchExportSubgraph(
  db: Database,
  around: string | null | undefined,
  depth: number,
  projection: SubgraphProjection = EXPORT,
): Promise<BoundedSubgraph> {
  checkRange("depth", depth, 1, LIMITS.maxDepth);
  const g = around
    ? await fetchNeighborhood(db, around, depth, null, LIMITS.maxSubgraphNodes, projection)
    : await fetchWholeGraph(db, LIMITS.maxSubgraphNodes, projection);
  if (projection === EXPORT) await attachNodeEvidence(db, g.nodes);
  return g;
}

/**
 * Gives each exported node its evidence (stored apart from it): the first EXPORTED_EVIDENCE_PER_NODE
 * quotes in the API's order, and `evidenceCount`, how many there are (a hub named by thousands of
 * documents would otherwise make every export around it grow with the corpus). A node without
 * evidence gets neither, as before.
 */
async function attachNodeEvidence(db: Database, nodes: SubgraphNode[]): Promise<void> {
  const pages = await fetchExportedEvidence(
    db,
    nodes.map((n) => n.id),
  );
  for (const n of nodes) {
    const page = pages.get(n.id);
    if (!page || page.total === 0) continue;
    n.properties = {
      ...n.properties,
      evidence: page.items.map((e) => ({
        documentId: e.documentId,
        quote: e.quote,
        start: e.start,
        end: e.end,
        rawStart: e.rawStart,
        rawEnd: e.rawEnd,
      })),
      evidenceCount: page.total,
    };
  }
}

import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import type { Database } from "../db/database.js";
import { NodeStore } from "./engine/node-store.js";
import { edgePlan, nodePlan } from "./engine/plans.js";
import type { NodeRecord, Related, RelRecord } from "./records.js";
import { assignValues } from "./records.js";

export type Direction = "OUT" | "IN";

/** One relationship field of one parent: what the engine batches. */
interface RelRequest {
  id: string;
  type: string;
  direction: Direction;
  /** Only nodes of this kind at the far end (a task's technologies are its MENTIONS of Technology). */
  kind: string | null;
  relProps: string[];
  nodeProps: string[];
}

interface NodeRequest {
  id: string;
  props: readonly string[];
}

/**
 * The query engine of ONE request (never shared between requests, so no user sees another's
 * data). Resolvers say what they mean ("the platforms of these tasks", "this node"), passing their
 * resolve info; the engine reads the selection from it (engine/plans.ts) and decides what to fetch.
 *
 * Batching: graphql-js calls the resolvers of one level of a query in the same tick (each level
 * waits for the statement of the level above). DataLoader collects the requests of a tick; the
 * relationship batch groups them by (type, direction, far kind) and sends ONE statement for all
 * groups, so a level costs one round trip whatever its breadth and however many relationship
 * fields it selects. Node lookups by id (node(id), an edge's end) are answered from the nodes the
 * request already fetched when they hold the properties asked for, and batched otherwise.
 */
export class Loaders {
  readonly store = new NodeStore();
  private readonly nodeBatch: DataLoader<NodeRequest, NodeRecord | null>;
  private readonly relBatch: DataLoader<RelRequest, Related[]>;

  constructor(private readonly db: Database) {
    this.nodeBatch = new DataLoader((requests) => this.fetchNodes(requests), { cache: false });
    this.relBatch = new DataLoader((requests) => this.fetchRelated(requests), { cache: false });
  }

  /** The node `id` with the properties `info`'s selection reads; null when no node has that id. */
  node(id: string, info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return this.nodeWith(id, nodePlan(info));
  }

  /** The node `id` with at least `props` (which start with `id`, `kind`). */
  nodeWith(id: string, props: readonly string[]): Promise<NodeRecord | null> {
    const known = this.store.get(id, props);
    return known ? Promise.resolve(known) : this.nodeBatch.load({ id, props });
  }

  /**
   * The `type` relationships of node `id` in `direction`, each with the node at its far end
   * (optionally only far nodes of `kind`). `info` is the resolving field's: one returning nodes
   * (`platforms`) or one returning edges (`supports`); `shape` says which. `relProps`: relationship properties the resolver itself reads.
   */
  related(
    id: string, type: string, direction: Direction, kind: string | null, info: GraphQLResolveInfo, shape: "nodes" | "edges", relProps: string[] = [],
  ): Promise<Related[]> {
    const plan = shape === "edges" ? edgePlan(info, direction) : { relProps, nodeProps: nodePlan(info) };
    return this.relBatch.load({ id, type, direction, kind, ...plan });
  }

  private async fetchNodes(requests: readonly NodeRequest[]): Promise<(NodeRecord | null)[]> {
    const props = union(requests.map((r) => r.props));
    const ids = [...new Set(requests.map((r) => r.id))];
    const rows = await this.db.read("find-nodes-by-ids", { ids, props });
    const byId = new Map(rows.map((r) => {
      const node = this.store.remember(props, r.values as unknown[]);
      return [node.id, node];
    }));
    return requests.map((r) => byId.get(r.id) ?? null);
  }

  private async fetchRelated(requests: readonly RelRequest[]): Promise<Related[][]> {
    const groups = new Map<string, { index: number; type: string; out: boolean; kind: string | null; ids: Set<string>; relProps: Set<string>; nodeProps: Set<string> }>();
    const groupOf = requests.map((r) => {
      const key = `${r.type}|${r.direction}|${r.kind ?? ""}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { index: groups.size, type: r.type, out: r.direction === "OUT", kind: r.kind, ids: new Set(), relProps: new Set(), nodeProps: new Set() }));
      g.ids.add(r.id);
      r.relProps.forEach((p) => g.relProps.add(p));
      r.nodeProps.forEach((p) => g.nodeProps.add(p));
      return g;
    });
    const params = [...groups.values()].map((g) => ({ ...g, ids: [...g.ids], relProps: [...g.relProps], nodeProps: [...g.nodeProps] }));
    const rows = await this.db.read("find-related", { groups: params });
    // Results by group, then by parent id, in the statement's order.
    const found = params.map(() => new Map<string, Related[]>());
    for (const row of rows) {
      const g = params[row.g as number]!;
      const id = g.ids[row.i as number]!;
      const node = this.store.remember(g.nodeProps, row.node as unknown[]);
      const rel = assignValues({ type: g.type, startId: g.out ? id : node.id, endId: g.out ? node.id : id, evidence: [] } as unknown as RelRecord, g.relProps, row.rel as unknown[]);
      const list = found[g.index]!.get(id);
      if (list) list.push({ rel, node });
      else found[g.index]!.set(id, [{ rel, node }]);
    }
    return requests.map((r, i) => found[groupOf[i]!.index]!.get(r.id) ?? []);
  }
}

function union(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

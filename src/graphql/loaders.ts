import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { type CitationSource, findCitationSources } from "../citations/citation-source.js";
import type { Database } from "../db/database.js";
import type { CountSpec } from "./common/count-spec.js";
import { type CountRequest, fetchCounts } from "./engine/count-batch.js";
import { fetchNodes, type NodeRequest } from "./engine/node-batch.js";
import { NodeStore } from "./engine/node-store.js";
import { edgePlan, NODE_ALWAYS, nodePlan } from "./engine/plans.js";
import { type Direction, fetchRelated, type RelRequest } from "./engine/related-batch.js";
import type { NodeRecord, Related } from "./records.js";

/** Filters of a relationship field: roles of the relationship, levels of the far node (null: all). */
export interface RelFilter {
  roles?: readonly string[] | null;
  levels?: readonly string[] | null;
}

export type { Direction } from "./engine/related-batch.js";

/**
 * The query engine of ONE request (never shared between requests, so no user sees another's
 * data). Resolvers say what they mean ("the platforms of this task", "this node") and pass their
 * resolve info; the engine reads the selection from it (engine/plans.ts) and decides what to fetch.
 *
 * Batching: graphql-js calls the resolvers of one level of a query in the same tick (each level
 * waits for the statement of the level above), and DataLoader collects the requests of a tick. The
 * relationship batch sends ONE statement for all of them (engine/related-batch.ts), so a level
 * costs one round trip whatever its breadth and however many relationship fields it selects. Node
 * lookups by id (node(id), an edge's near end, an evidence's document) are answered from the nodes
 * the request already fetched when those hold the properties asked for, and batched otherwise.
 */
export class Loaders {
  /** Every node this request has fetched; lists and search put theirs here too. */
  readonly store = new NodeStore();
  private readonly nodeBatch: DataLoader<NodeRequest, NodeRecord | null>;
  private readonly relBatch: DataLoader<RelRequest, Related[]>;
  private readonly countBatch: DataLoader<CountRequest, number>;
  /** What citations of documents are made from, by document id (null for an id that is no document): one statement per tick. */
  readonly citationSources: DataLoader<string, CitationSource | null>;

  constructor(db: Database) {
    this.nodeBatch = new DataLoader((requests) => fetchNodes(db, this.store, requests), { cache: false });
    this.relBatch = new DataLoader((requests) => fetchRelated(db, this.store, requests), { cache: false });
    this.countBatch = new DataLoader((requests) => fetchCounts(db, requests), { cache: false });
    this.citationSources = new DataLoader(async (ids) => {
      const byId = new Map((await findCitationSources(db, ids)).map((s) => [s.id, s]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** How many relationships of node `id` match `spec`; the counts of one level are one statement. */
  count(id: string, spec: CountSpec): Promise<number> {
    return this.countBatch.load({ id, ...spec });
  }

  /** The node `id` with the properties `info`'s selection reads; null when no node has that id. */
  node(id: string, info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    const props = nodePlan(info);
    const known = this.store.get(id, props);
    return known ? Promise.resolve(known) : this.nodeBatch.load({ id, props });
  }

  /**
   * The node `id` with at least `props` (`id` and `kind` are added), for a resolver that reads
   * properties of a node its own selection does not name (an evidence's document's `sourceUrl`).
   */
  nodeWith(id: string, props: readonly string[]): Promise<NodeRecord | null> {
    const all = [...new Set([...NODE_ALWAYS, ...props])];
    const known = this.store.get(id, all);
    return known ? Promise.resolve(known) : this.nodeBatch.load({ id, props: all });
  }

  /**
   * The `type` relationships of node `id` in `direction`, each with the node at its far end
   * (optionally only far nodes of `kind`). `info` is the resolving field's: one returning nodes
   * (`platforms`) or one returning edges (`supports`); `shape` says which. `relProps`: relationship
   * properties the resolver itself reads; `filter` keeps only some roles or far levels.
   */
  related(
    id: string, type: string, direction: Direction, kind: string | null, info: GraphQLResolveInfo, shape: "nodes" | "edges", relProps: string[] = [], filter: RelFilter = {},
  ): Promise<Related[]> {
    const plan = shape === "edges" ? edgePlan(info, direction) : { relProps, nodeProps: nodePlan(info) };
    const roles = filter.roles?.length ? filter.roles : null;
    const levels = filter.levels?.length ? filter.levels : null;
    return this.relBatch.load({ id, type, direction, kind, roles, levels, ...plan });
  }
}

import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { type CitationSource, findCitationSources } from "../citations/citation-source.js";
import type { Database } from "../db/database.js";
import { type EvidencePage, type EvidenceRequest, fetchNodeEvidence } from "../subgraph/node-evidence.js";
import type { CountSpec } from "./common/count-spec.js";
import {
  fetchNodes,
  fetchRelated,
  fillBelow,
  type NodeRequest,
  type RelRequest,
  type Stores,
} from "./engine/batches.js";
import { type CountRequest, fetchCounts } from "./engine/count-batch.js";
import { fieldPlan, filterList, lookaheadOf, type RelFilters, type RelPlan, relKey } from "./engine/lookahead.js";
import { NodeStore } from "./engine/node-store.js";
import { NODE_ALWAYS, nodePlan } from "./engine/plans.js";
import { RelStore } from "./engine/rel-store.js";
import type { NodeRecord, Related } from "./records.js";

/** A value, or a promise of it when it has to be fetched first. */
export type MaybePromise<T> = T | Promise<T>;

/** Filters of a relationship field: roles of the relationship, levels of the far node (null: all). */
export interface RelFilter {
  roles?: readonly string[] | null;
  levels?: readonly string[] | null;
}

export type { Direction } from "./engine/relation.js";

/**
 * The query engine of ONE request (never shared between requests, so no user sees another's
 * data). Resolvers say what they mean ("the platforms of this task", "this node") and pass their
 * resolve info; the engine reads the selection from it (engine/plans.ts) and decides what to fetch.
 *
 * Batching and lookahead: graphql-js calls the resolvers of one level of a query in the same tick,
 * and DataLoader collects the requests of a tick into ONE statement (engine/batches.ts). That
 * statement also fetches every relationship field selected below them that declares its
 * relationship (engine/lookahead.ts), as nested COLLECT subqueries, into the request's stores; the
 * resolvers of those levels find their answers there and send nothing. So a query costs one
 * statement below its root, whatever its depth and breadth, plus one per level of fields the
 * lookahead cannot see through (counts, paths). Node lookups by id (node(id), an edge's near end,
 * an evidence's document) are answered from the nodes already fetched when those hold the
 * properties asked for, and batched (with their own lookahead) otherwise.
 */
export class Loaders {
  /** Every node this request has fetched; lists and search put theirs here too. */
  readonly store = new NodeStore();
  /** Every relationship list this request has fetched, looked-ahead ones included. */
  private readonly rels = new RelStore();
  private readonly nodeBatch: DataLoader<NodeRequest, NodeRecord | null>;
  private readonly relBatch: DataLoader<RelRequest, Related[]>;
  private readonly countBatch: DataLoader<CountRequest, number>;
  /** What citations of documents are made from, by document id (null for an id that is no document): one statement per tick. */
  readonly citationSources: DataLoader<string, CitationSource | null>;

  /** Pages of nodes' evidence (stored apart from the nodes, see evidence-properties.ts): one statement per field and tick. */
  readonly nodeEvidence: DataLoader<EvidenceRequest, EvidencePage, string>;

  /** What the batches read into and look ahead with; `variables` are the operation's, set by the first field that asks. */
  private readonly stores: Stores = { nodes: this.store, rels: this.rels, variables: {} };

  constructor(db: Database) {
    const stores = this.stores;
    this.nodeBatch = new DataLoader((requests) => fetchNodes(db, stores, requests), { cache: false });
    this.relBatch = new DataLoader((requests) => fetchRelated(db, stores, requests), { cache: false });
    this.countBatch = new DataLoader((requests) => fetchCounts(db, requests), { cache: false });
    this.nodeEvidence = new DataLoader((requests) => fetchNodeEvidence(db, requests), {
      cacheKeyFn: (q) => `${q.id}|${q.offset}|${q.first}`,
    });
    this.citationSources = new DataLoader(async (ids) => {
      const byId = new Map((await findCitationSources(db, ids)).map((s) => [s.id, s]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Takes in the lists below `parentId` that a statement of the request's own fetched by lookahead (a page's). */
  absorb(plans: readonly RelPlan[], filters: Map<RelPlan, RelFilters>, parent: NodeRecord, kids: unknown[][][]): void {
    fillBelow(this.stores, plans, filters, parent, kids);
  }

  /** How many relationships of node `id` match `spec`; the counts of one level are one statement. */
  count(id: string, spec: CountSpec): Promise<number> {
    return this.countBatch.load({ id, ...spec });
  }

  /**
   * The node `id` with the properties `info`'s selection reads; null when no node has that id.
   * Returned as is, not as a promise, when the request already fetched it (see {@link related}).
   */
  node(id: string, info: GraphQLResolveInfo): MaybePromise<NodeRecord | null> {
    const props = nodePlan(info);
    const known = this.store.get(id, props);
    if (known) return known;
    this.stores.variables = info.variableValues;
    return this.nodeBatch.load({ id, props, below: lookaheadOf(info) });
  }

  /**
   * The node `id` with at least `props` (`id` and `kind` are added), for a resolver that reads
   * properties of a node its own selection does not name (an evidence's document's `sourceUrl`).
   */
  nodeWith(id: string, props: readonly string[]): Promise<NodeRecord | null> {
    const all = [...new Set([...NODE_ALWAYS, ...props])];
    const known = this.store.get(id, all);
    return known ? Promise.resolve(known) : this.nodeBatch.load({ id, props: all, below: [] });
  }

  /**
   * The relationships of node `id` that the field being resolved (`info`) follows, each with the
   * node at its far end: the field declares its relationship, and its selection says what to read
   * (engine/lookahead.ts `fieldPlan`). `filter` keeps only some roles or far levels. Answered from
   * what the request's lookahead fetched when that holds the properties asked for, and then as is,
   * not as a promise: graphql-js completes a level whose fields all resolve synchronously without
   * a promise or a microtask per field, which is most of the work of a looked-ahead query.
   */
  related(id: string, info: GraphQLResolveInfo, filter: RelFilter = {}): MaybePromise<Related[]> {
    const { spec, relProps, nodeProps, below } = fieldPlan(info);
    const filters = { roles: filterList(filter.roles), levels: filterList(filter.levels) };
    const known = this.rels.get(id, relKey(spec, filters), relProps, nodeProps);
    if (known) return known;
    this.stores.variables = info.variableValues;
    return this.relBatch.load({ id, spec, filters, relProps, nodeProps, below });
  }
}

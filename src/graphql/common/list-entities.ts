import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import { pagePlan } from "../engine/plans.js";
import type { NodeRecord } from "../records.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { lazy } from "./connection.js";
import { OrderBy } from "./enums.js";
import { LIMITS } from "./limits.js";
import type { ListArgs } from "./list-args.js";
import { checkRange } from "./validate.js";

/** Filters every list query understands; absent ones are null. */
export interface ListFilters {
  level?: string | null;
  category?: string | null;
  partOf?: string | null;
}

/** A page of a connection, as the connection types expect it. */
export interface Page {
  edges: { node: NodeRecord; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: PromiseLike<number>;
}

/**
 * One keyset page of nodes of `kind`, with the properties the selection under `edges.node` reads.
 * Fetches first+1 rows to learn whether another page exists. Unfiltered, a page seeks the kind's
 * index from the cursor; filtered by partOf or relatedTo, it walks from that node instead (its
 * degree, not the kind's size). totalCount: unfiltered, the page's statement also reads it from
 * Neo4j's count store (constant time); filtered, it is counted by its own statement only if the
 * client asks for it, from the partOf/relatedTo node when one is set, by walking the kind's index
 * entries for the other filters.
 */
export async function listEntities(ctx: Context, info: GraphQLResolveInfo, kind: string, args: ListArgs, filters: ListFilters = {}): Promise<Page> {
  const first = checkRange("first", args.first ?? LIMITS.defaultPageSize, 0, LIMITS.maxPageSize);
  const orderBy = args.orderBy ?? OrderBy.POSITION;
  const byName = orderBy === OrderBy.NAME;
  const cursor = args.after ? decodeCursor(args.after, orderBy) : null;
  const where = {
    kind,
    level: filters.level ?? null,
    category: filters.category ?? null,
    partOf: filters.partOf ?? null,
    nameContains: args.nameContains ?? null,
    relatedTo: args.relatedTo ?? null,
  };
  const { kind: _, ...filterValues } = where;
  const filtered = Object.values(filterValues).some((v) => v !== null);
  const { nodeProps, withTotal } = pagePlan(info, byName ? "name" : "ord");
  const anchored = where.partOf !== null || where.relatedTo !== null;
  const countStatement = anchored ? "count-related-entities" : filtered ? "count-entities" : "count-entities-of-kind";
  const counted = lazy(async () => ((await ctx.db.read(countStatement, filtered ? where : { kind }))[0]?.total as number | undefined) ?? 0);
  // A selected totalCount is counted alongside the page rather than after it.
  if (withTotal && (filtered || first === 0)) void Promise.resolve(counted).catch(() => {});
  if (first === 0) return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: cursor !== null, startCursor: null, endCursor: null }, totalCount: counted };
  const statement = `list-${anchored ? "related-" : ""}entities-by-${byName ? "name" : "position"}`;
  const result = byName
    ? await ctx.db.read(statement, { ...where, afterName: cursor?.key ?? "", afterId: cursor?.id ?? "", limit: first + 1, props: nodeProps })
    : await ctx.db.read(statement, { ...where, afterOrd: cursor?.key ?? -1, afterId: cursor?.id ?? "", limit: first + 1, props: nodeProps });
  // list-entities-by-* answer in one row: the page, and the kind's count-store total (the
  // totalCount when no filter is set); list-related-entities-by-* answer one row per item.
  const rows = anchored ? result.map((r) => r.values as unknown[]) : (result[0]?.page as unknown[][] | undefined) ?? [];
  const edges = rows.slice(0, first).map((values) => {
    const node = ctx.loaders.store.remember(nodeProps, values);
    const key = byName ? node.name : (node.ord as number);
    return { node, cursor: encodeCursor({ orderBy, key, id: node.id }) };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: filtered ? counted : Promise.resolve(result[0]?.total as number),
  };
}

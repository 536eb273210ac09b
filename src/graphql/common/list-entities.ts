import type { Context } from "../context.js";
import { type NodeRecord, toNodeRecord } from "../records.js";
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
 * One keyset page of nodes of `kind`. Fetches first+1 rows to learn whether another page exists;
 * totalCount is counted only if the client asks for it.
 */
export async function listEntities(ctx: Context, kind: string, args: ListArgs, filters: ListFilters = {}): Promise<Page> {
  const first = checkRange("first", args.first ?? LIMITS.defaultPageSize, 0, LIMITS.maxPageSize);
  const orderBy = args.orderBy ?? OrderBy.POSITION;
  const cursor = args.after ? decodeCursor(args.after, orderBy) : null;
  const where = {
    kind,
    level: filters.level ?? null,
    category: filters.category ?? null,
    partOf: filters.partOf ?? null,
    nameContains: args.nameContains ?? null,
    relatedTo: args.relatedTo ?? null,
  };
  const totalCount = lazy(async () => (await ctx.db.read("count-entities", where))[0]!.total as number);
  if (first === 0) return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: cursor !== null, startCursor: null, endCursor: null }, totalCount };
  const rows = orderBy === OrderBy.NAME
    ? await ctx.db.read("list-entities-by-name", { ...where, afterName: cursor?.key ?? null, afterId: cursor?.id ?? null, limit: first + 1 })
    : await ctx.db.read("list-entities-by-position", { ...where, afterOrd: cursor?.key ?? null, afterId: cursor?.id ?? null, limit: first + 1 });
  const nodes = rows.slice(0, first).map((r) => toNodeRecord(r.node));
  const edges = nodes.map((node) => {
    ctx.loaders.node.prime(node.id, node);
    const key = orderBy === OrderBy.NAME ? node.name : (node.ord as number);
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
    totalCount,
  };
}

import type { GraphQLResolveInfo } from "graphql";
import { BadUserInputError } from "../../errors/client-errors.js";
import type { Context } from "../context.js";
import { lookaheadOfPage } from "../engine/lookahead.js";
import { pagePlan } from "../engine/plans.js";
import type { NodeRecord } from "../records.js";
import { countSpec } from "./count-spec.js";
import { lazy } from "./connection.js";
import { type Cursor, CursorEdge, decodeCursor, orderTag } from "./cursor.js";
import { OrderBy } from "./enums.js";
import { LIMITS } from "../../arguments/limits.js";
import type { ListArgs } from "./list-args.js";
import { type ListOrder, type PageDirection, readPage } from "./list-page.js";
import { checkRange } from "../../arguments/validate.js";

/** Filters every list query understands; absent ones are null. */
export interface ListFilters {
  level?: readonly string[] | null;
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
 * Which way to page, how many, from which cursor: `first`/`after` forward, `last`/`before`
 * backward (Relay's connection spec). Mixing the two directions is refused, since its meaning
 * (a window between two cursors) is one no client here needs.
 */
function pageDirection(args: ListArgs, tag: string): PageDirection & { cursor: Cursor | null } {
  const given = (v: unknown) => v !== null && v !== undefined;
  if (given(args.first) && given(args.last)) {
    throw new BadUserInputError(
      "Pass first (with after) to page forward, or last (with before) to page backward, not both first and last.",
      "last",
    );
  }
  if (given(args.after) && given(args.before))
    throw new BadUserInputError("Pass after (paging forward) or before (paging backward), not both.", "before");
  if (given(args.first) && given(args.before))
    throw new BadUserInputError("before pages backward: pass it with last, not first.", "before");
  if (given(args.last) && given(args.after))
    throw new BadUserInputError("after pages forward: pass it with first, not last.", "after");
  const forward = !given(args.last) && !given(args.before);
  const size = checkRange(
    forward ? "first" : "last",
    (forward ? args.first : args.last) ?? LIMITS.defaultPageSize,
    0,
    LIMITS.maxPageSize,
  );
  const raw = forward ? args.after : args.before;
  return { forward, size, cursor: raw ? decodeCursor(raw, forward ? "after" : "before", tag) : null };
}

/**
 * One keyset page of nodes of `kind`, with the properties the selection under `edges.node` reads,
 * forward (`first`/`after`) or backward (`last`/`before`), in POSITION or NAME order or ranked by a
 * count (`rankBy`); see list-page.ts for the statements. Fetches one row more than the page to
 * learn whether another page exists in the direction of paging; the other direction's flag says
 * whether the page was asked for from a cursor (rows exist beyond it), as Relay allows.
 * totalCount: unfiltered, a POSITION or NAME page's statement also reads it from Neo4j's count
 * store (constant time); otherwise it is counted by its own statement only if the client asks
 * for it, from the partOf/relatedTo node when one is set, by walking the kind's index entries for
 * the other filters.
 */
export async function listEntities(
  ctx: Context,
  info: GraphQLResolveInfo,
  kind: string,
  args: ListArgs,
  filters: ListFilters = {},
): Promise<Page> {
  if (args.orderBy && args.rankBy)
    throw new BadUserInputError("Pass orderBy or rankBy, not both: rankBy orders the list by its count.", "rankBy");
  const rank = args.rankBy ? { ...countSpec(args.rankBy), descending: args.rankBy.descending ?? true } : null;
  const order: ListOrder = rank ?? args.orderBy ?? OrderBy.POSITION;
  const tag = orderTag(args.orderBy ?? OrderBy.POSITION, rank);
  const { forward, size, cursor } = pageDirection(args, tag);
  const where = {
    kind,
    levels: filters.level?.length ? filters.level : null,
    category: filters.category ?? null,
    partOf: filters.partOf ?? null,
    nameContains: args.nameContains ?? null,
    relatedTo: args.relatedTo ?? null,
  };
  const { kind: _, ...filterValues } = where;
  const filtered = Object.values(filterValues).some((v) => v !== null);
  const { nodeProps, withTotal } = pagePlan(
    info,
    order === OrderBy.NAME ? "name" : order === OrderBy.POSITION ? "ord" : "id",
  );
  const anchored = where.partOf !== null || where.relatedTo !== null;
  const countStatement = anchored ? "count-related-entities" : filtered ? "count-entities" : "count-entities-of-kind";
  const counted = lazy(
    async () => ((await ctx.db.read(countStatement, filtered ? where : { kind }))[0]?.total as number | undefined) ?? 0,
  );
  // A selected totalCount is counted alongside the page rather than after it.
  const ownCount = filtered || size === 0 || typeof order !== "string";
  if (withTotal && ownCount) void Promise.resolve(counted).catch(() => {});
  if (size === 0) {
    return {
      edges: [],
      pageInfo: {
        hasNextPage: !forward && cursor !== null,
        hasPreviousPage: forward && cursor !== null,
        startCursor: null,
        endCursor: null,
      },
      totalCount: counted,
    };
  }
  const plans = lookaheadOfPage(info);
  const page = await readPage(ctx.db, {
    where,
    anchored,
    order,
    forward,
    size,
    cursor,
    props: nodeProps,
    lookahead: { plans, variables: info.variableValues },
  });
  const edges = page.rows.map(({ values, key, kids }) => {
    const node = ctx.loaders.store.remember(nodeProps, values);
    if (kids) ctx.loaders.absorb(plans, page.filters!, node, kids);
    return new CursorEdge(node, { order: tag, key, id: node.id });
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: forward ? page.more : cursor !== null,
      hasPreviousPage: forward ? cursor !== null : page.more,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount: ownCount ? counted : Promise.resolve(page.total as number),
  };
}

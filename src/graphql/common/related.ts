import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import type { Direction, RelationSpec } from "../engine/relation.js";
import type { MaybePromise, RelFilter } from "../loaders.js";
import type { NodeRecord, RelRecord } from "../records.js";

// What relationship fields say: "the platforms of this task". A field declares the relationship it
// follows once, as `@Extensions(relation("SUPPORTS", "OUT"))`; the resolver passes only the node and
// its filters. The engine (loaders.ts) reads the declaration from `info`, batches the fields of a
// level, and fetches the levels below in the same statement when they declare theirs (lookahead).

/**
 * The extension a relationship field declares: `type` followed in `direction`, optionally only to
 * nodes of `kind`; `relProps` are relationship properties its resolver reads beyond its selection.
 */
export function relation(
  type: string,
  direction: Direction,
  kind: string | null = null,
  relProps?: readonly string[],
): { relation: RelationSpec } {
  return { relation: { type, direction, kind, ...(relProps ? { relProps } : {}) } };
}

/** `f` of a value, or of a promise's value: what the request already fetched stays synchronous (see Loaders.related). */
export function mapMaybe<T, U>(x: MaybePromise<T>, f: (value: T) => U): MaybePromise<U> {
  return x instanceof Promise ? x.then(f) : f(x);
}

/** Nodes at the other end of the field's relationships. */
export function relatedNodes(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: string,
  filter: RelFilter = {},
): MaybePromise<NodeRecord[]> {
  return mapMaybe(ctx.loaders.related(id, info, filter), (list) => list.map((r) => r.node));
}

/** The first such node, or null. */
export function relatedNode(ctx: Context, info: GraphQLResolveInfo, id: string): MaybePromise<NodeRecord | null> {
  return mapMaybe(ctx.loaders.related(id, info), (list) => list[0]?.node ?? null);
}

/** The node at the other end of the relationship whose role is LEAD (a task's, measure's or action's lead), or null. */
export function leadOf(ctx: Context, info: GraphQLResolveInfo, id: string): MaybePromise<NodeRecord | null> {
  return mapMaybe(ctx.loaders.related(id, info), (list) => list.find((r) => r.rel.role === "LEAD")?.node ?? null);
}

/** The relationships themselves (for edge types with role, intent or evidence). */
export function relatedEdges(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: string,
  filter: RelFilter = {},
): MaybePromise<RelRecord[]> {
  return mapMaybe(ctx.loaders.related(id, info, filter), (list) => list.map((r) => r.rel));
}

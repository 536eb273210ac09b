import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import type { Direction, RelFilter } from "../loaders.js";
import type { NodeRecord, RelRecord } from "../records.js";

// What relationship fields say: "the platforms of this task". The engine (loaders.ts) batches them
// per level and fetches only what `info`'s selection reads.

/** Nodes at the other end of `type` relationships, optionally only those of one kind. */
export async function relatedNodes(ctx: Context, info: GraphQLResolveInfo, id: string, type: string, direction: Direction, kind: string | null = null, filter: RelFilter = {}): Promise<NodeRecord[]> {
  return (await ctx.loaders.related(id, type, direction, kind, info, "nodes", [], filter)).map((r) => r.node);
}

/** The first such node, or null. */
export async function relatedNode(ctx: Context, info: GraphQLResolveInfo, id: string, type: string, direction: Direction, kind: string | null = null): Promise<NodeRecord | null> {
  return (await relatedNodes(ctx, info, id, type, direction, kind))[0] ?? null;
}

/** The relationships themselves (for edge types with role, intent or evidence). */
export async function relatedEdges(ctx: Context, info: GraphQLResolveInfo, id: string, type: string, direction: Direction, kind: string | null = null, filter: RelFilter = {}): Promise<RelRecord[]> {
  return (await ctx.loaders.related(id, type, direction, kind, info, "edges", [], filter)).map((r) => r.rel);
}

import type { Context } from "../context.js";
import type { Direction } from "../loaders.js";
import type { NodeRecord, Related, RelRecord } from "../records.js";

/** The `type` relationships of a node in one direction, with the node at the other end, optionally only of one kind. */
async function related(ctx: Context, id: string, type: string, direction: Direction, kind?: string): Promise<Related[]> {
  const all = await ctx.loaders.relationships(type, direction).load(id);
  return kind ? all.filter((r) => r.node.kind === kind) : all;
}

/** Nodes at the other end of `type` relationships, optionally only those of one kind. */
export async function relatedNodes(ctx: Context, id: string, type: string, direction: Direction, kind?: string): Promise<NodeRecord[]> {
  return (await related(ctx, id, type, direction, kind)).map((r) => r.node);
}

/** The first such node, or null. */
export async function relatedNode(ctx: Context, id: string, type: string, direction: Direction, kind?: string): Promise<NodeRecord | null> {
  return (await relatedNodes(ctx, id, type, direction, kind))[0] ?? null;
}

/** The relationships themselves (for edge types with role, intent or evidence). */
export async function relatedEdges(ctx: Context, id: string, type: string, direction: Direction, kind?: string): Promise<RelRecord[]> {
  return (await related(ctx, id, type, direction, kind)).map((r) => r.rel);
}

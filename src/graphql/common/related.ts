import type { Context } from "../context.js";
import type { Direction } from "../loaders.js";
import type { NodeRecord, RelRecord } from "../records.js";

/** Nodes at the other end of `type` relationships, optionally only those of one kind. */
export async function relatedNodes(ctx: Context, id: string, type: string, direction: Direction, kind?: string): Promise<NodeRecord[]> {
  const related = await ctx.loaders.relationships(type, direction).load(id);
  return related.filter((r) => !kind || r.node.kind === kind).map((r) => r.node);
}

/** The first such node, or null. */
export async function relatedNode(ctx: Context, id: string, type: string, direction: Direction, kind?: string): Promise<NodeRecord | null> {
  return (await relatedNodes(ctx, id, type, direction, kind))[0] ?? null;
}

/** The relationships themselves (for edge types with role, intent or evidence). */
export async function relatedEdges(ctx: Context, id: string, type: string, direction: Direction, kind?: string): Promise<RelRecord[]> {
  const related = await ctx.loaders.relationships(type, direction).load(id);
  return related.filter((r) => !kind || r.node.kind === kind).map((r) => r.rel);
}

import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import type { MaybePromise } from "../loaders.js";
import type { NodeRecord } from "../records.js";
import { Node } from "./node.interface.js";

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Any entity by its global id; null when no node has that id (Relay's contract).",
  })
  node(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): MaybePromise<NodeRecord | null> {
    return ctx.loaders.node(id, info);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: "Several entities by id, in the order asked; null for unknown ids.",
  })
  nodes(
    @Arg("ids", () => [ID]) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<(NodeRecord | null)[]> {
    return Promise.all(ids.map((id) => ctx.loaders.node(id, info)));
  }
}

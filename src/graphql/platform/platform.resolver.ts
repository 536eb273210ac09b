import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { connectionOf } from "../common/connection.js";
import { CategoryListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { mapMaybe, relatedEdges, relatedNode, relatedNodes, relation } from "../common/related.js";
import type { Context } from "../context.js";
import { OperatedBy, Supports } from "../edges/relationship-edges.type.js";
import { Organization } from "../organization/organization.type.js";
import type { NodeRecord } from "../records.js";
import { Task } from "../task/task.type.js";
import { Platform } from "./platform.type.js";

export const PlatformConnection = connectionOf(Platform, "Platform");

@Resolver(() => Platform)
export class PlatformResolver {
  @Query(() => PlatformConnection, { description: "Innovation platforms, laboratories and computing facilities." })
  platforms(
    @Args(() => CategoryListArgs) args: CategoryListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listEntities(ctx, info, "Platform", args, { category: args.category });
  }

  @Extensions(relation("OPERATED_BY", "OUT"))
  @FieldResolver(() => Organization, { nullable: true, description: "The organisation that runs it." })
  operator(@Root() p: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNode(ctx, info, p.id);
  }

  @Extensions(relation("OPERATED_BY", "OUT"))
  @FieldResolver(() => OperatedBy, { nullable: true })
  operatedBy(@Root() p: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return mapMaybe(relatedEdges(ctx, info, p.id), (edges) => edges[0] ?? null);
  }

  @Extensions(relation("SUPPORTS", "IN"))
  @FieldResolver(() => [Task], { description: "Tasks that support it." })
  tasks(@Root() p: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, p.id);
  }

  @Extensions(relation("SUPPORTS", "IN"))
  @FieldResolver(() => [Supports])
  supportedBy(@Root() p: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, p.id);
  }
}

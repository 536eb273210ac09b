import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { connectionOf } from "../common/connection.js";
import { ZoneListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { relatedEdges, relatedNodes, relation } from "../common/related.js";
import type { Context } from "../context.js";
import { Develops, Mentions } from "../edges/relationship-edges.type.js";
import type { NodeRecord } from "../records.js";
import { Task } from "../task/task.type.js";
import { Zone } from "./zone.type.js";

export const ZoneConnection = connectionOf(Zone, "Zone");

@Resolver(() => Zone)
export class ZoneResolver {
  @Query(() => ZoneConnection, { description: "Parks, pilot and demonstration zones, bases and innovation centres." })
  zones(@Args(() => ZoneListArgs) args: ZoneListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listEntities(ctx, info, "Zone", args, { level: args.level, category: args.category });
  }

  @Extensions(relation("DEVELOPS", "IN"))
  @FieldResolver(() => [Task], { description: "Tasks that build it or seek to create it." })
  tasks(@Root() z: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, z.id);
  }

  @Extensions(relation("DEVELOPS", "IN"))
  @FieldResolver(() => [Develops])
  developedBy(@Root() z: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, z.id);
  }

  @Extensions(relation("MENTIONS", "IN"))
  @FieldResolver(() => [Mentions], { description: "Measures, targets and documents that name it." })
  mentionedBy(@Root() z: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, z.id);
  }
}

import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { connectionOf } from "../common/connection.js";
import { CategoryListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { relatedEdges, relatedNodes, relation } from "../common/related.js";
import type { Context } from "../context.js";
import { Mentions, OperatedBy } from "../edges/relationship-edges.type.js";
import { Platform } from "../platform/platform.type.js";
import type { NodeRecord } from "../records.js";
import { Organization } from "./organization.type.js";

export const OrganizationConnection = connectionOf(Organization, "Organization");

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: "Enterprises and institutes." })
  organizations(
    @Args(() => CategoryListArgs) args: CategoryListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listEntities(ctx, info, "Organization", args, { category: args.category });
  }

  @Extensions(relation("OPERATED_BY", "IN"))
  @FieldResolver(() => [Platform], { description: "Platforms it operates." })
  platforms(@Root() o: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, o.id);
  }

  @Extensions(relation("OPERATED_BY", "IN"))
  @FieldResolver(() => [OperatedBy])
  operates(@Root() o: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, o.id);
  }

  @Extensions(relation("MENTIONS", "IN"))
  @FieldResolver(() => [Mentions])
  mentionedBy(@Root() o: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, o.id);
  }
}

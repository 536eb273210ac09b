import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { connectionOf } from "../common/connection.js";
import { CategoryListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { relatedEdges, relatedNodes } from "../common/related.js";
import type { Context } from "../context.js";
import { Mentions, OperatedBy } from "../edges/relationship-edges.type.js";
import { Platform } from "../platform/platform.type.js";
import type { NodeRecord } from "../records.js";
import { Organization } from "./organization.type.js";

export const OrganizationConnection = connectionOf(Organization, "Organization");

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: "Enterprises and institutes." })
  organizations(@Args(() => CategoryListArgs) args: CategoryListArgs, @Ctx() ctx: Context) {
    return listEntities(ctx, "Organization", args, { category: args.category });
  }

  @FieldResolver(() => [Platform], { description: "Platforms it operates." })
  platforms(@Root() o: NodeRecord, @Ctx() ctx: Context) { return relatedNodes(ctx, o.id, "OPERATED_BY", "IN"); }

  @FieldResolver(() => [OperatedBy])
  operates(@Root() o: NodeRecord, @Ctx() ctx: Context) { return relatedEdges(ctx, o.id, "OPERATED_BY", "IN"); }

  @FieldResolver(() => [Mentions])
  mentionedBy(@Root() o: NodeRecord, @Ctx() ctx: Context) { return relatedEdges(ctx, o.id, "MENTIONS", "IN"); }
}

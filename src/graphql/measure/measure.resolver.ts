import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.type.js";
import { connectionOf } from "../common/connection.js";
import { ResponsibleRole } from "../common/enums.js";
import { RoleFilter } from "../common/filter-args.js";
import { PartListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { leadOf, relatedEdges, relatedNode, relatedNodes, relation } from "../common/related.js";
import type { Context } from "../context.js";
import { PolicyDocument } from "../document/policy-document.type.js";
import { Mentions, Responsible } from "../edges/relationship-edges.type.js";
import type { NodeRecord } from "../records.js";
import { Measure } from "./measure.type.js";

export const MeasureConnection = connectionOf(Measure, "Measure");

@Resolver(() => Measure)
export class MeasureResolver {
  @Query(() => MeasureConnection, { description: "Safeguard measures (保障措施)." })
  measures(@Args(() => PartListArgs) args: PartListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listEntities(ctx, info, "Measure", args, { partOf: args.partOf });
  }

  @Extensions(relation("HAS_PART", "IN", "PolicyDocument"))
  @FieldResolver(() => PolicyDocument, { nullable: true })
  document(@Root() m: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNode(ctx, info, m.id);
  }

  @Extensions(relation("RESPONSIBLE", "OUT"))
  @FieldResolver(() => [Responsible], {
    description: "Responsible units in list order, each with its role (the first leads).",
  })
  responsible(
    @Root() m: NodeRecord,
    @RoleFilter() role: ResponsibleRole[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedEdges(ctx, info, m.id, { roles: role });
  }

  @Extensions(relation("RESPONSIBLE", "OUT"))
  @FieldResolver(() => [Agency], { description: "Responsible units, in list order." })
  agencies(
    @Root() m: NodeRecord,
    @RoleFilter() role: ResponsibleRole[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedNodes(ctx, info, m.id, { roles: role });
  }

  @Extensions(relation("RESPONSIBLE", "OUT", null, ["role"]))
  @FieldResolver(() => Agency, { nullable: true, description: "The lead unit (the first listed)." })
  lead(@Root() m: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return leadOf(ctx, info, m.id);
  }

  @Extensions(relation("MENTIONS", "OUT"))
  @FieldResolver(() => [Mentions], { description: "Entities the measure's text names, with evidence." })
  mentions(@Root() m: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, m.id);
  }
}

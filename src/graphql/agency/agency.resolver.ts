import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { connectionOf } from "../common/connection.js";
import { ResponsibleRole } from "../common/enums.js";
import { RoleFilter } from "../common/filter-args.js";
import { LevelListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { relatedEdges, relatedNodes, relation } from "../common/related.js";
import type { Context } from "../context.js";
import { PolicyDocument } from "../document/policy-document.type.js";
import { IssuedBy, Mentions, Responsible } from "../edges/relationship-edges.type.js";
import { Measure } from "../measure/measure.type.js";
import type { NodeRecord } from "../records.js";
import { Agency } from "./agency.type.js";

export const AgencyConnection = connectionOf(Agency, "Agency");

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => AgencyConnection, { description: "Government bodies: issuers, approvers and responsible units." })
  agencies(@Args(() => LevelListArgs) args: LevelListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listEntities(ctx, info, "Agency", args, { level: args.level });
  }

  @Extensions(relation("RESPONSIBLE", "IN"))
  @FieldResolver(() => [Responsible], {
    description:
      "Measures, tasks and actions this body is responsible for, each with its role (LEAD, PARTICIPANT or JOINT).",
  })
  responsibleFor(
    @Root() a: NodeRecord,
    @RoleFilter() role: ResponsibleRole[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedEdges(ctx, info, a.id, { roles: role });
  }

  @Extensions(relation("RESPONSIBLE", "IN", "Measure"))
  @FieldResolver(() => [Measure], { description: "Measures this body is responsible for." })
  measures(
    @Root() a: NodeRecord,
    @RoleFilter() role: ResponsibleRole[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedNodes(ctx, info, a.id, { roles: role });
  }

  @Extensions(relation("ISSUED_BY", "IN"))
  @FieldResolver(() => [IssuedBy], { description: "Documents this body issued or approved." })
  issued(@Root() a: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, a.id);
  }

  @Extensions(relation("ISSUED_BY", "IN"))
  @FieldResolver(() => [PolicyDocument])
  documents(@Root() a: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, a.id);
  }

  @Extensions(relation("MENTIONS", "IN"))
  @FieldResolver(() => [Mentions], { description: "Tasks, measures and documents whose text names this body." })
  mentionedBy(@Root() a: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, a.id);
  }
}

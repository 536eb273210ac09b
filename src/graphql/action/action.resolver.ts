import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { connectionOf } from "../common/connection.js";
import { PartListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { leadOf, relatedEdges, relatedNode, relatedNodes, relation } from "../common/related.js";
import { Agency } from "../agency/agency.type.js";
import { ResponsibleRole } from "../common/enums.js";
import { RoleFilter } from "../common/filter-args.js";
import type { Context } from "../context.js";
import { Responsible } from "../edges/relationship-edges.type.js";
import { PolicyDocument } from "../document/policy-document.type.js";
import type { NodeRecord } from "../records.js";
import { Task } from "../task/task.type.js";
import { Action } from "./action.type.js";

export const ActionConnection = connectionOf(Action, "Action");

@Resolver(() => Action)
export class ActionResolver {
  @Query(() => ActionConnection, { description: "Actions (行动) of the documents; partOf filters by document." })
  actions(@Args(() => PartListArgs) args: PartListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listEntities(ctx, info, "Action", args, { partOf: args.partOf });
  }

  @Extensions(relation("HAS_PART", "IN", "PolicyDocument"))
  @FieldResolver(() => PolicyDocument, { nullable: true })
  document(@Root() a: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNode(ctx, info, a.id);
  }

  @Extensions(relation("HAS_PART", "IN", "Action"))
  @FieldResolver(() => Action, {
    nullable: true,
    description: "The action this one falls under (a 一、 section written over (一) actions), or null.",
  })
  partOf(@Root() a: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNode(ctx, info, a.id);
  }

  @Extensions(relation("HAS_PART", "OUT", "Action"))
  @FieldResolver(() => [Action], {
    name: "actions",
    description: "The actions this one groups, in order: empty unless the document numbers in three levels.",
  })
  subActions(@Root() a: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, a.id);
  }

  @Extensions(relation("HAS_PART", "OUT", "Task"))
  @FieldResolver(() => [Task], { description: "The action's tasks, in order." })
  tasks(@Root() a: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, a.id);
  }

  @Extensions(relation("RESPONSIBLE", "OUT"))
  @FieldResolver(() => [Responsible], {
    description:
      "Units its heading names (`(一)…行动(市科技局牵头)`) in list order, each with its role; empty when the heading names none.",
  })
  responsible(
    @Root() a: NodeRecord,
    @RoleFilter() role: ResponsibleRole[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedEdges(ctx, info, a.id, { roles: role });
  }

  @Extensions(relation("RESPONSIBLE", "OUT"))
  @FieldResolver(() => [Agency], { description: "Units its heading names, in list order." })
  agencies(
    @Root() a: NodeRecord,
    @RoleFilter() role: ResponsibleRole[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedNodes(ctx, info, a.id, { roles: role });
  }

  @Extensions(relation("RESPONSIBLE", "OUT", null, ["role"]))
  @FieldResolver(() => Agency, { nullable: true, description: "The unit its heading names to lead it, or null." })
  lead(@Root() a: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return leadOf(ctx, info, a.id);
  }
}

import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.type.js";
import { Agency } from "../agency/agency.type.js";
import { connectionOf } from "../common/connection.js";
import { PartListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { relatedEdges, relatedNode, relatedNodes, relation } from "../common/related.js";
import type { Context } from "../context.js";
import { Domain } from "../domain/domain.type.js";
import { Develops, Mentions, Supports } from "../edges/relationship-edges.type.js";
import { Organization } from "../organization/organization.type.js";
import { Platform } from "../platform/platform.type.js";
import type { NodeRecord } from "../records.js";
import { Technology } from "../technology/technology.type.js";
import { Zone } from "../zone/zone.type.js";
import { Task } from "./task.type.js";

export const TaskConnection = connectionOf(Task, "Task");

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskConnection, {
    description: "The numbered tasks; partOf filters by action, relatedTo by anything they name.",
  })
  tasks(@Args(() => PartListArgs) args: PartListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listEntities(ctx, info, "Task", args, { partOf: args.partOf });
  }

  @Extensions(relation("HAS_PART", "IN", "Action"))
  @FieldResolver(() => Action, { nullable: true, description: "The action the task belongs to." })
  action(@Root() t: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNode(ctx, info, t.id);
  }

  @Extensions(relation("SUPPORTS", "OUT"))
  @FieldResolver(() => [Platform], { description: "Platforms the task supports." })
  platforms(@Root() t: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, t.id);
  }

  @Extensions(relation("SUPPORTS", "OUT"))
  @FieldResolver(() => [Supports])
  supports(@Root() t: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, t.id);
  }

  @Extensions(relation("DEVELOPS", "OUT"))
  @FieldResolver(() => [Zone], { description: "Parks, zones, bases and centres the task builds or seeks to create." })
  zones(@Root() t: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, t.id);
  }

  @Extensions(relation("DEVELOPS", "OUT"))
  @FieldResolver(() => [Develops], { description: "The zones with intent (CREATE or BUILD) and evidence." })
  develops(@Root() t: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, t.id);
  }

  @Extensions(relation("MENTIONS", "OUT"))
  @FieldResolver(() => [Mentions], { description: "Every other entity the task's text names, with evidence." })
  mentions(@Root() t: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, t.id);
  }

  @Extensions(relation("MENTIONS", "OUT", "Technology"))
  @FieldResolver(() => [Technology])
  technologies(@Root() t: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, t.id);
  }

  @Extensions(relation("MENTIONS", "OUT", "Domain"))
  @FieldResolver(() => [Domain])
  domains(@Root() t: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, t.id);
  }

  @Extensions(relation("MENTIONS", "OUT", "Agency"))
  @FieldResolver(() => [Agency])
  agencies(@Root() t: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, t.id);
  }

  @Extensions(relation("MENTIONS", "OUT", "Organization"))
  @FieldResolver(() => [Organization])
  organizations(@Root() t: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, t.id);
  }
}

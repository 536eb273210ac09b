import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { connectionOf } from "../common/connection.js";
import { ListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { relatedNode, relation } from "../common/related.js";
import type { Context } from "../context.js";
import { PolicyDocument } from "../document/policy-document.type.js";
import type { NodeRecord } from "../records.js";
import { Target } from "./target.type.js";

export const TargetConnection = connectionOf(Target, "Target");

@Resolver(() => Target)
export class TargetResolver {
  @Query(() => TargetConnection, { description: "Quantified targets." })
  targets(@Args(() => ListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listEntities(ctx, info, "Target", args);
  }

  @Extensions(relation("SETS", "IN"))
  @FieldResolver(() => PolicyDocument, { nullable: true, description: "The document that sets it." })
  document(@Root() t: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNode(ctx, info, t.id);
  }
}

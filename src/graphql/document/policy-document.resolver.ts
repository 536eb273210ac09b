import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.type.js";
import { connectionOf } from "../common/connection.js";
import { Level } from "../common/enums.js";
import { LevelFilter } from "../common/filter-args.js";
import { DocumentListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { relatedEdges, relatedNodes, relation } from "../common/related.js";
import type { Context } from "../context.js";
import { Implements, IssuedBy, Mentions, Repeals } from "../edges/relationship-edges.type.js";
import { Measure } from "../measure/measure.type.js";
import type { NodeRecord } from "../records.js";
import { Target } from "../target/target.type.js";
import { Task } from "../task/task.type.js";
import { PolicyDocument } from "./policy-document.type.js";

export const PolicyDocumentConnection = connectionOf(PolicyDocument, "PolicyDocument");

@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver {
  @Query(() => PolicyDocumentConnection, { description: "Policy documents: the plan and those it implements." })
  documents(
    @Args(() => DocumentListArgs) args: DocumentListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listEntities(ctx, info, "PolicyDocument", args, { level: args.level, category: args.type });
  }

  @Extensions(relation("IMPLEMENTS", "OUT"))
  @FieldResolver(() => [PolicyDocument], { description: "Documents this one says it carries out (为贯彻落实《…》)." })
  implements(
    @Root() d: NodeRecord,
    @LevelFilter() level: Level[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedNodes(ctx, info, d.id, { levels: level });
  }

  @Extensions(relation("IMPLEMENTS", "OUT"))
  @FieldResolver(() => [Implements], { description: "The IMPLEMENTS relationships with their evidence." })
  implementsEdges(
    @Root() d: NodeRecord,
    @LevelFilter() level: Level[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedEdges(ctx, info, d.id, { levels: level });
  }

  @Extensions(relation("IMPLEMENTS", "IN"))
  @FieldResolver(() => [PolicyDocument], { description: "Documents that carry this one out." })
  implementedBy(
    @Root() d: NodeRecord,
    @LevelFilter() level: Level[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedNodes(ctx, info, d.id, { levels: level });
  }

  @Extensions(relation("REPEALS", "OUT"))
  @FieldResolver(() => [PolicyDocument], {
    description: "Documents this one repeals (原《…》(…号)同时废止, 废止《…》).",
  })
  repeals(
    @Root() d: NodeRecord,
    @LevelFilter() level: Level[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedNodes(ctx, info, d.id, { levels: level });
  }

  @Extensions(relation("REPEALS", "OUT"))
  @FieldResolver(() => [Repeals], { description: "The REPEALS relationships with their evidence (the 废止 sentence)." })
  repealsEdges(
    @Root() d: NodeRecord,
    @LevelFilter() level: Level[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedEdges(ctx, info, d.id, { levels: level });
  }

  @Extensions(relation("REPEALS", "IN"))
  @FieldResolver(() => [PolicyDocument], { description: "Documents that repeal this one." })
  repealedBy(
    @Root() d: NodeRecord,
    @LevelFilter() level: Level[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedNodes(ctx, info, d.id, { levels: level });
  }

  @Extensions(relation("ISSUED_BY", "OUT"))
  @FieldResolver(() => [IssuedBy], { description: "Issuer and approving government, each with its role." })
  issuedBy(@Root() d: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, d.id);
  }

  @Extensions(relation("HAS_PART", "OUT", "Action"))
  @FieldResolver(() => [Action], { description: "The document's actions, in order." })
  actions(@Root() d: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, d.id);
  }

  @Extensions(relation("HAS_PART", "OUT", "Measure"))
  @FieldResolver(() => [Measure], { description: "The safeguard measures, in order." })
  measures(@Root() d: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, d.id);
  }

  @Extensions(relation("SETS", "OUT"))
  @FieldResolver(() => [Target], { description: "The targets it sets." })
  targets(@Root() d: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, d.id);
  }

  @Extensions(relation("HAS_PART", "OUT", "Task"))
  @FieldResolver(() => [Task], { description: "Tasks directly under the document (documents without actions)." })
  tasks(@Root() d: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedNodes(ctx, info, d.id);
  }

  @Extensions(relation("MENTIONS", "OUT"))
  @FieldResolver(() => [Mentions], {
    description: "Entities the document names outside its tasks and measures (preamble, targets).",
  })
  mentions(@Root() d: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedEdges(ctx, info, d.id);
  }
}

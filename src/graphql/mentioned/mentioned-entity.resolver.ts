import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { ClassType } from "type-graphql";
import type { Context } from "../context.js";
import { Mentions } from "../edges/relationship-edges.type.js";
import { Measure } from "../measure/measure.type.js";
import type { NodeRecord } from "../records.js";
import { Task } from "../task/task.type.js";
import { connectionOf } from "../common/connection.js";
import { ListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { relatedEdges, relatedNodes, relation } from "../common/related.js";

/**
 * The resolver of a kind of entity that is only ever named by texts (technologies, domains): a list
 * query `listName` and the reverse of MENTIONS. One class made per kind, so both stay the same.
 */
export function mentionedEntityResolver<T extends object>(
  Type: ClassType<T>,
  kind: string,
  listName: string,
  description: string,
) {
  const Connection = connectionOf(Type, kind);

  @Resolver(() => Type)
  class MentionedEntityResolver {
    @Query(() => Connection, { name: listName, description })
    list(@Args(() => ListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return listEntities(ctx, info, kind, args);
    }

    @Extensions(relation("MENTIONS", "IN", "Task"))
    @FieldResolver(() => [Task], { description: "Tasks whose text names it." })
    tasks(@Root() x: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return relatedNodes(ctx, info, x.id);
    }

    @Extensions(relation("MENTIONS", "IN", "Measure"))
    @FieldResolver(() => [Measure], { description: "Measures whose text names it." })
    measures(@Root() x: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return relatedNodes(ctx, info, x.id);
    }

    @Extensions(relation("MENTIONS", "IN"))
    @FieldResolver(() => [Mentions], { description: "Every mention, with evidence." })
    mentionedBy(@Root() x: NodeRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return relatedEdges(ctx, info, x.id);
    }
  }
  return MentionedEntityResolver;
}

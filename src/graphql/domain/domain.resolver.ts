import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { connectionOf } from "../common/connection.js";
import { ListArgs } from "../common/list-args.js";
import { listEntities } from "../common/list-entities.js";
import { relatedEdges, relatedNodes } from "../common/related.js";
import type { Context } from "../context.js";
import { Mentions } from "../edges/relationship-edges.type.js";
import { Measure } from "../measure/measure.type.js";
import type { NodeRecord } from "../records.js";
import { Task } from "../task/task.type.js";
import { Domain } from "./domain.type.js";

export const DomainConnection = connectionOf(Domain, "Domain");

@Resolver(() => Domain)
export class DomainResolver {
  @Query(() => DomainConnection, { description: "Application fields (transport, commerce, finance, education, health, government, …)." })
  domains(@Args(() => ListArgs) args: ListArgs, @Ctx() ctx: Context) {
    return listEntities(ctx, "Domain", args);
  }

  @FieldResolver(() => [Task], { description: "Tasks whose text names it." })
  tasks(@Root() x: NodeRecord, @Ctx() ctx: Context) { return relatedNodes(ctx, x.id, "MENTIONS", "IN", "Task"); }

  @FieldResolver(() => [Measure], { description: "Measures whose text names it." })
  measures(@Root() x: NodeRecord, @Ctx() ctx: Context) { return relatedNodes(ctx, x.id, "MENTIONS", "IN", "Measure"); }

  @FieldResolver(() => [Mentions], { description: "Every mention, with evidence." })
  mentionedBy(@Root() x: NodeRecord, @Ctx() ctx: Context) { return relatedEdges(ctx, x.id, "MENTIONS", "IN"); }
}

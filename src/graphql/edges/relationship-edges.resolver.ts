import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.type.js";
import { Agency } from "../agency/agency.type.js";
import type { Context } from "../context.js";
import { mapMaybe } from "../common/related.js";
import type { MaybePromise } from "../loaders.js";
import { PolicyDocument } from "../document/policy-document.type.js";
import { Measure } from "../measure/measure.type.js";
import { Assignment } from "../node/assignment.interface.js";
import { Node } from "../node/node.interface.js";
import { Organization } from "../organization/organization.type.js";
import { Platform } from "../platform/platform.type.js";
import type { NodeRecord, RelRecord } from "../records.js";
import { Target } from "../target/target.type.js";
import { Task } from "../task/task.type.js";
import { Zone } from "../zone/zone.type.js";
import {
  Develops,
  HasPart,
  Implements,
  IssuedBy,
  Mentions,
  OperatedBy,
  Repeals,
  Responsible,
  Sets,
  Supports,
} from "./relationship-edges.type.js";

// The ends of every edge type, by id through the engine: the far end was fetched with the edge,
// with the properties its field selects (see edge-ends.ts), and the near end is the parent, so
// these cost no extra round trip unless the near end's field reads properties its parent lacks.
const start = (e: RelRecord, ctx: Context, info: GraphQLResolveInfo): MaybePromise<NodeRecord | null> =>
  ctx.loaders.node(e.startId, info);
const end = (e: RelRecord, ctx: Context, info: GraphQLResolveInfo): MaybePromise<NodeRecord | null> =>
  ctx.loaders.node(e.endId, info);

@Resolver(() => IssuedBy)
export class IssuedByResolver {
  @FieldResolver(() => PolicyDocument) document(
    @Root() e: RelRecord,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return start(e, ctx, info);
  }
  @FieldResolver(() => Agency) agency(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return end(e, ctx, info);
  }
}

/** The start of `e` when it is a node of `kind`, else null: a responsibility's start is a measure or a task. */
const startOfKind = (
  kind: string,
  e: RelRecord,
  ctx: Context,
  info: GraphQLResolveInfo,
): MaybePromise<NodeRecord | null> => mapMaybe(start(e, ctx, info), (n) => (n?.kind === kind ? n : null));

@Resolver(() => Responsible)
export class ResponsibleResolver {
  @FieldResolver(() => Assignment, {
    description: "What the unit is responsible for: the Task, the Measure or the Action, with its own type.",
  })
  assignment(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return start(e, ctx, info);
  }
  @FieldResolver(() => Measure, {
    nullable: true,
    description:
      "The measure the unit is responsible for; null when it is a task's or an action's (see `task`, `action`, or `assignment` for any).",
  })
  measure(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return startOfKind("Measure", e, ctx, info);
  }
  @FieldResolver(() => Task, {
    nullable: true,
    description:
      "The task the unit is responsible for; null when it is a measure's or an action's (see `measure`, `action`, or `assignment` for any).",
  })
  task(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return startOfKind("Task", e, ctx, info);
  }
  @FieldResolver(() => Action, {
    nullable: true,
    description:
      "The action whose heading names the unit; null when it is a task's or a measure's responsibility (see `assignment` for any).",
  })
  action(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return startOfKind("Action", e, ctx, info);
  }
  @FieldResolver(() => Agency) agency(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return end(e, ctx, info);
  }
}

@Resolver(() => Supports)
export class SupportsResolver {
  @FieldResolver(() => Task) task(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return start(e, ctx, info);
  }
  @FieldResolver(() => Platform) platform(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return end(e, ctx, info);
  }
}

@Resolver(() => Develops)
export class DevelopsResolver {
  @FieldResolver(() => Task) task(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return start(e, ctx, info);
  }
  @FieldResolver(() => Zone) zone(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return end(e, ctx, info);
  }
}

@Resolver(() => OperatedBy)
export class OperatedByResolver {
  @FieldResolver(() => Platform) platform(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return start(e, ctx, info);
  }
  @FieldResolver(() => Organization) organization(
    @Root() e: RelRecord,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return end(e, ctx, info);
  }
}

@Resolver(() => Implements)
export class ImplementsResolver {
  @FieldResolver(() => PolicyDocument, { description: "The implementing document (the plan)." })
  document(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return start(e, ctx, info);
  }
  @FieldResolver(() => PolicyDocument, { description: "The document it carries out." })
  implemented(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return end(e, ctx, info);
  }
}

@Resolver(() => Repeals)
export class RepealsResolver {
  @FieldResolver(() => PolicyDocument, { description: "The repealing document (the newer one)." })
  document(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return start(e, ctx, info);
  }
  @FieldResolver(() => PolicyDocument, { description: "The document it repeals (废止)." })
  repealed(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return end(e, ctx, info);
  }
}

@Resolver(() => Sets)
export class SetsResolver {
  @FieldResolver(() => PolicyDocument) document(
    @Root() e: RelRecord,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return start(e, ctx, info);
  }
  @FieldResolver(() => Target) target(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return end(e, ctx, info);
  }
}

@Resolver(() => HasPart)
export class HasPartResolver {
  @FieldResolver(() => Node) whole(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return start(e, ctx, info);
  }
  @FieldResolver(() => Node) part(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return end(e, ctx, info);
  }
}

@Resolver(() => Mentions)
export class MentionsResolver {
  @FieldResolver(() => Node, { description: "The task, measure, target or document whose text names the entity." })
  mentioner(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return start(e, ctx, info);
  }
  @FieldResolver(() => Node, { description: "The entity named." })
  mentioned(@Root() e: RelRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return end(e, ctx, info);
  }
}

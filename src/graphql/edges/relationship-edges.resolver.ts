import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.type.js";
import type { Context } from "../context.js";
import { PolicyDocument } from "../document/policy-document.type.js";
import { Measure } from "../measure/measure.type.js";
import { Node } from "../node/node.interface.js";
import { Organization } from "../organization/organization.type.js";
import { Platform } from "../platform/platform.type.js";
import type { NodeRecord, RelRecord } from "../records.js";
import { Target } from "../target/target.type.js";
import { Task } from "../task/task.type.js";
import { Zone } from "../zone/zone.type.js";
import { Develops, HasPart, Implements, IssuedBy, Mentions, OperatedBy, Responsible, Sets, Supports } from "./relationship-edges.type.js";

// The ends of every edge type, by id through the node loader (already primed by the query that
// fetched the edge, so these cost no extra round trip).
const start = (e: RelRecord, ctx: Context): Promise<NodeRecord | null> => ctx.loaders.node.load(e.startId);
const end = (e: RelRecord, ctx: Context): Promise<NodeRecord | null> => ctx.loaders.node.load(e.endId);

@Resolver(() => IssuedBy)
export class IssuedByResolver {
  @FieldResolver(() => PolicyDocument) document(@Root() e: RelRecord, @Ctx() ctx: Context) { return start(e, ctx); }
  @FieldResolver(() => Agency) agency(@Root() e: RelRecord, @Ctx() ctx: Context) { return end(e, ctx); }
}

@Resolver(() => Responsible)
export class ResponsibleResolver {
  @FieldResolver(() => Measure) measure(@Root() e: RelRecord, @Ctx() ctx: Context) { return start(e, ctx); }
  @FieldResolver(() => Agency) agency(@Root() e: RelRecord, @Ctx() ctx: Context) { return end(e, ctx); }
}

@Resolver(() => Supports)
export class SupportsResolver {
  @FieldResolver(() => Task) task(@Root() e: RelRecord, @Ctx() ctx: Context) { return start(e, ctx); }
  @FieldResolver(() => Platform) platform(@Root() e: RelRecord, @Ctx() ctx: Context) { return end(e, ctx); }
}

@Resolver(() => Develops)
export class DevelopsResolver {
  @FieldResolver(() => Task) task(@Root() e: RelRecord, @Ctx() ctx: Context) { return start(e, ctx); }
  @FieldResolver(() => Zone) zone(@Root() e: RelRecord, @Ctx() ctx: Context) { return end(e, ctx); }
}

@Resolver(() => OperatedBy)
export class OperatedByResolver {
  @FieldResolver(() => Platform) platform(@Root() e: RelRecord, @Ctx() ctx: Context) { return start(e, ctx); }
  @FieldResolver(() => Organization) organization(@Root() e: RelRecord, @Ctx() ctx: Context) { return end(e, ctx); }
}

@Resolver(() => Implements)
export class ImplementsResolver {
  @FieldResolver(() => PolicyDocument, { description: "The implementing document (the plan)." })
  document(@Root() e: RelRecord, @Ctx() ctx: Context) { return start(e, ctx); }
  @FieldResolver(() => PolicyDocument, { description: "The document it carries out." })
  implemented(@Root() e: RelRecord, @Ctx() ctx: Context) { return end(e, ctx); }
}

@Resolver(() => Sets)
export class SetsResolver {
  @FieldResolver(() => PolicyDocument) document(@Root() e: RelRecord, @Ctx() ctx: Context) { return start(e, ctx); }
  @FieldResolver(() => Target) target(@Root() e: RelRecord, @Ctx() ctx: Context) { return end(e, ctx); }
}

@Resolver(() => HasPart)
export class HasPartResolver {
  @FieldResolver(() => Node) whole(@Root() e: RelRecord, @Ctx() ctx: Context) { return start(e, ctx); }
  @FieldResolver(() => Node) part(@Root() e: RelRecord, @Ctx() ctx: Context) { return end(e, ctx); }
}

@Resolver(() => Mentions)
export class MentionsResolver {
  @FieldResolver(() => Node, { description: "The task, measure, target or document whose text names the entity." })
  mentioner(@Root() e: RelRecord, @Ctx() ctx: Context) { return start(e, ctx); }
  @FieldResolver(() => Node, { description: "The entity named." })
  mentioned(@Root() e: RelRecord, @Ctx() ctx: Context) { return end(e, ctx); }
}

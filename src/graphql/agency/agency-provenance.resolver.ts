import type { GraphQLResolveInfo } from "graphql";
import { Ctx, Extensions, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { ResponsibleRole } from "../common/enums.js";
import { RoleFilter } from "../common/filter-args.js";
import { relatedEdges, relation } from "../common/related.js";
import type { Context } from "../context.js";
import { Responsible } from "../edges/relationship-edges.type.js";
import type { NodeRecord } from "../records.js";
import { Task } from "../task/task.type.js";
import { Agency } from "./agency.type.js";

@Resolver(() => Agency)
export class AgencyProvenanceResolver {
  @Extensions({ reads: ["foundBy"] })
  @FieldResolver(() => Boolean, {
    description: "True for a body found by pattern in a text (unit suffix) rather than curated in the gazetteer.",
  })
  foundByPattern(@Root() a: NodeRecord): boolean {
    return a.foundBy === "pattern";
  }

  @FieldResolver(() => Boolean, {
    description: "True when nameEn was composed from the glossary of standard unit names, not curated.",
  })
  nameEnComposed(@Root() a: NodeRecord): boolean {
    return a.nameEnComposed === true;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The jurisdiction whose body it is (china, guangdong, guangzhou, shenzhen, huangpu, …).",
  })
  jurisdiction(@Root() a: NodeRecord): string | null {
    return (a.jurisdiction as string | undefined) ?? null;
  }
}

@Resolver(() => Task)
export class TaskResponsibilityResolver {
  @Extensions(relation("RESPONSIBLE", "OUT"))
  @FieldResolver(() => [Responsible], {
    description:
      "Units responsible for the task (its 牵头/配合 or 按职责分工负责 parenthesis), with role and position.",
  })
  responsible(
    @Root() t: NodeRecord,
    @RoleFilter() role: ResponsibleRole[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedEdges(ctx, info, t.id, { roles: role });
  }
}

import { Arg, Ctx, FieldResolver, Int, registerEnumType, Resolver, Root } from "type-graphql";
import { EdgeDirection } from "../common/count-spec.js";
import { ResponsibleRole } from "../common/enums.js";
import { RoleFilter } from "../common/filter-args.js";
import type { Context } from "../context.js";
import type { NodeRecord } from "../records.js";
import { Agency } from "./agency.type.js";

/** What an agency can be responsible for. */
export enum ResponsibleFor {
  MEASURE = "MEASURE",
  TASK = "TASK",
  ACTION = "ACTION",
}
registerEnumType(ResponsibleFor, {
  name: "ResponsibleFor",
  description:
    "MEASURE: a safeguard measure's 责任单位 list. TASK: a task's 牵头/配合 parenthesis. ACTION: the parenthesis closing an action's heading.",
});

const KIND: Record<ResponsibleFor, string> = { MEASURE: "Measure", TASK: "Task", ACTION: "Action" };

@Resolver(() => Agency)
export class ResponsibleCountResolver {
  @FieldResolver(() => Int, {
    description:
      "How many measures, tasks and actions this body is responsible for, optionally only in some roles or kinds: " +
      '`responsibleCount(role: LEAD, kind: MEASURE)` is the measures it leads. It is `degree(types: ["RESPONSIBLE"], direction: IN, roles, otherKinds)`, ' +
      'so `agencies(rankBy: {types: ["RESPONSIBLE"], direction: IN, roles: ["LEAD"], otherKinds: ["Measure"]})` ranks by it.',
  })
  responsibleCount(
    @Root() a: NodeRecord,
    @RoleFilter() role: ResponsibleRole[] | null,
    @Arg("kind", () => [ResponsibleFor], {
      nullable: true,
      description: "Count only these kinds (measures, tasks, actions); all when omitted.",
    })
    kind: ResponsibleFor[] | null,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return ctx.loaders.count(a.id, {
      types: ["RESPONSIBLE"],
      direction: EdgeDirection.IN,
      roles: role?.length ? role : null,
      otherKinds: kind?.length ? kind.map((k) => KIND[k]) : null,
    });
  }
}

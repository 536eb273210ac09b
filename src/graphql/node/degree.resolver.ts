import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { countSpec, EdgeDirection } from "../common/count-spec.js";
import type { Context } from "../context.js";
import type { NodeRecord } from "../records.js";
import { Node } from "./node.interface.js";

@Resolver(() => Node)
export class DegreeResolver {
  @FieldResolver(() => Int, {
    description:
      "How many relationships the entity has: all of them, or only those of some types, direction, roles or kinds at the other end. " +
      "The same arguments as `rankBy` on the lists, so a ranking shows its numbers. Counted for a whole page in one statement.",
  })
  degree(
    @Root() n: NodeRecord,
    @Arg("types", () => [String], {
      nullable: true,
      description: 'Relationship types to count (e.g. ["MENTIONS"]); all when omitted.',
    })
    types: string[] | null,
    @Arg("direction", () => EdgeDirection, { defaultValue: EdgeDirection.BOTH }) direction: EdgeDirection,
    @Arg("roles", () => [String], {
      nullable: true,
      description: "Only relationships with one of these roles (LEAD, PARTICIPANT, JOINT, ISSUER, APPROVER).",
    })
    roles: string[] | null,
    @Arg("otherKinds", () => [String], {
      nullable: true,
      description: 'Only relationships whose other end is of one of these kinds (e.g. ["Measure"]).',
    })
    otherKinds: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return ctx.loaders.count(n.id, countSpec({ types, direction, roles, otherKinds }));
  }
}

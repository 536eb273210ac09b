import { Field, InputType, registerEnumType } from "type-graphql";
import { checkRelationshipTypes } from "../../subgraph/subgraph-queries.js";
import { NODE_LABELS } from "../../model/graph-model.js";
import { IssuerRole, ResponsibleRole } from "./enums.js";
import { checkKnown } from "../../arguments/validate.js";

export enum EdgeDirection {
  OUT = "OUT",
  IN = "IN",
  BOTH = "BOTH",
}
registerEnumType(EdgeDirection, {
  name: "EdgeDirection",
  description: "OUT: relationships that start at the node. IN: those that end at it. BOTH: either.",
});

/**
 * Which relationships of a node a count counts (`degree`, `responsibleCount`, `rankBy`): types,
 * direction, roles of the relationship and kinds of the node at the other end; null keeps all.
 */
export interface CountSpec {
  types: string[] | null;
  direction: EdgeDirection;
  roles: string[] | null;
  otherKinds: string[] | null;
}

/** The roles relationships carry: RESPONSIBLE's and ISSUED_BY's. */
const ROLES: readonly string[] = [...Object.values(ResponsibleRole), ...Object.values(IssuerRole)];

/** A count spec from arguments, each list checked against what the graph has. */
export function countSpec(args: {
  types?: string[] | null;
  direction?: EdgeDirection | null;
  roles?: string[] | null;
  otherKinds?: string[] | null;
}): CountSpec {
  return {
    types: checkRelationshipTypes(args.types),
    direction: args.direction ?? EdgeDirection.BOTH,
    roles: checkKnown("roles", args.roles, ROLES, "roles"),
    otherKinds: checkKnown("otherKinds", args.otherKinds, NODE_LABELS, "kinds"),
  };
}

@InputType({
  description:
    "Ranks a list by a count of each item's relationships (what `degree` with the same arguments returns), largest first unless `descending: false`; ties in id order.",
})
export class RankBy {
  @Field(() => [String], {
    nullable: true,
    description: 'Relationship types to count (e.g. ["RESPONSIBLE"]); all when omitted.',
  })
  types?: string[] | null;

  @Field(() => EdgeDirection, { nullable: true, description: "Default BOTH." })
  direction?: EdgeDirection | null;

  @Field(() => [String], {
    nullable: true,
    description: "Only relationships with one of these roles (LEAD, PARTICIPANT, JOINT, ISSUER, APPROVER).",
  })
  roles?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only relationships whose other end is of one of these kinds (e.g. ["Measure"]).',
  })
  otherKinds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Default true: the largest count first." })
  descending?: boolean | null;
}

import { Field, ID, InterfaceType } from "type-graphql";
import type { RelRecord } from "../records.js";
import { Evidence } from "../common/evidence.type.js";

/** Fields every relationship has: its stable id, Neo4j type, and the words that state it. */
@InterfaceType("Relationship", {
  description:
    "Every relationship type exposed as an edge: its id, Neo4j type and the words of the source that state it.",
  resolveType: (value: RelRecord) => EDGE_TYPE_NAMES[value.type],
})
export abstract class EdgeBase {
  @Field(() => ID, { description: "Stable id of the relationship: TYPE|fromId|toId." })
  id!: string;

  @Field(() => String, { description: "The relationship type in Neo4j (SUPPORTS, RESPONSIBLE, …)." })
  type!: string;

  @Field(() => [Evidence], {
    description: "The words of the source that state this relationship (empty for curated facts).",
  })
  evidence!: Evidence[];

  /** Ids of the two ends; the typed end fields resolve them. */
  startId!: string;
  endId!: string;
}

/** GraphQL type name of each relationship type's edge. */
const EDGE_TYPE_NAMES: Record<string, string> = {
  ISSUED_BY: "IssuedBy",
  RESPONSIBLE: "Responsible",
  SUPPORTS: "Supports",
  DEVELOPS: "Develops",
  OPERATED_BY: "OperatedBy",
  IMPLEMENTS: "Implements",
  REPEALS: "Repeals",
  SETS: "Sets",
  HAS_PART: "HasPart",
  MENTIONS: "Mentions",
};

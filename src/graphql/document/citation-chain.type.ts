import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Evidence } from "../common/evidence.type.js";

export enum CitationDirection {
  UP = "UP",
  DOWN = "DOWN",
}
registerEnumType(CitationDirection, {
  name: "CitationDirection",
  description:
    "UP: towards the documents this one implements (district → city → province → State Council). DOWN: towards those that implement it.",
});

@ObjectType({ description: "One hop of a citation chain: `citing` implements `cited`, as the evidence quotes." })
export class CitationHop {
  @Field(() => Int, { description: "1 for the document's own citations (UP) or citers (DOWN), 2 for theirs, …" })
  hop!: number;

  @Field(() => [Evidence], { description: "The citation as written in the citing document (《title》 and 文号)." })
  evidence!: Evidence[];

  /** Ids of the two ends; the document fields resolve them. */
  citingId!: string;
  citedId!: string;
}

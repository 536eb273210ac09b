import { Field, Int, ObjectType } from "type-graphql";
import { DevelopIntent, IssuerRole, ResponsibleRole } from "../common/enums.js";
import { EdgeBase } from "./edge-base.type.js";

// One edge type per relationship type that a client reads from both ends. The end fields
// (document, agency, task, …) are resolved in relationship-edges.resolver.ts.

@ObjectType({
  simpleResolvers: true,
  implements: EdgeBase,
  description: "(:PolicyDocument)-[:ISSUED_BY]->(:Agency): who issued or approved a document.",
})
export class IssuedBy extends EdgeBase {
  @Field(() => IssuerRole)
  role!: IssuerRole;

  @Field(() => String, { nullable: true, description: "For curated facts: where they come from." })
  source?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: EdgeBase,
  description:
    "(:Measure|Task|Action)-[:RESPONSIBLE]->(:Agency): a unit named in a measure's 责任单位 list, a task's 牵头/配合 parenthesis or the parenthesis closing an action's heading. `assignment` is the measure, task or action, with its own type.",
})
export class Responsible extends EdgeBase {
  @Field(() => ResponsibleRole)
  role!: ResponsibleRole;

  @Field(() => Int, { description: "Place in the 责任单位 list (or the task's parenthesis), from 0 (the lead)." })
  position!: number;
}

@ObjectType({
  simpleResolvers: true,
  implements: EdgeBase,
  description: "(:Task)-[:SUPPORTS]->(:Platform): a platform the task backs.",
})
export class Supports extends EdgeBase {}

@ObjectType({
  simpleResolvers: true,
  implements: EdgeBase,
  description: "(:Task)-[:DEVELOPS]->(:Zone): a park, zone, base or centre the task builds or seeks to create.",
})
export class Develops extends EdgeBase {
  @Field(() => DevelopIntent)
  intent!: DevelopIntent;
}

@ObjectType({
  simpleResolvers: true,
  implements: EdgeBase,
  description: "(:Platform)-[:OPERATED_BY]->(:Organization).",
})
export class OperatedBy extends EdgeBase {
  @Field(() => String, { nullable: true })
  source?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: EdgeBase,
  description:
    "(:PolicyDocument)-[:IMPLEMENTS]->(:PolicyDocument): a document the plan says it carries out (为贯彻落实《…》).",
})
export class Implements extends EdgeBase {}

@ObjectType({
  simpleResolvers: true,
  implements: EdgeBase,
  description:
    "(:PolicyDocument)-[:REPEALS]->(:PolicyDocument): a document this one says it repeals (原《…》(…号)同时废止, 废止《…》).",
})
export class Repeals extends EdgeBase {}

@ObjectType({ simpleResolvers: true, implements: EdgeBase, description: "(:PolicyDocument)-[:SETS]->(:Target)." })
export class Sets extends EdgeBase {}

@ObjectType({
  simpleResolvers: true,
  implements: EdgeBase,
  description: "HAS_PART: document → action → task, document → measure.",
})
export class HasPart extends EdgeBase {
  @Field(() => Int, { nullable: true, description: "The part's number in the source (task 1–18, action 1–5)." })
  ordinal?: number | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: EdgeBase,
  description:
    "MENTIONS: a task, measure, target or document names another entity (technology, domain, agency, organisation, …).",
})
export class Mentions extends EdgeBase {}

import { Field, ObjectType } from "type-graphql";
import { Assignment } from "../node/assignment.interface.js";
import { Node } from "../node/node.interface.js";

/** A safeguard measure: its number, text and English text are the fields of {@link Assignment}. */
@ObjectType({
  simpleResolvers: true,
  implements: [Node, Assignment],
  description: "A safeguard measure (保障措施) with its responsible units.",
})
export class Measure extends Assignment {
  @Field(() => String, { nullable: true, description: "The 责任单位 list as written." })
  responsibleText?: string | null;
}

import { Field, Int, ObjectType } from "type-graphql";
import { Assignment } from "../node/assignment.interface.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Assignment],
  description:
    "One of the plan's actions (行动), grouping its numbered tasks; the units its heading names (`…(市科技局牵头)`) are responsible for it.",
})
export class Action extends Node {
  @Field(() => Int, { description: "Number in the source: (一) is 1." })
  ordinal!: number;

  @Field(() => String, {
    nullable: true,
    description: "What the source writes under the action's heading before its first task, or null when nothing.",
  })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "English translation of the text (curated), or null." })
  textEn?: string | null;
}

import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface.js";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "One of the plan's actions (行动), grouping its numbered tasks.",
})
export class Action extends Node {
  @Field(() => Int, { description: "Number in the source: (一) is 1." })
  ordinal!: number;

  @Field(() => String, {
    nullable: true,
    description: "What the source writes under the action's heading before its first task, or null when nothing.",
  })
  text?: string | null;
}

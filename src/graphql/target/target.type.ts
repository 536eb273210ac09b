import { Field, Float, Int, ObjectType } from "type-graphql";
import { Comparator } from "../common/enums.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A quantified goal, e.g. industry scale over 1,200 亿元 by 2022.",
})
export class Target extends Node {
  @Field(() => Int, { description: "Order among the document's targets, from 1." })
  ordinal!: number;

  @Field(() => String, { description: "What is measured, in Chinese (人工智能产业规模)." })
  metric!: string;

  @Field(() => String, { nullable: true })
  metricEn?: string | null;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { description: "Unit as written: 亿元 (100 million yuan), 个, 家, …" })
  unit!: string;

  @Field(() => Comparator)
  comparator!: Comparator;

  @Field(() => Int, {
    nullable: true,
    description:
      "The year the target is due (到2022年); null for a standard a rule sets while in force (处方审核率达到100%).",
  })
  deadlineYear!: number | null;
}

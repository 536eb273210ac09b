import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface.js";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A safeguard measure (保障措施) with its responsible units." })
export class Measure extends Node {
  @Field(() => Int)
  ordinal!: number;

  @Field(() => String, { description: "Text of the measure without its 责任单位 clause." })
  text!: string;

  @Field(() => String, { nullable: true })
  textEn?: string | null;

  @Field(() => String, { nullable: true, description: "The 责任单位 list as written." })
  responsibleText?: string | null;
}

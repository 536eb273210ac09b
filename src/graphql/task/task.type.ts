import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface.js";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A numbered task of the plan (1–18), with its full text." })
export class Task extends Node {
  @Field(() => Int, { description: "Task number in the source." })
  ordinal!: number;

  @Field(() => String, { description: "Full text of the task, heading included." })
  text!: string;

  @Field(() => String, { nullable: true, description: "English translation of the full text (curated)." })
  textEn?: string | null;
}

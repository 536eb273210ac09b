import { ObjectType } from "type-graphql";
import { Assignment } from "../node/assignment.interface.js";
import { Node } from "../node/node.interface.js";

/** A task: its number, text and English text are the fields of {@link Assignment}. */
@ObjectType({
  simpleResolvers: true,
  implements: [Node, Assignment],
  description: "A numbered task of the plan (1–18), with its full text.",
})
export class Task extends Assignment {}

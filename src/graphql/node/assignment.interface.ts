import { Field, Int, InterfaceType } from "type-graphql";
import type { NodeRecord } from "../records.js";
import { Node } from "./node.interface.js";

/**
 * What a unit is made responsible for: a task (its 牵头/配合 parenthesis), a safeguard measure (its
 * 责任单位 list) or an action (the parenthesis closing its heading). `Responsible.assignment` answers it
 * with its true type, so a client's cache keys a task's responsibility under the task.
 */
@InterfaceType("Assignment", {
  implements: Node,
  description:
    "A task, a safeguard measure or an action: what a unit named in a RESPONSIBLE relationship is responsible for.",
  resolveType: (value: NodeRecord) => value.kind,
})
export abstract class Assignment extends Node {
  @Field(() => Int, { description: "Its number in the source (a task's 1–18, a measure's in the 保障措施 section)." })
  ordinal!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Its text: a task's with its heading, a measure's without its 责任单位 clause (never null for either); an action's words under its heading before its first task, or null.",
  })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "English translation of the text (curated)." })
  textEn?: string | null;
}

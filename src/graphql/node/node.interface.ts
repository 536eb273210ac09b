import { Field, ID, InterfaceType } from "type-graphql";
import type { NodeRecord } from "../records.js";

/** Relay's Node: every entity has a global id that `node(id)` resolves. */
@InterfaceType({
  description:
    'Every entity of the graph. `id` is global (e.g. "Task:gz-ai-plan-2020-2022/task-02") and `node(id:)` fetches it.',
  resolveType: (value: NodeRecord) => value.kind,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The label of the node in Neo4j, which is also its GraphQL type name." })
  kind!: string;

  @Field(() => String, {
    description:
      "Name in Chinese (Simplified), as the source writes it; for a document its title, for a target its clause.",
  })
  name!: string;

  @Field(() => String, { nullable: true, description: "English name (curated translation), where known." })
  nameEn?: string | null;
}

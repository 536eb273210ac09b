import { Field, ObjectType } from "type-graphql";
import { Level } from "../common/enums.js";
import { CuratedEntity } from "../node/curated-entity.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, CuratedEntity],
  description: "A government body: an issuer, an approving government, or a unit responsible for a measure.",
})
export class Agency extends CuratedEntity {
  @Field(() => Level, { nullable: true })
  level?: Level | null;

  @Field(() => Boolean, { description: "True for a group such as 各区政府 (every district government)." })
  collective!: boolean;
}

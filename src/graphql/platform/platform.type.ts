import { Field, ObjectType } from "type-graphql";
import { CuratedEntity } from "../node/curated-entity.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, CuratedEntity],
  description: "An innovation platform, laboratory or computing facility.",
})
export class Platform extends CuratedEntity {
  @Field(() => String, {
    nullable: true,
    description: "OPEN_INNOVATION_PLATFORM, LABORATORY, COMPUTING, PUBLIC_SERVICE_PLATFORM or INDUSTRIAL_PLATFORM.",
  })
  category?: string | null;
}

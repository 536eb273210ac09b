import { Field, ObjectType } from "type-graphql";
import { Level } from "../common/enums.js";
import { CuratedEntity } from "../node/curated-entity.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, CuratedEntity],
  description: "An industrial park, pilot or demonstration zone, base or innovation centre.",
})
export class Zone extends CuratedEntity {
  @Field(() => String, {
    nullable: true,
    description: "PARK, PILOT_ZONE, DEMONSTRATION_ZONE, BASE, INNOVATION_CENTRE or DEMONSTRATION_CITY.",
  })
  category?: string | null;

  @Field(() => Level, { nullable: true, description: "Level of the designation (国家级 national, 省级 provincial)." })
  level?: Level | null;
}

import { Field, ObjectType } from "type-graphql";
import { CuratedEntity } from "../node/curated-entity.js";
import { Node } from "../node/node.interface.js";

@ObjectType({ simpleResolvers: true, implements: [Node, CuratedEntity], description: "An enterprise or institute." })
export class Organization extends CuratedEntity {
  @Field(() => String, { nullable: true, description: "ENTERPRISE or INSTITUTE." })
  category?: string | null;

  @Field(() => String, { nullable: true, description: "Stock ticker where listed, e.g. 002230.SZ." })
  ticker?: string | null;
}

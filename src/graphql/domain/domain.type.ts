import { ObjectType } from "type-graphql";
import { CuratedEntity } from "../node/curated-entity.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, CuratedEntity],
  description: "An application field: transport, commerce, finance, education, health, government, manufacturing, …",
})
export class Domain extends CuratedEntity {}

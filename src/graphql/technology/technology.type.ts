import { ObjectType } from "type-graphql";
import { CuratedEntity } from "../node/curated-entity.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, CuratedEntity],
  description: "A technology the text names: 5G, IoT, blockchain, VR, integrated circuits, Beidou, …",
})
export class Technology extends CuratedEntity {}

import { Field, Float, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface.js";

@ObjectType({ simpleResolvers: true, description: "One search result." })
export class SearchHit {
  @Field(() => Node)
  node!: Node;

  @Field(() => Float, { description: "Lucene relevance score; higher is better." })
  score!: number;

  @Field(() => String, { description: "Text around the match." })
  snippet!: string;
}

import { Field, InterfaceType } from "type-graphql";
import type { NodeRecord } from "../records.js";
import { Node } from "./node.interface.js";

/** Base of the entities named by the curated gazetteer (`seeds/gazetteer/`). */

@InterfaceType("Curated", {
  implements: Node,
  description:
    "An entity from the curated gazetteer: the aliases the extractor matches and where its outside facts come from.",
  resolveType: (value: NodeRecord) => value.kind,
})
export abstract class CuratedEntity extends Node {
  @Field(() => [String], { description: "Other spellings the source text uses (the extractor matches these)." })
  aliases!: string[];

  @Field(() => String, {
    nullable: true,
    description: "Where the facts not in the text (English name, level, ticker) come from.",
  })
  source?: string | null;
}

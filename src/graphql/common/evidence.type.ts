import { Field, Int, ObjectType } from "type-graphql";

/** The exact words of a source document behind a node or relationship. */
@ObjectType({ description: "The exact words of a source document behind a node or relationship: document.text.slice(start, end) == quote." })
export class Evidence {
  @Field(() => String, { description: "The quoted words, in the normalised (Simplified Chinese) text." })
  quote!: string;

  @Field(() => Int, { description: "Start offset (UTF-16 code units) in the source document's text." })
  start!: number;

  @Field(() => Int, { description: "End offset (exclusive)." })
  end!: number;

  /** Id of the source document; the `document` field resolves it. */
  documentId!: string;
}

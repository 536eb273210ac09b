import { Field, Int, ObjectType } from "type-graphql";

/** The exact words of a source document behind a node or relationship. */
@ObjectType({ simpleResolvers: true, description: "The exact words of a source document behind a node or relationship: document.text.slice(start, end) == quote." })
export class Evidence {
  @Field(() => String, { description: "The quoted words, in the normalised (Simplified Chinese) text." })
  quote!: string;

  @Field(() => Int, { description: "Start offset (UTF-16 code units) in the source document's text." })
  start!: number;

  @Field(() => Int, { description: "End offset (exclusive)." })
  end!: number;

  @Field(() => Int, { nullable: true, description: "Start offset of the same words in the raw scraped file the document was made from (seeds/*.raw.txt)." })
  rawStart?: number | null;

  @Field(() => Int, { nullable: true, description: "End offset (exclusive) in the raw scraped file." })
  rawEnd?: number | null;

  /** Id of the source document; the `document` field resolves it. */
  documentId!: string;
}

import { Field, Int, ObjectType } from "type-graphql";

/** The exact words of a source document behind a node or relationship. */
@ObjectType({
  simpleResolvers: true,
  description:
    "The exact words of a source document behind a node or relationship: document.text.slice(start, end) == quote.",
})
export class Evidence {
  @Field(() => String, { description: "The quoted words, in the normalised (Simplified Chinese) text." })
  quote!: string;

  @Field(() => Int, { description: "Start offset (UTF-16 code units) in the source document's text." })
  start!: number;

  @Field(() => Int, { description: "End offset (exclusive)." })
  end!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Start offset of the same words in the raw text the document was made from: the raw scraped file for the seed (seeds/*.raw.txt), else the document's sourceText (the text as decoded or extracted from its file or page).",
  })
  rawStart?: number | null;

  @Field(() => Int, { nullable: true, description: "End offset (exclusive) in the same raw text." })
  rawEnd?: number | null;

  /** Id of the source document; the `document` field resolves it. */
  documentId!: string;
}

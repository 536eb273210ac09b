import { Field, ObjectType } from "type-graphql";
import { Level } from "../common/enums.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A policy document: the plan, or a document it implements.",
})
export class PolicyDocument extends Node {
  @Field(() => String, { nullable: true, description: "文号, the issuing number, e.g. 国发〔2017〕35号." })
  docNumber?: string | null;

  @Field(() => Level, { nullable: true })
  level?: Level | null;

  @Field(() => String, { nullable: true, description: "PLAN, ACTION_PLAN, IMPLEMENTATION_PLAN, NOTICE." })
  type?: string | null;

  @Field(() => String, { nullable: true, description: "ISO date of issue." })
  issueDate?: string | null;

  @Field(() => String, { nullable: true, description: "Years the document covers, e.g. 2020-2022." })
  period?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The full normalised text (Simplified Chinese), which evidence offsets index; null for documents only cited.",
  })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The document's official web page, where a source gives it (curated in seeds/gazetteer/documents.json or given at ingest); never guessed.",
  })
  sourceUrl?: string | null;

  @Field(() => String, { nullable: true, description: "Where the curated facts about this document come from." })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ISO date its web page was published (发布日期 of a 政务公开 page); issueDate is the 成文日期.",
  })
  publishedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The form its original was ingested from: TEXT, HTML (a web page), PDF or DOCX; null for the seed and for documents only cited.",
  })
  format?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The file name it was ingested from; a fetched page's address is sourceUrl.",
  })
  sourceFile?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "SHA-256 (hex) of the original bytes as ingested (the file, or the page as fetched).",
  })
  originalHash?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The text as extracted from the original (a page's article, a PDF's text layer) before normalisation: what each evidence's rawStart/rawEnd index.",
  })
  sourceText?: string | null;

  @Field(() => String, { nullable: true, description: "索引号 of its 政务公开 page." })
  indexNumber?: string | null;

  @Field(() => String, { nullable: true, description: "主题分类 of its 政务公开 page." })
  topic?: string | null;
}

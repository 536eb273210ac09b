import { Field, ObjectType } from "type-graphql";
import { Level } from "../common/enums.js";
import { Node } from "../node/node.interface.js";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A policy document: the plan, or a document it implements." })
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

  @Field(() => String, { nullable: true, description: "The full normalised text (Simplified Chinese), which evidence offsets index; null for documents only cited." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "The document's official web page, where a source gives it (curated in seeds/gazetteer/documents.json or given at ingest); never guessed." })
  sourceUrl?: string | null;

  @Field(() => String, { nullable: true, description: "Where the curated facts about this document come from." })
  source?: string | null;
}

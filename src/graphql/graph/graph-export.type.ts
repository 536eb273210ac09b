import { GraphQLJSON } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { EXPORT_FORMAT_INFO, ExportFormat } from "../../export/export-format.js";

/** A media type that is JSON: `application/json`, or a `+json` one such as `application/ld+json`. */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json(?:;|$)/;

@ObjectType({
  simpleResolvers: true,
  description:
    "A file a visualisation tool opens. Exactly one of `json` and `text` is set: `json` for a format that is JSON " +
    "(CYTOSCAPE), as a value to use without parsing it again; `text` for one that is not (GraphML, GEXF, CSV), as the file's text.",
})
export class GraphExport {
  @Field(() => ExportFormat)
  format!: ExportFormat;

  @Field(() => String, {
    description: 'The media type to save or serve it with, e.g. "application/gexf+xml; charset=utf-8".',
  })
  mediaType!: string;

  @Field(() => String, {
    description:
      "The file name extension its tools expect, without the dot: cyjs, graphml, gexf, nodes.csv, edges.csv.",
  })
  fileExtension!: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      "The document, for a JSON format (CYTOSCAPE: `{ elements: { nodes, edges } }`, what `cytoscape({ elements })` reads); null otherwise.",
  })
  json!: unknown;

  @Field(() => String, {
    nullable: true,
    description:
      "The file's text, for a format that is not JSON (GRAPHML, GEXF, CSV_NODES, CSV_EDGES); null for a JSON one.",
  })
  text!: string | null;
}

/**
 * The rendered file as a {@link GraphExport}: parsed into `json` when its media type is JSON, so a
 * client gets an object rather than a string to parse again, else kept as `text`.
 */
export function toGraphExport(format: ExportFormat, rendered: string): GraphExport {
  const { contentType, fileExtension } = EXPORT_FORMAT_INFO[format];
  const isJson = JSON_MEDIA_TYPE.test(contentType);
  return {
    format,
    mediaType: contentType,
    fileExtension,
    json: isJson ? JSON.parse(rendered) : null,
    text: isJson ? null : rendered,
  };
}

import { evidenceLink } from "../citations/links.js";
import { PG } from "./namespaces.js";

/**
 * The IRIs of the exported data. Everything the graph holds is named under `${publicUrl}/id/`: a node
 * by its global id (`/id/Task%3Agz-ai-plan-2020-2022%2Ftask-02`), a relationship by its stable id
 * (`/id/IMPLEMENTS%7C…`), a quotation by its document and character offsets. Ids are
 * percent-encoded whole (`encodeURIComponent`), so `:` and `/` inside an id never make a path.
 */
export class Iris {
  constructor(private readonly publicUrl: string) {}

  /** A node or a relationship, by the id the graph and the GraphQL API give it. */
  entity(id: string): string {
    return `${this.publicUrl}/id/${encodeURIComponent(id)}`;
  }

  /** The words at [start, end) of a document's normalised text: one resource per span, shared by every statement it supports. */
  quotation(documentId: string, start: number, end: number): string {
    return `${this.entity(documentId)}/quote/${start}-${end}`;
  }

  /** The deep link to a quotation in the document reader (the shared contract of `/documents/<id>?start=&end=`). */
  quotationPage(documentId: string, start: number, end: number): string {
    return evidenceLink(this.publicUrl, documentId, start, end);
  }
}

/** A concept of the project's document types (PLAN, ACTION_PLAN, …), the value of `eli:type_document`. */
export function documentTypeIri(type: string): string {
  return `${PG}documentType-${encodeURIComponent(type)}`;
}

import { EVIDENCE_PROPERTIES } from "../model/evidence-properties.js";
import { BOOKKEEPING } from "./bookkeeping.js";
import { expand, PG } from "./namespaces.js";

/**
 * How a stored value becomes an RDF object: a language-tagged string, a typed literal, or an IRI.
 * `date` and `gYear` fall back to a plain string when the value does not have that form.
 */
export type ValueKind =
  "zh" | "en" | "string" | "number" | "boolean" | "date" | "gYear" | "entity" | "documentType" | "url";

/** One RDF predicate a stored property is written with, and how its value is written. */
export interface PropertyTerm {
  predicate: string;
  kind: ValueKind;
}

const term = (curie: Parameters<typeof expand>[0], kind: ValueKind): PropertyTerm => ({
  predicate: expand(curie),
  kind,
});

/**
 * Properties of every node, by stored key. `name` and `nameEn` are the display labels every RDF
 * tool shows (rdfs:label); a document's also are its ELI titles (below). Keys missing here, and
 * any key a future version stores, fall back to {@link genericTerm}: nothing stored is dropped but
 * the database's bookkeeping (bookkeeping.ts).
 */
const NODE_TERMS: Readonly<Record<string, readonly PropertyTerm[]>> = {
  id: [term("dcterms:identifier", "string")],
  name: [term("rdfs:label", "zh")],
  nameEn: [term("rdfs:label", "en")],
  aliases: [term("skos:altLabel", "string")],
  text: [term("schema:text", "zh")],
  textEn: [term("schema:text", "en")],
  source: [term("pg:sourceNote", "string")],
  ticker: [term("schema:tickerSymbol", "string")],
  value: [term("schema:value", "number")],
  unit: [term("schema:unitText", "string")],
  metric: [term("pg:metric", "zh")],
  metricEn: [term("pg:metric", "en")],
  deadlineYear: [term("pg:deadlineYear", "gYear")],
  responsibleText: [term("pg:responsibleText", "zh")],
  document: [term("pg:document", "entity")],
};

/** What a policy document says in ELI terms, besides the properties every node has. */
const DOCUMENT_TERMS: Readonly<Record<string, readonly PropertyTerm[]>> = {
  name: [term("rdfs:label", "zh"), term("eli:title", "zh")],
  nameEn: [term("rdfs:label", "en"), term("eli:title", "en")],
  docNumber: [term("eli:id_local", "string")],
  issueDate: [term("eli:date_document", "date")],
  // 发布日期 of a government page: when it was published, besides the 成文日期 the document was issued.
  publishedOn: [term("eli:date_publication", "date")],
  type: [term("eli:type_document", "documentType")],
  // Where the official text is published: the page itself, an IRI (schema:url; ELI's manifestation
  // terms describe files the publisher issues, which a link to a web page is not).
  sourceUrl: [term("schema:url", "url")],
};

/** Properties of relationships (role, position, intent, …); the rest fall back to {@link genericTerm}. */
const RELATIONSHIP_TERMS: Readonly<Record<string, readonly PropertyTerm[]>> = {
  id: [term("dcterms:identifier", "string")],
  source: [term("pg:sourceNote", "string")],
  document: [term("pg:document", "entity")],
};

/**
 * Stored keys written another way than as a property: `kind` is the node's rdf:type, `aliasText`
 * is `aliases` joined for the full-text index (written as skos:altLabel), and the six evidence
 * lists become quotations linked with prov:wasDerivedFrom.
 */
export const REPRESENTED_ELSEWHERE: ReadonlySet<string> = new Set(["kind", "aliasText", ...EVIDENCE_PROPERTIES]);

/** The project term for a key nothing else maps: `pg:<key>`, its value written as stored. */
export function genericTerm(key: string, value: unknown): PropertyTerm {
  const sample = Array.isArray(value) ? value[0] : value;
  const kind: ValueKind = typeof sample === "number" ? "number" : typeof sample === "boolean" ? "boolean" : "string";
  return { predicate: `${PG}${encodeURIComponent(key)}`, kind };
}

/** The RDF terms a node's stored property is written with (never empty unless {@link REPRESENTED_ELSEWHERE} or {@link BOOKKEEPING}). */
export function nodePropertyTerms(label: string, key: string, value: unknown): readonly PropertyTerm[] {
  if (REPRESENTED_ELSEWHERE.has(key) || BOOKKEEPING.has(key)) return [];
  return (label === "PolicyDocument" ? DOCUMENT_TERMS[key] : undefined) ?? NODE_TERMS[key] ?? [genericTerm(key, value)];
}

/** The RDF terms a relationship's stored property is written with, on its qualified resource. */
export function relationshipPropertyTerms(key: string, value: unknown): readonly PropertyTerm[] {
  if (REPRESENTED_ELSEWHERE.has(key) || BOOKKEEPING.has(key)) return [];
  return RELATIONSHIP_TERMS[key] ?? [genericTerm(key, value)];
}

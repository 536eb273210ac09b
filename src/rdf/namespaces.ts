/**
 * The vocabularies the RDF export uses, by prefix. Data IRIs depend on the deployment
 * (`PUBLIC_URL`, see iris.ts); the project's own vocabulary does not: `pg:` names the same class or
 * property wherever the service runs, so graphs exported by two deployments can be merged.
 */
export const PG = "https://w3id.org/policy-graph/vocab#";

/** Prefix → namespace IRI, for Turtle `@prefix` lines and the JSON-LD context alike. */
export const PREFIXES = {
  pg: PG,
  eli: "http://data.europa.eu/eli/ontology#",
  prov: "http://www.w3.org/ns/prov#",
  oa: "http://www.w3.org/ns/oa#",
  schema: "https://schema.org/",
  skos: "http://www.w3.org/2004/02/skos/core#",
  dcterms: "http://purl.org/dc/terms/",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

export type Prefix = keyof typeof PREFIXES;

/** A term as `prefix:local` (the curie every mapping table uses), expanded to its full IRI. */
export function expand(curie: `${Prefix}:${string}`): string {
  const colon = curie.indexOf(":");
  return PREFIXES[curie.slice(0, colon) as Prefix] + curie.slice(colon + 1);
}

/**
 * The language tag of the graph's Chinese text: Simplified, as every stored name and text is. N3.js
 * writes language tags in lower case (`zh-hans`), which RDF 1.1 allows: tags compare case-insensitively.
 */
export const ZH = "zh-Hans";
/** The language tag of the English names and translations. */
export const EN = "en";

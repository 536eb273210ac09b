/** The RDF serialisations of an export. */
export enum RdfFormat {
  /** Turtle (RDF 1.1), with the prefixes of namespaces.ts. */
  TURTLE = "TURTLE",
  /** JSON-LD 1.1, compacted with the context of jsonld-context.ts. */
  JSONLD = "JSONLD",
}

/** Media type and file extension of each RDF format (both IANA-registered). */
export const RDF_FORMAT_INFO: Readonly<Record<RdfFormat, { contentType: string; fileExtension: string }>> = {
  [RdfFormat.TURTLE]: { contentType: "text/turtle; charset=utf-8", fileExtension: "ttl" },
  [RdfFormat.JSONLD]: { contentType: "application/ld+json", fileExtension: "jsonld" },
};

const ALIASES: ReadonlyMap<string, RdfFormat> = new Map([
  ["ttl", RdfFormat.TURTLE],
  ["turtle", RdfFormat.TURTLE],
  ["jsonld", RdfFormat.JSONLD],
  ["json-ld", RdfFormat.JSONLD],
]);

/** An RDF format as a URL or a user spells it (`ttl`, `turtle`, `jsonld`, `.jsonld`, any case); undefined for anything else. */
export function parseRdfFormat(s: string): RdfFormat | undefined {
  return ALIASES.get(s.trim().toLowerCase().replace(/^\./, ""));
}

import jsonld from "jsonld";
import type { Quad } from "n3";
import { PREFIXES } from "./namespaces.js";
import { toNQuads } from "./to-turtle.js";

/**
 * The context the JSON-LD is compacted with: the same prefixes as the Turtle, so keys read
 * `eli:title`, `prov:wasDerivedFrom`. It is embedded in each download (no remote context to fetch).
 */
export const JSONLD_CONTEXT = { ...PREFIXES } as const;

/**
 * JSON-LD text of the statements, made by jsonld.js: N-Quads → expanded JSON-LD (`fromRDF`) →
 * compacted with {@link JSONLD_CONTEXT}. `toRDF` of the result gives back the same statements.
 *
 * Typed numbers stay `{"@value": "7", "@type": "xsd:integer"}`: jsonld.js's `useNativeTypes`
 * would make them JSON numbers, but it also writes every plain string as
 * `{"@value": …, "@type": "xsd:string"}` (its fromRDF keeps xsd:string when converting natively),
 * which is worse for every label, id and quote.
 */
export async function toJsonLd(quads: Quad[]): Promise<string> {
  const expanded = await jsonld.fromRDF(await toNQuads(quads), { format: "application/n-quads" });
  const compacted = await jsonld.compact(expanded, JSONLD_CONTEXT);
  return JSON.stringify(compacted, null, 1);
}

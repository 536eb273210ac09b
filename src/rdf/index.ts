import { Iris } from "./iris.js";
import { RdfFormat } from "./rdf-format.js";
import type { FullGraph } from "./rdf-graph.js";
import { toJsonLd } from "./to-jsonld.js";
import { toQuads } from "./to-quads.js";
import { toTurtle } from "./to-turtle.js";

export { parseRdfFormat, RDF_FORMAT_INFO, RdfFormat } from "./rdf-format.js";
export { fetchFullGraph, type FullGraph } from "./rdf-graph.js";

/**
 * The RDF text of a subgraph (chosen and bounded like every export) read with every stored property
 * and all evidence ({@link fetchFullGraph}), with IRIs under `publicUrl`. No database work, only CPU
 * (JSON-LD takes about 1.4 ms per node and relationship), so the service runs it in a render worker
 * (src/export/render-pool.ts).
 */
export async function rdfText(full: FullGraph, format: RdfFormat, publicUrl: string): Promise<string> {
  const quads = toQuads(full, new Iris(publicUrl));
  switch (format) {
    case RdfFormat.TURTLE:
      return toTurtle(quads);
    case RdfFormat.JSONLD:
      return toJsonLd(quads);
    default: {
      const unknown: never = format;
      throw new TypeError(`Expected an RdfFormat (${Object.values(RdfFormat).join(", ")}), got ${String(unknown)}.`);
    }
  }
}

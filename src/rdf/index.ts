import type { Database } from "../db/database.js";
import type { Subgraph } from "../graph/subgraph.js";
import { Iris } from "./iris.js";
import { RdfFormat } from "./rdf-format.js";
import { fetchFullGraph } from "./rdf-graph.js";
import { toJsonLd } from "./to-jsonld.js";
import { toQuads } from "./to-quads.js";
import { toTurtle } from "./to-turtle.js";

export { parseRdfFormat, RDF_FORMAT_INFO, RdfFormat } from "./rdf-format.js";

/**
 * The subgraph `g` (chosen and bounded like every export) as RDF text in `format`, with every
 * stored property and all evidence read for it, and IRIs under `publicUrl`.
 */
export async function renderRdf(db: Database, g: Subgraph, format: RdfFormat, publicUrl: string): Promise<string> {
  const quads = toQuads(await fetchFullGraph(db, g), new Iris(publicUrl));
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

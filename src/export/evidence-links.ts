import { evidenceLink } from "../citations/links.js";
import type { Subgraph, SubgraphValue } from "../subgraph/subgraph.js";

type Item = { properties?: Record<string, SubgraphValue> };

/**
 * The subgraph with a `link` on every piece of evidence: the deep link to its quote in the
 * document reader (`/documents/<id>?start=&end=#quote`), so a downloaded file leads back to the
 * exact words, like the API's `Evidence.link`.
 */
export function withEvidenceLinks<G extends Subgraph>(g: G, publicUrl: string): G {
  const link = (item: Item) => {
    const evidence = item.properties?.evidence;
    if (!Array.isArray(evidence)) return item;
    const linked = evidence.map((e) => {
      const { documentId, start, end } = e as { documentId: string; start: number; end: number };
      return { ...(e as Record<string, SubgraphValue>), link: evidenceLink(publicUrl, documentId, start, end) };
    });
    return { ...item, properties: { ...item.properties, evidence: linked } };
  };
  return { ...g, nodes: g.nodes.map(link), edges: g.edges.map(link) } as G;
}

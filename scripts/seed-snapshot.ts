// Prints the seed's extraction as sorted node and relationship ids (with labels and roles), so a
// change to the extractor can be checked against the seed graph: `npx tsx scripts/seed-snapshot.ts`.
import { extractSeed } from "../src/ingest/seed.js";
import { PROJECT_ROOT } from "../src/project-root.js";

for (const g of extractSeed(PROJECT_ROOT)) {
  const nodes = g.nodes.map((n) => `${n.id} ${JSON.stringify(n.props.name ?? null)}`).sort();
  const rels = g.relationships
    .map(
      (r) =>
        `${r.id} ${JSON.stringify(r.props.role ?? r.props.intent ?? null)} ${r.evidence.map((e) => `${e.start}-${e.end}`).join(",")}`,
    )
    .sort();
  console.log(JSON.stringify({ documentId: g.documentId, textLength: g.text.length, nodes, rels }, null, 1));
}

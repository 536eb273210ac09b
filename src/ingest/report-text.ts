import type { IngestReport } from "./pipeline.js";

/** The ingest report as the CLI prints it: one headline, then counts, citations, finds and warnings. */
export function formatReport(r: IngestReport): string {
  const lines = [
    `${r.source} → ${r.documentId} ${r.title}${r.docNumber ? ` [${r.docNumber}]` : ""}: ${r.status}${r.dryRun ? " (dry run: nothing written)" : ""}${r.example ? " (example)" : ""}`,
    `  nodes: ${r.added.length} added, ${r.changed.length} changed, ${r.removed.length} removed; relationships: ${r.relationships} written, ${r.removedRelationships} removed`,
  ];
  for (const c of r.linked) lines.push(`  cites ${c.id} ${c.docNumber ?? "(no 文号)"} 《${c.title}》${c.placeholder ? " (placeholder)" : ""}`);
  if (r.discovered.length > 0) {
    lines.push(`  found by pattern (not in the gazetteer; curators may add them):`);
    for (const d of r.discovered) lines.push(`    ${d.label} ${d.name}${d.nameEn ? ` = ${d.nameEn}${d.nameEnComposed ? " (composed)" : ""}` : ""}  ${d.id}`);
  }
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return lines.join("\n");
}

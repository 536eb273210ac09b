import type { IngestReport } from "./pipeline.js";
import { type DiffNode, removedLines } from "./update-diff.js";

/**
 * The ingest report as the CLI prints it: one headline, then counts, what it removes (always named,
 * since removal is what a person must be able to check), in a dry run also what it adds and changes,
 * then citations, finds and warnings. `refused`: the update was refused, so nothing was written.
 */
export function formatReport(r: IngestReport, options: { refused?: boolean } = {}): string {
  const outcome = options.refused ? " (refused: nothing written)" : r.dryRun ? " (dry run: nothing written)" : "";
  const lines = [
    `${r.source} → ${r.documentId} ${r.title}${r.docNumber ? ` [${r.docNumber}]` : ""}: ${r.status}${outcome}${r.example ? " (example)" : ""}`,
    `  nodes: ${r.added.length} added, ${r.changed.length} changed, ${r.removed.length} removed; relationships: ${r.relationships} written, ${r.removedRelationships} removed`,
  ];
  if (r.removesTooMuch) {
    lines.push(
      `  removes ${r.removed.length} of the document's ${r.diff.before.nodes} nodes and ${r.removedRelationships} of its ${r.diff.before.relationships} relationships: more than an update may without --replace`,
    );
  }
  if (r.dryRun) {
    lines.push(...named("adds", r.diff.added), ...named("changes", r.diff.changed));
  }
  lines.push(...removedLines(r.diff).map((l) => `  removes ${l}`));
  for (const c of r.linked)
    lines.push(`  cites ${c.id} ${c.docNumber ?? "(no 文号)"} 《${c.title}》${c.placeholder ? " (placeholder)" : ""}`);
  if (r.discovered.length > 0) {
    lines.push(`  found by pattern (not in the gazetteer; curators may add them):`);
    for (const d of r.discovered)
      lines.push(
        `    ${d.label} ${d.name}${d.nameEn ? ` = ${d.nameEn}${d.nameEnComposed ? " (composed)" : ""}` : ""}  ${d.id}`,
      );
  }
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return lines.join("\n");
}

function named(verb: string, nodes: DiffNode[]): string[] {
  return nodes.map((n) => `  ${verb} ${n.kind} ${n.name}  ${n.id}`);
}

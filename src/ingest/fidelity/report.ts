// The eval's tables, as `npm run eval:ingest` prints them and the README shows them.
import { FACT_CLASSES } from "./key.js";
import type { FolderScore } from "./evaluate.js";
import { type ClassScore, precision, recall, totals } from "./score.js";

const pct = (x: number) => x.toFixed(2);
const cell = (s: ClassScore) => (s.tp + s.fp + s.fn === 0 ? "–" : `${pct(precision(s))}/${pct(recall(s))}`);

/** Markdown: one row per fact class overall, then precision/recall per document and class. */
export function formatScores(score: FolderScore, options: { details?: boolean } = {}): string {
  const sum = totals(score.documents);
  const lines = [
    `| fact class | precision | recall | found right | found wrong | missed |`,
    `|---|---|---|---|---|---|`,
    ...FACT_CLASSES.map(
      (c) =>
        `| ${c} | ${pct(precision(sum[c]))} | ${pct(recall(sum[c]))} | ${sum[c].tp} | ${sum[c].fp} | ${sum[c].fn} |`,
    ),
    "",
    `| document (precision/recall) | ${FACT_CLASSES.join(" | ")} |`,
    `|---|${FACT_CLASSES.map(() => "---").join("|")}|`,
    ...score.documents.map((d) => `| ${d.name} | ${FACT_CLASSES.map((c) => cell(d.classes[c])).join(" | ")} |`),
  ];
  for (const r of score.refused) lines.push("", `REFUSED ${r.name}: ${r.message}`);
  if (options.details) {
    for (const d of score.documents) {
      if (d.missed.length + d.wrong.length === 0) continue;
      lines.push("", `## ${d.name}`);
      for (const f of d.missed) lines.push(`  missed  [${f.cls}] ${f.label}`);
      for (const f of d.wrong) lines.push(`  wrong   [${f.cls}] ${f.label}`);
    }
  }
  return lines.join("\n");
}

import fs from "node:fs";
import path from "node:path";
import type { IngestBenchResult } from "./run.js";

/** The ingest bench as Markdown: time per document and query latencies at each size, each as a ratio to the smallest size. */
export function ingestMarkdown(r: IngestBenchResult, machine: string): string {
  const first = r.sizes[0]!;
  const keys = Object.keys(first.queries);
  const ratio = (x: number, base: number) => (base > 0 ? `${(x / base).toFixed(2)}×` : "–");
  const lines = [
    "# Ingest at corpus scale",
    "",
    `Generated corpus (bench/corpus, seed fixed), bulk-ingested in order in batches of ${r.batchSize} on a fresh embedded Neo4j; ${machine}.`,
    `The whole corpus took ${(r.totalSeconds / 60).toFixed(1)} min (${r.failures} failures). Time per document is that of the last documents before each size (the window); ` +
      "query latencies are medians of sequential requests at that size. Ratios are to the smallest size, measured in the same run.",
    "",
    `| documents | window | ms/document | documents/s | vs first | nodes | relationships | evidence records | most properties on a node | longest list on a node |`,
    "|---|---|---|---|---|---|---|---|---|---|",
    ...r.sizes.map(
      (s) =>
        `| ${s.documents} | ${s.window} | ${s.msPerDocument.toFixed(1)} | ${s.documentsPerSecond.toFixed(1)} | ${ratio(s.msPerDocument, first.msPerDocument)} | ${s.graph.nodes} | ${s.graph.relationships} | ${s.graph.evidence} | ${s.largestNode.properties} | ${s.largestNode.longestList} |`,
    ),
    "",
    `| query (median ms) | ${r.sizes.map((s) => `${s.documents}`).join(" | ")} | last vs first |`,
    `|---|${r.sizes.map(() => "---").join("|")}|---|`,
    ...keys.map(
      (k) =>
        `| ${k}: ${r.queryWhat[k]} | ${r.sizes.map((s) => s.queries[k]!.toFixed(1)).join(" | ")} | ${ratio(r.sizes.at(-1)!.queries[k]!, first.queries[k]!)} |`,
    ),
    "",
    "Answer sizes (KB): a workload whose answer grows with the corpus (a page not yet full at the smallest size) does more work by design.",
    "",
    `| answer (KB) | ${r.sizes.map((s) => `${s.documents}`).join(" | ")} | last vs first |`,
    `|---|${r.sizes.map(() => "---").join("|")}|---|`,
    ...keys
      .filter((k) => first.answerBytes?.[k] !== undefined)
      .map(
        (k) =>
          `| ${k} | ${r.sizes.map((s) => ((s.answerBytes?.[k] ?? 0) / 1024).toFixed(1)).join(" | ")} | ${ratio(r.sizes.at(-1)!.answerBytes?.[k] ?? 0, first.answerBytes?.[k] ?? 0)} |`,
      ),
    "",
  ];
  return lines.join("\n");
}

/** Writes results.json and results.md of the ingest bench into `dir`. */
export function writeIngestReport(r: IngestBenchResult, machine: string, dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "results.json"), `${JSON.stringify(r, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, "results.md"), ingestMarkdown(r, machine));
}

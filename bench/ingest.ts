/**
 * `npm run bench:ingest`: ingest at corpus scale (issue: a corpus, not a document). Generates a
 * corpus, bulk-ingests it into a fresh embedded Neo4j and measures, at each size, the time per
 * document and the query latencies; writes bench/ingest/results.{json,md}. `npm run bench` runs the
 * same at its own sizes.
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeIngestReport } from "./ingest/report.js";
import { runIngestBench } from "./ingest/run.js";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    sizes: { type: "string", default: "100,1000,10000" },
    "batch-size": { type: "string", default: "25" },
    samples: { type: "string", default: "20" },
    seed: { type: "string", default: "1" },
    warmup: { type: "string", default: "300" },
    out: { type: "string", default: path.join(import.meta.dirname, "ingest") },
  },
});
const sizes = values.sizes.split(",").map(Number);
if (sizes.some((s) => !Number.isInteger(s) || s < 2))
  throw new Error(
    `--sizes must be whole numbers of documents (at least 2), e.g. 100,1000,10000; got "${values.sizes}".`,
  );
const log = (line: string) => console.log(`[bench:ingest ${new Date().toISOString().slice(11, 19)}] ${line}`);
const result = await runIngestBench({
  sizes,
  batchSize: Number(values["batch-size"]),
  samples: Number(values.samples),
  seed: Number(values.seed),
  warmup: Number(values.warmup),
  log,
});
const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
writeIngestReport(result, machine, values.out);
log(`Wrote ${path.join(values.out, "results.md")}.`);

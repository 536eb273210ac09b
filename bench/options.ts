import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { WORKLOADS } from "./workloads.js";

/** How much the bench does; every number is a flag (`npm run bench -- --help`). */
export interface BenchOptions {
  smoke: boolean;
  /** Seconds of each autocannon run, of each warm-up run, and rounds of the interleaved load. */
  durationSec: number;
  warmupSec: number;
  rounds: number;
  connections: number[];
  /** Workloads put under load (all of them are verified and measured at every scale). */
  loadWorkloads: string[];
  /** Sizes of the graph, in multiples of the seed. */
  scales: number[];
  /** Sequential requests per operation for the single-client latency, round trips and bytes. */
  samples: number;
  neo4jHeapMb: number;
  neo4jPageCacheMb: number;
  nodeBatch: number;
  relationshipBatch: number;
  /** Folder for results.md, results.svg and results.json. */
  outDir: string;
  skipLoad: boolean;
  /** Ours' response cache (RESPONSE_CACHE_SECONDS); 0, the default, measures the engine. */
  responseCacheSeconds: number;
  /** Only render results.md and results.svg again from results.json (after editing analysis.md). */
  reportOnly: boolean;
  /** Corpus sizes (documents) of the ingest bench, run after the rest into <out>/ingest/; none with --skip-ingest. */
  ingestSizes: number[];
}

const HELP = `npm run bench -- [options]

  --smoke                 seconds-long check: 1×, tiny durations, peers verified, generator at 2×
  --duration <s>          seconds per autocannon run (default 3)
  --warmup <s>            seconds of warm-up per workload and peer (default 2)
  --rounds <n>            interleaved rounds (default 3)
  --connections <list>    concurrencies (default 1,8,32)
  --workloads <list>      workloads under load (default: all but deepPage): ${WORKLOADS.map((w) => w.key).join(", ")}
  --scales <list>         graph sizes in multiples of the seed (default 1,100,1000)
  --samples <n>           sequential requests per operation for latency, round trips, bytes (default 30)
  --neo4j-heap-mb <n>     heap of the bench's embedded Neo4j (default 2048)
  --neo4j-pagecache-mb <n> its page cache (default 1024)
  --out <dir>             where results.md, results.svg and results.json go (default bench/)
  --skip-load             only verify, measure costs and scale
  --response-cache <s>    run ours with its response cache on for s seconds (default 0: off, the engine's
                          numbers); report such a run apart from the engine's
  --ingest-sizes <list>   corpus sizes of the ingest bench, in generated documents (default 100,1000,10000;
                          smoke 20,40), written to <out>/ingest/results.md (npm run bench:ingest runs it alone)
  --skip-ingest           leave the ingest bench out
  --report-only           measure nothing: render results.md and results.svg again from results.json
                          (after editing bench/analysis.md)
`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: "boolean", default: false },
      duration: { type: "string" },
      warmup: { type: "string" },
      rounds: { type: "string" },
      connections: { type: "string" },
      workloads: { type: "string" },
      scales: { type: "string" },
      samples: { type: "string" },
      "neo4j-heap-mb": { type: "string" },
      "neo4j-pagecache-mb": { type: "string" },
      out: { type: "string" },
      "skip-load": { type: "boolean", default: false },
      "report-only": { type: "boolean", default: false },
      "response-cache": { type: "string" },
      "ingest-sizes": { type: "string" },
      "skip-ingest": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const smoke = values.smoke!;
  const num = (name: string, raw: string | undefined, fallback: number, min: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min)
      throw new Error(`--${name} must be a number ≥ ${min}, but is "${raw}".\n\n${HELP}`);
    return n;
  };
  const list = (name: string, raw: string | undefined, fallback: number[]) =>
    raw === undefined ? fallback : raw.split(",").map((x) => num(name, x.trim(), 0, 1));
  const loadWorkloads =
    values.workloads?.split(",").map((x) => x.trim()) ??
    (smoke ? ["nested", "search"] : WORKLOADS.filter((w) => w.key !== "deepPage").map((w) => w.key));
  for (const w of loadWorkloads)
    if (!WORKLOADS.some((x) => x.key === w)) throw new Error(`--workloads: unknown workload "${w}".\n\n${HELP}`);
  const scales = [...new Set(list("scales", values.scales, smoke ? [1, 2] : [1, 100, 1000]))].sort((a, b) => a - b);
  if (scales[0] !== 1) scales.unshift(1);
  return {
    smoke,
    durationSec: num("duration", values.duration, smoke ? 2 : 3, 1),
    warmupSec: num("warmup", values.warmup, smoke ? 0 : 2, 0),
    rounds: num("rounds", values.rounds, smoke ? 1 : 3, 1),
    connections: list("connections", values.connections, smoke ? [8] : [1, 8, 32]),
    loadWorkloads,
    scales: scales.map(Math.round),
    samples: num("samples", values.samples, smoke ? 3 : 30, 1),
    neo4jHeapMb: num("neo4j-heap-mb", values["neo4j-heap-mb"], smoke ? 512 : 2048, 256),
    neo4jPageCacheMb: num("neo4j-pagecache-mb", values["neo4j-pagecache-mb"], smoke ? 128 : 1024, 64),
    nodeBatch: 2000,
    relationshipBatch: 5000,
    outDir: path.resolve(
      values.out ?? (smoke ? path.join(os.tmpdir(), "policy-graph-bench-smoke") : path.join(import.meta.dirname)),
    ),
    skipLoad: values["skip-load"]!,
    reportOnly: values["report-only"]!,
    responseCacheSeconds: num("response-cache", values["response-cache"], 0, 0),
    ingestSizes: values["skip-ingest"]
      ? []
      : list("ingest-sizes", values["ingest-sizes"], smoke ? [20, 40] : [100, 1000, 10_000]).map(Math.round),
  };
}

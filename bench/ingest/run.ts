import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createIngestPipeline, startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import { toLuceneQueries } from "../../src/graphql/search/lucene.js";
import { bulkIngest } from "../../src/ingest/bulk-ingest.js";
import { corpus } from "../corpus/generate.js";
import { freePort } from "../lib/neo4j.js";
import { corpusQueries, findAnchors, measureQuery, type QueryAnchors } from "./queries.js";

/** The search workload's words as the API reads them (src/graphql/search/lucene.ts), compared at the index. */
const LUCENE_READINGS = (() => {
  const q = toLuceneQueries("人工智能 算力")!;
  // The first reading as it was before it looked up terms: every word a phrase, the whole text boosted.
  const phrases = `"人工智能 算力"^4 OR (+"人工智能" +"算力")`;
  return { luceneStrict: q.strict, lucenePhrases: phrases, luceneLoose: q.loose };
})();

/** The ingest bench at one corpus size: how fast the last documents before it went in, and how fast the queries answer there. */
export interface IngestSizeResult {
  documents: number;
  /** Documents of the window ending at this size, and the milliseconds per document they took. */
  window: number;
  msPerDocument: number;
  documentsPerSecond: number;
  /** Median latency (ms) of each query workload at this size. */
  queries: Record<string, number>;
  /** Size of each workload's answer (bytes) at this size: what grows with the corpus by design (a page filling up). */
  answerBytes: Record<string, number>;
  /** Nodes, relationships and :Evidence records in the graph. */
  graph: { nodes: number; relationships: number; evidence: number };
  /** The largest number of properties any one node holds, and the longest list property on any node: neither may grow with the corpus. */
  largestNode: { properties: number; longestList: number };
}

export interface IngestBenchResult {
  sizes: IngestSizeResult[];
  /** Seconds the whole corpus took, batches and all. */
  totalSeconds: number;
  batchSize: number;
  failures: number;
  anchors: QueryAnchors;
  queryWhat: Record<string, string>;
}

export interface IngestBenchOptions {
  sizes: number[];
  batchSize: number;
  samples: number;
  seed: number;
  /** Documents of another seed ingested and deleted before the measured run. */
  warmup: number;
  log: (line: string) => void;
}

/**
 * Generates a corpus of the largest size (bench/corpus), starts the service on a fresh embedded
 * Neo4j, and bulk-ingests the corpus in order. At each size it records the time per document of the
 * window of documents just before it (the last 500, or the last half for a smaller size), then
 * measures the query workloads. A warm-up corpus goes in and out first, so every window is measured warm.
 */
export async function runIngestBench(o: IngestBenchOptions): Promise<IngestBenchResult> {
  const max = Math.max(...o.sizes);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-corpus-"));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-ingest-bench-"));
  const files: string[] = [];
  for (const doc of corpus({ count: max, seed: o.seed })) {
    const file = path.join(dir, doc.file);
    fs.writeFileSync(file, doc.text);
    files.push(file);
  }
  o.log(`Generated ${max} documents in ${dir}; starting the service on ${dataDir}…`);
  const config = loadConfig(
    {
      ...process.env,
      NEO4J_URI: undefined,
      // A free port, not 7687: another bench, `npm start` or a test run may hold that one.
      NEO4J_EMBEDDED_PORT: String(await freePort()),
      NEO4J_EMBEDDED_DATA_DIR: dataDir,
      SEED: "never",
      LOG_LEVEL: "warn",
    } as NodeJS.ProcessEnv,
    { port: 0, host: "127.0.0.1" },
  );
  const app = await startApp(config, () => {});
  const started = Date.now();
  try {
    const pipeline = createIngestPipeline(app.db, config);
    const own = app.db.withStatements(CypherStatements.load(path.join(import.meta.dirname, "..", "cypher", "ingest")));
    // Warm-up: a corpus of another seed goes in, is queried, and is deleted again, so the first window
    // is measured with Node's and Neo4j's JIT as warm as the last one's (otherwise the ratio flatters
    // large sizes).
    const warm = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-warmup-"));
    const warmFiles = [...corpus({ count: o.warmup, seed: o.seed + 1000 })].map((d) => {
      fs.writeFileSync(path.join(warm, d.file), d.text);
      return path.join(warm, d.file);
    });
    await bulkIngest(app.db, pipeline, warmFiles, { batchSize: o.batchSize });
    const warmAnchors = await findAnchors(app.url);
    for (const q of corpusQueries(warmAnchors)) await measureQuery(app.url, q, o.samples);
    await own.write("delete-everything");
    fs.rmSync(warm, { recursive: true, force: true });
    o.log(`Warmed up on ${o.warmup} documents of another seed, then emptied the database.`);
    const sizes: IngestSizeResult[] = [];
    let failures = 0;
    let at = 0;
    let anchors: QueryAnchors | null = null;
    for (const size of [...o.sizes].sort((a, b) => a - b)) {
      const window = size < 200 ? Math.floor(size / 2) : Math.min(500, Math.floor(size / 2));
      if (size - window > at)
        failures += (await bulkIngest(app.db, pipeline, files.slice(at, size - window), { batchSize: o.batchSize }))
          .failed;
      const t = performance.now();
      const summary = await bulkIngest(app.db, pipeline, files.slice(size - window, size), { batchSize: o.batchSize });
      const ms = (performance.now() - t) / window;
      failures += summary.failed;
      at = size;
      anchors ??= await findAnchors(app.url);
      const queries: Record<string, number> = {};
      const answerBytes: Record<string, number> = {};
      for (const q of corpusQueries(anchors)) {
        const m = await measureQuery(app.url, q, o.samples);
        queries[q.key] = m.ms;
        answerBytes[q.key] = m.bytes;
      }
      // The two readings search has of the same words, timed at the index (the API runs the strict one).
      for (const [key, query] of Object.entries(LUCENE_READINGS)) {
        const times: number[] = [];
        for (let i = 0; i < o.samples + 3; i++) {
          const t = performance.now();
          await own.read("search-lucene", { query, limit: 11 });
          if (i >= 3) times.push(performance.now() - t);
        }
        queries[key] = times.sort((x, y) => x - y)[Math.floor(times.length / 2)]!;
      }
      const [counts] = await app.db.read("count-graph");
      const [evidence] = await own.read("count-evidence-records");
      const [largest] = await own.read("find-largest-node");
      sizes.push({
        documents: size,
        window,
        msPerDocument: ms,
        documentsPerSecond: 1000 / ms,
        queries,
        answerBytes,
        graph: {
          nodes: counts!.nodes as number,
          relationships: counts!.relationships as number,
          evidence: evidence!.records as number,
        },
        largestNode: { properties: largest!.properties as number, longestList: largest!.longestList as number },
      });
      o.log(
        `${size} documents: ${ms.toFixed(1)} ms/document over the last ${window} (${(1000 / ms).toFixed(1)}/s); queries ${Object.entries(
          queries,
        )
          .map(([k, v]) => `${k} ${v.toFixed(1)} ms`)
          .join(", ")}`,
      );
    }
    const queryWhat = {
      ...Object.fromEntries(corpusQueries(anchors!).map((q) => [q.key, q.what])),
      luceneStrict:
        "the index alone, every word required as its character pairs (the API's first reading of 人工智能 算力)",
      lucenePhrases: "the index alone, every word a phrase (the first reading before it looked up terms)",
      luceneLoose: "the index alone, any character pair (the API's only reading before; now its fill)",
    };
    return {
      sizes,
      totalSeconds: (Date.now() - started) / 1000,
      batchSize: o.batchSize,
      failures,
      anchors: anchors!,
      queryWhat,
    };
  } finally {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

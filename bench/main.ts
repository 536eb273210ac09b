/**
 * `npm run bench`: this service against an @neo4j/graphql 7 server and a raw neo4j-driver floor,
 * over one embedded Neo4j, at several graph sizes. Writes results.json, results.md and results.svg.
 * `npm run bench -- --help` lists the knobs; `--smoke` is the seconds-long check `npm test` runs.
 */
import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { measureCosts } from "./cost.js";
import { writeIngestReport } from "./ingest/report.js";
import { runIngestBench } from "./ingest/run.js";
import { send } from "./lib/http.js";
import { describeMachine } from "./lib/machine.js";
import { type BenchNeo4j, startBenchNeo4j } from "./lib/neo4j.js";
import { cpuMicros, rssBytes } from "./lib/proc.js";
import { runLoad } from "./load.js";
import { type BenchOptions, parseOptions } from "./options.js";
import { PEER_NAMES } from "./peers/peer.js";
import { profileStatements, type StatementProfile } from "./profile.js";
import { writeReport } from "./report.js";
import type { BenchResults, ScaleResult } from "./results.js";
import { GraphBuilder, type LoadedGraph } from "./scale/load-graph.js";
import { type PeerStack, startPeers } from "./stack.js";
import { PeersDisagree, verifyPeers } from "./verify.js";
import { prepareContext, WORKLOADS, type WorkloadContext, workload } from "./workloads.js";

/** Workloads whose answers depend on ranking or truncation that the peers do differently once the graph is large. */
const NOT_COMPARED_AT_SCALE: Record<string, string> = {
  search: "past 1× there are more than 10 matches: the full-text score and CONTAINS pick different ten",
  neighborhood:
    "past 1× the hub's neighbourhood can pass the 5,000-node cut, and each side would cut a different 5,000",
};
/** An operation whose single-client latency grows more than this from 1× to the largest size gets PROFILEd. */
const GROWTH_TO_PROFILE = 1.5;

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (o.reportOnly) {
    const file = path.join(o.outDir, "results.json");
    await writeReport(JSON.parse(fs.readFileSync(file, "utf8")) as BenchResults, o.outDir);
    log(`Rendered ${path.join(o.outDir, "results.md")} again from ${file}.`);
    return;
  }
  const started = Date.now();
  log(
    `${o.smoke ? "Smoke run" : "Full run"}: scales ${o.scales.join(", ")}×; load ${o.skipLoad ? "skipped" : `${o.loadWorkloads.join(", ")} at c=${o.connections.join(",")}, ${o.rounds} round(s) of ${o.durationSec} s`}; results to ${o.outDir}`,
  );
  const scales: ScaleResult[] = [];
  let load: BenchResults["load"] = null;
  let machine: BenchResults["machine"];
  let profiles: BenchResults["profiles"] = { scale: o.scales.at(-1)!, reason: "", statements: [] };

  log(`Starting Neo4j (heap ${o.neo4jHeapMb} MB, page cache ${o.neo4jPageCacheMb} MB)…`);
  const neo4j = await startBenchNeo4j({ heapMb: o.neo4jHeapMb, pageCacheMb: o.neo4jPageCacheMb, log });
  try {
    machine = await describeMachine(neo4j.driver, process.env.JAVA_HOME);
    const builder = new GraphBuilder(neo4j.driver, {
      nodeBatch: o.nodeBatch,
      relationshipBatch: o.relationshipBatch,
      log,
    });
    const seeded = await builder.seed();
    const stack = await startPeers(neo4j.port, neo4j.auth, o.responseCacheSeconds);
    try {
      for (const scale of o.scales) {
        log(`— ${scale}× —`);
        const graph = scale === 1 ? seeded : await builder.growTo(scale);
        log(
          `Graph at ${scale}×: ${graph.nodes.toLocaleString("en-US")} nodes, ${graph.relationships.toLocaleString("en-US")} relationships, built in ${graph.loadSeconds.toFixed(1)} s (this step ${graph.stepSeconds.toFixed(1)} s).`,
        );
        scales.push(
          await measureScale(
            o,
            graph,
            stack,
            neo4j,
            scales,
            (l) => (load = l),
            (p) => (profiles = p),
          ),
        );
      }
    } finally {
      await stack.stop();
    }
  } finally {
    await neo4j.stop();
  }

  const results: BenchResults = {
    options: o,
    machine,
    startedAt: new Date(started).toISOString(),
    seconds: (Date.now() - started) / 1000,
    scales,
    load,
    profiles,
    workloadTitles: Object.fromEntries(WORKLOADS.map((w) => [w.key, w.title])),
    workloadNotes: Object.fromEntries(WORKLOADS.filter((w) => w.note).map((w) => [w.key, w.note!])),
  };
  fs.mkdirSync(o.outDir, { recursive: true });
  fs.writeFileSync(path.join(o.outDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  await writeReport(results, o.outDir);
  log(`Done in ${results.seconds.toFixed(0)} s: ${path.join(o.outDir, "results.md")}`);
  if (o.ingestSizes.length > 0) {
    // Ingest at corpus scale: its own service and Neo4j, started after the others have stopped.
    const ingest = await runIngestBench({
      sizes: o.ingestSizes,
      batchSize: 25,
      samples: o.samples,
      seed: 1,
      warmup: o.smoke ? 10 : 300,
      log,
    });
    writeIngestReport(
      ingest,
      `${results.machine.cores} cores (${results.machine.cpu}), ${results.machine.memoryGb} GB, Node ${results.machine.node}, Neo4j ${results.machine.neo4j}`,
      path.join(o.outDir, "ingest"),
    );
    log(`Ingest bench: ${path.join(o.outDir, "ingest", "results.md")}`);
  }
}

/** Verifies, measures costs and latency, and (at 1×) runs the load, at one graph size. */
async function measureScale(
  o: BenchOptions,
  graph: LoadedGraph,
  stack: PeerStack,
  neo4j: BenchNeo4j,
  earlier: ScaleResult[],
  setLoad: (l: NonNullable<BenchResults["load"]>) => void,
  setProfiles: (p: BenchResults["profiles"]) => void,
): Promise<ScaleResult> {
  const scale = graph.scale;
  const tasks = Number((await neo4j.driver.executeQuery("MATCH (t:Task) RETURN count(t) AS n")).records[0]!.get("n"));
  const ctx = await prepareContext(stack.urls, Math.min(10_000, tasks - 5));
  const result: ScaleResult = { graph, agreed: [], notCompared: [], disagreed: [], costs: [], rss: { neo4j: null } };
  for (const w of WORKLOADS) {
    if (scale > 1 && NOT_COMPARED_AT_SCALE[w.key]) {
      result.notCompared.push({ workload: w.key, reason: NOT_COMPARED_AT_SCALE[w.key]! });
      continue;
    }
    try {
      await verifyPeers([w], stack.urls, ctx);
      result.agreed.push(w.key);
    } catch (error) {
      // At 1× every peer must answer every workload alike. Past it, a peer that fails or differs is
      // a finding to report, not a reason to lose the rest of a long run.
      if (scale === 1) throw error;
      const message = error instanceof Error ? error.message : String(error);
      log(`!!! ${scale}×: ${message.slice(0, 1000)}`);
      result.disagreed.push({
        workload: w.key,
        message: error instanceof PeersDisagree ? message : `a peer failed: ${message.slice(0, 1500)}`,
      });
    }
  }
  log(
    `Peers agree on ${result.agreed.join(", ")}${result.disagreed.length ? `; DISAGREE on ${result.disagreed.map((d) => d.workload).join(", ")}` : ""}.`,
  );

  result.costs = await measureCosts(WORKLOADS, stack, ctx, o.samples, neo4j.pid);
  for (const c of result.costs.filter((x) => x.error)) log(`!!! ${scale}×: ${c.peer} failed ${c.workload}: ${c.error}`);
  for (const c of result.costs.filter((x) => x.peer === "ours")) {
    log(
      `  ${c.workload}: ours ${c.medianMs.toFixed(1)} ms, ${c.roundTrips.toFixed(1)} round trips, ${(c.bytesFromNeo4j / 1024).toFixed(1)} KB from Neo4j`,
    );
  }
  const rss = async () => ({
    neo4j: rssBytes(neo4j.pid),
    ...Object.fromEntries(await Promise.all(PEER_NAMES.map(async (p) => [p, (await stack.peers[p].stats()).rssBytes]))),
  });
  if (scale === 1 && !o.skipLoad) {
    const before = await rss();
    setLoad(
      await runLoad(o.loadWorkloads.map(workload), stack.urls, ctx, {
        connections: o.connections,
        rounds: o.rounds,
        durationSec: o.durationSec,
        warmupSec: o.warmupSec,
        log,
      }),
    );
    log(`RSS before the load: ${fmtRss(before)}`);
  }
  if (scale === o.scales.at(-1)) setProfiles(await profileGrowth(o, earlier, result, stack, ctx, neo4j.driver));
  result.rss = await rss();
  log(`RSS: ${fmtRss(result.rss)}; Neo4j CPU so far ${((cpuMicros(neo4j.pid) ?? 0) / 1e6).toFixed(1)} s`);
  return result;
}

/**
 * PROFILEs, at the largest size, the statements ours sends for each operation whose single-client
 * latency grew more than {@link GROWTH_TO_PROFILE}× from 1× (in a smoke run: the page, always). The
 * statements are captured off the wire, so they are exactly what the service runs, whatever its
 * cypher/ holds by then.
 */
async function profileGrowth(
  o: BenchOptions,
  earlier: ScaleResult[],
  current: ScaleResult,
  stack: PeerStack,
  ctx: WorkloadContext,
  driver: Driver,
): Promise<BenchResults["profiles"]> {
  const base = earlier[0] ?? current;
  const growing = current.costs
    .filter((c) => c.peer === "ours")
    .filter((c) => {
      const at1 = base.costs.find((b) => b.peer === "ours" && b.workload === c.workload);
      return at1 && c.medianMs / at1.medianMs > GROWTH_TO_PROFILE;
    })
    .map((c) => c.workload);
  if (o.smoke && !growing.includes("page")) growing.push("page");
  const statements: StatementProfile[] = [];
  for (const key of growing) {
    const request = workload(key).requests(ctx).ours;
    if (!request) continue;
    await stack.peers.ours.captureStart();
    await send(stack.urls.ours, request, "ours");
    const captured = await stack.peers.ours.captureStop();
    statements.push(...(await profileStatements(driver, key, captured)));
  }
  log(
    `PROFILEd ${statements.length} statement(s) of ${growing.join(", ") || "no operation"} at ${current.graph.scale}×.`,
  );
  return {
    scale: current.graph.scale,
    reason: `operations of ours whose single-client latency at ${current.graph.scale}× is more than ${GROWTH_TO_PROFILE}× that at ${base.graph.scale}×${o.smoke ? " (smoke run: the page always)" : ""}`,
    statements,
  };
}

function fmtRss(r: Record<string, number | null | undefined>): string {
  return Object.entries(r)
    .map(([k, v]) => `${k} ${v ? (v / 2 ** 20).toFixed(0) : "?"} MB`)
    .join(", ");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);

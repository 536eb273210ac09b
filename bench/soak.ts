/**
 * `npm run soak`: a bounded load test of the real service with its embedded Neo4j. It starts
 * `dist/src/main.js` as `npm start` would (built first, without npm in between), on free loopback ports and a
 * temporary data folder, sends a mix of operations at concurrency 32 for a few minutes (bounded in
 * time and in request count), and reports errors, p99 and the RSS of Node and Java before and after.
 * Then a mixed hostile phase (bench/lib/cpu-fairness.ts): one client alone sending a trivial query,
 * then the same client while another sends heavy exports (5 aliased graph(format: GEXF) at
 * concurrency 4); it reports the trivial client's p50/p99 in both and the heavy client's throughput.
 * It stops the service with SIGTERM and checks that no process is left.
 *
 *   npm run soak -- [--duration 180] [--connections 32] [--max-requests 500000] [--json out.json]
 *                   [--query-timeout-ms N]   (sets the service's NEO4J_QUERY_TIMEOUT_MS; default: its own)
 *                   [--hostile-duration 30]  (seconds of the mixed hostile phase, after 10 s of the trivial client alone; 0 skips it)
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { buildService } from "./lib/build.js";
import { type FairnessResult, fairnessRows, heaviestAdmitted, measureCpuFairness } from "./lib/cpu-fairness.js";
import { send } from "./lib/http.js";
import { freePort, PROJECT_ROOT } from "./lib/neo4j.js";
import { cpuMicros, rssBytes } from "./lib/proc.js";
import { prepareContext, WORKLOADS } from "./workloads.js";

/** Seconds of the trivial client alone before the hostile phase. */
const BASELINE_SEC = 10;

const log = (line: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`);

interface SoakOptions {
  durationSec: number;
  connections: number;
  maxRequests: number;
  json?: string;
  /** Passed to the service as NEO4J_QUERY_TIMEOUT_MS; undefined keeps the service's default. */
  queryTimeoutMs?: number;
  /** Seconds of the mixed hostile phase (0: none). */
  hostileSec: number;
}

function options(): SoakOptions {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      duration: { type: "string" },
      connections: { type: "string" },
      "max-requests": { type: "string" },
      json: { type: "string" },
      "query-timeout-ms": { type: "string" },
      "hostile-duration": { type: "string" },
    },
  });
  const n = (raw: string | undefined, fallback: number, name: string, min = 1) => {
    const v = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be a whole number ≥ ${min}, but is "${raw}".`);
    return v;
  };
  return {
    durationSec: n(values.duration, 180, "duration"),
    connections: n(values.connections, 32, "connections"),
    maxRequests: n(values["max-requests"], 500_000, "max-requests"),
    json: values.json,
    queryTimeoutMs:
      values["query-timeout-ms"] === undefined ? undefined : n(values["query-timeout-ms"], 0, "query-timeout-ms"),
    hostileSec: n(values["hostile-duration"], 30, "hostile-duration", 0),
  };
}

/** Children of a process, from /proc (the embedded Neo4j's JVM is a child of the service's Node). */
function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) out.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

async function waitReady(url: string, service: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.exitCode !== null) throw new Error(`the service exited with code ${service.exitCode} while starting`);
    try {
      if ((await fetch(`${url}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the service was not ready after ${timeoutMs / 1000} s`);
}

function stopService(service: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (service.exitCode !== null) return resolve(service.exitCode);
    const timer = setTimeout(() => service.kill("SIGKILL"), 40_000);
    service.once("exit", (code) => (clearTimeout(timer), resolve(code)));
    service.kill("SIGTERM");
  });
}

async function main(): Promise<void> {
  const o = options();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-soak-"));
  const port = await freePort();
  const boltPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    NEO4J_EMBEDDED_PORT: String(boltPort),
    NEO4J_EMBEDDED_DATA_DIR: dataDir,
  };
  delete env.NEO4J_URI;
  if (o.queryTimeoutMs !== undefined) env.NEO4J_QUERY_TIMEOUT_MS = String(o.queryTimeoutMs);
  log(
    `Starting the service (dist/src/main.js) on 127.0.0.1:${port}, embedded Neo4j on ${boltPort}, data in ${dataDir}…`,
  );
  const service = spawn(process.execPath, [path.join(buildService(), "main.js")], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  service.stdout!.on("data", (b: Buffer) => process.stdout.write(`  service: ${b}`));
  service.stderr!.on("data", (b: Buffer) => process.stderr.write(`  service: ${b}`));
  const url = `http://127.0.0.1:${port}`;
  let javaPid: number | undefined;
  try {
    await waitReady(url, service, 300_000);
    javaPid = childPids(service.pid!).find((p) => /java/.test(fs.readFileSync(`/proc/${p}/comm`, "utf8")));
    const ctx = await prepareContext({ ours: url }, 13);
    const mix = WORKLOADS.map((w) => ({ key: w.key, request: w.requests(ctx).ours })).filter(
      (x) => x.request !== undefined,
    );
    for (const m of mix) await send(url, m.request!, m.key); // every operation works before the load starts
    const memory = () => ({ node: rssBytes(service.pid!), java: javaPid ? rssBytes(javaPid) : null });
    const before = memory();
    const cpuBefore = { node: cpuMicros(service.pid!), java: javaPid ? cpuMicros(javaPid) : null };
    log(
      `Ready. Mix of ${mix.length} operations (${mix.map((m) => m.key).join(", ")}), concurrency ${o.connections}, ${o.durationSec} s, at most ${o.maxRequests.toLocaleString("en-US")} requests.`,
    );
    let graphqlErrors = 0;
    let peakNode = before.node ?? 0;
    let peakJava = before.java ?? 0;
    const sampler = setInterval(() => {
      const m = memory();
      peakNode = Math.max(peakNode, m.node ?? 0);
      peakJava = Math.max(peakJava, m.java ?? 0);
    }, 1000);
    const result = await autocannon({
      url,
      connections: o.connections,
      duration: o.durationSec,
      maxOverallRequests: o.maxRequests,
      requests: mix.map((m) => ({
        ...m.request!,
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors":[{')) graphqlErrors++;
        },
      })),
    } as autocannon.Options);
    clearInterval(sampler);
    const after = memory();
    const cpuAfter = { node: cpuMicros(service.pid!), java: javaPid ? cpuMicros(javaPid) : null };
    const mb = (b: number | null) => (b === null ? "?" : `${(b / 2 ** 20).toFixed(0)} MB`);
    const summary = {
      requests: result.requests.total,
      seconds: result.duration,
      reqPerSec: Math.round(result.requests.total / result.duration),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors,
      nodeRss: { before: before.node, after: after.node, peak: peakNode },
      javaRss: { before: before.java, after: after.java, peak: peakJava },
      cpuSeconds: {
        node: ((cpuAfter.node ?? 0) - (cpuBefore.node ?? 0)) / 1e6,
        java: ((cpuAfter.java ?? 0) - (cpuBefore.java ?? 0)) / 1e6,
      },
    };
    let fairness: (FairnessResult & { refusedCost?: number }) | undefined;
    if (o.hostileSec > 0) {
      // The issue's 5 exports a request, or as many as the cost limit now admits (rendering counts in the cost).
      const heaviest = await heaviestAdmitted(url);
      log(
        `Mixed hostile phase: a trivial query from 127.0.0.2 alone for ${BASELINE_SEC} s, then beside ${heaviest.aliases} aliased whole-graph GEXF exports a request from 127.0.0.3 for ${o.hostileSec} s` +
          `${heaviest.refusedCost ? ` (5 cost ${heaviest.refusedCost.toLocaleString("en-US")}, over the limit)` : ""}…`,
      );
      fairness = {
        ...(await measureCpuFairness({
          url,
          baselineSec: BASELINE_SEC,
          hostileSec: o.hostileSec,
          heavyAliases: heaviest.aliases,
        })),
        refusedCost: heaviest.refusedCost,
      };
    }
    console.log(
      [
        "",
        `| soak (${o.connections} connections, ${summary.seconds} s, mix of ${mix.length}${o.queryTimeoutMs ? `, NEO4J_QUERY_TIMEOUT_MS=${o.queryTimeoutMs}` : ""}) | |`,
        "|---|---|",
        `| requests | ${summary.requests.toLocaleString("en-US")} (${summary.reqPerSec} req/s) |`,
        `| errors / timeouts / non-2xx / GraphQL errors | ${summary.errors} / ${summary.timeouts} / ${summary.non2xx} / ${summary.graphqlErrors} |`,
        `| latency p50 / p99 / max | ${summary.p50Ms} / ${summary.p99Ms} / ${summary.maxMs} ms |`,
        `| Node RSS before / after / peak | ${mb(summary.nodeRss.before)} / ${mb(summary.nodeRss.after)} / ${mb(summary.nodeRss.peak)} |`,
        `| Java RSS before / after / peak | ${mb(summary.javaRss.before)} / ${mb(summary.javaRss.after)} / ${mb(summary.javaRss.peak)} |`,
        ...(fairness ? fairnessRows(fairness) : []),
        ...(fairness?.refusedCost
          ? [
              `| the issue's 5 × graph(format: GEXF) in one request | refused: cost ${fairness.refusedCost.toLocaleString("en-US")} |`,
            ]
          : []),
        "",
      ].join("\n"),
    );
    if (o.json) fs.writeFileSync(o.json, `${JSON.stringify({ ...summary, fairness }, null, 2)}\n`);
    if (summary.errors + summary.timeouts + summary.non2xx + summary.graphqlErrors > 0) process.exitCode = 1;
    // The heavy client may be refused; the trivial one never.
    if (fairness && fairness.before.ok + fairness.during.ok < fairness.before.requests + fairness.during.requests)
      process.exitCode = 1;
  } finally {
    const code = await stopService(service);
    const left = [service.pid!, ...(javaPid ? [javaPid] : [])].filter(
      (p) => fs.existsSync(`/proc/${p}`) && !/^\S+ \(\S+\) Z/.test(fs.readFileSync(`/proc/${p}/stat`, "utf8")),
    );
    log(
      `Service stopped (exit code ${code}); ${left.length === 0 ? "no process left" : `STILL RUNNING: ${left.join(", ")}`}.`,
    );
    if (left.length > 0) process.exitCode = 1;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[soak] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});

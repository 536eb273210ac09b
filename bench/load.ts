import autocannon from "autocannon";
import { median } from "./lib/stats.js";
import type { HttpRequest } from "./lib/http.js";
import type { PeerName } from "./peers/peer.js";
import type { Workload, WorkloadContext } from "./workloads.js";

/** One autocannon run. */
export interface LoadRun {
  workload: string;
  peer: PeerName;
  connections: number;
  round: number;
  reqPerSec: number;
  p99Ms: number;
  errors: number;
}

/** Median over rounds of one workload at one concurrency, per peer, and the same-round ratio ours/peer. */
export interface LoadSummary {
  workload: string;
  connections: number;
  reqPerSec: Partial<Record<PeerName, number>>;
  p99Ms: Partial<Record<PeerName, number>>;
  errors: Partial<Record<PeerName, number>>;
  /** Median over rounds of (ours / @neo4j/graphql) req/s measured in the same round. */
  oursOverPeer: number;
  /** Same for ours / raw floor. */
  oursOverRaw: number;
}

export interface LoadOptions {
  connections: number[];
  rounds: number;
  durationSec: number;
  warmupSec: number;
  log: (line: string) => void;
}

function fire(baseUrl: string, r: HttpRequest, connections: number, durationSec: number): Promise<autocannon.Result> {
  return autocannon({
    url: baseUrl + r.path,
    method: r.method,
    body: r.body,
    headers: r.headers,
    connections,
    duration: durationSec,
    // Loopback only, and never more in flight than the connections.
    pipelining: 1,
  });
}

/**
 * Warms every peer on every workload, then runs rounds; in each round, for each workload and
 * concurrency, the peers are loaded one after the other (ours, peer, raw), so slow drift of the
 * machine hits all three alike and ratios are taken within one round.
 */
export async function runLoad(
  workloads: Workload[],
  urls: Record<PeerName, string>,
  ctx: WorkloadContext,
  o: LoadOptions,
): Promise<{ runs: LoadRun[]; summary: LoadSummary[] }> {
  const runs: LoadRun[] = [];
  if (o.warmupSec > 0) {
    o.log(`Warming up (${o.warmupSec} s per workload and peer)…`);
    for (const w of workloads)
      for (const [peer, r] of Object.entries(w.requests(ctx)) as [PeerName, HttpRequest][])
        await fire(urls[peer], r, 8, o.warmupSec);
  }
  for (let round = 1; round <= o.rounds; round++) {
    for (const w of workloads) {
      for (const c of o.connections) {
        const line: string[] = [];
        for (const [peer, r] of Object.entries(w.requests(ctx)) as [PeerName, HttpRequest][]) {
          const res = await fire(urls[peer], r, c, o.durationSec);
          const run: LoadRun = {
            workload: w.key,
            peer,
            connections: c,
            round,
            reqPerSec: res.requests.total / res.duration,
            p99Ms: res.latency.p99,
            errors: res.errors + res.timeouts + res.non2xx,
          };
          runs.push(run);
          line.push(
            `${peer} ${run.reqPerSec.toFixed(0)} req/s p99 ${run.p99Ms} ms${run.errors ? ` ${run.errors} errors` : ""}`,
          );
        }
        o.log(`round ${round}/${o.rounds} ${w.key} c=${c}: ${line.join(", ")}`);
      }
    }
  }
  return { runs, summary: summarise(runs) };
}

export function summarise(runs: LoadRun[]): LoadSummary[] {
  const out: LoadSummary[] = [];
  const keys = [...new Set(runs.map((r) => `${r.workload}|${r.connections}`))];
  for (const key of keys) {
    const [workload, c] = key.split("|");
    const these = runs.filter((r) => r.workload === workload && r.connections === Number(c));
    const peers = [...new Set(these.map((r) => r.peer))];
    const of = (p: PeerName, f: (r: LoadRun) => number) => median(these.filter((r) => r.peer === p).map(f));
    const ratio = (other: PeerName) => {
      const rounds = [...new Set(these.map((r) => r.round))];
      return median(
        rounds.map((round) => {
          const a = these.find((r) => r.round === round && r.peer === "ours");
          const b = these.find((r) => r.round === round && r.peer === other);
          return a && b && b.reqPerSec > 0 ? a.reqPerSec / b.reqPerSec : Number.NaN;
        }),
      );
    };
    out.push({
      workload: workload!,
      connections: Number(c),
      reqPerSec: Object.fromEntries(peers.map((p) => [p, of(p, (r) => r.reqPerSec)])),
      p99Ms: Object.fromEntries(peers.map((p) => [p, of(p, (r) => r.p99Ms)])),
      errors: Object.fromEntries(
        peers.map((p) => [p, these.filter((r) => r.peer === p).reduce((s, r) => s + r.errors, 0)]),
      ),
      oursOverPeer: ratio("peer"),
      oursOverRaw: ratio("raw"),
    });
  }
  return out;
}

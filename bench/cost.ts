import { type HttpRequest, send } from "./lib/http.js";
import { cpuMicros } from "./lib/proc.js";
import type { PeerName } from "./peers/peer.js";
import type { PeerProcess, PeerStack } from "./stack.js";
import type { Workload, WorkloadContext } from "./workloads.js";

/** What one request costs a peer, averaged over N sequential requests. */
export interface RequestCost {
  workload: string;
  peer: PeerName;
  requests: number;
  /** Cypher statements (Bolt RUN messages) per request. */
  roundTrips: number;
  /** Bytes Neo4j sent to the peer per request. */
  bytesFromNeo4j: number;
  /** Bytes of the HTTP response body. */
  responseBytes: number;
  /** CPU of the peer's Node process, and of Neo4j's JVM, per request (ms). */
  peerCpuMs: number;
  neo4jCpuMs: number | null;
  /** Median wall-clock latency of the sequential requests (ms): the single-client latency. */
  medianMs: number;
  /** Set when the peer failed this request (then the numbers are NaN). */
  error?: string;
}

/** A slow operation gets fewer samples: it stops after this many seconds (but at least {@link MIN_SAMPLES}). */
const MAX_SECONDS_PER_OPERATION = 20;
const MIN_SAMPLES = 3;

/**
 * Sends `n` sequential requests of each workload to each peer (fewer for an operation that takes
 * seconds, see {@link MAX_SECONDS_PER_OPERATION}) and divides what the peer's Bolt proxy counted
 * (RUN messages, bytes from Neo4j) and the CPU used by the peer and by Neo4j by the count.
 */
export async function measureCosts(
  workloads: Workload[],
  stack: PeerStack,
  ctx: WorkloadContext,
  n: number,
  neo4jPid: number,
): Promise<RequestCost[]> {
  const out: RequestCost[] = [];
  for (const w of workloads) {
    for (const [peer, request] of Object.entries(w.requests(ctx)) as [
      PeerName,
      NonNullable<ReturnType<Workload["requests"]>[PeerName]>,
    ][]) {
      const p = stack.peers[peer];
      try {
        out.push(await measureOne(w.key, peer, p, request, n, neo4jPid));
      } catch (error) {
        const nan = Number.NaN;
        out.push({
          workload: w.key,
          peer,
          requests: n,
          roundTrips: nan,
          bytesFromNeo4j: nan,
          responseBytes: nan,
          peerCpuMs: nan,
          neo4jCpuMs: nan,
          medianMs: nan,
          error: String(error instanceof Error ? error.message : error).slice(0, 600),
        });
      }
    }
  }
  return out;
}

async function measureOne(
  workload: string,
  peer: PeerName,
  p: PeerProcess,
  request: HttpRequest,
  n: number,
  neo4jPid: number,
): Promise<RequestCost> {
  await send(p.url, request, peer); // warm: plans cached, connections open
  await p.reset();
  const before = await p.stats();
  const neo4jBefore = cpuMicros(neo4jPid);
  const times: number[] = [];
  let bytes = 0;
  const deadline = performance.now() + MAX_SECONDS_PER_OPERATION * 1000;
  for (let i = 0; i < n && (i < MIN_SAMPLES || performance.now() < deadline); i++) {
    const t0 = performance.now();
    bytes += (await send(p.url, request, peer)).bytes;
    times.push(performance.now() - t0);
  }
  const count = times.length;
  const after = await p.stats();
  const neo4jAfter = cpuMicros(neo4jPid);
  times.sort((a, b) => a - b);
  return {
    workload,
    peer,
    requests: count,
    roundTrips: after.runs / count,
    bytesFromNeo4j: after.bytesFromNeo4j / count,
    responseBytes: bytes / count,
    peerCpuMs: (after.cpuMicros - before.cpuMicros) / count / 1000,
    neo4jCpuMs: neo4jBefore !== null && neo4jAfter !== null ? (neo4jAfter - neo4jBefore) / count / 1000 : null,
    medianMs: times[Math.floor(times.length / 2)]!,
  };
}

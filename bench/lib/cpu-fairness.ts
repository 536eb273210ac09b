import { type LoopResult, runClientLoop } from "./client-loop.js";
import { fmt, percentile } from "./stats.js";

/** `n` aliased whole-graph GEXF exports in one request. */
export function heavyExports(n: number): string {
  return `{ ${Array.from({ length: n }, (_, i) => `g${i}: graph(format: GEXF) { text }`).join(" ")} }`;
}

/**
 * The hostile client of issue 20: five whole-graph GEXF renders in one request (cost 10,000 before
 * rendering was counted, half the default limit), sent at concurrency 4.
 */
export const HEAVY_EXPORTS = heavyExports(5);

/**
 * The most aliased whole-graph GEXF exports, up to five, that the service's cost limit admits in one
 * request, and the cost it gave the five when it refused them. Each try that passes renders once.
 */
export async function heaviestAdmitted(url: string): Promise<{ aliases: number; refusedCost?: number }> {
  let refusedCost: number | undefined;
  for (let n = 5; n > 1; n--) {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: heavyExports(n) }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { limit?: string; actual?: number } }[] };
    const limit = body.errors?.[0]?.extensions;
    if (limit?.limit !== "cost") return { aliases: n, refusedCost };
    if (n === 5) refusedCost = limit.actual;
  }
  return { aliases: 1, refusedCost };
}

/** The other client's trivial query: one count from the database. */
export const TRIVIAL_QUERY = "{ documents(first: 1) { totalCount } }";
/** The heavy client's requests in flight, as in the issue. */
const HEAVY_CONCURRENCY = 4;
/** The trivial client's pause between its requests: about 40 requests a second. */
const TRIVIAL_PAUSE_MS = 20;

export interface FairnessOptions {
  url: string;
  /** Seconds of the trivial client alone, then of both clients together. */
  baselineSec: number;
  hostileSec: number;
  /** Aliased whole-graph GEXF exports in each of the heavy client's requests (default 5, as in the issue). */
  heavyAliases?: number;
}

/** Latency of the trivial client in a phase. */
export interface Latency {
  requests: number;
  ok: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  refused: Record<string, number>;
}

export interface FairnessResult {
  /** The trivial client alone. */
  before: Latency;
  /** The trivial client while the heavy client sends its exports. */
  during: Latency;
  /** The heavy client: answers, answers per second, and what it was refused. */
  heavy: {
    aliases: number;
    requests: number;
    ok: number;
    okPerSec: number;
    p50Ms: number;
    refused: Record<string, number>;
  };
}

/**
 * CPU fairness, measured: a trivial client alone (127.0.0.2), then the same client while a heavy one
 * (127.0.0.3) sends whole-graph exports at concurrency 4. Two loopback addresses are two clients to
 * the service. The heavy client may be slow or refused; the point is the other one's latency.
 */
export async function measureCpuFairness(o: FairnessOptions): Promise<FairnessResult> {
  const trivial = {
    url: o.url,
    localAddress: "127.0.0.2",
    query: TRIVIAL_QUERY,
    concurrency: 1,
    pauseMs: TRIVIAL_PAUSE_MS,
  };
  const before = await runClientLoop(trivial, AbortSignal.timeout(o.baselineSec * 1000));
  const stop = AbortSignal.timeout(o.hostileSec * 1000);
  const aliases = o.heavyAliases ?? 5;
  const heavyLoop = runClientLoop(
    { url: o.url, localAddress: "127.0.0.3", query: heavyExports(aliases), concurrency: HEAVY_CONCURRENCY },
    stop,
  );
  // The trivial client starts once the heavy one is under way, and stops with it.
  await new Promise((r) => setTimeout(r, 500));
  const during = await runClientLoop(trivial, stop);
  const heavy = await heavyLoop;
  return {
    before: latency(before),
    during: latency(during),
    heavy: {
      aliases,
      requests: heavy.latenciesMs.length,
      ok: heavy.ok,
      okPerSec: heavy.ok / heavy.seconds,
      p50Ms: percentile(heavy.latenciesMs, 50),
      refused: heavy.refused,
    },
  };
}

function latency(r: LoopResult): Latency {
  const xs = r.latenciesMs;
  return {
    requests: xs.length,
    ok: r.ok,
    p50Ms: percentile(xs, 50),
    p99Ms: percentile(xs, 99),
    maxMs: Math.max(...xs),
    refused: r.refused,
  };
}

/** The result as rows of the soak's Markdown table. */
export function fairnessRows(r: FairnessResult): string[] {
  const refused = (x: Record<string, number>) =>
    Object.entries(x)
      .map(([k, n]) => `${n} × ${k}`)
      .join(", ") || "none";
  const row = (what: string, l: Latency) =>
    `| trivial client ${what}: p50 / p99 / max (requests, refused) | ${fmt(l.p50Ms, 1)} / ${fmt(l.p99Ms, 1)} / ${fmt(l.maxMs)} ms (${l.requests}, ${refused(l.refused)}) |`;
  return [
    row("alone", r.before),
    row("beside heavy exports", r.during),
    `| heavy client (${r.heavy.aliases} × graph(format: GEXF) a request, concurrency 4): answered / p50 / refused | ${r.heavy.ok} (${fmt(r.heavy.okPerSec, 2)} req/s, ${fmt(r.heavy.okPerSec * r.heavy.aliases, 1)} renders/s) / ${fmt(r.heavy.p50Ms)} ms / ${refused(r.heavy.refused)} |`,
  ];
}

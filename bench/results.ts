import type { RequestCost } from "./cost.js";
import type { Machine } from "./lib/machine.js";
import type { LoadRun, LoadSummary } from "./load.js";
import type { BenchOptions } from "./options.js";
import type { PeerName } from "./peers/peer.js";
import type { StatementProfile } from "./profile.js";
import type { LoadedGraph } from "./scale/load-graph.js";

/** One graph size: what was loaded, what was checked, and what each operation cost. */
export interface ScaleResult {
  graph: LoadedGraph;
  /** Workloads on which every peer answering them returned the same data. */
  agreed: string[];
  /** Workloads not compared at this size, and why. */
  notCompared: { workload: string; reason: string }[];
  /** Workloads on which the peers disagreed, or a peer failed, at this size (fatal at 1×, reported above it). */
  disagreed: { workload: string; message: string }[];
  costs: RequestCost[];
  /** RSS of Neo4j's JVM and of each peer's Node process after the measurements (bytes). */
  rss: { neo4j: number | null } & Partial<Record<PeerName, number>>;
}

/** Everything one `npm run bench` measured: bench/results.json, rendered into results.md. */
export interface BenchResults {
  options: BenchOptions;
  machine: Machine;
  startedAt: string;
  seconds: number;
  scales: ScaleResult[];
  load: { summary: LoadSummary[]; runs: LoadRun[] } | null;
  profiles: { scale: number; reason: string; statements: StatementProfile[] };
  workloadTitles: Record<string, string>;
  workloadNotes: Record<string, string>;
}

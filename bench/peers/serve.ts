/**
 * Child-process entry of one peer: `serve.ts <ours|peer|raw> <bolt port>`, with Neo4j's
 * credentials (if any) as JSON in the environment variable BENCH_NEO4J_AUTH. Starts a counting Bolt
 * proxy to Neo4j and the peer behind it, tells the parent its URL over IPC, then answers the
 * parent's questions (Bolt counters, CPU time, RSS) until told to stop. Each peer gets a process of
 * its own so that neither autocannon nor another peer shares its event loop or its heap.
 */
import "reflect-metadata";
import { startBoltProxy } from "../lib/bolt-proxy.js";
import { startNeo4jGraphQL } from "./neo4j-graphql.js";
import { startOurs } from "./ours.js";
import { NO_AUTH, type Neo4jAuth, type PeerName, type RunningPeer } from "./peer.js";
import { startRaw } from "./raw.js";

/** A question from the parent. */
export type PeerRequest = { id: number; type: "stats" | "reset" | "stop" | "captureStart" | "captureStop" };

/** What a peer process reports about itself. */
export interface PeerStats {
  runs: number;
  bytesFromNeo4j: number;
  /** User + system CPU time of this process, in microseconds. */
  cpuMicros: number;
  rssBytes: number;
  heapUsedBytes: number;
}

const STARTERS: Record<PeerName, (uri: string, auth: Neo4jAuth) => Promise<RunningPeer>> = {
  ours: startOurs,
  peer: startNeo4jGraphQL,
  raw: startRaw,
};

async function main(): Promise<void> {
  const name = process.argv[2] as PeerName;
  const boltPort = Number(process.argv[3]);
  if (!STARTERS[name] || !Number.isInteger(boltPort))
    throw new Error(`usage: serve.ts <ours|peer|raw> <bolt port>, got ${process.argv.slice(2).join(" ")}`);
  const proxy = await startBoltProxy(boltPort);
  const auth = process.env.BENCH_NEO4J_AUTH ? (JSON.parse(process.env.BENCH_NEO4J_AUTH) as Neo4jAuth) : NO_AUTH;
  const peer = await STARTERS[name](proxy.uri, auth);
  // Each peer runs as it would in production: without the source-mapped stack traces that tsx (which
  // runs this file) turns on. The Neo4j driver captures a stack per statement, in all three peers.
  process.setSourceMapsEnabled(false);
  const stats = (): PeerStats => {
    const c = proxy.counters();
    const cpu = process.cpuUsage();
    const mem = process.memoryUsage();
    return {
      runs: c.runs,
      bytesFromNeo4j: c.bytesFromNeo4j,
      cpuMicros: cpu.user + cpu.system,
      rssBytes: mem.rss,
      heapUsedBytes: mem.heapUsed,
    };
  };
  process.on("message", async (m: PeerRequest) => {
    if (m.type === "reset") proxy.reset();
    if (m.type === "captureStart" || m.type === "captureStop") {
      process.send!({ id: m.id, statements: proxy.capture(m.type === "captureStart") });
      return;
    }
    if (m.type === "stop") {
      await peer.stop().catch(() => {});
      await proxy.stop();
      process.send!({ id: m.id, ok: true }, () => process.exit(0));
      return;
    }
    process.send!({ id: m.id, stats: stats() });
  });
  // The parent is gone (however it died): stop too, never linger.
  process.on("disconnect", () => process.exit(0));
  process.send!({ ready: true, url: peer.url });
}

main().catch((error: unknown) => {
  process.send?.({ failed: String(error instanceof Error ? error.stack : error) });
  process.exit(1);
});

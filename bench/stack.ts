import { type BoltProxy, startBoltProxy } from "./lib/bolt-proxy.js";
import type { BenchNeo4j } from "./lib/neo4j.js";
import { startNeo4jGraphQL } from "./peers/neo4j-graphql.js";
import { startOurs } from "./peers/ours.js";
import { PEER_NAMES, type PeerName, type RunningPeer } from "./peers/peer.js";
import { startRaw } from "./peers/raw.js";

/** The three peers, each behind its own counting Bolt proxy to the same Neo4j. */
export interface PeerStack {
  urls: Record<PeerName, string>;
  proxies: Record<PeerName, BoltProxy>;
  stop(): Promise<void>;
}

const STARTERS: Record<PeerName, (uri: string) => Promise<RunningPeer>> = { ours: startOurs, peer: startNeo4jGraphQL, raw: startRaw };

/** Starts ours, the @neo4j/graphql peer and the raw floor over `neo4j`, all in this process, on loopback. */
export async function startPeers(neo4j: BenchNeo4j): Promise<PeerStack> {
  const started: { peer?: RunningPeer; proxy: BoltProxy }[] = [];
  const stop = async () => {
    for (const s of started.reverse()) {
      await s.peer?.stop().catch(() => {});
      await s.proxy.stop();
    }
  };
  try {
    const urls = {} as Record<PeerName, string>;
    const proxies = {} as Record<PeerName, BoltProxy>;
    for (const name of PEER_NAMES) {
      const proxy = await startBoltProxy(neo4j.port);
      const entry: { peer?: RunningPeer; proxy: BoltProxy } = { proxy };
      started.push(entry);
      entry.peer = await STARTERS[name](proxy.uri);
      urls[name] = entry.peer.url;
      proxies[name] = proxy;
    }
    return { urls, proxies, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

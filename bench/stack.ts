import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import type { CapturedStatement } from "./lib/bolt-proxy.js";
import type { PeerRequest, PeerStats } from "./peers/serve.js";
import { type Neo4jAuth, PEER_NAMES, type PeerName } from "./peers/peer.js";

/** One peer running in its own Node process. */
export interface PeerProcess {
  name: PeerName;
  url: string;
  pid: number;
  stats(): Promise<PeerStats>;
  /** Zeroes the Bolt counters (CPU and RSS are cumulative: take differences). */
  reset(): Promise<void>;
  /** Records the Cypher statements the peer sends from now on. */
  captureStart(): Promise<void>;
  /** Stops recording and returns what was recorded. */
  captureStop(): Promise<CapturedStatement[]>;
  stop(): Promise<void>;
}

/** The three peers over the same Neo4j. */
export interface PeerStack {
  urls: Record<PeerName, string>;
  peers: Record<PeerName, PeerProcess>;
  stop(): Promise<void>;
}

const SERVE = path.join(import.meta.dirname, "peers", "serve.ts");

/** Forks `serve.ts` for one peer and resolves once it listens. */
export function startPeerProcess(
  name: PeerName,
  boltPort: number,
  auth?: Neo4jAuth,
  responseCacheSeconds = 0,
): Promise<PeerProcess> {
  const env = {
    ...process.env,
    ...(auth ? { BENCH_NEO4J_AUTH: JSON.stringify(auth) } : {}),
    BENCH_RESPONSE_CACHE_SECONDS: String(responseCacheSeconds),
  };
  const child: ChildProcess = fork(SERVE, [name, String(boltPort)], {
    execArgv: ["--import", "tsx"],
    env,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let next = 1;
  const waiting = new Map<number, (m: any) => void>();
  const ask = (type: PeerRequest["type"]) =>
    new Promise<any>((resolve, reject) => {
      if (!child.connected) return reject(new Error(`peer ${name} is not running`));
      const id = next++;
      waiting.set(id, resolve);
      child.send({ id, type } satisfies PeerRequest);
    });
  return new Promise((resolve, reject) => {
    child.on("message", (m: any) => {
      if (m.ready) {
        let stopped: Promise<void> | undefined;
        resolve({
          name,
          url: m.url,
          pid: child.pid!,
          stats: async () => (await ask("stats")).stats,
          reset: async () => void (await ask("reset")),
          captureStart: async () => void (await ask("captureStart")),
          captureStop: async () => (await ask("captureStop")).statements,
          stop: () =>
            (stopped ??= new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
              child.once("exit", () => (clearTimeout(timer), done()));
              ask("stop").catch(() => child.kill("SIGKILL"));
            })),
        });
      } else if (m.failed) reject(new Error(`peer ${name} failed to start: ${m.failed}`));
      else if (m.id) (waiting.get(m.id)?.(m), waiting.delete(m.id));
    });
    child.once("exit", (code) => reject(new Error(`peer ${name} exited with code ${code} before it was ready`)));
  });
}

/**
 * Starts ours, the @neo4j/graphql peer and the raw floor, each in its own process behind its own
 * counting proxy; `responseCacheSeconds` turns ours' response cache on (0: off, as for the engine's numbers).
 */
export async function startPeers(boltPort: number, auth?: Neo4jAuth, responseCacheSeconds = 0): Promise<PeerStack> {
  const started: PeerProcess[] = [];
  const stop = async () => {
    await Promise.all(started.map((p) => p.stop()));
  };
  try {
    for (const name of PEER_NAMES)
      started.push(await startPeerProcess(name, boltPort, auth, name === "ours" ? responseCacheSeconds : 0));
    const peers = Object.fromEntries(started.map((p) => [p.name, p])) as Record<PeerName, PeerProcess>;
    return { peers, urls: Object.fromEntries(started.map((p) => [p.name, p.url])) as Record<PeerName, string>, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

import { spawn } from "node:child_process";
import path from "node:path";
import { EMBEDDED_USERNAME, ensurePassword } from "./embedded.auth.js";
import { ownerOnly, prepareDataDir } from "./embedded.data-dir.js";
import { assertJava, javaTool } from "./embedded.java.js";
import { fetchNeo4jJars } from "./embedded.jars.js";
import { javaArgs, prepareLauncher } from "./embedded.launcher.js";
import { assertPortFree } from "./embedded.port.js";
import { stopChild, waitUntilReady } from "./embedded.process.js";

export { passwordFile } from "./embedded.auth.js";
export { fetchNeo4jJars } from "./embedded.jars.js";

/** How to run the embedded Neo4j; `config.ts` fills these from `NEO4J_EMBEDDED_*` and `JAVA_HOME`. */
export interface EmbeddedNeo4jOptions {
  /** Bolt port, bound on 127.0.0.1 only (`NEO4J_EMBEDDED_PORT`). */
  boltPort: number;
  /** Neo4j's home: `data/` and `logs/` are created inside; relative to `projectRoot` (`NEO4J_EMBEDDED_DATA_DIR`). */
  dataDir: string;
  /** JVM heap, both -Xms and -Xmx, as Neo4j recommends (`NEO4J_EMBEDDED_HEAP_MB`). */
  heapMb: number;
  /** Page cache, off-heap, on top of the heap (`NEO4J_EMBEDDED_PAGECACHE_MB`). */
  pageCacheMb: number;
  /** Holds `embedded-neo4j/` and the `.neo4j/` cache. */
  projectRoot: string;
  /** A Java 17+ home to use instead of `java` on PATH (`JAVA_HOME`). */
  javaHome?: string;
  /** The Maven command, default `mvn` on PATH; only run while the jars are not cached. */
  mvn?: string;
  /** Receives progress and Neo4j's own stdout/stderr lines; default: dropped. */
  log?: (line: string) => void;
  /** Give up (and stop the JVM) when Neo4j is not ready this long after spawn; default 120000. */
  startTimeoutMs?: number;
}

/** A running embedded Neo4j. */
export interface EmbeddedNeo4j {
  /** `bolt://127.0.0.1:<port>`; connect with {@link EmbeddedNeo4j.auth}. */
  uri: string;
  /** User neo4j and the password made on first start, kept in {@link EmbeddedNeo4j.passwordFile}. */
  auth: { username: string; password: string };
  /** `<dataDir>/auth/password`, mode 0600: how other tools (`npm run seed`, a shell) find the password. */
  passwordFile: string;
  /** The JVM's process id. */
  pid: number;
  /** Closes Neo4j cleanly (SIGTERM, SIGKILL after 20 s) and resolves once the JVM is gone; safe to call twice. */
  stop(): Promise<void>;
  /** Calls `listener` once if the JVM exits after it was ready without `stop()` (a crash, OOM or kill), with how it exited. */
  onExit(listener: (how: string) => void): void;
}

/**
 * Starts Neo4j 5.26 Community in a child JVM and resolves when Bolt accepts connections, with
 * authentication on (user neo4j, a password made on first start and kept in the data folder). Checks
 * first, each with a {@link StartupError} that says how to fix it: Java 17+, Maven while the jars are
 * not cached (first start downloads them), the Bolt port being free.
 *
 * The JVM cannot outlive this process: its stdin is a pipe that only this process holds, and the
 * launcher exits when it reads EOF, which the kernel delivers however this process dies (SIGKILL
 * included). On a normal `process.exit` the JVM is also sent SIGTERM at once.
 */
export async function startEmbeddedNeo4j(o: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = o.log ?? (() => {});
  await assertJava(o.javaHome);
  const classpath = await fetchNeo4jJars(o.projectRoot, log, { mvn: o.mvn });
  const main = await prepareLauncher(o.projectRoot, classpath, o.javaHome, log);
  const dataDir = path.resolve(o.projectRoot, o.dataDir);
  await prepareDataDir(dataDir);
  const secret = await ensurePassword(dataDir);
  await assertPortFree(o.boltPort);

  const args = javaArgs(main, {
    dataDir,
    boltPort: o.boltPort,
    heapMb: o.heapMb,
    pageCacheMb: o.pageCacheMb,
    passwordFile: secret.file,
  });
  // Its own process group: a signal to the service's group (Ctrl-C, `kill -- -pgid`, systemd) reaches
  // Node, which stops the JVM itself; the JVM never dies behind Node's back.
  // Under umask 077: Neo4j's store, logs and everything else it writes are its owner's only.
  const [command, commandArgs] = ownerOnly(javaTool("java", o.javaHome), args);
  const child = spawn(command, commandArgs, { stdio: ["pipe", "pipe", "pipe"], detached: true });
  child.stdin.on("error", () => {}); // EPIPE once the JVM is gone; nothing is ever written.

  // SIGTERM rather than SIGKILL: this process is about to vanish, and the JVM then closes the
  // store cleanly on its own (its stdin EOF would stop it anyway a moment later).
  const killOnExit = () => void child.kill("SIGTERM");
  process.on("exit", killOnExit);
  let state: "starting" | "ready" | "stopping" = "starting";
  const exitListeners: ((how: string) => void)[] = [];
  child.once("exit", (code, signal) => {
    process.off("exit", killOnExit);
    if (state !== "ready") return;
    const how = signal ?? `code ${code}`;
    log(`Embedded Neo4j (pid ${child.pid}) exited unexpectedly (${how}); see ${dataDir}/logs/debug.log.`);
    for (const listener of exitListeners) listener(how);
  });

  const uri = await waitUntilReady(child, { dataDir, timeoutMs: o.startTimeoutMs ?? 120_000, log });
  state = "ready";
  let stopped: Promise<void> | undefined;
  return {
    uri,
    auth: { username: EMBEDDED_USERNAME, password: secret.password },
    passwordFile: secret.file,
    pid: child.pid ?? -1,
    stop() {
      state = "stopping";
      stopped ??= stopChild(child);
      return stopped;
    },
    onExit(listener) {
      exitListeners.push(listener);
    },
  };
}

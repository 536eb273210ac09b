import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { embeddedPaths } from "./embedded.jars.js";
import { javaTool } from "./embedded.java.js";

const run = promisify(execFile);

/**
 * The JVM flags of the `server.jvm.additional` lines in Neo4j 5.26's shipped neo4j.conf, less
 * `-XX:+AlwaysPreTouch` (it touches the whole heap up front: a slower start and a full-heap RSS for
 * no gain on a tiny graph), plus `-XX:+ExitOnOutOfMemoryError` (a JVM out of memory is a zombie;
 * exiting lets the parent see it) and UTF-8 as the neo4j launcher sets it.
 */
export const NEO4J_JVM_FLAGS: readonly string[] = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.tls.ephemeralDHKeySize=2048",
  "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
  "-XX:FlightRecorderOptions=stackdepth=256",
  "-XX:+UnlockDiagnosticVMOptions",
  "-XX:+DebugNonSafepoints",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
  "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
  "-XX:+ExitOnOutOfMemoryError",
  "-Dfile.encoding=UTF-8",
];

/** What `java` runs: the class compiled into `.neo4j/classes`, or the source file itself. */
export type LauncherMain =
  { kind: "compiled"; classpath: string } | { kind: "source"; classpath: string; source: string };

/**
 * Compiles EmbeddedNeo4j.java into `.neo4j/classes` once (again when the source or the classpath
 * changes). Measured on 2 cores, the single-file source launcher spends ~1.3 s of a ~10 s start
 * compiling the file on every start; the compiled class skips that. Without `javac` (a JRE-only
 * Java) it falls back to the source launcher, which needs no build step.
 */
export async function prepareLauncher(
  projectRoot: string,
  classpath: string,
  javaHome?: string,
  log: (line: string) => void = () => {},
): Promise<LauncherMain> {
  const paths = embeddedPaths(projectRoot);
  const compiled = path.join(paths.classes, "EmbeddedNeo4j.class");
  const withClasses = { kind: "compiled" as const, classpath: `${paths.classes}${path.delimiter}${classpath}` };
  if (await isNewer(compiled, [paths.source, paths.classpath])) return withClasses;

  // Compiled aside and moved in: a concurrent start never loads a half-written class.
  const scratch = await fs.mkdtemp(path.join(paths.cacheDir, "classes-"));
  try {
    await run(javaTool("javac", javaHome), ["-nowarn", "-d", scratch, "-cp", classpath, paths.source]);
    await fs.mkdir(paths.classes, { recursive: true });
    for (const file of await fs.readdir(scratch))
      await fs.rename(path.join(scratch, file), path.join(paths.classes, file));
    return withClasses;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    log("No javac found: starting Neo4j with the single-file source launcher (about a second slower).");
    return { kind: "source", classpath, source: paths.source };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

/** Arguments of `java`: flags, heap, classpath, main, then EmbeddedNeo4j's `<homeDir> <port> <pageCacheMb> <passwordFile>`. */
export function javaArgs(
  main: LauncherMain,
  o: { dataDir: string; boltPort: number; heapMb: number; pageCacheMb: number; passwordFile: string },
): string[] {
  const entry = main.kind === "compiled" ? "EmbeddedNeo4j" : main.source;
  return [
    ...NEO4J_JVM_FLAGS,
    `-Xms${o.heapMb}m`,
    `-Xmx${o.heapMb}m`,
    "-cp",
    main.classpath,
    entry,
    o.dataDir,
    String(o.boltPort),
    String(o.pageCacheMb),
    o.passwordFile,
  ];
}

/** True when `file` exists and is at least as new as every one of `inputs`. */
async function isNewer(file: string, inputs: string[]): Promise<boolean> {
  const target = await fs.stat(file).catch(() => undefined);
  if (!target) return false;
  const stats = await Promise.all(inputs.map((input) => fs.stat(input)));
  return stats.every((s) => s.mtimeMs <= target.mtimeMs);
}

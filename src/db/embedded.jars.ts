import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { StartupError } from "../errors/startup-error.js";
import { WAYS_OUT } from "./embedded.java.js";

/** Where the embedded Neo4j's files live under the project root (`.neo4j/` is git-ignored). */
export function embeddedPaths(projectRoot: string) {
  const cacheDir = path.join(projectRoot, ".neo4j");
  return {
    pom: path.join(projectRoot, "embedded-neo4j", "pom.xml"),
    source: path.join(projectRoot, "embedded-neo4j", "EmbeddedNeo4j.java"),
    cacheDir,
    classpath: path.join(cacheDir, "classpath.txt"),
    classes: path.join(cacheDir, "classes"),
  };
}

/** Tools the fetch runs; tests point them at missing binaries. */
export interface FetchTools {
  /** The Maven command, default `mvn` from PATH. */
  mvn?: string;
}

/**
 * The classpath of Neo4j 5.26 (its ~210 jars in the local Maven repository), resolved by Maven from
 * `embedded-neo4j/pom.xml` the first time (about 130 MB from Maven Central, a minute or so) and
 * cached in `.neo4j/classpath.txt`. Maven runs again when the pom is newer than that file or a
 * listed jar has gone (a cleaned `~/.m2`). Throws a {@link StartupError} when Maven is missing or fails.
 */
export async function fetchNeo4jJars(projectRoot: string, log: (line: string) => void = () => {}, tools: FetchTools = {}): Promise<string> {
  const paths = embeddedPaths(projectRoot);
  const cached = await freshClasspath(paths.pom, paths.classpath);
  if (cached !== undefined) return cached;

  log("Fetching the Neo4j 5.26 jars with Maven (first time only: about 130 MB into ~/.m2)…");
  const started = Date.now();
  await fs.mkdir(paths.cacheDir, { recursive: true });
  // Written aside and renamed: a concurrent start never reads a half-written classpath.
  const partial = `${paths.classpath}.${process.pid}.tmp`;
  await runMaven(tools.mvn ?? "mvn", ["-q", "-B", "-f", paths.pom, "dependency:build-classpath", `-Dmdep.outputFile=${partial}`]);
  await fs.rename(partial, paths.classpath);
  const classpath = (await fs.readFile(paths.classpath, "utf8")).trim();
  log(`Neo4j jars ready (${classpath.split(path.delimiter).length} jars, ${((Date.now() - started) / 1000).toFixed(0)} s).`);
  return classpath;
}

/** The cached classpath if it is newer than the pom and every jar in it still exists. */
async function freshClasspath(pom: string, cache: string): Promise<string | undefined> {
  const [pomStat, cacheStat] = await Promise.all([fs.stat(pom), fs.stat(cache).catch(() => undefined)]);
  if (!cacheStat || cacheStat.mtimeMs < pomStat.mtimeMs) return undefined;
  const classpath = (await fs.readFile(cache, "utf8")).trim();
  const jars = classpath.split(path.delimiter).filter((p) => p !== "");
  if (jars.length === 0) return undefined;
  const present = await Promise.all(jars.map((jar) => fs.access(jar).then(() => true, () => false)));
  return present.every(Boolean) ? classpath : undefined;
}

function runMaven(mvn: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error: NodeJS.ErrnoException) => {
      const what = error.code === "ENOENT" ? `Maven (\`${mvn}\`) is not installed or not on PATH` : `Maven (\`${mvn}\`) could not be run (${error.message})`;
      reject(new StartupError(`The embedded Neo4j needs its jars resolved (first start, or embedded-neo4j/pom.xml changed), but ${what}. ${WAYS_OUT}`, { cause: error }));
    });
    child.on("close", (code) => {
      if (code === 0) return resolve();
      const tail = output.trim().split("\n").slice(-12).join(" | ");
      reject(
        new StartupError(
          `Maven could not download the Neo4j 5.26 jars (\`${mvn} ${args.join(" ")}\` exited with ${code}): ${tail || "no output"}. ` +
            "Check that Maven Central is reachable (a proxy goes in ~/.m2/settings.xml) and run `npm run neo4j -- fetch` again, " +
            "or set NEO4J_URI to use a Neo4j you already have.",
        ),
      );
    });
  });
}

import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { StartupError } from "../errors/startup-error.js";
import { runMaven } from "./embedded.maven.js";

/** Where the embedded Neo4j's files live under the project root (`.neo4j/` is git-ignored). */
export function embeddedPaths(projectRoot: string) {
  const cacheDir = path.join(projectRoot, ".neo4j");
  return {
    pom: path.join(projectRoot, "embedded-neo4j", "pom.xml"),
    source: path.join(projectRoot, "embedded-neo4j", "EmbeddedNeo4j.java"),
    cacheDir,
    classpath: path.join(cacheDir, "classpath.txt"),
    /** What Maven resolved: hashes of the pom and of classpath.txt as Maven wrote it. */
    manifest: path.join(cacheDir, "classpath.json"),
    classes: path.join(cacheDir, "classes"),
  };
}

/** Tools the fetch runs; tests point them at missing binaries. */
export interface FetchTools {
  /** The Maven command, default `mvn` from PATH. */
  mvn?: string;
}

/** `.neo4j/classpath.json`: ties the cached jar list to the pom it was resolved from. */
interface Manifest {
  pomSha256: string;
  classpathSha256: string;
  jars: number;
}

/**
 * The classpath of Neo4j 5.26 (its ~210 jars in the local Maven repository), resolved by Maven from
 * `embedded-neo4j/pom.xml` the first time (about 130 MB from Maven Central, a minute or so) and
 * cached in `.neo4j/classpath.txt`, with `.neo4j/classpath.json` recording the hashes of the pom and
 * of that list. Maven runs again (and so repairs the cache) when the pom changed, when the list is
 * not exactly what Maven wrote (a line lost or edited), or when a listed jar has gone (a cleaned
 * `~/.m2`). Throws a {@link StartupError} when Maven is missing or fails.
 */
export async function fetchNeo4jJars(
  projectRoot: string,
  log: (line: string) => void = () => {},
  tools: FetchTools = {},
): Promise<string> {
  const paths = embeddedPaths(projectRoot);
  const pomSha256 = sha256(await fs.readFile(paths.pom));
  const cached = await checkCache(paths, pomSha256);
  if ("classpath" in cached) return cached.classpath;

  log(
    `${cached.problem}: resolving the Neo4j 5.26 jars with Maven (the first time this downloads about 130 MB into ~/.m2)…`,
  );
  const started = Date.now();
  await fs.mkdir(paths.cacheDir, { recursive: true });
  await removeAbandonedTemporaries(paths.cacheDir);
  // Written aside and renamed: a concurrent start never reads a half-written list, and a failed or
  // interrupted resolution leaves the old files as they were.
  const partial = `${paths.classpath}.${process.pid}.tmp`;
  const partialManifest = `${paths.manifest}.${process.pid}.tmp`;
  try {
    await runMaven(tools.mvn ?? "mvn", [
      "-q",
      "-B",
      "-f",
      paths.pom,
      "dependency:build-classpath",
      `-Dmdep.outputFile=${partial}`,
    ]);
    const text = await fs.readFile(partial, "utf8");
    const jars = splitClasspath(text);
    const missing = await firstMissing(jars);
    if (jars.length === 0 || missing !== undefined) {
      throw new StartupError(
        `Maven reported success, but the jar list it wrote is ${jars.length === 0 ? "empty" : `wrong: ${missing} does not exist`}. Run \`npm run neo4j -- fetch\` again; if that fails too, delete ~/.m2/repository/org/neo4j and retry.`,
      );
    }
    const manifest: Manifest = { pomSha256, classpathSha256: sha256(text), jars: jars.length };
    await fs.writeFile(partialManifest, `${JSON.stringify(manifest, null, 2)}\n`);
    await fs.rename(partial, paths.classpath);
    await fs.rename(partialManifest, paths.manifest);
    log(`Neo4j jars ready (${jars.length} jars, ${((Date.now() - started) / 1000).toFixed(0)} s).`);
    return text.trim();
  } finally {
    await Promise.all([fs.rm(partial, { force: true }), fs.rm(partialManifest, { force: true })]);
  }
}

/** The cached classpath when it is exactly what Maven resolved from this pom and every jar exists; else why not. */
async function checkCache(
  paths: ReturnType<typeof embeddedPaths>,
  pomSha256: string,
): Promise<{ classpath: string } | { problem: string }> {
  const [text, manifestText] = await Promise.all([readOptional(paths.classpath), readOptional(paths.manifest)]);
  if (text === undefined) return { problem: "No cached jar list" };
  const manifest = parseManifest(manifestText);
  if (!manifest) return { problem: "The cached jar list has no record of what Maven resolved" };
  if (manifest.pomSha256 !== pomSha256)
    return { problem: "embedded-neo4j/pom.xml changed since the jars were resolved" };
  if (manifest.classpathSha256 !== sha256(text))
    return { problem: "The cached jar list (.neo4j/classpath.txt) is not the one Maven resolved" };
  const jars = splitClasspath(text);
  const missing = await firstMissing(jars);
  if (missing !== undefined) return { problem: `A cached jar is missing (${missing})` };
  return { classpath: text.trim() };
}

function splitClasspath(text: string): string[] {
  return text
    .trim()
    .split(path.delimiter)
    .filter((p) => p !== "");
}

/** The first path that is not a non-empty file, if any. */
async function firstMissing(jars: string[]): Promise<string | undefined> {
  const present = await Promise.all(
    jars.map((jar) =>
      fs.stat(jar).then(
        (s) => s.isFile() && s.size > 0,
        () => false,
      ),
    ),
  );
  const i = present.indexOf(false);
  return i < 0 ? undefined : jars[i];
}

/** Temporary files of an earlier fetch whose process is gone (killed before it could clean up). */
async function removeAbandonedTemporaries(cacheDir: string): Promise<void> {
  for (const name of await fs.readdir(cacheDir)) {
    const m = /^classpath\.(?:txt|json)\.(\d+)\.tmp$/.exec(name);
    if (m && !isRunning(Number(m[1]))) await fs.rm(path.join(cacheDir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parseManifest(text: string | undefined): Manifest | undefined {
  if (text === undefined) return undefined;
  try {
    const m = JSON.parse(text) as Partial<Manifest>;
    return typeof m.pomSha256 === "string" && typeof m.classpathSha256 === "string" ? (m as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

function readOptional(file: string): Promise<string | undefined> {
  return fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
}

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { StartupError } from "../errors/startup-error.js";

const run = promisify(execFile);

/** Neo4j 5.26 runs on Java 17 or 21. */
export const MIN_JAVA = 17;

/** The two ways to a working Neo4j, named by every "a tool is missing" message. */
export const WAYS_OUT =
  "Either install Java 17 (a JDK, e.g. `apt-get install openjdk-17-jdk-headless`) and Maven (`apt-get install maven`) so the embedded Neo4j can run, " +
  "setting JAVA_HOME if that Java is not first on PATH; " +
  "or use a Neo4j you already have by setting NEO4J_URI, e.g. `docker compose up -d neo4j` then NEO4J_URI=bolt://localhost:7687 " +
  "(with NEO4J_PASSWORD as in docker-compose.yml).";

/** `<javaHome>/bin/<tool>` when a Java home is given, else `<tool>` from PATH. */
export function javaTool(tool: "java" | "javac", javaHome?: string): string {
  return javaHome ? path.join(javaHome, "bin", tool) : tool;
}

/**
 * The major version in `java -version` output (printed on stderr): `openjdk version "17.0.15"` is
 * 17, `java version "1.8.0_292"` is 8, `openjdk version "21" 2023-09-19` is 21. Undefined when the
 * text has no version.
 */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

/** Throws a {@link StartupError} unless `java` (from `javaHome`, else PATH) is Java 17 or newer. */
export async function assertJava(javaHome?: string): Promise<void> {
  const java = javaTool("java", javaHome);
  const where = javaHome ? `JAVA_HOME (${javaHome})` : "PATH";
  let output: string;
  try {
    const { stdout, stderr } = await run(java, ["-version"]);
    output = `${stderr}\n${stdout}`;
  } catch (error) {
    throw new StartupError(
      `The embedded Neo4j needs Java ${MIN_JAVA} or newer, but no working \`java\` was found on ${where} (${describe(error)}). ${WAYS_OUT}`,
      { cause: error },
    );
  }
  const major = parseJavaMajor(output);
  if (major === undefined || major < MIN_JAVA) {
    const found =
      major === undefined
        ? `a Java whose version could not be read ("${output.trim().split("\n")[0]}")`
        : `Java ${major}`;
    throw new StartupError(
      `The embedded Neo4j needs Java ${MIN_JAVA} or newer, but ${java} on ${where} is ${found}. ${WAYS_OUT}`,
    );
  }
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code === "ENOENT" ? `${e.path ?? "java"}: no such file` : String(e.message ?? error);
}

import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "./neo4j.js";

const run = promisify(execFile);

/** What an external reader made of a graph file: counts, and each node and edge with its attributes. */
export interface ReadGraph {
  nodeCount: number;
  edgeCount: number;
  nodes: { id: string; label?: string; attributes: Record<string, unknown> }[];
  edges: {
    id?: string;
    source: string;
    target: string;
    label?: string;
    type?: string | null;
    attributes: Record<string, unknown>;
  }[];
  /** Gephi only: the edge types it keeps apart, its attribute columns, and its import report. */
  edgeTypes?: Record<string, number>;
  nodeColumns?: { id: string; title: string; type: string }[];
  edgeColumns?: { id: string; title: string; type: string }[];
  issues?: string[];
}

/** Debian's Python, which has python3-networkx and python3-igraph (the pyenv `python3` on PATH has neither). */
export const DEBIAN_PYTHON = "/usr/bin/python3";
const PYTHON_PACKAGES = { networkx: "python3-networkx", igraph: "python3-igraph" } as const;

/** Fails, naming the Debian package, when /usr/bin/python3 cannot import `module`. */
export async function requirePythonModule(module: keyof typeof PYTHON_PACKAGES): Promise<void> {
  try {
    await run(DEBIAN_PYTHON, ["-c", `import ${module}`]);
  } catch (error) {
    throw new Error(
      `${DEBIAN_PYTHON} cannot import ${module}: install the Debian package ${PYTHON_PACKAGES[module]} (apt-get install ${PYTHON_PACKAGES[module]}). ${(error as Error).message}`,
    );
  }
}

/** Reads `file` with networkx (GEXF or GraphML) or igraph (GraphML) via tools/python-readers/read_graph.py. */
export async function readWithPython(
  reader: "networkx-gexf" | "networkx-graphml" | "igraph-graphml",
  file: string,
): Promise<ReadGraph> {
  const script = path.join(PROJECT_ROOT, "tools/python-readers/read_graph.py");
  const { stdout } = await run(DEBIAN_PYTHON, [script, reader, file], { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(stdout) as ReadGraph;
}

const GEPHI_DIR = path.join(PROJECT_ROOT, "tools/gephi-reader");
const GEPHI_CACHE = path.join(PROJECT_ROOT, ".gephi");

/**
 * The classpath of the Gephi Toolkit 0.10.1 from Maven Central, resolved by `mvn` from
 * tools/gephi-reader/pom.xml the first time (about 60 MB into ~/.m2) and cached in .gephi/ with the
 * pom's hash; resolved again when the pom changed or a jar is gone. Fails naming what to install
 * when Maven or Java is missing.
 */
export async function gephiClasspath(): Promise<string> {
  const pom = path.join(GEPHI_DIR, "pom.xml");
  const hash = createHash("sha256").update(fs.readFileSync(pom)).digest("hex");
  const listFile = path.join(GEPHI_CACHE, "classpath.txt");
  const hashFile = path.join(GEPHI_CACHE, "pom.sha256");
  const cached =
    fs.existsSync(listFile) && fs.existsSync(hashFile) && fs.readFileSync(hashFile, "utf8") === hash
      ? fs.readFileSync(listFile, "utf8").trim()
      : undefined;
  if (cached && cached.split(path.delimiter).every((jar) => fs.existsSync(jar))) return cached;
  fs.mkdirSync(GEPHI_CACHE, { recursive: true });
  try {
    await run("mvn", ["-q", "-B", "-f", pom, "dependency:build-classpath", `-Dmdep.outputFile=${listFile}`], {
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(
      `Resolving the Gephi Toolkit with Maven failed: install Maven (Debian package maven) and let it reach Maven Central. ${(error as Error).message}`,
    );
  }
  fs.writeFileSync(hashFile, hash);
  return fs.readFileSync(listFile, "utf8").trim();
}

/**
 * Opens `file` with the Gephi Toolkit as Gephi Desktop's "Open" does (tools/gephi-reader/GephiReader.java,
 * run from source by Java 11+, headless). `noMerge` picks the import report's "Don't merge" edge
 * strategy instead of the default.
 */
export async function readWithGephi(file: string, options: { noMerge?: boolean } = {}): Promise<ReadGraph> {
  const classpath = await gephiClasspath();
  const args = [
    "-Djava.awt.headless=true",
    "-cp",
    classpath,
    path.join(GEPHI_DIR, "GephiReader.java"),
    file,
    ...(options.noMerge ? ["--no-merge"] : []),
  ];
  let stdout: string;
  try {
    ({ stdout } = await run("java", args, { maxBuffer: 256 * 1024 * 1024 }));
  } catch (error) {
    throw new Error(
      `The Gephi reader failed: it needs Java 17 (Debian package openjdk-17-jre-headless) on PATH. ${(error as Error).message}`,
    );
  }
  const g = JSON.parse(stdout) as ReadGraph & { nodeCount: number };
  return g;
}

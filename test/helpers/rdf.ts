import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jsonld from "jsonld";
import { Parser, type Quad } from "n3";
import { DEBIAN_PYTHON } from "./graph-readers.js";

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/** Turtle text parsed by N3.js. */
export function parseTurtle(text: string): Quad[] {
  return new Parser({ format: "text/turtle" }).parse(text);
}

/** JSON-LD text turned back into statements by jsonld.js (`toRDF` to N-Quads), parsed by N3.js. */
export async function jsonLdToQuads(text: string): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(JSON.parse(text), { format: "application/n-quads" })) as unknown as string;
  return new Parser({ format: "N-Quads" }).parse(nquads);
}

/** A statement as one comparable line (N-Triples-like; no blank nodes in the export). */
export function statementKey(q: Quad): string {
  const o = q.object;
  const object = o.termType === "Literal" ? `"${o.value}"@${o.language}^^${o.datatype.value}` : `<${o.value}>`;
  return `<${q.subject.value}> <${q.predicate.value}> ${object}`;
}

/** How many subjects have each rdf:type. */
export function countByClass(quads: Quad[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of quads)
    if (q.predicate.value === RDF_TYPE) counts.set(q.object.value, (counts.get(q.object.value) ?? 0) + 1);
  return counts;
}

/** The subjects of a class. */
export function subjectsOf(quads: Quad[], cls: string): string[] {
  return quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === cls).map((q) => q.subject.value);
}

/** The objects of (subject, predicate). */
export function objectsOf(quads: Quad[], subject: string, predicate: string): Quad["object"][] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
}

/**
 * The number of triples Debian's `rapper` (raptor2-utils) counts in Turtle text: an independent
 * parser from the one the service writes with. Throws, naming the package, when rapper is missing.
 */
export function rapperCount(turtle: string, baseIri: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rdf-"));
  const file = path.join(dir, "graph.ttl");
  try {
    fs.writeFileSync(file, turtle);
    const run = spawnSync("rapper", ["-i", "turtle", "-c", file, baseIri], { encoding: "utf8" });
    if ((run.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
      throw new Error(
        "rapper is not installed: install the Debian package raptor2-utils (apt-get install raptor2-utils).",
      );
    }
    const counted = /Parsing returned (\d+) triples/.exec(run.stderr);
    if (run.status !== 0 || !counted || /error/i.test(run.stderr))
      throw new Error(`rapper rejected the Turtle (status ${run.status}): ${run.stderr.slice(0, 2000)}`);
    return Number(counted[1]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What rdflib (Debian's python3-rdflib) reads from RDF text: its triple count and subjects per class. */
export interface RdflibReading {
  triples: number;
  classes: Record<string, number>;
}

/**
 * Reads RDF text with rdflib through Debian's Python (`/usr/bin/python3`): a third implementation,
 * in another language, besides N3.js and jsonld.js. Throws, naming the package, when rdflib is missing.
 */
export function rdflibRead(text: string, format: "turtle" | "json-ld"): RdflibReading {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rdflib-"));
  const file = path.join(dir, format === "turtle" ? "graph.ttl" : "graph.jsonld");
  try {
    fs.writeFileSync(file, text);
    const run = spawnSync(DEBIAN_PYTHON, [path.join(import.meta.dirname, "rdflib-read.py"), file, format], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error || /No module named .?rdflib/.test(run.stderr)) {
      throw new Error(
        `rdflib is not available to ${DEBIAN_PYTHON}: install the Debian packages python3 and python3-rdflib. ${run.error?.message ?? ""}`,
      );
    }
    if (run.status !== 0)
      throw new Error(`rdflib could not read the ${format} (status ${run.status}): ${run.stderr.slice(-2000)}`);
    return JSON.parse(run.stdout) as RdflibReading;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpus } from "../../bench/corpus/generate.js";
import { type BulkProgress, bulkIngest } from "../../src/ingest/bulk-ingest.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { expandPaths } from "../../src/ingest/ingest-files.js";
import { IngestPipeline } from "../../src/ingest/pipeline.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { useSeededGraph } from "../helpers/seeded.js";

const graph = useSeededGraph();
const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const docs = [...corpus({ count: 24, seed: 5 })];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulk-ingest-"));
let pipeline: IngestPipeline;
let files: string[];

beforeAll(async () => {
  for (const d of docs) fs.writeFileSync(path.join(dir, d.file), d.text);
  // An empty file among them (it sorts in the middle): refused, and the others still go in.
  fs.writeFileSync(path.join(dir, `${docs[11]!.file.slice(0, 5)}-empty.txt`), "");
  files = expandPaths([dir]);
  pipeline = new IngestPipeline(graph.db, gazetteer);
  await graph.resetToSeed();
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await graph.resetToSeed();
});

/** What the graph holds, in a form two ways of loading it can be compared by. */
async function fingerprint() {
  const [row] = await graph.cypher(`
    CALL () { MATCH (n:Entity) WITH n ORDER BY n.id RETURN collect(n.id + '|' + coalesce(toString(n.placeholder), '')) AS nodes }
    CALL () { MATCH ()-[r]->() WITH r ORDER BY r.id RETURN collect(r.id) AS relationships }
    CALL () { MATCH (v:Evidence) WITH v ORDER BY v.node, v.document, v.start, v.end RETURN collect(v.node + '|' + v.document + '|' + v.start + '|' + v.quote) AS evidence }
    RETURN nodes, relationships, evidence`);
  return row!;
}

describe("bulk ingest of a corpus directory", () => {
  let first: Awaited<ReturnType<typeof bulkIngest>>;
  const progress: BulkProgress[] = [];

  beforeAll(async () => {
    first = await bulkIngest(graph.db, pipeline, files, { batchSize: 5, onProgress: (p) => progress.push(p) });
  }, 300_000);

  it("writes every good file, reports the bad one by name, and shows progress after each batch", () => {
    expect(first.byStatus).toEqual({ ADDED: 24, UPGRADED: 0, UPDATED: 0, UNCHANGED: 0 });
    expect(first.failed).toBe(1);
    expect(first.failures[0]!.file).toMatch(/-empty\.txt$/);
    expect(first.failures[0]!.error).toMatch(/empty/i);
    expect(progress.map((p) => p.done)).toEqual([5, 10, 15, 20, 25]);
    expect(progress.every((p) => p.total === 25 && p.elapsedMs >= 0)).toBe(true);
    expect(progress.at(-1)!.failed).toBe(1);
  });

  it("links documents to those they cite within the same batch as across batches: one node per 文号, in full", async () => {
    const rows = await graph.cypher(
      "MATCH (d:PolicyDocument) WHERE d.docNumber IN $numbers RETURN d.docNumber AS n, count(*) AS c, collect(d.text IS NOT NULL) AS full",
      { numbers: docs.map((d) => d.docNumber) },
    );
    expect(rows).toHaveLength(24);
    expect(rows.every((r) => r.c === 1 && (r.full as boolean[])[0] === true)).toBe(true);
    const cited = docs.flatMap((d) =>
      d.cites.filter((n) => docs.some((x) => x.docNumber === n)).map((n) => [d.docNumber, n]),
    );
    expect(cited.length).toBeGreaterThan(10);
    const [links] = await graph.cypher(
      `UNWIND $pairs AS p MATCH (:PolicyDocument {docNumber: p[0]})-[:IMPLEMENTS]->(c:PolicyDocument {docNumber: p[1]}) RETURN count(*) AS linked`,
      { pairs: cited },
    );
    expect(links!.linked).toBe(cited.length);
  });

  it("ends with the same graph as ingesting the files one at a time", async () => {
    const batched = await fingerprint();
    await graph.resetToSeed();
    for (const f of files.filter((f) => !f.endsWith("-empty.txt")))
      await pipeline.ingest({ text: fs.readFileSync(f), source: path.basename(f) });
    expect(await fingerprint()).toEqual(batched);
  }, 300_000);

  it("resumes: files whose bytes were ingested are skipped before they are read, and nothing is written again", async () => {
    const [before] = await graph.cypher(
      "MATCH (d:PolicyDocument) WHERE d.loadedAt IS NOT NULL RETURN max(d.loadedAt) AS last",
    );
    const again = await bulkIngest(graph.db, pipeline, files, { batchSize: 5 });
    expect(again.skipped).toBe(24);
    expect(again.byStatus.ADDED + again.byStatus.UPDATED + again.byStatus.UNCHANGED).toBe(0);
    const [after] = await graph.cypher(
      "MATCH (d:PolicyDocument) WHERE d.loadedAt IS NOT NULL RETURN max(d.loadedAt) AS last",
    );
    expect(String(after!.last)).toBe(String(before!.last));
  });

  it("after an interruption, takes up where it stopped", async () => {
    await graph.resetToSeed();
    const half = await bulkIngest(graph.db, pipeline, files.slice(0, 10), { batchSize: 4 });
    expect(half.byStatus.ADDED).toBe(10);
    const rest = await bulkIngest(graph.db, pipeline, files, { batchSize: 4 });
    expect(rest.skipped).toBe(10);
    expect(rest.byStatus.ADDED + rest.byStatus.UPGRADED).toBe(14);
    const [count] = await graph.cypher(
      "MATCH (d:PolicyDocument) WHERE d.docNumber IN $numbers AND d.text IS NOT NULL RETURN count(d) AS n",
      { numbers: docs.map((d) => d.docNumber) },
    );
    expect(count!.n).toBe(24);
  }, 300_000);
});

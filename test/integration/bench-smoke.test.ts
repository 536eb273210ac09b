import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestBenchResult } from "../../bench/ingest/run.js";
import type { BenchResults } from "../../bench/results.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { runTsScript } from "../helpers/processes.js";

// `npm run bench -- --smoke`, run the way a user runs it (its own process, its own embedded Neo4j),
// so the benchmark cannot rot unnoticed. The full run stays out of CI.
describe("npm run bench -- --smoke", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bench-test-"));
  let exitCode: number | null = null;
  let output = "";
  let results: BenchResults;

  beforeAll(async () => {
    ({ exitCode, output } = await runTsScript(
      path.join(PROJECT_ROOT, "bench", "main.ts"),
      ["--smoke", "--out", out],
      PROJECT_ROOT,
    ));
    if (exitCode === 0) results = JSON.parse(fs.readFileSync(path.join(out, "results.json"), "utf8")) as BenchResults;
  }, 900_000);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("finishes successfully", () => {
    expect(exitCode, output.slice(-4000)).toBe(0);
  });

  it("finds the three peers returning the same data for every workload at 1×", () => {
    const [first] = results.scales;
    expect(first!.graph.scale).toBe(1);
    expect(first!.agreed.sort()).toEqual(Object.keys(results.workloadTitles).sort());
    expect(first!.disagreed).toEqual([]);
  });

  it("grows the graph with the generator and the peers still agree on what they can compare", () => {
    const [first, second] = results.scales;
    expect(second!.graph.scale).toBeGreaterThan(1);
    expect(second!.graph.nodes).toBeGreaterThan(first!.graph.nodes);
    expect(second!.graph.relationships).toBeGreaterThan(first!.graph.relationships);
    expect(second!.disagreed).toEqual([]);
    expect(second!.agreed).toEqual(expect.arrayContaining(["nested", "page", "task", "deepPage"]));
  });

  it("counts round trips and bytes from Neo4j for every workload and peer, one statement each for the peer and the floor", () => {
    for (const s of results.scales) {
      for (const key of Object.keys(results.workloadTitles))
        expect(s.costs.some((c) => c.workload === key && c.peer === "ours")).toBe(true);
      for (const c of s.costs) {
        expect(c.roundTrips, `${c.workload} ${c.peer}`).toBeGreaterThanOrEqual(1);
        expect(c.bytesFromNeo4j).toBeGreaterThan(0);
        expect(c.responseBytes).toBeGreaterThan(0);
        expect(c.medianMs).toBeGreaterThan(0);
        if (c.peer !== "ours") expect(c.roundTrips, `${c.workload} ${c.peer}`).toBe(1);
      }
    }
  });

  it("produces throughput numbers for every peer under load", () => {
    expect(results.load).not.toBeNull();
    const summary = results.load!.summary;
    expect(summary.map((s) => s.workload).sort()).toEqual([...results.options.loadWorkloads].sort());
    for (const s of summary)
      for (const p of ["ours", "peer", "raw"] as const) expect(Number.isFinite(s.reqPerSec[p])).toBe(true);
    expect(summary.flatMap((s) => Object.values(s.reqPerSec)).some((v) => (v ?? 0) > 0)).toBe(true);
  });

  it("PROFILEs the statements the service sent", () => {
    expect(results.profiles.statements.length).toBeGreaterThan(0);
    for (const p of results.profiles.statements) expect(p.plan).toMatch(/^\+ProduceResults/);
  });

  it("ingests a generated corpus at two sizes and reports ms/document and query latencies at each", () => {
    const ingest = JSON.parse(fs.readFileSync(path.join(out, "ingest", "results.json"), "utf8")) as IngestBenchResult;
    expect(ingest.failures).toBe(0);
    expect(ingest.sizes.map((s) => s.documents)).toEqual([20, 40]);
    for (const s of ingest.sizes) {
      expect(s.msPerDocument).toBeGreaterThan(0);
      const workloads = ["evidence", "export", "list", "neighbourhood", "neighbourhood50", "path", "search"];
      expect(Object.keys(s.queries).sort()).toEqual(
        [...workloads, "luceneLoose", "lucenePhrases", "luceneStrict"].sort(),
      );
      expect(Object.keys(s.answerBytes).sort()).toEqual(workloads);
      for (const bytes of Object.values(s.answerBytes)) expect(bytes).toBeGreaterThan(0);
      expect(s.graph.evidence).toBeGreaterThan(0);
    }
    expect(ingest.sizes[1]!.graph.nodes).toBeGreaterThan(ingest.sizes[0]!.graph.nodes);
    expect(fs.readFileSync(path.join(out, "ingest", "results.md"), "utf8")).toContain("| 40 | 20 |");
  });

  it("writes results.md with the tables and an Analysis section, and an SVG chart", () => {
    const md = fs.readFileSync(path.join(out, "results.md"), "utf8");
    for (const heading of [
      "## Machine",
      "## Throughput",
      "## Cost per request",
      "## Scale",
      "## PROFILE",
      "## Analysis",
    ])
      expect(md).toContain(heading);
    expect(md).toContain(results.machine.neo4j);
    const svg = fs.readFileSync(path.join(out, "results.svg"), "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("requests / s");
  });
});

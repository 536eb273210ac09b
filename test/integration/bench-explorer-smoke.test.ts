import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { runTsScript } from "../helpers/processes.js";

// `npm run bench:explorer` at its smallest (one run, 1× only), the way a user runs it: its own
// process, embedded Neo4j and Chromium, so the explorer's benchmark cannot rot unnoticed. The
// numbers themselves are the bench's to report (README, Explorer), not this test's to judge.
describe("npm run bench:explorer -- --runs=1 --scales=1", () => {
  let exitCode: number | null = null;
  let stdout = "";
  let output = "";

  beforeAll(async () => {
    ({ exitCode, stdout, output } = await runTsScript(
      path.join(PROJECT_ROOT, "bench", "explorer.ts"),
      ["--runs=1", "--scales=1"],
      PROJECT_ROOT,
    ));
  }, 600_000);

  it("finishes successfully", () => {
    expect(exitCode, output.slice(-4000)).toBe(0);
  });

  it("draws the seed and the example documents and reports every measure with a time", () => {
    const [, nodes, edges] = /^1× .*?: (\d+) nodes and (\d+) edges on screen/m.exec(stdout) ?? [];
    expect(Number(nodes), stdout).toBeGreaterThan(150);
    expect(Number(edges)).toBeGreaterThan(200);
    const measures = [
      "navigation → the whole graph drawn as a poster, fresh profile",
      "the graph in hand → poster drawn, fresh profile",
      "navigation → first drawn graph (Cytoscape: captions, clicks), fresh profile",
      "the graph in hand → drawn by Cytoscape (poster shown, layout, adding, fit and first frame), fresh profile",
      "navigation → first drawn graph, libraries cached",
      "expand the plan (hub) in the whole-graph view",
    ];
    for (const m of measures)
      expect(stdout, m).toMatch(new RegExp(`- ${m.replace(/[()]/g, "\\$&")}: \\d+ ms \\(\\d+–\\d+\\)`));
    const ms = (re: RegExp) => Number(re.exec(stdout)![1]);
    const posterLoaded = ms(/navigation → the whole graph drawn as a poster, fresh profile: (\d+) ms/);
    const posterDrawn = ms(/the graph in hand → poster drawn, fresh profile: (\d+) ms/);
    const loaded = ms(/navigation → first drawn graph \(Cytoscape[^)]*\), fresh profile: (\d+) ms/);
    const drawn = ms(/the graph in hand → drawn by Cytoscape .*?: (\d+) ms/);
    // The part after the graph arrives is part of the whole load, and the poster comes before Cytoscape's frame.
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(loaded);
    expect(posterDrawn).toBeLessThan(posterLoaded);
    expect(posterLoaded).toBeLessThan(loaded);
  });
});

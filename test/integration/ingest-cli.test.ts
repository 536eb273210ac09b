import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE_DIR } from "../helpers/fixtures.js";
import { PROJECT_ROOT, testNeo4j } from "../helpers/neo4j.js";
import { graphCounts, useSeededGraph } from "../helpers/seeded.js";

const graph = useSeededGraph();

/** Runs `npm run ingest -- …` as a user would (through tsx), against the test Neo4j. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const t = testNeo4j();
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/ingest.ts", ...args], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, NEO4J_URI: t.uri, NEO4J_USERNAME: t.username ?? "neo4j", NEO4J_PASSWORD: t.password ?? "" },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

afterAll(() => graph.resetToSeed());

describe("npm run ingest", () => {
  it("prints the report of each file of a directory in a dry run and writes nothing", async () => {
    const before = await graphCounts(graph.driver);
    const run = await cli(FIXTURE_DIR, "--dry-run");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("example-huangpu-ai-measures.txt → PolicyDocument:");
    expect(run.stdout).toContain("黄埔区加快人工智能产业集聚发展若干措施 [穗埔府规〔2021〕8号]: ADDED (dry run: nothing written) (example)");
    expect(run.stdout).toContain("Agency 广州市黄埔区科技局 = Huangpu District Science and Technology Bureau (composed)");
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("ingests the good files, names the bad one and exits 1", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-cli-"));
    try {
      fs.copyFileSync(path.join(FIXTURE_DIR, "example-shenzhen-ai-scenarios.txt"), path.join(dir, "shenzhen.txt"));
      fs.writeFileSync(path.join(dir, "empty.txt"), "");
      const run = await cli(dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("✗ empty.txt is empty: there is no text to ingest.");
      expect(run.stdout).toContain("深圳市人工智能应用场景开放工作方案: ADDED (example)");
      const [row] = await graph.cypher("MATCH (d:PolicyDocument {name: '深圳市人工智能应用场景开放工作方案'}) RETURN d.example AS example");
      expect(row!.example).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

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
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/cli/ingest.ts", ...args],
      {
        cwd: PROJECT_ROOT,
        env: {
          PATH: process.env.PATH,
          NEO4J_URI: t.uri,
          NEO4J_USERNAME: t.username ?? "neo4j",
          NEO4J_PASSWORD: t.password ?? "",
        },
        timeout: 120_000,
      },
    );
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
    expect(run.stdout).toContain(
      "黄埔区加快人工智能产业集聚发展若干措施 [穗埔府规〔2021〕8号]: ADDED (dry run: nothing written) (example)",
    );
    expect(run.stdout).toContain(
      "Agency 广州市黄埔区科技局 = Huangpu District Science and Technology Bureau (composed)",
    );
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
      const [row] = await graph.cypher(
        "MATCH (d:PolicyDocument {name: '深圳市人工智能应用场景开放工作方案'}) RETURN d.example AS example",
      );
      expect(row!.example).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("a truncated copy of the document just ingested", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-cli-half-"));
    const full = fs.readFileSync(path.join(FIXTURE_DIR, "example-shenzhen-ai-scenarios.txt"), "utf8");
    const half = path.join(dir, "half.txt");
    fs.writeFileSync(half, full.slice(0, Math.floor(full.length / 2)));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const OWN =
      "MATCH (d:PolicyDocument {name: '深圳市人工智能应用场景开放工作方案'}) RETURN d.text AS text, COUNT { MATCH (n:Entity) WHERE n.document = d.id } AS own";
    let ownBefore = 0;

    it("is refused without --replace: it prints what would be removed, exits 1 and writes nothing", async () => {
      const before = await graphCounts(graph.driver);
      ownBefore = (await graph.cypher(OWN))[0]!.own as number;
      const run = await cli(half);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("深圳市人工智能应用场景开放工作方案: UPDATED (refused: nothing written) (example)");
      expect(run.stdout).toMatch(
        /removes \d+ of the document's \d+ nodes and \d+ of its \d+ relationships: more than an update may without --replace/,
      );
      expect(run.stdout).toMatch(/^ {2}removes Task \S+/m);
      expect(run.stdout).toMatch(/^ {2}removes RESPONSIBLE \S+ → \S+/m);
      expect(run.stderr).toMatch(/✗ half\.txt: this text would remove \d+ of the \d+ nodes/);
      expect(run.stderr).toContain("--replace");
      expect(await graphCounts(graph.driver)).toEqual(before);
    });

    it("shows the diff with --dry-run, whatever it removes, and writes nothing", async () => {
      const before = await graphCounts(graph.driver);
      const run = await cli(half, "--dry-run");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(": UPDATED (dry run: nothing written) (example)");
      expect(run.stdout).toMatch(/^ {2}changes PolicyDocument 深圳市人工智能应用场景开放工作方案 {2}PolicyDocument:/m);
      expect(run.stdout).toMatch(/^ {2}removes Target \S+/m);
      expect(await graphCounts(graph.driver)).toEqual(before);
    });

    it("is written with --replace", async () => {
      const run = await cli(half, "--replace");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("深圳市人工智能应用场景开放工作方案: UPDATED (example)");
      const [row] = await graph.cypher(OWN);
      expect((row!.text as string).length).toBeLessThan(full.length / 2 + 10);
      expect(row!.own).toBeLessThan(ownBefore);
    });
  });

  it("ingests a text without a title line under --title", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-cli-title-"));
    try {
      const file = path.join(dir, "untitled.txt");
      fs.writeFileSync(
        file,
        "为推动人工智能赋能制造业,制定本措施。\n一、主要任务\n(一)建设工业智能平台。推动企业上云用数赋智。\n",
      );
      const refused = await cli(file);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("No document title found");
      const run = await cli(file, "--title", "某市人工智能赋能制造业若干措施");
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/untitled\.txt → PolicyDocument:\S+ 某市人工智能赋能制造业若干措施: ADDED/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

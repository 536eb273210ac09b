import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UnavailableError } from "../../src/errors/client-errors.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { folderName, OriginalsStore } from "../../src/ingest/originals.js";
import { IngestPipeline } from "../../src/ingest/pipeline.js";
import { fixture } from "../helpers/fixtures.js";
import { PROJECT_ROOT, testNeo4j } from "../helpers/neo4j.js";
import { graphCounts, useSeededGraph } from "../helpers/seeded.js";
import { tmpfsMountPoint, tryMount } from "../helpers/tmpfs.js";

// Durability on the shared test Neo4j (no JVM of its own): originals kept in a temporary folder,
// `npm run rebuild` run against the emptied database, and the free-space guard on a small tmpfs.
const graph = useSeededGraph();
const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-durability-"));
const originalsDir = path.join(tmp, "originals");

async function documents(): Promise<{ id: string; name: string; full: boolean; sourceUrl: string | null }[]> {
  const rows = await graph.cypher(
    "MATCH (d:PolicyDocument) RETURN d.id AS id, d.name AS name, d.text IS NOT NULL AS full, d.sourceUrl AS sourceUrl ORDER BY id",
  );
  return rows as { id: string; name: string; full: boolean; sourceUrl: string | null }[];
}

async function citationPairs(): Promise<string[]> {
  const rows = await graph.cypher(
    "MATCH (a:PolicyDocument)-[r:IMPLEMENTS|REPEALS]->(b:PolicyDocument) RETURN a.id + ' ' + type(r) + ' ' + b.id AS pair ORDER BY pair",
  );
  return rows.map((r) => r.pair as string);
}

/** `npm run rebuild -- …` as an operator runs it (through tsx), against the test Neo4j as NEO4J_URI. */
async function rebuildCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const t = testNeo4j();
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/cli/rebuild.ts", ...args],
      {
        cwd: PROJECT_ROOT,
        env: {
          PATH: process.env.PATH,
          NEO4J_URI: t.uri,
          NEO4J_USERNAME: t.username ?? "neo4j",
          NEO4J_PASSWORD: t.password ?? "",
        },
        timeout: 180_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => graph.resetToSeed());
afterAll(async () => {
  await graph.resetToSeed();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("kept originals and npm run rebuild", () => {
  let before: {
    counts: Awaited<ReturnType<typeof graphCounts>>;
    documents: Awaited<ReturnType<typeof documents>>;
    pairs: string[];
  };

  it("keeps the original of every written ingest, not of a dry run or an unchanged text", async () => {
    const pipeline = new IngestPipeline(graph.db, gazetteer, { originals: new OriginalsStore(originalsDir) });
    // The district document first: it cites the provincial plan, which is then a placeholder that the second ingest upgrades.
    const district = await pipeline.ingest({
      text: Buffer.from(fixture("district")),
      source: "huangpu.txt",
      metadata: { sourceUrl: "https://example.org/huangpu-v1" },
    });
    expect(district.status).toBe("ADDED");
    await pipeline.ingest({ text: fixture("provincial"), source: "guangdong.txt", dryRun: true });
    const provincial = await pipeline.ingest({ text: fixture("provincial"), source: "guangdong.txt" });
    expect(provincial.status).toBe("UPGRADED");
    // A later version of the first document: the rebuild must take this one.
    const update = await pipeline.ingest({
      text: fixture("district"),
      source: "huangpu.txt",
      metadata: { sourceUrl: "https://example.org/huangpu-v2" },
    });
    expect(update.status).toBe("UPDATED");
    expect(
      (
        await pipeline.ingest({
          text: fixture("district"),
          source: "huangpu.txt",
          metadata: { sourceUrl: "https://example.org/huangpu-v2" },
        })
      ).status,
    ).toBe("UNCHANGED");

    const latest = await new OriginalsStore(originalsDir).latest();
    expect(latest.map((k) => [k.documentId, k.source, k.metadata.sourceUrl ?? null])).toEqual([
      [district.documentId, "huangpu.txt", "https://example.org/huangpu-v2"],
      [provincial.documentId, "guangdong.txt", null],
    ]);
    expect(
      fs.readdirSync(path.join(originalsDir, folderName(district.documentId))).filter((f) => f.endsWith(".txt")),
    ).toHaveLength(2);
    expect(fs.readFileSync(latest[1]!.textFile, "utf8")).toBe(fixture("provincial"));
    expect(latest[1]).toMatchObject({ example: true, replace: false });
    expect(fs.statSync(latest[0]!.textFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(originalsDir).mode & 0o777).toBe(0o700);

    before = { counts: await graphCounts(graph.driver), documents: await documents(), pairs: await citationPairs() };
    expect(before.documents.filter((d) => d.full)).toHaveLength(3); // the seed and the two
  });

  it("refuses a database that is not empty", async () => {
    const run = await rebuildCli("--from", tmp);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/The database already holds \d+ nodes; a rebuild needs an empty one/);
    expect(await graphCounts(graph.driver)).toEqual(before.counts);
  });

  it("makes the same graph again from the seed and the kept originals after the store is lost", async () => {
    await graph.cypher("MATCH (n) DETACH DELETE n");
    const run = await rebuildCli("--from", tmp);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Rebuilding from the seed and 2 kept documents in ${originalsDir}.`);
    const first = run.stdout.indexOf("(huangpu.txt");
    expect(first).toBeGreaterThan(0);
    expect(run.stdout.indexOf("(guangdong.txt")).toBeGreaterThan(first); // in the order they were first ingested
    expect(run.stdout).toMatch(
      /\[1\/2\] PolicyDocument:doc-\S+ 黄埔区加快人工智能产业集聚发展若干措施 \(huangpu\.txt, first ingested .+\): ADDED/,
    );
    expect(run.stdout).toMatch(
      /\[2\/2\] \S+ 广东省新一代人工智能创新发展行动方案\(2021-2025年\) \(guangdong\.txt, .+\): UPGRADED/,
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `Rebuilt in [\\d.]+ s: the seed and 2 of 2 kept documents; the graph has ${before.counts.nodes} nodes and ${before.counts.relationships} relationships\\.`,
      ),
    );

    expect(await graphCounts(graph.driver)).toEqual(before.counts);
    expect(await documents()).toEqual(before.documents);
    expect(await citationPairs()).toEqual(before.pairs);
    expect(before.documents.find((d) => d.sourceUrl === "https://example.org/huangpu-v2")).toBeDefined();
  });
});

// A real low disk: a 32 MB tmpfs holding the guarded folder, filled to leave less than the threshold.
// Mounting needs root (CI runs as root); without it this part is skipped.
const { mountPoint, canMount } = tmpfsMountPoint("policy-graph-low-disk-");

describe.skipIf(!canMount)("an ingest on a disk below MIN_FREE_DISK_MB", () => {
  const filler = path.join(mountPoint, "filler");
  const dataDir = path.join(mountPoint, "neo4j");
  let pipeline: IngestPipeline;

  beforeAll(async () => {
    tryMount(mountPoint);
    fs.mkdirSync(dataDir, { mode: 0o700 });
    const free = fs.statfsSync(mountPoint);
    fs.writeFileSync(filler, Buffer.alloc(free.bavail * free.bsize - 4 * 1024 * 1024)); // 4 MB left
    pipeline = new IngestPipeline(graph.db, gazetteer, {
      diskGuard: { dir: dataDir, minFreeMb: 16 },
      originals: new OriginalsStore(path.join(dataDir, "originals")),
    });
    await graph.resetToSeed();
  });
  afterAll(() => {
    execFileSync("umount", [mountPoint]);
    fs.rmSync(mountPoint, { recursive: true, force: true });
  });

  it("is refused with UNAVAILABLE, says how much is free and what to do, and leaves the graph unchanged", async () => {
    const counts = await graphCounts(graph.driver);
    const error = await pipeline.ingest({ text: fixture("shenzhen"), source: "shenzhen.txt" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as UnavailableError).extensions.code).toBe("UNAVAILABLE");
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Ingesting shenzhen\\.txt was refused: only [34] MB are free on the disk holding the Neo4j data folder ${dataDir}, and MIN_FREE_DISK_MB asks for at least 16 MB`,
      ),
    );
    expect((error as Error).message).toContain(
      `Nothing was written. Free space on that disk (\`df -h ${dataDir}\` shows it), then retry.`,
    );
    expect(await graphCounts(graph.driver)).toEqual(counts);
    expect(fs.existsSync(path.join(dataDir, "originals"))).toBe(false);
    // A dry run writes nothing and still answers.
    expect((await pipeline.ingest({ text: fixture("shenzhen"), source: "shenzhen.txt", dryRun: true })).status).toBe(
      "ADDED",
    );
  });

  it("goes through once space is freed, and keeps its original there", async () => {
    fs.rmSync(filler);
    const report = await pipeline.ingest({ text: fixture("shenzhen"), source: "shenzhen.txt" });
    expect(report.status).toBe("ADDED");
    expect((await new OriginalsStore(path.join(dataDir, "originals")).latest()).map((k) => k.documentId)).toEqual([
      report.documentId,
    ]);
  });
});

afterAll(() => {
  if (!canMount) fs.rmSync(mountPoint, { recursive: true, force: true });
});

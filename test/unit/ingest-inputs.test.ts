import { describe, expect, it } from "vitest";
import { BULK_FROM, INGEST_USAGE, parseIngestArgs } from "../../src/cli/ingest-args.js";
import { loadConfig } from "../../src/config.js";
import { ingestAccess } from "../../src/graphql/ingest/ingest-access.js";
import type { IngestPipeline, IngestReport } from "../../src/ingest/pipeline.js";
import { formatReport } from "../../src/ingest/report-text.js";
import { type IngestDiff, NO_DIFF, removesTooMuch } from "../../src/ingest/update-diff.js";
import { isMarkedExample } from "../../src/ingest/pipeline.js";
import { extractSeed, SEED_DOCUMENTS } from "../../src/ingest/seed.js";
import { FIXTURE_DIR, fixture } from "../helpers/fixtures.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

describe("the ingest command line", () => {
  it("reads paths and every metadata option", () => {
    expect(
      parseIngestArgs([
        "a.txt",
        "dir",
        "--level",
        "district",
        "--issuer",
        "广州市黄埔区人民政府",
        "--issued-on",
        "2021-11-02",
        "--doc-number",
        "穗埔府规[2021]8号",
        "--dry-run",
      ]),
    ).toEqual({
      paths: ["a.txt", "dir"],
      metadata: {
        level: "DISTRICT",
        issuer: "广州市黄埔区人民政府",
        issuedOn: "2021-11-02",
        docNumber: "穗埔府规[2021]8号",
      },
      dryRun: true,
      replace: false,
      bulk: false,
      batchSize: 25,
      reread: false,
    });
  });

  it("reads --replace and a trimmed --title for one file", () => {
    expect(parseIngestArgs(["a.txt", "--title", "  关于加快发展人工智能的若干措施 ", "--replace"])).toEqual({
      paths: ["a.txt"],
      metadata: { title: "关于加快发展人工智能的若干措施" },
      dryRun: false,
      replace: true,
      bulk: false,
      batchSize: 25,
      reread: false,
    });
  });

  it("runs a corpus in bulk: asked with --bulk, or past BULK_FROM files; never for URLs; a batch size from 1 to 500", () => {
    expect(parseIngestArgs(["a.txt", "--bulk", "--batch-size", "50", "--reread"])).toMatchObject({
      bulk: true,
      batchSize: 50,
      reread: true,
    });
    const many = Array.from({ length: BULK_FROM + 1 }, (_, i) => `f${i}.txt`);
    expect(parseIngestArgs(many).bulk).toBe(true);
    expect(parseIngestArgs(many.slice(0, BULK_FROM)).bulk).toBe(false);
    expect(parseIngestArgs([...many, "https://example.org/a.html"]).bulk).toBe(false);
    expect(() => parseIngestArgs(["https://example.org/a.html", "--bulk"])).toThrow(
      /--bulk reads files and directories/,
    );
    expect(() => parseIngestArgs(["a.txt", "--batch-size", "0"])).toThrow(
      /--batch-size must be a whole number from 1 to 500, but is "0"/,
    );
    expect(() => parseIngestArgs(["a.txt", "--batch-size", "x"])).toThrow(/--batch-size must be a whole number/);
  });

  it("explains a missing path, a bad level and a bad date", () => {
    expect(() => parseIngestArgs([])).toThrow(INGEST_USAGE);
    expect(() => parseIngestArgs(["a.txt", "--level", "CITY"])).toThrow(
      /--level must be one of NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT, but is "CITY"/,
    );
    expect(() => parseIngestArgs(["a.txt", "--issued-on", "18/06/2021"])).toThrow(
      /--issued-on must be a date as YYYY-MM-DD/,
    );
  });

  it("names an unknown option and shows the usage, which lists --title and --replace", () => {
    expect(() => parseIngestArgs(["a.txt", "--titel", "x"])).toThrow(
      /Unknown option '--titel'[\s\S]*--title TITLE[\s\S]*--replace/,
    );
  });

  it("refuses an empty, multi-line or overlong --title, and one title for several files", () => {
    expect(() => parseIngestArgs(["a.txt", "--title", "  "])).toThrow(
      /--title must be the document's title on one line, 1 to 200 characters, but is "  "/,
    );
    expect(() => parseIngestArgs(["a.txt", "--title", "标题\n正文"])).toThrow(/on one line/);
    expect(() => parseIngestArgs(["a.txt", "--title", "长".repeat(201)])).toThrow(/1 to 200 characters/);
    expect(() => parseIngestArgs(["a.txt", "b.txt", "--title", "标题"])).toThrow(
      /--title names one document, but a\.txt b\.txt holds 2 files/,
    );
    expect(() => parseIngestArgs([FIXTURE_DIR, "--title", "标题"])).toThrow(/holds 4 files/);
  });
});

describe("the rule for safe updates", () => {
  const node = (i: number) => ({ id: `Task:d/task-${i}`, kind: "Task", name: `任务${i}` });
  const rel = (i: number) => ({ id: `r${i}`, type: "RESPONSIBLE", from: `任务${i}`, to: "科技局" });
  const diff = (before: [number, number], removed: [number, number]): IngestDiff => ({
    ...NO_DIFF,
    before: { nodes: before[0], relationships: before[1] },
    removed: Array.from({ length: removed[0] }, (_, i) => node(i)),
    removedRelationships: Array.from({ length: removed[1] }, (_, i) => rel(i)),
  });

  it("lets a small edit through: one task of five, or up to 10% of a large document", () => {
    expect(removesTooMuch(diff([5, 20], [1, 5]))).toBe(false);
    expect(removesTooMuch(diff([50, 100], [5, 10]))).toBe(false);
    expect(removesTooMuch(diff([0, 0], [0, 0]))).toBe(false);
  });

  it("stops an update that removes more than 10% and at least 3 nodes or 10 relationships", () => {
    expect(removesTooMuch(diff([50, 100], [6, 0]))).toBe(true);
    expect(removesTooMuch(diff([5, 20], [3, 0]))).toBe(true);
    expect(removesTooMuch(diff([50, 91], [2, 10]))).toBe(true);
    expect(removesTooMuch(diff([51, 91], [51, 91]))).toBe(true);
  });

  it("is printed with the removed items by kind and name, and in a dry run the added ones too", () => {
    const d: IngestDiff = {
      ...diff([5, 20], [3, 1]),
      added: [{ id: "Target:d/target-9", kind: "Target", name: "新目标" }],
    };
    const report = {
      source: "a.txt",
      documentId: "PolicyDocument:d",
      title: "方案",
      docNumber: null,
      status: "UPDATED",
      dryRun: true,
      example: false,
      added: ["Target:d/target-9"],
      changed: [],
      removed: d.removed.map((n) => n.id),
      relationships: 3,
      removedRelationships: 1,
      diff: d,
      removesTooMuch: true,
      linked: [],
      discovered: [],
      warnings: [],
    } satisfies IngestReport;
    const text = formatReport(report);
    expect(text).toContain("a.txt → PolicyDocument:d 方案: UPDATED (dry run: nothing written)");
    expect(text).toContain(
      "removes 3 of the document's 5 nodes and 1 of its 20 relationships: more than an update may without --replace",
    );
    expect(text).toContain("  adds Target 新目标  Target:d/target-9");
    expect(text).toContain("  removes Task 任务2");
    expect(text).toContain("  removes RESPONSIBLE 任务0 → 科技局");
    expect(formatReport({ ...report, dryRun: false }, { refused: true })).toContain(
      ": UPDATED (refused: nothing written)",
    );
  });
});

describe("the ingest token", () => {
  const pipeline = {} as IngestPipeline;

  it("comes from INGEST_TOKEN and must be long enough to guess badly", () => {
    expect(loadConfig({ INGEST_TOKEN: "0123456789abcdef0123" }).ingestToken).toBe("0123456789abcdef0123");
    expect(loadConfig({}).ingestToken).toBeUndefined();
    expect(() => loadConfig({ INGEST_TOKEN: "short" })).toThrow(/INGEST_TOKEN must be at least 16 characters/);
  });

  it("disables the mutation when unset, and tells a missing header from a wrong token", () => {
    expect(ingestAccess({ pipeline }, "Bearer anything")).toMatchObject({ enabled: false });
    const token = "0123456789abcdef0123";
    expect(ingestAccess({ pipeline, token }, undefined)).toMatchObject({ enabled: true, authorized: null });
    expect(ingestAccess({ pipeline, token }, "Bearer wrong-token")).toMatchObject({ authorized: false });
    expect(ingestAccess({ pipeline, token }, `Bearer ${token}`)).toMatchObject({ authorized: true });
  });
});

describe("the invented examples", () => {
  it("are never part of the seed that npm start loads", () => {
    expect(SEED_DOCUMENTS.every((f) => !f.includes("example"))).toBe(true);
    for (const g of extractSeed(PROJECT_ROOT)) expect(g.nodes.some((n) => n.props.example === true)).toBe(false);
  });

  it("say so in their first line, which marks them as examples when ingested", () => {
    for (const name of ["national", "provincial", "district", "shenzhen"] as const)
      expect(isMarkedExample(fixture(name))).toBe(true);
    expect(isMarkedExample("广州市人工智能方案\n各区人民政府:\n")).toBe(false);
  });
});

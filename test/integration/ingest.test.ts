import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { IngestError, MAX_DOCUMENT_BYTES } from "../../src/ingest/ingest-errors.js";
import { RELATIONSHIP_TYPES } from "../../src/model/graph-model.js";
import { IngestPipeline, type IngestReport } from "../../src/ingest/pipeline.js";
import { FIXTURE_DIR, fixture, type FixtureName } from "../helpers/fixtures.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { graphCounts, useSeededGraph } from "../helpers/seeded.js";

const graph = useSeededGraph();
const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
let pipeline: IngestPipeline;

const reset = () => graph.resetToSeed();

const ingest = (name: FixtureName, extra: { dryRun?: boolean } = {}): Promise<IngestReport> =>
  pipeline.ingest({ text: fixture(name), source: name, ...extra });

async function citationPairs(): Promise<string[]> {
  const rows = await graph.cypher(
    "MATCH (a:PolicyDocument)-[:IMPLEMENTS]->(b:PolicyDocument) RETURN a.name + ' → ' + b.name AS pair ORDER BY pair",
  );
  return rows.map((r) => r.pair as string);
}

const TOP_DOWN: FixtureName[] = ["national", "provincial", "district", "shenzhen"];
const BOTTOM_UP: FixtureName[] = ["shenzhen", "district", "provincial", "national"];

beforeAll(async () => {
  pipeline = new IngestPipeline(graph.db, gazetteer);
  await reset();
});

// Leave the seed graph alone for the test files that follow (registered after the handles, so it runs before they close).
afterAll(reset);

describe("ingesting the example documents in different orders", () => {
  let topDown: { counts: Awaited<ReturnType<typeof graphCounts>>; pairs: string[] };

  it("links each document to the documents it cites, by 文号 in any brackets and by title alone", async () => {
    for (const name of TOP_DOWN) await ingest(name);
    topDown = { counts: await graphCounts(graph.driver), pairs: await citationPairs() };
    expect(topDown.pairs).toEqual(
      expect.arrayContaining([
        "广东省新一代人工智能创新发展行动方案(2021-2025年) → 新一代人工智能算力基础设施建设指导意见",
        "广东省新一代人工智能创新发展行动方案(2021-2025年) → 广东省加快发展新一代人工智能产业实施方案(2018-2020年)",
        "新一代人工智能算力基础设施建设指导意见 → 新一代人工智能发展规划",
        "深圳市人工智能应用场景开放工作方案 → 广东省新一代人工智能创新发展行动方案(2021-2025年)",
        "深圳市人工智能应用场景开放工作方案 → 新一代人工智能算力基础设施建设指导意见",
        "黄埔区加快人工智能产业集聚发展若干措施 → 广东省新一代人工智能创新发展行动方案(2021-2025年)",
        "黄埔区加快人工智能产业集聚发展若干措施 → 广州市关于推进新一代人工智能产业发展的行动计划(2020-2022年)",
      ]),
    );
    expect(topDown.counts.byLabel.PolicyDocument).toBe(9);
  });

  it("upgrades placeholders in place when the cited documents arrive later: same id, no duplicate, edges kept", async () => {
    await reset();
    const [shenzhen, , , national] = [
      await ingest(BOTTOM_UP[0]!),
      await ingest(BOTTOM_UP[1]!),
      await ingest(BOTTOM_UP[2]!),
      await ingest(BOTTOM_UP[3]!),
    ];
    const placeholder = shenzhen!.linked.find((c) => c.title === "新一代人工智能算力基础设施建设指导意见")!;
    expect(placeholder.placeholder).toBe(true);
    expect(national!.status).toBe("UPGRADED");
    expect(national!.documentId).toBe(placeholder.id);
    const docs = await graph.cypher(
      "MATCH (d:PolicyDocument) RETURN d.name AS name, d.placeholder AS placeholder, d.text IS NOT NULL AS full",
    );
    expect(new Set(docs.map((d) => d.name)).size).toBe(docs.length);
    expect(docs.filter((d) => d.full).map((d) => d.name)).toHaveLength(5);
    const [edge] = await graph.cypher(
      "MATCH (:PolicyDocument {name: '深圳市人工智能应用场景开放工作方案'})-[r:IMPLEMENTS]->(d {id: $id}) RETURN r.evidenceQuotes AS quotes, d.placeholder AS placeholder",
      { id: placeholder.id },
    );
    expect(edge).toMatchObject({ quotes: ["《新一代人工智能算力基础设施建设指导意见》"], placeholder: false });
  });

  it("ends with the same graph whatever the order", async () => {
    const counts = await graphCounts(graph.driver);
    expect(counts).toEqual(topDown.counts);
    expect(await citationPairs()).toEqual(topDown.pairs);
  });

  it("changes nothing when the same texts are ingested again", async () => {
    const before = await graphCounts(graph.driver);
    const reports = [];
    for (const name of TOP_DOWN) reports.push(await ingest(name));
    expect(reports.map((r) => r.status)).toEqual(["UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED"]);
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("records LEAD, PARTICIPANT and JOINT roles with their positions", async () => {
    const rows = await graph.cypher(`
      MATCH (d:PolicyDocument {name: '广东省新一代人工智能创新发展行动方案(2021-2025年)'})-[:HAS_PART*1..2]->(p)-[r:RESPONSIBLE]->(a:Agency)
      RETURN p.name AS part, a.name AS agency, r.role AS role, r.position AS position ORDER BY part, position`);
    expect(rows.filter((r) => r.part === "加大财政金融支持")).toEqual([
      { part: "加大财政金融支持", agency: "广东省财政厅", role: "JOINT", position: 0 },
      { part: "加大财政金融支持", agency: "广东省地方金融监管局", role: "JOINT", position: 1 },
    ]);
    expect(rows.filter((r) => r.part === "推进算力设施建设").map((r) => [r.agency, r.role])).toEqual([
      ["广东省工业和信息化厅", "LEAD"],
      ["广东省发展改革委", "PARTICIPANT"],
      ["广东省科技厅", "PARTICIPANT"],
    ]);
  });

  it("keeps same-named units of different jurisdictions apart and one body mentioned twice as one node", async () => {
    const bureaus = await graph.cypher(
      "MATCH (a:Agency) WHERE a.name ENDS WITH '工业和信息化局' RETURN a.id AS id, a.name AS name, a.jurisdiction AS j ORDER BY name",
    );
    expect(bureaus.map((b) => b.name)).toEqual([
      "广州市工业和信息化局",
      "广州市黄埔区工业和信息化局",
      "深圳市工业和信息化局",
    ]);
    const [huangpuScience] = await graph.cypher(
      "MATCH (:Measure {name: '加强组织领导', document: $doc})-[r:RESPONSIBLE {position: 0}]->(a) RETURN a.id AS id, a.level AS level, a.foundBy AS foundBy",
      {
        doc: (
          await graph.cypher(
            "MATCH (d:PolicyDocument {name: '黄埔区加快人工智能产业集聚发展若干措施'}) RETURN d.id AS id",
          )
        )[0]!.id,
      },
    );
    expect(huangpuScience).toMatchObject({ level: "DISTRICT", foundBy: "pattern" });
    expect(huangpuScience!.id).not.toBe("Agency:gz-science-tech-bureau");
    const [gzScience] = await graph.cypher(
      "MATCH (v:Evidence {node: 'Agency:gz-science-tech-bureau'}) RETURN collect(v.document) AS docs",
    );
    expect(new Set(gzScience!.docs as string[]).size).toBe(2);
    const shenzhenGov = await graph.cypher(
      "MATCH (:PolicyDocument {name: '深圳市人工智能应用场景开放工作方案'})-[:ISSUED_BY]->(a) RETURN a.id AS id, a.name AS name",
    );
    expect(shenzhenGov).toEqual([{ id: expect.stringMatching(/^Agency:shenzhen-/), name: "深圳市人民政府" }]);
  });

  it("quotes every piece of evidence exactly as the text at its offsets", async () => {
    const texts = new Map(
      (await graph.cypher("MATCH (d:PolicyDocument) WHERE d.text IS NOT NULL RETURN d.id AS id, d.text AS text")).map(
        (r) => [r.id as string, r.text as string],
      ),
    );
    const holders = await graph.cypher(`
      MATCH (v:Evidence) RETURN [v.quote] AS q, [v.start] AS s, [v.end] AS e, [v.document] AS d
      UNION ALL
      MATCH ()-[r]->() WHERE r.evidenceQuotes IS NOT NULL RETURN r.evidenceQuotes AS q, r.evidenceStarts AS s, r.evidenceEnds AS e, r.evidenceDocuments AS d`);
    let checked = 0;
    for (const h of holders) {
      (h.q as string[]).forEach((quote, i) => {
        expect(texts.get((h.d as string[])[i]!)!.slice((h.s as number[])[i], (h.e as number[])[i])).toBe(quote);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("marks the invented documents and their parts as examples, and the seed plan not", async () => {
    const rows = await graph.cypher(
      "MATCH (d:PolicyDocument) WHERE d.text IS NOT NULL RETURN d.name AS name, d.example AS example ORDER BY name",
    );
    expect(rows.filter((r) => r.example === true)).toHaveLength(4);
    expect(rows.find((r) => (r.name as string).startsWith("广州市关于"))!.example).toBe(false);
    const [parts] = await graph.cypher(
      "MATCH (t:Task) WHERE t.document <> 'PolicyDocument:gz-ai-plan-2020-2022' RETURN count(*) AS all, count(CASE WHEN t.example THEN 1 END) AS marked",
    );
    expect(parts!.marked).toBe(parts!.all);
  });
});

describe("a changed text of the same document", () => {
  it("updates it in place and removes only what it no longer says", async () => {
    const original = fixture("shenzhen");
    const changed = original.replace(/\s*\(二\)支持企业参与[^\n]*\n/, "\n").replace("不少于100个", "不少于120个");
    const before = await graph.cypher(
      "MATCH ()-[r]->() WHERE r.document IS NOT NULL RETURN r.document AS doc, count(*) AS c ORDER BY doc",
    );
    const report = await pipeline.ingest({ text: changed, source: "shenzhen-v2" });
    expect(report.status).toBe("UPDATED");
    expect(report.removed).toEqual([expect.stringMatching(/\/task-02$/)]);
    const after = await graph.cypher(
      "MATCH ()-[r]->() WHERE r.document IS NOT NULL RETURN r.document AS doc, count(*) AS c ORDER BY doc",
    );
    const others = (rows: Record<string, unknown>[]) => rows.filter((r) => r.doc !== report.documentId);
    expect(others(after)).toEqual(others(before));
    const [target] = await graph.cypher("MATCH (t:Target {document: $doc, ordinal: 1}) RETURN t.value AS value", {
      doc: report.documentId,
    });
    expect(target!.value).toBe(120);
    // The enterprises only the removed task named are gone, and no node keeps evidence into the old text.
    expect(await graph.cypher("MATCH (o:Organization) WHERE o.name IN ['优必选', '云天励飞'] RETURN o.id")).toEqual([]);
    const [text] = await graph.cypher("MATCH (d:PolicyDocument {id: $doc}) RETURN d.text AS text", {
      doc: report.documentId,
    });
    const evidence = await graph.cypher(
      `
      MATCH (v:Evidence {document: $doc})
      RETURN v.quote AS quote, v.start AS start, v.end AS end`,
      { doc: report.documentId },
    );
    expect(evidence.length).toBeGreaterThan(10);
    for (const e of evidence) expect((text!.text as string).slice(e.start as number, e.end as number)).toBe(e.quote);
    await pipeline.ingest({ text: original, source: "shenzhen" });
  });
});

describe("a truncated copy of a loaded document", () => {
  const original = fixture("provincial");
  const truncated = original.slice(0, Math.floor(original.length / 2));
  const docId = async () =>
    (
      await graph.cypher(
        "MATCH (d:PolicyDocument {name: '广东省新一代人工智能创新发展行动方案(2021-2025年)'}) RETURN d.id AS id",
      )
    )[0]!.id as string;
  // The document's own nodes as the graph holds them, to check the report names exactly those it removes.
  const ownNodes = async (doc: string) =>
    graph.cypher("MATCH (n:Entity {document: $doc}) RETURN n.id AS id, n.kind AS kind, n.name AS name ORDER BY id", {
      doc,
    });

  it("is shown in a dry run, with what it would remove by kind and name, and nothing is written", async () => {
    const doc = await docId();
    const before = await graphCounts(graph.driver);
    const report = await pipeline.ingest({ text: truncated, source: "half.txt", dryRun: true });
    expect(report).toMatchObject({ documentId: doc, status: "UPDATED", dryRun: true, removesTooMuch: true });
    const own = await ownNodes(doc);
    expect(report.diff.before.nodes).toBe(own.length);
    expect(report.diff.removed.length).toBeGreaterThan(own.length / 2);
    for (const n of report.diff.removed) expect(own).toContainEqual(n);
    expect(report.diff.removed.map((n) => n.kind)).toEqual(expect.arrayContaining(["Task", "Target"]));
    expect(report.diff.removedRelationships).toContainEqual(
      expect.objectContaining({ type: "RESPONSIBLE", from: "推进算力设施建设", to: "广东省工业和信息化厅" }),
    );
    expect(report.removedRelationships).toBe(report.diff.removedRelationships.length);
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("is refused without replace: the error counts and names what it would remove, and the graph stays as it was", async () => {
    const before = await graphCounts(graph.driver);
    const error = await pipeline.ingest({ text: truncated, source: "half.txt" }).then(
      () => null,
      (e: unknown) => e as IngestError,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect(error!.problem).toBe("UPDATE_REMOVES_TOO_MUCH");
    expect(error!.message).toMatch(
      /^half\.txt: this text would remove \d+ of the \d+ nodes and \d+ of the \d+ relationships the document had \((Target|Action|Task|Measure) /,
    );
    expect(error!.message).toContain("--replace (replace: true)");
    expect(error!.report!.diff.removed.length).toBeGreaterThan(2);
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("is written with replace, and the full text afterwards brings back what it removed", async () => {
    const doc = await docId();
    const own = await ownNodes(doc);
    const report = await pipeline.ingest({ text: truncated, source: "half.txt", replace: true });
    expect(report).toMatchObject({ status: "UPDATED", removesTooMuch: true });
    expect((await ownNodes(doc)).length).toBe(own.length - report.removed.length);
    const restored = await pipeline.ingest({ text: original, source: "provincial" });
    expect(restored).toMatchObject({ status: "UPDATED", removed: [], removesTooMuch: false });
    expect(await ownNodes(doc)).toEqual(own);
  });
});

describe("reading what a document had before", () => {
  it("seeks its relationships in their indexes on `document`, one per type, instead of scanning every relationship", async () => {
    const statement = CypherStatements.load(path.join(PROJECT_ROOT, "cypher")).get("find-document-owned");
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${statement}`, { documentId: "x" });
    const operators: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      operators.push(p.operatorType.replace(/@.*$/, ""));
      p.children.forEach((c) => walk(c as typeof p));
    };
    walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
    // Each type is read through its own `document` index: a seek once Neo4j has statistics, or on a
    // freshly made test database sometimes a scan of that index plus a filter. Never all relationships.
    expect(
      operators.filter((o) => /RelationshipIndex(Seek|Scan)$/.test(o)),
      operators.join(" "),
    ).toHaveLength(RELATIONSHIP_TYPES.length);
    expect(
      operators.filter((o) => /AllRelationshipsScan|RelationshipTypeScan|NodeByLabelScan|AllNodesScan/.test(o)),
    ).toEqual([]);
  });
});

describe("a title given with the text", () => {
  it("lets a text without a title line in, under that title", async () => {
    const text =
      "为加快人工智能与制造业融合,制定本措施。\n一、主要任务\n(一)建设工业智能平台。推动企业上云用数赋智。(责任单位:市工业和信息化局)\n";
    await expect(pipeline.ingest({ text, source: "untitled.txt", dryRun: true })).rejects.toThrow(
      /No document title found/,
    );
    const report = await pipeline.ingest({
      text,
      source: "untitled.txt",
      metadata: { title: "某市人工智能赋能制造业若干措施" },
    });
    expect(report).toMatchObject({ status: "ADDED", title: "某市人工智能赋能制造业若干措施" });
    const [row] = await graph.cypher(
      "MATCH (d:PolicyDocument {id: $id}) RETURN d.name AS name, d.text IS NOT NULL AS full",
      { id: report.documentId },
    );
    expect(row).toEqual({ name: "某市人工智能赋能制造业若干措施", full: true });
    await graph.cypher("MATCH (n:Entity) WHERE n.id = $id OR n.document = $id DETACH DELETE n", {
      id: report.documentId,
    });
  });
});

describe("bad input", () => {
  const expectRefused = async (text: string | Uint8Array, message: RegExp) => {
    const before = await graphCounts(graph.driver);
    await expect(pipeline.ingest({ text, source: "bad.txt" })).rejects.toThrow(message);
    expect(await graphCounts(graph.driver)).toEqual(before);
  };

  it("refuses an empty file", () => expectRefused(new Uint8Array(0), /bad\.txt is empty/));
  it("refuses a file of whitespace only", () => expectRefused("  \n\u3000\r\n", /bad\.txt is empty/));
  // GBK bytes are read as such (formats-text.test.ts); bytes that are neither UTF-8 nor Chinese in GB18030 are refused.
  it("refuses bytes that are text in no encoding read", () =>
    expectRefused(
      Uint8Array.from([0xb9, 0xe3, 0xd6, 0xdd, 0xca, 0xd0, 0xff, 0xfe]),
      /bad\.txt is not text in any encoding tried .*UTF-8, GB18030\/GBK/,
    ));
  it("refuses binary content", () =>
    expectRefused(Uint8Array.from([0x41, 0x42, 0x00, 0x01, 0x02, 0x03]), /binary control characters/));
  it("refuses a damaged zip as a damaged Word file", () =>
    expectRefused(
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
      /cannot be read as a Word \(\.docx\) file/,
    ));
  it("refuses text with no recognisable title", () =>
    expectRefused("这是一段文字,没有通知标题。\n也没有称呼。\n", /No document title found/));
  it("refuses a document over the size limit", () =>
    expectRefused("关于印发《大》的通知\n" + "字".repeat(MAX_DOCUMENT_BYTES / 3 + 10), /limit is 524288 bytes/));

  it("refuses a 文号 that already belongs to another document", async () => {
    const other =
      "广东省人民政府办公厅关于印发《另一份虚构方案》的通知\n粤府办[2021]57号\n各地级以上市人民政府:\n现将《另一份虚构方案》印发给你们。\n";
    await expectRefused(
      other,
      /文号 粤府办〔2021〕57号 already belongs to another document, "广东省新一代人工智能创新发展行动方案\(2021-2025年\)"/,
    );
  });

  it("writes nothing in a dry run but reports the same", async () => {
    const [district] = await graph.cypher(
      "MATCH (d:PolicyDocument {name: '黄埔区加快人工智能产业集聚发展若干措施'}) RETURN d.id AS id",
    );
    await graph.cypher("MATCH (n:Entity) WHERE n.id = $id OR n.document = $id DETACH DELETE n", { id: district!.id });
    const before = await graphCounts(graph.driver);
    const report = await ingest("district", { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, status: "ADDED" });
    expect(report.added.length).toBeGreaterThan(1);
    expect(await graphCounts(graph.driver)).toEqual(before);
    await ingest("district");
  });

  it("ingests the good files of a directory and reports the bad one by name", async () => {
    await reset();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-dir-"));
    try {
      fs.copyFileSync(
        path.join(FIXTURE_DIR, "example-national-ai-compute-guidance.txt"),
        path.join(dir, "a-national.txt"),
      );
      fs.writeFileSync(path.join(dir, "b-broken.txt"), Buffer.from([0xc3, 0x28, 0x01, 0x02, 0x80, 0x81]));
      fs.copyFileSync(path.join(FIXTURE_DIR, "example-shenzhen-ai-scenarios.txt"), path.join(dir, "c-shenzhen.txt"));
      const outcomes = await ingestFiles(pipeline, [dir]);
      expect(outcomes.map((o) => ("report" in o ? o.report.status : o.error))).toEqual([
        "ADDED",
        expect.stringContaining("b-broken.txt is not text in any encoding tried"),
        "ADDED",
      ]);
      const [row] = await graph.cypher("MATCH (d:PolicyDocument) WHERE d.text IS NOT NULL RETURN count(*) AS full");
      expect(row!.full).toBe(3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

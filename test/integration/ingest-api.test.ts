import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { fixture } from "../helpers/fixtures.js";
import { graphCounts, useSeededGraph } from "../helpers/seeded.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

const TOKEN = "test-ingest-token-0123456789";
const INGEST = `mutation($text: String!, $metadata: IngestMetadata, $dryRun: Boolean, $replace: Boolean) {
  ingestDocument(text: $text, metadata: $metadata, dryRun: $dryRun, replace: $replace) {
    documentId title docNumber status dryRun example added changed removed relationships removedRelationships removesTooMuch
    diff { added { id kind name } changed { id kind name } removed { id kind name } removedRelationships { type from to } before { nodes relationships } }
    linked { id title docNumber placeholder quote }
    discovered { label name nameEn nameEnComposed }
    warnings
  }
}`;

const graph = useSeededGraph();
let app: RunningApp;
const ingest = (
  text: string,
  headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` },
  extra: Record<string, unknown> = {},
) => executeGraphQL(app.url, INGEST, { text, ...extra }, headers);

beforeAll(async () => {
  await graph.resetToSeed();
  app = await startServer({}, { ingestToken: TOKEN });
});

afterAll(async () => {
  await app?.stop();
  await graph.resetToSeed();
});

describe("the ingestDocument mutation", () => {
  it("is disabled when no token is configured", async () => {
    const plain = await startServer();
    try {
      const before = await graphCounts(graph.driver);
      const res = await executeGraphQL(
        plain.url,
        INGEST,
        { text: fixture("national") },
        { authorization: `Bearer ${TOKEN}` },
      );
      expect(res.errors?.[0]).toMatchObject({
        message: expect.stringContaining("disabled"),
        extensions: { code: "FORBIDDEN" },
      });
      expect(await graphCounts(graph.driver)).toEqual(before);
    } finally {
      await plain.stop();
    }
  });

  it("answers UNAUTHENTICATED without a token or with a wrong one, and writes nothing", async () => {
    const before = await graphCounts(graph.driver);
    const missing = await ingest(fixture("national"), {});
    const wrong = await ingest(fixture("national"), { authorization: "Bearer not-the-token-at-all" });
    expect(missing.errors?.[0]).toMatchObject({
      message: expect.stringContaining("Authorization: Bearer"),
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("reports a dry run without writing", async () => {
    const before = await graphCounts(graph.driver);
    const res = await ingest(fixture("national"), undefined, { dryRun: true });
    expect(res.data?.ingestDocument).toMatchObject({
      status: "ADDED",
      dryRun: true,
      example: true,
      docNumber: "国办发〔2021〕901号",
    });
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("ingests documents and reports what it added, linked and found by pattern", async () => {
    const national = (await ingest(fixture("national"))).data!.ingestDocument;
    expect(national).toMatchObject({
      status: "ADDED",
      dryRun: false,
      linked: [
        {
          id: "PolicyDocument:national-ngai-development-plan",
          placeholder: true,
          quote: "《新一代人工智能发展规划》(国发[2017]35号)",
        },
      ],
    });
    expect(national.added).toContain(national.documentId);
    expect(national.discovered).toContainEqual({
      label: "Agency",
      name: "国家发展改革委",
      nameEn: "National Development and Reform Commission",
      nameEnComposed: true,
    });
    await ingest(fixture("provincial"));
    const district = (await ingest(fixture("district"), undefined, { metadata: { level: "DISTRICT" } })).data!
      .ingestDocument;
    expect(district.linked.map((l: { title: string; placeholder: boolean }) => [l.title, l.placeholder])).toEqual([
      ["广东省新一代人工智能创新发展行动方案(2021-2025年)", false],
      ["广州市关于推进新一代人工智能产业发展的行动计划(2020-2022年)", false],
    ]);
    const again = (await ingest(fixture("district"), undefined, { metadata: { level: "DISTRICT" } })).data!
      .ingestDocument;
    expect(again).toMatchObject({ status: "UNCHANGED", added: [], changed: [], removed: [], relationships: 0 });
  });

  it("refuses bad input with BAD_USER_INPUT naming the problem", async () => {
    const before = await graphCounts(graph.driver);
    const empty = await ingest("   ");
    const untitled = await ingest("只有一行文字。");
    expect(empty.errors?.[0]).toMatchObject({
      message: "text is empty: there is no text to ingest.",
      extensions: { code: "BAD_USER_INPUT", problem: "EMPTY" },
    });
    expect(untitled.errors?.[0]?.message).toContain("No document title found");
    expect(await graphCounts(graph.driver)).toEqual(before);
  });
});

describe("an update that removes much of a document", () => {
  const full = fixture("district");
  const half = full.slice(0, Math.floor(full.length / 2));
  const metadata = { level: "DISTRICT" };

  it("is shown with dryRun: true, by kind and name, and nothing is written", async () => {
    const before = await graphCounts(graph.driver);
    const report = (await ingest(half, undefined, { metadata, dryRun: true })).data!.ingestDocument;
    expect(report).toMatchObject({ status: "UPDATED", dryRun: true, removesTooMuch: true });
    expect(report.diff.removed.length).toBe(report.removed.length);
    expect(report.diff.removed.map((n: { kind: string }) => n.kind)).toContain("Task");
    expect(report.diff.removedRelationships.length).toBe(report.removedRelationships);
    expect(report.diff.before.nodes).toBeGreaterThanOrEqual(report.removed.length);
    expect(report.diff.changed).toContainEqual({
      id: report.documentId,
      kind: "PolicyDocument",
      name: "黄埔区加快人工智能产业集聚发展若干措施",
    });
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("is refused with UPDATE_REMOVES_TOO_MUCH listing what it would remove, and the graph stays as it was", async () => {
    const before = await graphCounts(graph.driver);
    const res = await ingest(half, undefined, { metadata });
    const error = res.errors?.[0];
    expect(error?.message).toMatch(/^text: this text would remove \d+ of the \d+ nodes .*replace: true/s);
    expect(error?.extensions).toMatchObject({
      code: "UPDATE_REMOVES_TOO_MUCH",
      problem: "UPDATE_REMOVES_TOO_MUCH",
      documentId: expect.stringMatching(/^PolicyDocument:/),
    });
    const removed = error!.extensions!.removed as { kind: string; name: string }[];
    expect(removed.length).toBeGreaterThan(2);
    expect(removed.every((n) => n.kind && n.name)).toBe(true);
    expect(error!.extensions!.removedRelationships).toContainEqual(
      expect.objectContaining({ type: "HAS_PART", from: "黄埔区加快人工智能产业集聚发展若干措施" }),
    );
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("is written with replace: true, and the full text brings back what it removed", async () => {
    const before = await graphCounts(graph.driver);
    const replaced = (await ingest(half, undefined, { metadata, replace: true })).data!.ingestDocument;
    expect(replaced).toMatchObject({ status: "UPDATED", dryRun: false, removesTooMuch: true });
    expect((await graphCounts(graph.driver)).nodes).toBeLessThan(before.nodes);
    const restored = (await ingest(full, undefined, { metadata })).data!.ingestDocument;
    expect(restored).toMatchObject({ status: "UPDATED", removed: [], removesTooMuch: false });
    expect(await graphCounts(graph.driver)).toEqual(before);
  });
});

describe("metadata.title", () => {
  const untitled =
    "为推动人工智能赋能制造业,制定本措施。\n一、主要任务\n(一)建设工业智能平台。推动企业上云用数赋智。\n";

  it("names a text that has no title line", async () => {
    const report = (
      await ingest(untitled, undefined, { metadata: { title: "某市人工智能赋能制造业若干措施", example: true } })
    ).data!.ingestDocument;
    expect(report).toMatchObject({ status: "ADDED", title: "某市人工智能赋能制造业若干措施", example: true });
    await graph.cypher("MATCH (n:Entity) WHERE n.id = $id OR n.document = $id DETACH DELETE n", {
      id: report.documentId,
    });
  });

  it("must be one line of text", async () => {
    const res = await ingest(untitled, undefined, { metadata: { title: "标题\n正文" } });
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringContaining("metadata.title must be the document's title on one line"),
      extensions: { code: "BAD_USER_INPUT", argument: "metadata" },
    });
  });
});

describe("the citation chain", () => {
  const CHAIN = `query($id: ID!, $direction: CitationDirection) {
    node(id: $id) { ... on PolicyDocument { name example placeholder
      citationChain(direction: $direction) { hop citing { name } cited { name level } evidence { quote start end document { id } } } } }
  }`;

  it("goes up from the district document to the State Council, hop by hop with evidence", async () => {
    const [district] = await graph.cypher(
      "MATCH (d:PolicyDocument {name: '黄埔区加快人工智能产业集聚发展若干措施'}) RETURN d.id AS id",
    );
    const res = await executeGraphQL(app.url, CHAIN, { id: district!.id, direction: "UP" });
    const doc = res.data!.node;
    expect(doc).toMatchObject({ example: true, placeholder: false });
    const hops = doc.citationChain.map((h: any) => [h.hop, h.citing.name, h.cited.name]);
    expect(hops).toEqual(
      expect.arrayContaining([
        [1, "黄埔区加快人工智能产业集聚发展若干措施", "广东省新一代人工智能创新发展行动方案(2021-2025年)"],
        [2, "广东省新一代人工智能创新发展行动方案(2021-2025年)", "新一代人工智能算力基础设施建设指导意见"],
        [3, "新一代人工智能算力基础设施建设指导意见", "新一代人工智能发展规划"],
      ]),
    );
    const texts = new Map(
      (await graph.cypher("MATCH (d:PolicyDocument) WHERE d.text IS NOT NULL RETURN d.id AS id, d.text AS text")).map(
        (r) => [r.id, r.text as string],
      ),
    );
    for (const h of doc.citationChain) {
      expect(h.evidence.length).toBeGreaterThan(0);
      for (const e of h.evidence) expect(texts.get(e.document.id)!.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it("comes back down from the State Council plan to the district document", async () => {
    const res = await executeGraphQL(app.url, CHAIN, {
      id: "PolicyDocument:national-ngai-development-plan",
      direction: "DOWN",
    });
    const hops = res.data!.node.citationChain.map((h: any) => [h.hop, h.citing.name, h.cited.name]);
    expect(hops).toEqual(
      expect.arrayContaining([
        [1, "新一代人工智能算力基础设施建设指导意见", "新一代人工智能发展规划"],
        [1, "广州市关于推进新一代人工智能产业发展的行动计划(2020-2022年)", "新一代人工智能发展规划"],
        [2, "广东省新一代人工智能创新发展行动方案(2021-2025年)", "新一代人工智能算力基础设施建设指导意见"],
        [2, "黄埔区加快人工智能产业集聚发展若干措施", "广州市关于推进新一代人工智能产业发展的行动计划(2020-2022年)"],
        [3, "黄埔区加快人工智能产业集聚发展若干措施", "广东省新一代人工智能创新发展行动方案(2021-2025年)"],
      ]),
    );
    expect(hops).toHaveLength(5);
    expect(res.data!.node.placeholder).toBe(true);
  });

  it("shows whether an agency was found by pattern and in which jurisdiction", async () => {
    const res = await executeGraphQL(
      app.url,
      `{ measures(first: 50) { edges { node { name responsible { role agency { name nameEn foundByPattern nameEnComposed jurisdiction } } } } } }`,
    );
    const units = res.data!.measures.edges.flatMap((e: any) => e.node.responsible.map((r: any) => r.agency));
    expect(units).toContainEqual({
      name: "广州市黄埔区科技局",
      nameEn: "Huangpu District Science and Technology Bureau",
      foundByPattern: true,
      nameEnComposed: true,
      jurisdiction: "huangpu",
    });
    expect(units).toContainEqual(
      expect.objectContaining({ name: "广州市科学技术局", foundByPattern: false, jurisdiction: "guangzhou" }),
    );
  });

  it("marks the tasks of invented documents as examples and the plan's tasks not", async () => {
    const res = await executeGraphQL(
      app.url,
      `{ tasks(first: 100) { edges { node { name example responsible { role agency { name } } } } } }`,
    );
    const tasks = res.data!.tasks.edges.map((e: any) => e.node);
    expect(tasks.filter((t: any) => t.example)).toContainEqual({
      name: "布局算力枢纽",
      example: true,
      responsible: [
        { role: "LEAD", agency: { name: "国家发展改革委" } },
        { role: "PARTICIPANT", agency: { name: "中华人民共和国工业和信息化部" } },
        { role: "PARTICIPANT", agency: { name: "科技部" } },
      ],
    });
    expect(tasks.filter((t: any) => !t.example)).toHaveLength(18);
  });

  it("makes the units an action's heading names the action's, answered as an Assignment", async () => {
    // Invented: a plan whose actions' headings name who leads them.
    const text = [
      "青川市人民政府办公室关于印发青川市具身智能机器人若干措施的通知",
      "青府办〔2031〕9号",
      "各区人民政府，市政府各部门：",
      "　　现将《青川市具身智能机器人若干措施》印发给你们，请认真贯彻执行。",
      "青川市具身智能机器人若干措施",
      "一、强化创新策源（市科技局牵头）",
      "（一）建设创新平台。支持企业建设具身智能创新平台。",
      "二、拓展应用场景（市工信局、市商务局按职责分工负责）",
      "（二）开放示范场景。每年发布应用场景清单。",
      "青川市人民政府办公室",
      "2031年3月1日",
    ].join("\n");
    const done = (await ingest(text)).data!.ingestDocument;
    expect(done.status).toBe("ADDED");
    const res = await executeGraphQL(
      app.url,
      `query($doc: ID!) { actions(first: 10, partOf: $doc) { edges { node { name lead { name } responsible { role agency { name } } } } } }`,
      { doc: done.documentId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.actions.edges.map((e: any) => e.node)).toEqual([
      {
        name: "强化创新策源",
        lead: { name: "青川市科技局" },
        responsible: [{ role: "LEAD", agency: { name: "青川市科技局" } }],
      },
      {
        name: "拓展应用场景",
        lead: null,
        responsible: [
          { role: "JOINT", agency: { name: "青川市工信局" } },
          { role: "JOINT", agency: { name: "青川市商务局" } },
        ],
      },
    ]);
    // …and from the agency back: the action is one of what it answers for.
    const back = await executeGraphQL(
      app.url,
      `query($doc: ID!) { actions(first: 1, partOf: $doc) { edges { node { lead { name responsibleCount(kind: [ACTION])
        responsibleFor { role task { name } action { name } assignment { __typename ... on Action { name } } } } } } } }`,
      { doc: done.documentId },
    );
    expect(back.errors).toBeUndefined();
    expect(back.data!.actions.edges[0].node.lead).toEqual({
      name: "青川市科技局",
      responsibleCount: 1,
      responsibleFor: [
        {
          role: "LEAD",
          task: null,
          action: { name: "强化创新策源" },
          assignment: { __typename: "Action", name: "强化创新策源" },
        },
      ],
    });
  });
});

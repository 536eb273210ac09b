import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { useSeededGraph } from "../helpers/seeded.js";

const PLAN = "PolicyDocument:gz-ai-plan-2020-2022";
const graph = useSeededGraph();
const q = (cypher: string, params: Record<string, unknown> = {}) => graph.cypher(cypher, params);

describe("the loaded plan", () => {
  it("implements the two national, one provincial and one city document it cites, each with its 文号", async () => {
    const rows = await q(
      `MATCH (:PolicyDocument {id: $plan})-[:IMPLEMENTS]->(d:PolicyDocument) RETURN d.name AS title, d.docNumber AS number, d.level AS level ORDER BY d.ord`,
      { plan: PLAN },
    );
    expect(rows).toEqual([
      { title: "新一代人工智能发展规划", number: "国发〔2017〕35号", level: "NATIONAL" },
      {
        title: "促进新一代人工智能产业发展三年行动计划(2018-2020年)",
        number: "工信部科〔2017〕315号",
        level: "NATIONAL",
      },
      {
        title: "广东省加快发展新一代人工智能产业实施方案(2018-2020年)",
        number: "粤经信信息函〔2018〕91号",
        level: "PROVINCIAL",
      },
      {
        title: "广州市人民政府关于印发广州市加快IAB产业发展五年行动计划(2018-2022年)的通知",
        number: "穗府〔2018〕9号",
        level: "MUNICIPAL",
      },
    ]);
  });

  it("is issued by the city's industry and IT bureau with the city government's approval, on 2020-02-27", async () => {
    const rows = await q(
      `MATCH (d:PolicyDocument {id: $plan})-[r:ISSUED_BY]->(a:Agency) RETURN r.role AS role, a.name AS agency, d.issueDate AS date, d.level AS level ORDER BY role`,
      { plan: PLAN },
    );
    expect(rows).toEqual([
      { role: "APPROVER", agency: "广州市人民政府", date: "2020-02-27", level: "MUNICIPAL" },
      { role: "ISSUER", agency: "广州市工业和信息化局", date: "2020-02-27", level: "MUNICIPAL" },
    ]);
  });

  it("stores its normalised Simplified text, free of pinyin readings", async () => {
    const [row] = await q(`MATCH (d:PolicyDocument {id: $plan}) RETURN d.text AS text`, { plan: PLAN });
    const text = row!.text as string;
    expect(text).toContain("到2022年,全市人工智能产业规模超过1200亿元");
    expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/);
    expect(text).not.toMatch(/[區發業與產計劃]/);
  });

  it("sets the targets with their numbers, units, comparators and 2022 deadline", async () => {
    const rows = await q(
      `MATCH (:PolicyDocument {id: $plan})-[:SETS]->(t:Target) RETURN t.metric AS metric, t.value AS value, t.unit AS unit, t.comparator AS cmp, t.deadlineYear AS year ORDER BY t.ordinal`,
      { plan: PLAN },
    );
    expect(rows).toEqual([
      { metric: "人工智能产业规模", value: 1200, unit: "亿元", cmp: "OVER", year: 2022 },
      { metric: "产业集群", value: 8, unit: "个", cmp: "EXACTLY", year: 2022 },
      { metric: "人工智能产业园", value: 10, unit: "个", cmp: "EXACTLY", year: 2022 },
      { metric: "行业领军企业", value: 10, unit: "家", cmp: "AT_LEAST", year: 2022 },
      { metric: "智能经济和智能社会应用场景", value: 50, unit: "个", cmp: "EXACTLY", year: 2022 },
      { metric: "应用示范项目", value: 100, unit: "个", cmp: "EXACTLY", year: 2022 },
    ]);
  });

  it("has 5 actions holding the 18 tasks in order, each under the right action", async () => {
    const rows = await q(
      `MATCH (:PolicyDocument {id: $plan})-[:HAS_PART]->(a:Action)-[:HAS_PART]->(t:Task)
       RETURN a.ordinal AS action, a.name AS name, collect(t.ordinal) AS tasks ORDER BY action`,
      { plan: PLAN },
    );
    expect(rows.map((r) => [r.action, r.name, [...(r.tasks as number[])].sort((x, y) => x - y)])).toEqual([
      [1, "基础创新提升行动", [1, 2]],
      [2, "产业培育发展行动", [3, 4, 5, 6]],
      [3, "企业引培发展行动", [7, 8, 9]],
      [4, "产业生态构建行动", [10, 11, 12]],
      [5, "应用场景拓展行动", [13, 14, 15, 16, 17, 18]],
    ]);
    const [task2] = await q(`MATCH (t:Task {ordinal: 2}) RETURN t.name AS name, t.text AS text, t.nameEn AS en`);
    expect(task2!.name).toBe("推进创新平台建设");
    expect(task2!.text).toMatch(/^2\.推进创新平台建设。创建国家级人工智能创新试验区。/);
    expect(task2!.en).toBeTruthy();
  });

  it("has the 5 measures with their responsible units in list order, the first one leading", async () => {
    const rows = await q(
      `MATCH (:PolicyDocument {id: $plan})-[:HAS_PART]->(m:Measure)-[r:RESPONSIBLE]->(a:Agency)
       WITH m, r, a ORDER BY r.position
       RETURN m.ordinal AS measure, m.name AS name, collect(a.name) AS units, collect(r.role)[0] AS firstRole, size([x IN collect(r.role) WHERE x = 'LEAD']) AS leads
       ORDER BY measure`,
      { plan: PLAN },
    );
    expect(rows).toEqual([
      {
        measure: 1,
        name: "加强组织保障",
        units: ["广州市工业和信息化局", "广州市各市直部门", "各区人民政府"],
        firstRole: "LEAD",
        leads: 1,
      },
      {
        measure: 2,
        name: "加大资金支持",
        units: [
          "广州市工业和信息化局",
          "广州市发展和改革委员会",
          "广州市科学技术局",
          "广州市地方金融监督管理局",
          "广州市财政局",
          "各区人民政府",
        ],
        firstRole: "LEAD",
        leads: 1,
      },
      {
        measure: 3,
        name: "加强人才引培",
        units: ["广州市人力资源和社会保障局", "广州市工业和信息化局", "广州市教育局", "广州市科学技术局"],
        firstRole: "LEAD",
        leads: 1,
      },
      {
        measure: 4,
        name: "强化宣传推广",
        units: ["广州市工业和信息化局", "各区人民政府"],
        firstRole: "LEAD",
        leads: 1,
      },
      { measure: 5, name: "健全治理体系", units: ["广州市各市直部门"], firstRole: "LEAD", leads: 1 },
    ]);
  });

  it("resolves every spelling of an agency to one node", async () => {
    const [row] = await q(
      `MATCH (a:Agency {name: "广州市工业和信息化局"}) OPTIONAL MATCH (v:Evidence {node: a.id}) RETURN count(DISTINCT a) AS n, collect(v.quote) AS spellings`,
    );
    expect(row!.n).toBe(1);
    expect(new Set(row!.spellings as string[])).toEqual(
      new Set(["广州市工业和信息化局", "市工业和信息化局", "工业和信息化局"]),
    );
    const [dup] = await q(
      `MATCH (a:Agency) WITH a.name AS name, count(*) AS c WHERE c > 1 RETURN count(*) AS duplicates`,
    );
    expect(dup!.duplicates).toBe(0);
  });

  it("links the four named enterprise platforms of task 2 to their companies", async () => {
    const rows = await q(
      `MATCH (:Task {ordinal: 2})-[:SUPPORTS]->(p:Platform)-[:OPERATED_BY]->(o:Organization) WHERE o.category = 'ENTERPRISE'
       RETURN p.name AS platform, o.nameEn AS company, o.ticker AS ticker ORDER BY p.ord`,
    );
    expect(rows.map((r) => [r.platform, r.company])).toEqual([
      ["科大讯飞机器人智能交互平台", expect.stringMatching(/iFLYTEK/i)],
      ["佳都科技智慧交通平台", expect.stringMatching(/PCI/)],
      ["云从科技人机协同平台", expect.stringMatching(/CloudWalk/i)],
      ["欧派智能设计与制造平台", expect.stringMatching(/Oppein/i)],
    ]);
    expect(rows.map((r) => r.ticker)).toEqual(["002230.SZ", "600728.SH", "688327.SH", "603833.SH"]);
  });

  it("links tasks to the parks, zones and labs they name", async () => {
    const zones = async (task: number) =>
      (
        await q(`MATCH (:Task {ordinal: $task})-[:DEVELOPS]->(z:Zone) RETURN z.name AS name ORDER BY z.ord`, { task })
      ).map((r) => r.name);
    expect(await zones(4)).toContain("广州北斗产业园");
    expect(await zones(6)).toContain("国家级人工智能先导区");
    expect(await zones(9)).toEqual(
      expect.arrayContaining(["广州区块链国际创新中心", "黄埔链谷", "蚁米区块链众创空间", "区块链未来空间"]),
    );
    expect(await zones(13)).toEqual(expect.arrayContaining(["国家级车联网(智能网联汽车)先导区", "无人驾驶应用试验区"]));
    const labs = await q(
      `MATCH (t:Task)-[:SUPPORTS]->(p:Platform {category: 'LABORATORY'}) RETURN t.ordinal AS task, p.name AS lab ORDER BY task, p.ord`,
    );
    expect(labs).toEqual([
      { task: 2, lab: "人工智能与数字经济广东省实验室" },
      { task: 13, lab: "穗腾实验室" },
    ]);
    const [intent] = await q(
      `MATCH (:Task {ordinal: 2})-[r:DEVELOPS]->(:Zone {name: "国家级人工智能创新试验区"}) RETURN r.intent AS intent`,
    );
    expect(intent!.intent).toBe("CREATE");
  });

  it("links tasks to the technologies and domains their text names", async () => {
    const rows = await q(
      `MATCH (t:Task)-[:MENTIONS]->(:Technology {name: "区块链"}) RETURN t.ordinal AS task ORDER BY task`,
    );
    expect(rows.map((r) => r.task)).toEqual([9]);
    const [t11] = await q(`MATCH (:Task {ordinal: 11})-[:MENTIONS]->(d:Domain) RETURN collect(d.name) AS domains`);
    expect(t11!.domains).toEqual(expect.arrayContaining(["政务", "教育", "医疗", "交通"]));
  });
});

describe("evidence", () => {
  it("quotes the document text exactly at its offsets, and the raw scrape at its raw offsets, for every node and relationship", async () => {
    const texts = new Map(
      (await q(`MATCH (d:PolicyDocument) WHERE d.text IS NOT NULL RETURN d.id AS id, d.text AS text`)).map((r) => [
        r.id as string,
        r.text as string,
      ]),
    );
    const items = await q(
      `MATCH (n:Entity) OPTIONAL MATCH (v:Evidence {node: n.id}) WITH n, collect(v) AS vs
       RETURN n.id AS id, [v IN vs | v.quote] AS quotes, [v IN vs | v.start] AS starts, [v IN vs | v.end] AS ends, [v IN vs | v.document] AS docs, n.source AS source,
              [v IN vs | v.rawStart] AS rawStarts, [v IN vs | v.rawEnd] AS rawEnds
       UNION ALL
       MATCH ()-[r]->() RETURN r.id AS id, r.evidenceQuotes AS quotes, r.evidenceStarts AS starts, r.evidenceEnds AS ends, r.evidenceDocuments AS docs, r.source AS source,
                               r.evidenceRawStarts AS rawStarts, r.evidenceRawEnds AS rawEnds`,
    );
    const raw = fs.readFileSync(path.join(PROJECT_ROOT, "seeds/guangzhou-ai-action-plan-2020-2022.raw.txt"), "utf8");
    let checked = 0;
    const unsupported: string[] = [];
    for (const it of items) {
      const quotes = (it.quotes as string[] | null) ?? [];
      if (quotes.length === 0 && !it.source) unsupported.push(it.id as string);
      quotes.forEach((quote, i) => {
        const text = texts.get((it.docs as string[])[i]!);
        expect(text, `${it.id}: evidence names a document without text`).toBeDefined();
        expect(text!.slice((it.starts as number[])[i], (it.ends as number[])[i]), `${it.id} evidence ${i}`).toBe(quote);
        // The same words in the raw scrape: Traditional, readings pasted in; normalised, the quote.
        const rawSlice = raw.slice((it.rawStarts as number[])[i], (it.rawEnds as number[])[i]);
        expect(normalise(rawSlice).text, `${it.id} raw evidence ${i}: ${rawSlice}`).toBe(quote);
        checked++;
      });
    }
    expect(unsupported, "every node and relationship has evidence or a curated source").toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });
});

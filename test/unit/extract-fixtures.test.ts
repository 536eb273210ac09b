import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Extraction, extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer, validateGazetteer } from "../../src/ingest/gazetteer.js";
import { normaliseDocNumber } from "../../src/ingest/document-number.js";
import { fixture, type FixtureName } from "../helpers/fixtures.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const extract = (name: FixtureName): Extraction =>
  extractDocument(fixture(name), gazetteer, { discover: true, example: true });
const doc = (g: Extraction) => g.nodes.find((n) => n.id === g.documentId)!.props;
const nameOf = (g: Extraction, id: string) => g.nodes.find((n) => n.id === id)?.props.name;
const responsible = (g: Extraction, from: string) =>
  g.relationships
    .filter((r) => r.type === "RESPONSIBLE" && r.from.endsWith(from))
    .map((r) => [nameOf(g, r.to), r.props.role, r.props.position]);
const targets = (g: Extraction) =>
  g.nodes.filter((n) => n.label === "Target").map((n) => [n.props.value, n.props.unit, n.props.comparator]);

describe("extracting the national example (notice with 《》, Chinese-numeral date, [2017] citation)", () => {
  const g = extract("national");

  it("reads its title, normalised 文号, issuer, approver and date written in Chinese numerals", () => {
    expect(g.title).toBe("新一代人工智能算力基础设施建设指导意见");
    expect(g.docNumber).toBe("国办发〔2021〕901号");
    expect(doc(g)).toMatchObject({ level: "NATIONAL", issueDate: "2021-06-18", example: true, placeholder: false });
    const issued = g.relationships
      .filter((r) => r.type === "ISSUED_BY" && r.from === g.documentId)
      .map((r) => [nameOf(g, r.to), r.props.role]);
    expect(issued).toEqual([
      ["国务院办公厅", "ISSUER"],
      ["国务院", "APPROVER"],
    ]);
  });

  it("links the cited plan written with [2017] to the curated plan the seed cites as 〔2017〕", () => {
    expect(g.cited.map((c) => [c.id, c.docNumber])).toEqual([
      ["PolicyDocument:national-ngai-development-plan", "国发〔2017〕35号"],
    ]);
  });

  it("makes (一) items with a body tasks, with 牵头/配合 and joint responsibility", () => {
    expect(g.nodes.filter((n) => n.label === "Task").map((n) => n.props.name)).toEqual([
      "布局算力枢纽",
      "建设骨干网络",
      "推动应用示范",
    ]);
    expect(responsible(g, "task-01")).toEqual([
      ["国家发展改革委", "LEAD", 0],
      ["中华人民共和国工业和信息化部", "PARTICIPANT", 1],
      ["科技部", "PARTICIPANT", 2],
    ]);
    expect(responsible(g, "task-03")).toEqual([
      ["科技部", "JOINT", 0],
      ["中华人民共和国工业和信息化部", "JOINT", 1],
    ]);
  });

  it("reads targets in EFLOPS, 个, 家, 公里 and % with 超过, 以上, 不少于 and 达到", () => {
    expect(targets(g)).toEqual([
      [300, "EFLOPS", "OVER"],
      [10, "个", "AT_LEAST"],
      [50, "家", "AT_LEAST"],
      [5000, "公里", "OVER"],
      [30, "%", "EXACTLY"],
    ]);
  });
});

describe("extracting the provincial example (CRLF, full-width punctuation, ideographic spaces)", () => {
  const g = extract("provincial");

  it("reads the title and the （2021） 文号 through full-width brackets and CRLF line ends", () => {
    expect(g.title).toBe("广东省新一代人工智能创新发展行动方案(2021-2025年)");
    expect(g.docNumber).toBe("粤府办〔2021〕57号");
    expect(doc(g)).toMatchObject({ level: "PROVINCIAL", issueDate: "2021-09-03", period: "2021-2025" });
  });

  it("cites the national example by 〔〕 and the curated Guangdong plan by (2018)", () => {
    expect(g.cited.map((c) => c.docNumber)).toEqual(["国办发〔2021〕901号", "粤经信信息函〔2018〕91号"]);
    expect(g.cited[1]!.id).toBe("PolicyDocument:gd-ngai-implementation-plan");
  });

  it("makes (一) items with 1. subitems actions whose subitems are tasks, keyed apart when the numbering restarts", () => {
    const tasks = g.relationships
      .filter((r) => r.type === "HAS_PART" && r.to.startsWith("Task:"))
      .map((r) => [nameOf(g, r.from), nameOf(g, r.to)]);
    expect(tasks).toEqual([
      ["强化创新平台", "布局重大创新载体"],
      ["强化创新平台", "推进算力设施建设"],
      ["培育产业集群", "打造产业集聚区"],
      ["培育产业集群", "扶持骨干企业"],
    ]);
    expect(new Set(g.nodes.filter((n) => n.label === "Task").map((n) => n.id)).size).toBe(4);
  });

  it("reads per-item 牵头/配合 with the 省 prefix carried over, and the joint form", () => {
    expect(responsible(g, "task-02")).toEqual([
      ["广东省工业和信息化厅", "LEAD", 0],
      ["广东省发展改革委", "PARTICIPANT", 1],
      ["广东省科技厅", "PARTICIPANT", 2],
    ]);
    expect(responsible(g, "measure-1")).toEqual([
      ["广东省财政厅", "JOINT", 0],
      ["广东省地方金融监管局", "JOINT", 1],
    ]);
  });

  it("names provincial bodies found by pattern, with English composed from the glossary", () => {
    const found = g.discovered.find((d) => d.name === "广东省工业和信息化厅")!;
    expect(found).toMatchObject({
      label: "Agency",
      nameEn: "Guangdong Provincial Department of Industry and Information Technology",
      nameEnComposed: true,
    });
    expect(g.discovered.map((d) => d.name)).toEqual(
      expect.arrayContaining(["琶洲人工智能实验室", "广东人工智能算力基地"]),
    );
  });
});

describe("extracting the Huangpu example (Traditional characters, pinyin readings, notice without 《》)", () => {
  const g = extract("district");

  it("reads the title from a notice without 《》, with readings removed and characters simplified", () => {
    expect(g.title).toBe("黄埔区加快人工智能产业集聚发展若干措施");
    expect(g.docNumber).toBe("穗埔府规〔2021〕8号");
    expect(g.jurisdiction).toBe("huangpu");
    expect(doc(g)).toMatchObject({ level: "DISTRICT", issueDate: "2021-11-02" });
  });

  it("cites the Guangzhou plan by title alone and the provincial example by (2021)", () => {
    expect(g.cited.map((c) => [c.id, c.docNumber])).toEqual([
      ["PolicyDocument:doc-f1eaa40360", "粤府办〔2021〕57号"],
      ["PolicyDocument:gz-ai-plan-2020-2022", null],
    ]);
  });

  it("reads 区科技局 as Huangpu's bureau and 市科技局 as Guangzhou's, and carries the 区 prefix to 科技局", () => {
    expect(responsible(g, "measure-1")).toEqual([
      ["广州市黄埔区科技局", "LEAD", 0],
      ["广州市黄埔区工业和信息化局", "PARTICIPANT", 1],
      ["广州市科学技术局", "PARTICIPANT", 2],
    ]);
    const m2 = g.relationships.filter((r) => r.type === "RESPONSIBLE" && r.from.endsWith("measure-2")).map((r) => r.to);
    const m1 = g.relationships.filter((r) => r.type === "RESPONSIBLE" && r.from.endsWith("measure-1")).map((r) => r.to);
    expect(m2[1]).toBe(m1[0]);
    expect(m1[2]).toBe("Agency:gz-science-tech-bureau");
  });

  it("reads the same 区科技局 as another district's bureau when that district is given as the issuer", () => {
    const tianhe = extractDocument(fixture("district"), gazetteer, {
      discover: true,
      metadata: { issuer: "广州市天河区人民政府" },
    });
    const lead = (x: Extraction) =>
      x.relationships.find((r) => r.type === "RESPONSIBLE" && r.from.endsWith("measure-1") && r.props.position === 0)!
        .to;
    expect(tianhe.jurisdiction).toBe("tianhe");
    expect(nameOf(tianhe, lead(tianhe))).toBe("广州市天河区科技局");
    expect(lead(tianhe)).not.toBe(lead(g));
    const issuer = tianhe.relationships.find((r) => r.type === "ISSUED_BY" && r.props.role === "ISSUER")!;
    expect([nameOf(tianhe, issuer.to), issuer.props.source]).toEqual(["广州市天河区人民政府", "ingest metadata"]);
  });

  it("finds zones, platforms and enterprises the gazetteer lacks", () => {
    expect(g.discovered.filter((d) => d.label !== "Agency").map((d) => [d.label, d.name])).toEqual([
      ["Zone", "黄埔人工智能产业园"],
      ["Zone", "中新广州知识城人工智能示范区"],
      ["Platform", "黄埔人工智能公共算力平台"],
      ["Organization", "小马智行"],
    ]);
  });
});

describe("extracting the Shenzhen example (bare document: title line and salutation)", () => {
  const g = extract("shenzhen");

  it("takes the first line as the title and the signature above the closing date as the issuer", () => {
    expect(g.title).toBe("深圳市人工智能应用场景开放工作方案");
    expect(g.docNumber).toBeNull();
    expect(doc(g)).toMatchObject({ level: "MUNICIPAL", issueDate: "2022-03-01" });
    const issued = g.relationships.filter((r) => r.type === "ISSUED_BY").map((r) => [r.to, r.props.role]);
    expect(issued).toEqual([["Agency:shenzhen-43012150c4", "ISSUER"]]);
  });

  it("reads 市政府 and 市工业和信息化局 as Shenzhen's, never Guangzhou's", () => {
    const agencies = g.relationships.filter((r) => r.type === "RESPONSIBLE" || r.type === "ISSUED_BY").map((r) => r.to);
    expect(agencies.every((id) => id.startsWith("Agency:shenzhen-"))).toBe(true);
    expect(agencies).not.toContain("Agency:gz-gov");
    expect(agencies).not.toContain("Agency:gz-industry-it-bureau");
  });
});

describe("every example", () => {
  it.each(["national", "provincial", "district", "shenzhen"] as const)(
    "%s: quotes the normalised text exactly at every evidence offset",
    (name) => {
      const g = extract(name);
      const all = [...g.nodes, ...g.relationships].flatMap((x) => x.evidence);
      expect(all.length).toBeGreaterThan(20);
      for (const e of all) expect(g.text.slice(e.start, e.end)).toBe(e.quote);
    },
  );

  it("normalises 文号 brackets to one form", () => {
    expect(
      ["粤府办〔2021〕57号", "粤府办[2021]57号", "粤府办（2021）57号", "粤府办(2021)57号", "粤府办［2021］57号"].map(
        normaliseDocNumber,
      ),
    ).toEqual(Array(5).fill("粤府办〔2021〕57号"));
  });

  it("reads a notice titled 印发关于X的通知, its issuer and a date written in Chinese at the end", () => {
    const text = [
      "深圳市科技创新委员会印发关于支持人工智能企业发展的若干措施的通知",
      "各有关单位:",
      "一、支持措施",
      "(一)支持研发。对企业研发投入给予补助。(市科技创新委牵头,市财政局配合)",
      "深圳市科技创新委员会",
      "二〇二二年一月五日",
    ].join("\r\n");
    const g = extractDocument(text, gazetteer, { discover: true });
    expect(g.title).toBe("关于支持人工智能企业发展的若干措施");
    expect(g.jurisdiction).toBe("shenzhen");
    expect(doc(g)).toMatchObject({ issueDate: "2022-01-05", level: "MUNICIPAL" });
    expect(responsible(g, "measure-1")).toEqual([
      ["深圳市科技创新委", "LEAD", 0],
      ["深圳市财政局", "PARTICIPANT", 1],
    ]);
    // 科技创新委员会 (the issuer) and 科技创新委 (the unit) are one body.
    const issuer = g.relationships.find((r) => r.type === "ISSUED_BY")!.to;
    expect(g.relationships.find((r) => r.type === "RESPONSIBLE" && r.props.role === "LEAD")!.to).toBe(issuer);
  });

  it("rejects text with no recognisable title, naming what it expected", () => {
    expect(() => extractDocument("这是一段没有标题的文字。\n第二行也不是称呼。", gazetteer)).toThrow(
      /No document title found/,
    );
  });
});

describe("jurisdiction-scoped aliases in the gazetteer", () => {
  const government = (key: string, name: string, jurisdiction: string) => ({
    key,
    name,
    nameEn: key,
    aliases: ["市人民政府", "市政府"],
    level: "MUNICIPAL" as const,
    source: "test",
    jurisdiction,
  });

  it("let two cities' governments both be 市政府, each in its own city", () => {
    const g = {
      ...gazetteer,
      agencies: [
        ...gazetteer.agencies.filter((a) => a.key !== "gz-gov"),
        government("gz-gov", "广州市人民政府", "guangzhou"),
        government("sz-gov", "深圳市人民政府", "shenzhen"),
      ],
    };
    expect(validateGazetteer(g)).toEqual([]);
    const shenzhen = extractDocument(fixture("shenzhen"), g, { discover: true });
    expect(shenzhen.relationships.filter((r) => r.type === "ISSUED_BY").map((r) => r.to)).toEqual(["Agency:sz-gov"]);
    const district = extractDocument(fixture("district"), g, { discover: true });
    expect(district.nodes.some((n) => n.id === "Agency:sz-gov")).toBe(false);
  });

  it("still refuse one alias for two bodies of the same city", () => {
    const g = { ...gazetteer, agencies: [...gazetteer.agencies, government("gz-gov-2", "广州市政府二", "guangzhou")] };
    expect(validateGazetteer(g)).toContain('alias "市人民政府" belongs to both agencies/gz-gov and agencies/gz-gov-2');
  });
});

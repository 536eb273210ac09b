import { describe, expect, it } from "vitest";
import { findCitations, findTitleCitations } from "../../src/ingest/citation-spans.js";
import { normaliseDocNumber, titleKey } from "../../src/ingest/document-number.js";
import { extractDocument } from "../../src/ingest/extract.js";
import type { Gazetteer } from "../../src/ingest/gazetteer.js";

// An invented county notice: its preamble cites three documents (one 文号 with a space, one broken
// over two lines, one title alone), hands over its own title written with a dash, and its last
// section repeals two older documents.
const RAW = [
  "某县人民政府关于印发《某县数据要素流通实施办法(2025—2027年)》的通知",
  "某府〔2025〕 14号",
  "各乡镇人民政府,县政府各部门:",
  "  现将《某县数据要素流通实施办法(2025-2027年)》印发给你们,请认真贯彻执行。",
  "  为贯彻落实《数据要素总体规划》(国发〔2023〕71 号)、《某省数据市场培育方案》(某省府办〔2024〕",
  "9号)和《某市数据流通若干意见》等文件精神,制定本办法。",
  "一、工作目标",
  "  到2027年,数据交易额超过20亿元。",
  "二、附则",
  "  本办法自印发之日起施行,原《某县数据共享暂行办法》(某府〔2020〕3号)、《某县数据开放细则》同时废止。",
  "  县政府决定废止《某县数据目录管理规定》。",
  "  各部门应参照《某县数据安全指引》(某府办〔2022〕5号)执行。",
].join("\n");

const GAZETTEER: Gazetteer = {
  agencies: [],
  organizations: [],
  platforms: [],
  zones: [],
  technologies: [],
  domains: [],
  documents: [
    {
      key: "city-data-opinions",
      title: "某市关于数据流通的若干意见",
      titleEn: "x",
      docNumber: null,
      level: "MUNICIPAL",
      type: null,
      issueDate: null,
      period: null,
      sourceUrl: null,
      issuer: null,
      source: "test",
    } as never,
  ],
  translations: { document: {}, sections: {}, actions: {}, tasks: {}, measures: {}, targets: {} },
};

describe("文号 and title keys", () => {
  it("read a 文号 with spaces, a line break, a bracket variant or 年 inside its brackets as one number", () => {
    expect(
      ["国发〔2023〕71 号", "某省府办〔2024〕\n9号", "某府 (2025) 14号", "国发〔2023年〕71号"].map(normaliseDocNumber),
    ).toEqual(["国发〔2023〕71号", "某省府办〔2024〕9号", "某府〔2025〕14号", "国发〔2023〕71号"]);
  });

  it("read a year range with any dash, a run of dashes, a tilde or 至 as one", () => {
    const keys = [
      "方案(2025-2027年)",
      "方案(2025—2027年)",
      "方案(2025——2027年)",
      "方案(2025－2027年)",
      "方案(2025~2027年)",
      "方案(2025至2027年)",
    ].map(titleKey);
    expect(new Set(keys).size).toBe(1);
  });
});

describe("a citation broken over lines", () => {
  it("reads a 文号 whose prefix a hard line break splits, and a title without the break", () => {
    const text =
      "某市智能网联办法\n各区人民政府:\n  为落实《某部车联网指导意见(2024—\n2026年)》(某部\n联科〔2024〕77号),制定本办法。\n一、目标";
    const g = extractDocument(text, GAZETTEER);
    const cited = g.nodes
      .filter((n) => n.label === "PolicyDocument" && n.id !== g.documentId)
      .map((n) => [n.props.name, n.props.docNumber]);
    expect(cited).toEqual([["某部车联网指导意见(2024—2026年)", "某部联科〔2024〕77号"]]);
  });
});

describe("citation spans", () => {
  const text = RAW;
  const before = text.indexOf("一、工作目标");
  const numbered = findCitations(text, before);

  it("finds 《title》(文号) in the preamble whatever the spacing, and repeals anywhere", () => {
    expect(numbered.map((c) => [c.title.text, normaliseDocNumber(c.docNumber.text), c.repeal?.text ?? null])).toEqual([
      ["数据要素总体规划", "国发〔2023〕71号", null],
      ["某省数据市场培育方案", "某省府办〔2024〕9号", null],
      [
        "某县数据共享暂行办法",
        "某府〔2020〕3号",
        "原《某县数据共享暂行办法》(某府〔2020〕3号)、《某县数据开放细则》同时废止",
      ],
    ]);
  });

  it("finds titles alone, never the document's own (written with another dash) nor its hand-over", () => {
    const own = { start: 0, end: 0, text: "某县数据要素流通实施办法(2025-2027年)" };
    const titles = findTitleCitations(text, before, own, numbered);
    expect(titles.map((c) => [c.title.text, c.repeal?.text ?? null])).toEqual([
      ["某市数据流通若干意见", null],
      ["某县数据开放细则", "《某县数据开放细则》同时废止"],
      ["某县数据目录管理规定", "废止《某县数据目录管理规定》"],
    ]);
  });
});

describe("citations of an extracted document", () => {
  const g = extractDocument(RAW, GAZETTEER);
  const rel = (type: string) => g.relationships.filter((r) => r.type === type && r.from === g.documentId);
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.props.name;

  it("makes IMPLEMENTS to what the preamble carries out, one node per normalised 文号", () => {
    expect(rel("IMPLEMENTS").map((r) => name(r.to))).toEqual([
      "数据要素总体规划",
      "某省数据市场培育方案",
      "某市数据流通若干意见",
    ]);
    const numbers = g.nodes.filter((n) => n.label === "PolicyDocument").map((n) => n.props.docNumber);
    expect(numbers).toEqual(expect.arrayContaining(["国发〔2023〕71号", "某省府办〔2024〕9号"]));
  });

  it("matches a title that differs only by 的 and 关于 to its one curated entry", () => {
    expect(rel("IMPLEMENTS").map((r) => r.to)).toContain("PolicyDocument:city-data-opinions");
  });

  it("makes REPEALS, not IMPLEMENTS, to what it repeals, with the 废止 words as evidence", () => {
    const repeals = rel("REPEALS");
    expect(repeals.map((r) => [name(r.to), r.evidence[0]!.quote])).toEqual([
      ["某县数据共享暂行办法", "原《某县数据共享暂行办法》(某府〔2020〕3号)、《某县数据开放细则》同时废止"],
      ["某县数据开放细则", "《某县数据开放细则》同时废止"],
      ["某县数据目录管理规定", "废止《某县数据目录管理规定》"],
    ]);
    for (const r of repeals) expect(g.text.slice(r.evidence[0]!.start, r.evidence[0]!.end)).toBe(r.evidence[0]!.quote);
    expect(g.nodes.find((n) => n.props.name === "某县数据共享暂行办法")?.props.docNumber).toBe("某府〔2020〕3号");
  });

  it("never cites the document itself, nor a document the body merely names", () => {
    const cited = g.relationships
      .filter((r) => r.from === g.documentId && /IMPLEMENTS|REPEALS/.test(r.type))
      .map((r) => name(r.to));
    expect(cited).not.toContain("某县数据要素流通实施办法(2025-2027年)");
    expect(cited).not.toContain("某县数据安全指引");
    expect(g.relationships.some((r) => r.to === g.documentId && r.from === g.documentId)).toBe(false);
  });
});

describe("repeals written otherwise", () => {
  it("reads 停止执行, 不再执行 and 失效 after an older document as its repeal", () => {
    const text = [
      "某县人民政府关于印发《某县数据开放办法》的通知",
      "各乡镇人民政府：",
      "  现将《某县数据开放办法》印发给你们。原《某县数据共享暂行办法》同时停止执行，《某县数据目录细则》不再执行。",
      "  《某县数据安全规定》(某府〔2021〕2号)自本办法施行之日起失效。",
      "一、总则",
    ].join("\n");
    const before = text.indexOf("一、总则");
    const numbered = findCitations(text, before);
    const own = { start: 0, end: 0, text: "某县数据开放办法" };
    const titles = findTitleCitations(text, before, own, numbered);
    expect([...numbered, ...titles].map((c) => [c.title.text, c.repeal?.text ?? null])).toEqual([
      ["某县数据安全规定", "《某县数据安全规定》(某府〔2021〕2号)自本办法施行之日起失效"],
      ["某县数据共享暂行办法", "原《某县数据共享暂行办法》同时停止执行"],
      ["某县数据目录细则", "《某县数据目录细则》不再执行"],
    ]);
  });
});

// Page layouts, headings and goal forms real documents share beyond the fixtures: a title and its
// 文号 on one line under a site's tool bar, joint signers abbreviated as `…等六部门`, an approval
// after a title holding `经济`, action headings that hold a part word, a table ordered by unit with
// spanned cells, staged goals and land measures. All text is invented.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { PLAN_YEAR } from "../../src/ingest/target-deadlines.js";
import { parseTargets } from "../../src/ingest/targets.js";
import { spanOf } from "../../src/ingest/span.js";
import { headingWords, PART } from "../../src/ingest/structure-items.js";
import { titleNumberBreaks } from "../../src/ingest/title-number-line.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const extract = (lines: string[]) => extractDocument(lines.join("\n"), gazetteer, { discover: true });
const labelled = (g: ReturnType<typeof extract>, label: string) =>
  g.nodes.filter((n) => n.label === label).map((n) => n.props.name);
const related = (g: ReturnType<typeof extract>, type: string) =>
  g.relationships
    .filter((r) => r.type === type)
    .map((r) => [g.nodes.find((n) => n.id === r.to)!.props.name, r.props.role]);

describe("title, 文号 and signers", () => {
  it("parts a title from the 文号 on its line, and only a title's", () => {
    const text = "云岭县人民政府关于加快智能农业发展的实施意见 云政发〔2025〕3号\n支持企业发展 云政发〔2025〕3号";
    expect(titleNumberBreaks(text)).toEqual([text.indexOf("云政发")]);
  });

  it("reads such a page under a site's tool bar", () => {
    const g = extract([
      "本站检索",
      "首页 > 政府文件",
      "",
      "云岭县人民政府关于加快智能农业发展的实施意见 云政发〔2025〕3号",
      "",
      "各乡镇人民政府:",
      "为推进智能农业,现提出如下意见。",
      "一、重点任务",
      "(一)发展智慧种植。推广智能农机。",
      "云岭县人民政府",
      "2025年1月15日",
    ]);
    expect(g.title).toBe("云岭县人民政府关于加快智能农业发展的实施意见");
    expect(g.nodes.find((n) => n.id === g.documentId)!.props.docNumber).toBe("云政发〔2025〕3号");
  });

  it("takes joint signers from the signature lines when the notice line says `…等三部门`", () => {
    const g = extract([
      "工业和信息化部等三部门关于印发《某某行动方案》的通知",
      "各有关单位:",
      "  现将《某某行动方案》印发给你们。",
      "工业和信息化部　科技部",
      "商务部",
      "2025年7月1日",
      "某某行动方案",
      "一、重点任务",
      "(一)推进应用。开展试点。",
    ]);
    expect(related(g, "ISSUED_BY").length).toBe(3);
  });

  it("finds the approver after a title holding 经济", () => {
    const g = extract([
      "云川市人民政府办公厅关于印发云川市智能经济发展方案的通知",
      "各区人民政府:",
      "  《云川市智能经济发展方案》已经市人民政府同意,现印发给你们。",
      "  2025年3月1日",
      "云川市智能经济发展方案",
      "一、重点任务",
      "(一)推进应用。开展试点。",
    ]);
    expect(
      related(g, "ISSUED_BY")
        .filter((r) => r[1] === "APPROVER")
        .map((r) => r[0]),
    ).toEqual(["云川市人民政府"]);
  });
});

describe("headings and tables", () => {
  const head = [
    "云川市人民政府关于印发《某某措施》的通知",
    "各区人民政府:",
    "  现将《某某措施》印发给你们。",
    "  2025年3月1日",
    "某某措施",
  ];

  it("makes a long heading ending in a part word an action over its 1. tasks, and keeps 保障措施 a part", () => {
    const g = extract([
      ...head,
      "一、建立算力供给保障机制",
      "1.实施算力提升行动。建设智算中心。",
      "二、保障措施",
      "2.强化资金支持。设立基金。",
    ]);
    expect(labelled(g, "Action")).toEqual(["建立算力供给保障机制"]);
    expect(labelled(g, "Task")).toEqual(["实施算力提升行动"]);
    expect(labelled(g, "Measure")).toEqual(["强化资金支持"]);
  });

  it("reads a part heading by its own words, before a `。` or a closing year range", () => {
    expect(
      ["总体要求。坚持应用牵引", "主要目标(2025—2027年)", "建立算力供给保障机制"].map((h) =>
        PART.test(headingWords(h)),
      ),
    ).toEqual([true, true, false]);
  });

  it("makes a section heading over (一) tasks numbered across sections the action of those tasks", () => {
    const g = extract([
      ...head,
      "一、夯实基础支撑",
      "(一)建设算力底座。建设智算中心。",
      "二、推进重点应用",
      "(二)推进智能制造。开展示范。",
    ]);
    expect(labelled(g, "Action")).toEqual(["夯实基础支撑", "推进重点应用"]);
    expect(labelled(g, "Task")).toEqual(["建设算力底座", "推进智能制造"]);
  });

  it("reads a table ordered by unit whose unit cell spans several rows (rows never run on as broken lines)", () => {
    const g = extract([
      ...head,
      "序号 | 单位名称 | 2025年重点工作任务 |",
      "1 | 市科技局 | 建设中试平台。 |",
      "组织重大专项。 | ||",
      "2 | 市数据局 | 推进数据运营。 |",
    ]);
    expect(labelled(g, "Task")).toEqual(["建设中试平台", "组织重大专项", "推进数据运营"]);
    expect(related(g, "RESPONSIBLE").map((r) => r[0])).toEqual(["云川市科技局", "云川市科技局", "云川市数据局"]);
  });
});

describe("goals", () => {
  const targets = (words: string) =>
    parseTargets(words, spanOf(words, 0, words.length)).map((t) => [t.value, t.unit, t.deadlineYear]);

  it("gives each stage of staged goals its own year", () => {
    expect(targets("2025年,建成应用场景20个以上。到2027年,建成应用场景60个以上。")).toEqual([
      [20, "个", 2025],
      [60, "个", 2027],
    ]);
  });

  it("makes a `全年…` clause a goal of a single-year work plan's year, and only there", () => {
    const words = "建设中试平台,全年培训3000人次以上。";
    const span = spanOf(words, 0, words.length);
    expect(
      parseTargets(words, span, false, { planYear: 2025 }).map((t) => [t.value, t.deadlineYear, t.metric]),
    ).toEqual([[3000, 2025, "培训"]]);
    expect(parseTargets(words, span, false)).toEqual([]);
    expect(PLAN_YEAR.exec("某市人工智能产业2025年重点工作")?.[1]).toBe("2025");
  });

  it("reads land and output measures, their 万 kept in the unit as written", () => {
    expect(targets("到2027年,智能化作业面积达到200万亩,产量达到50万吨。")).toEqual([
      [200, "万亩", 2027],
      [50, "万吨", 2027],
    ]);
  });
});

describe("a notice title set on two lines", () => {
  it("takes the issuer from the first line and the title from the second", () => {
    const text = [
      "甲省数字经济发展工作领导小组办公室关于印发",
      "甲省智能制造推进方案（2025—2027年）的通知",
      "甲数办〔2025〕3号",
      "各市、州经信局：",
      "现将《甲省智能制造推进方案（2025—2027年）》印发给你们，请认真落实。",
      "一、重点任务",
      "（一）建设示范工厂。支持企业改造产线。（责任单位：省经信厅）",
    ].join("\n");
    const g = extractDocument(text, loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer")));
    expect(g.title).toBe("甲省智能制造推进方案(2025—2027年)");
    const issuer = g.relationships.find((r) => r.type === "ISSUED_BY" && r.props.role === "ISSUER")!;
    expect(g.nodes.find((n) => n.id === issuer.to)!.props.name).toBe("甲省数字经济发展工作领导小组办公室");
  });
});

// Layouts real documents share that a second set of held-out documents brought up: a 责任分工表 whose
// section rows (`一、…`) head its numbered rows and whose 责任单位 cell marks the lead `(牵头)`; a
// joint party/government title under its issuers with the date in parentheses and labelled units
// after the sentence; 若干政策 numbered only by 一、 with `【责任单位:…】`; a repeal `自…之日起废止`;
// an article naming its units `由X局会同Y局…`; and `(X牵头,Y负责落实)`. All text is invented.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const extract = (lines: string[]) => {
  const g = extractDocument(lines.join("\n"), gazetteer);
  const node = (id: string) => g.nodes.find((n) => n.id === id)!;
  const rel = (type: string) =>
    g.relationships
      .filter((r) => r.type === type)
      .map((r) => [node(r.from).props.name, node(r.to).props.name, r.props.role]);
  const names = (label: string) => g.nodes.filter((n) => n.label === label).map((n) => n.props.name);
  return { g, node, rel, names, units: rel("RESPONSIBLE").map(([a, b, c]) => [a, b, c]) };
};

describe("a task table with section rows", () => {
  const x = extract([
    "青峰市人民政府办公室关于印发青峰市智慧园区建设行动计划的通知",
    "青政办〔2025〕3号",
    "各县、区人民政府:",
    "  《青峰市智慧园区建设行动计划》已经市政府同意,现印发给你们。",
    "青峰市人民政府办公室",
    "2025年4月1日",
    "青峰市智慧园区建设行动计划",
    "一、工作目标",
    "  到2027年,建成智慧园区10个。",
    "附件",
    "重点任务责任分工表",
    "序号\t重点任务\t责任单位\t完成时限",
    "一、筑牢网络基础",
    "1\t建设园区千兆光网\t市通信管理局（牵头），市工信局、市住建局\t2025年12月",
    "二、拓展园区应用",
    "2\t推广园区智能巡检\t市工信局\t2026年6月",
    "3\t建设园区能耗监测系统\t市发展改革委（牵头），市工信局\t2026年12月",
  ]);

  it("reads the section rows as actions whose tasks are the rows under them, not as sections", () => {
    expect(x.names("Action")).toEqual(["筑牢网络基础", "拓展园区应用"]);
    expect(x.names("Task")).toEqual(["建设园区千兆光网", "推广园区智能巡检", "建设园区能耗监测系统"]);
    expect(
      x
        .rel("HAS_PART")
        .filter(([a]) => a === "拓展园区应用")
        .map(([, b]) => b),
    ).toEqual(["推广园区智能巡检", "建设园区能耗监测系统"]);
  });

  it("lets the unit marked (牵头) lead and the others take part", () => {
    expect(x.units.filter(([t]) => t === "建设园区千兆光网").map(([, , r]) => r)).toEqual([
      "LEAD",
      "PARTICIPANT",
      "PARTICIPANT",
    ]);
    expect(x.units.filter(([t]) => t === "建设园区能耗监测系统").map(([, u, r]) => [u, r])).toEqual([
      ["青峰市发展改革委", "LEAD"],
      ["青峰市工信局", "PARTICIPANT"],
    ]);
  });
});

describe("a joint party and government opinion without a notice", () => {
  const x = extract([
    "中共青峰市委　青峰市人民政府",
    "关于加快发展智能经济的实施意见",
    "（2025年5月6日）",
    "  为加快发展智能经济,提出如下意见。",
    "  一、主要任务",
    "  （一）建设算力设施。推进算力中心建设。牵头单位：市经信局（市新经济委）；配合单位：市财政局、各区（市）县政府。",
  ]);

  it("takes the title from 关于, the issuers from the line above and the date in parentheses", () => {
    expect(x.g.title).toBe("关于加快发展智能经济的实施意见");
    const doc = x.node(x.g.documentId);
    expect(doc.props.issueDate).toBe("2025-05-06");
    expect(x.rel("ISSUED_BY").map(([, b]) => b)).toEqual(["中共青峰市委", "青峰市人民政府"]);
  });

  it("reads labels after the sentence, a unit's second name dropped, a bracket inside a name kept", () => {
    expect(x.units.map(([, u, r]) => [u, r])).toEqual([
      ["青峰市经信局", "LEAD"],
      ["青峰市财政局", "PARTICIPANT"],
      ["各区(市)县人民政府", "PARTICIPANT"],
    ]);
  });
});

describe("若干政策 numbered by 一、 alone", () => {
  const x = extract([
    "青峰县人民政府关于印发青峰县支持智能制造若干政策的通知",
    "青政发〔2025〕8号",
    "各乡镇人民政府:",
    "  现将《青峰县支持智能制造若干政策》印发给你们。",
    "青峰县人民政府",
    "2025年6月1日",
    "青峰县支持智能制造若干政策",
    "  一、支持设备更新。对企业购置智能设备的给予补助。【责任单位：县经信局、县财政局】",
    "  二、本政策自2025年7月1日起施行。《青峰县制造业奖励办法》（青政发〔2023〕2号）自本政策施行之日起废止。",
  ]);

  it("reads each paragraph as a task with its bracketed units", () => {
    expect(x.names("Task")).toEqual(["支持设备更新", "本政策自2025年7月1日起施行"]);
    expect(x.units.map(([, u, r]) => [u, r])).toEqual([
      ["青峰县经信局", "LEAD"],
      ["青峰县财政局", "PARTICIPANT"],
    ]);
  });

  it("reads `自本政策施行之日起废止` as a repeal", () => {
    expect(x.g.relationships.filter((r) => r.type === "REPEALS").map((r) => x.node(r.to).props.name)).toEqual([
      "青峰县制造业奖励办法",
    ]);
  });
});

describe("units named in the sentence of an article or a lead parenthesis", () => {
  it("reads `由X局会同Y局…` later in an article's sentence", () => {
    const x = extract([
      "青峰高新技术产业开发区管理委员会关于印发《青峰高新区支持机器人产业若干政策》的通知",
      "各部门:",
      "  现将《青峰高新区支持机器人产业若干政策》印发给你们。",
      "2025年7月1日",
      "青峰高新区支持机器人产业若干政策",
      "第一条　支持研发。对企业研发给予补助。（责任部门：科技局）",
      "第二条　本政策不与其他政策重复享受，由青峰高新区经贸局会同财政局组织兑现。",
    ]);
    expect(x.units.filter(([t]) => /兑现/.test(String(t))).map(([, , r]) => r)).toEqual(["LEAD", "PARTICIPANT"]);
  });

  it("reads `(X牵头,Y负责落实)` as a lead and those taking part", () => {
    const x = extract([
      "科技部关于印发《智能标注行动方案》的通知",
      "各省、自治区、直辖市科技厅:",
      "  现将《智能标注行动方案》印发给你们。",
      "2025年8月1日",
      "智能标注行动方案",
      "一、重点任务",
      "  （一）建设标注基地。推动标注产业发展。（国家数据局牵头，各省级数据管理部门负责落实）",
    ]);
    expect(x.units.map(([, , r]) => r)).toEqual(["LEAD", "PARTICIPANT"]);
  });
});

describe("an autonomous region's own bodies", () => {
  it("reads 自治区X厅 in a region's document as the region's, PROVINCIAL, and its approver likewise", () => {
    const x = extract([
      "宁夏回族自治区人民政府办公厅关于印发《宁夏智能制造推进方案》的通知",
      "各市、县（区）人民政府，自治区政府各部门、各直属机构：",
      "  经自治区人民政府同意，现将《宁夏智能制造推进方案》印发给你们。",
      "2025年6月1日",
      "宁夏智能制造推进方案",
      "一、重点任务",
      "  （一）建设示范工厂。推动产线改造。（责任单位：自治区工业和信息化厅、自治区数据局）",
    ]);
    const units = x.g.relationships
      .filter((r) => r.type === "RESPONSIBLE")
      .map((r) => [x.node(r.to).props.name, r.props.role, x.node(r.to).props.level]);
    expect(x.rel("ISSUED_BY").map(([, b, c]) => [b, c])).toEqual([
      ["宁夏回族自治区人民政府办公厅", "ISSUER"],
      ["宁夏回族自治区人民政府", "APPROVER"],
    ]);
    expect(units).toEqual([
      ["宁夏回族自治区工业和信息化厅", "LEAD", "PROVINCIAL"],
      ["宁夏回族自治区数据局", "PARTICIPANT", "PROVINCIAL"],
    ]);
  });
});

// Unit-list forms and naming conventions real documents share beyond the fixtures: level words of
// prefectures and new areas (`州财政局`, `新区科技局`), counties named alone, zones named after their
// city, lead units marked with ☆, one 责任单位 list per sentence, a hard break inside a labelled
// value, and a ministry as the subject of a measure. All text is invented.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { levelPrefix, prefixLevel } from "../../src/ingest/level-prefix.js";
import { readMarks, withoutNote } from "../../src/ingest/lead-marks.js";
import { spanOf } from "../../src/ingest/span.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const units = (lines: string[]) => {
  const g = extractDocument(lines.join("\n"), gazetteer, { discover: true });
  const node = (id: string) => g.nodes.find((n) => n.id === id)!;
  return g.relationships
    .filter((r) => r.type === "RESPONSIBLE")
    .map((r) => [node(r.from).props.name, node(r.to).props.name, r.props.role]);
};
const plan = (issuer: string, items: string[]) => [
  `${issuer}关于印发《某地智能应用方案》的通知`,
  "各有关单位:",
  "  现将《某地智能应用方案》印发给你们。",
  "  2025年3月1日",
  "某地智能应用方案",
  "一、重点任务",
  ...items,
];

describe("level words of prefectures, leagues and new areas", () => {
  it("reads 州, 盟, 旗 and 新区 as level prefixes, and 市场 as no prefix", () => {
    expect(["州财政局", "新区科技局", "盟发改委", "旗政府", "市场监管局"].map(levelPrefix)).toEqual([
      "州",
      "新区",
      "盟",
      "旗",
      "",
    ]);
    expect(prefixLevel("州")).toBe("MUNICIPAL");
    expect(prefixLevel("新区")).toBe("DISTRICT");
  });

  it("names a prefecture's 州 units with the prefecture, and its counties by themselves", () => {
    expect(
      units(
        plan("青峰藏族自治州人民政府办公室", [
          "(一)建设数据平台。开展建设。(牵头单位:州数据局;责任单位:州财政局、云岭县人民政府)",
        ]),
      ),
    ).toEqual([
      ["建设数据平台", "青峰藏族自治州数据局", "LEAD"],
      ["建设数据平台", "青峰藏族自治州财政局", "PARTICIPANT"],
      ["建设数据平台", "云岭县人民政府", "PARTICIPANT"],
    ]);
  });

  it("names a new area's 新区 units with the new area, once", () => {
    expect(
      units(plan("某某市江岸新区管理委员会", ["(一)支持算力供给。发放算力券。(责任部门:新区科技局、新区财政局)"])),
    ).toEqual([
      ["支持算力供给", "某某市江岸新区科技局", "LEAD"],
      ["支持算力供给", "某某市江岸新区财政局", "PARTICIPANT"],
    ]);
  });

  it("does not repeat the city before a zone named after it", () => {
    expect(
      units(plan("云川市人民政府办公室", ["(一)建设创新中心。开展建设。(责任单位:市科技局、云川高新区管委会)"]))[1],
    ).toEqual(["建设创新中心", "云川高新区管委会", "PARTICIPANT"]);
  });
});

describe("lead units marked by a sign", () => {
  it("reads ☆ before or ★ after a unit as the lead and drops the note explaining it", () => {
    const text = "☆市甲局、市乙局。标☆的为牵头单位,下同。";
    const list = withoutNote(text, spanOf(text, 0, text.length));
    expect(list.text).toBe("☆市甲局、市乙局");
    const items = [spanOf(text, 0, 4), spanOf(text, 5, 8)];
    expect(readMarks(text, items)).toMatchObject({
      items: [{ text: "市甲局" }, { text: "市乙局" }],
      marked: [true, false],
    });
    expect(readMarks(text, [spanOf(text, 5, 8)]).marked).toBeNull();
  });

  it("makes the marked unit lead wherever it stands in a 责任单位 list", () => {
    expect(
      units(
        plan("云川市人民政府办公室", [
          "(一)推进智能制造。开展示范。(责任单位:☆市经信局、市科技局。标☆的为牵头单位,下同。)",
          "(二)推进智能物流。开展示范。(责任单位:市发改委、☆市经信局)",
        ]),
      ),
    ).toEqual([
      ["推进智能制造", "云川市经信局", "LEAD"],
      ["推进智能制造", "云川市科技局", "PARTICIPANT"],
      ["推进智能物流", "云川市发改委", "PARTICIPANT"],
      ["推进智能物流", "云川市经信局", "LEAD"],
    ]);
  });
});

describe("unit lists written in other places", () => {
  it("joins the 责任单位 list of each sentence of an item, the first of each leading", () => {
    expect(
      units(
        plan("云川市人民政府办公室", [
          "1.强化顶层设计。成立领导小组。(责任单位:市科技局)开展图谱梳理。(责任单位:市经信局、市财政局)",
        ]),
      ),
    ).toEqual([
      ["强化顶层设计", "云川市科技局", "LEAD"],
      ["强化顶层设计", "云川市经信局", "LEAD"],
      ["强化顶层设计", "云川市财政局", "PARTICIPANT"],
    ]);
  });

  it("reads a labelled value over a hard line break inside its parenthesis", () => {
    const found = units(
      plan("云岭县人民政府办公室", [
        "(一)强化要素保障。优先保障用地。(牵头单位:县财政局;配合单位:县自",
        "然资源局、县发改局)",
      ]),
    );
    expect(found.map((u) => u[1])).toEqual(["云岭县财政局", "云岭县自然资源局", "云岭县发改局"]);
  });

  it("reads a ministry that leads as the subject of the sentence after a heading, and an interpretation article", () => {
    const national = units([
      "科技部关于印发《某某工作指引》的通知",
      "各有关单位:",
      "  现将《某某工作指引》印发给你们。",
      "  2025年3月1日",
      "某某工作指引",
      "一、保障措施",
      "(一)加强组织领导。科技部会同有关部门建立协调机制。",
    ]);
    expect(national).toEqual([["加强组织领导", "科技部", "LEAD"]]);
    const area = units([
      "某某市江岸新区管理委员会关于印发《某某措施》的通知",
      "各有关单位:",
      "  现将《某某措施》印发给你们。",
      "  2025年3月1日",
      "某某措施",
      "第一条 为促进发展,制定本措施。",
      "第二条 本措施由新区科技局负责解释。",
    ]);
    expect(area).toEqual([["本措施由新区科技局负责解释", "某某市江岸新区科技局", "LEAD"]]);
  });
});

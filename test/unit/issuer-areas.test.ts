import { describe, expect, it } from "vitest";
import { readLines } from "../helpers/extract-read.js";
import { findResponsibility } from "../../src/ingest/responsibility-forms.js";
import { spanOf } from "../../src/ingest/span.js";

// Invented notices whose issuer alone does not name the area, or names a central body.
const read = readLines;

describe("an issuer named by its level only", () => {
  const { doc, issued, units } = read([
    "市人民政府办公室关于印发青原市智能制造推进方案的通知",
    "各县(市)、区人民政府:经市政府同意,现将《青原市智能制造推进方案》印发给你们。",
    "  2024年6月3日",
    "  青原市智能制造推进方案",
    "  一、重点任务",
    "  (一)建设平台。推进建设。(责任单位:市工信局、科技局,市委网信办)",
  ]);
  it("takes its area from the title and names its bodies with it", () => {
    expect(doc).toMatchObject({ level: "MUNICIPAL" });
    expect(issued).toEqual([
      ["青原市人民政府办公室", "MUNICIPAL", "ISSUER"],
      ["青原市人民政府", "MUNICIPAL", "APPROVER"],
    ]);
  });
  it("carries 市 to later units and names a party office without 中共", () => {
    expect(units.map((u) => u[0])).toEqual(["青原市工信局", "青原市科技局", "青原市委网信办"]);
  });
});

describe("a ministry's office notice", () => {
  const { doc, issued, units } = read([
    "工业和信息化部办公厅关于印发《某行业模型推广计划》的通知",
    "各省、自治区、直辖市工业和信息化主管部门:现将《某行业模型推广计划》印发给你们。",
    "  2024年2月1日",
    "  某行业模型推广计划",
    "  一、主要任务",
    "  (一)推进适配。开展适配。(甲技术司牵头,乙工业司、国家数据局配合)",
    "  (二)加强安全。开展评估。(安全管理局负责)",
  ]);
  it("is national, and its bare departments are the ministry's", () => {
    expect(doc).toMatchObject({ level: "NATIONAL" });
    expect(issued).toEqual([["工业和信息化部办公厅", "NATIONAL", "ISSUER"]]);
    expect(units).toEqual([
      ["工业和信息化部甲技术司", "NATIONAL", "LEAD"],
      ["工业和信息化部乙工业司", "NATIONAL", "PARTICIPANT"],
      ["国家数据局", "NATIONAL", "PARTICIPANT"],
      ["工业和信息化部安全管理局", "NATIONAL", "LEAD"],
    ]);
  });
});

describe("responsibility written as a sentence's subject", () => {
  const units = (t: string) =>
    findResponsibility(t, spanOf(t, 0, t.length))?.units.map((u) => [u.span.reading ?? u.span.text, u.role]);
  it("reads 牵头…配合, 会同 and a lone subject, and leaves the words in the item", () => {
    expect(units("第五条  市数据局牵头负责平台的统筹管理,市经信局、科技局配合做好相关工作。")).toEqual([
      ["市数据局", "LEAD"],
      ["市经信局", "PARTICIPANT"],
      ["市科技局", "PARTICIPANT"],
    ]);
    expect(units("第六条  市财政局会同市数据局建立补助机制。")).toEqual([
      ["市财政局", "LEAD"],
      ["市数据局", "PARTICIPANT"],
    ]);
    expect(
      findResponsibility("第七条  市审计局依法开展审计。", spanOf("第七条  市审计局依法开展审计。", 0, 15))?.whole.text,
    ).toBe("");
  });
  it("reads no ordinary sentence as one", () => {
    expect(units("(一)加快建设平台。支持企业负责运营。")).toBeUndefined();
    expect(units("第八条  市场主体依法开展经营。")).toBeUndefined();
  });
});

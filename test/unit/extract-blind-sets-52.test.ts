// Forms found while reading the held-out sets heldout52 and after: a 责任单位 list whose last group shares
// the work `按职责分工负责` keeps that group's last name. All text is invented.
import { describe, expect, it } from "vitest";
import { unitQuads } from "../helpers/extract-read.js";

const notice = (title: string, body: string[]) => [
  `青川市人民政府办公室关于印发${title}的通知`,
  "各区人民政府，市政府各部门：",
  `　　现将《${title}》印发给你们，请认真贯彻执行。`,
  "青川市人民政府办公室",
  "2031年3月2日",
  title,
  ...body,
];

describe("units", () => {
  it("keeps the last name of a group that shares the work by its duties", () => {
    const found = unitQuads(
      notice("青川市冷链物流提升方案", [
        "一、建设冷链枢纽。支持企业建设骨干冷链物流基地。（责任单位：市发展改革委、市商务局，市交通运输局、市市场监管局按职责分工负责）",
        "二、培育冷链企业。支持企业做大做强。（责任单位：市工业和信息化局、市财政局按职责分工负责）",
      ]),
    ).map((u) => u.slice(0, 3));
    expect(found).toEqual([
      ["建设冷链枢纽", "青川市发展改革委", "LEAD"],
      ["建设冷链枢纽", "青川市商务局", "PARTICIPANT"],
      ["建设冷链枢纽", "青川市交通运输局", "PARTICIPANT"],
      ["建设冷链枢纽", "青川市市场监管局", "PARTICIPANT"],
      ["培育冷链企业", "青川市工业和信息化局", "JOINT"],
      ["培育冷链企业", "青川市财政局", "JOINT"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { readLines } from "../helpers/extract-read.js";

// Invented notices: areas and bodies written short in one place and in full in another, zone and
// street offices, a department's own divisions, and units named inside an item's sentences.
// The graph keeps the normalised text: full-width brackets become half-width ones.
const read = readLines;

describe("an autonomous prefecture's joint notice, short in the heading and full in the signature", () => {
  const { doc, issued, units } = read([
    "青岚州农业农村局　青岚州数据局",
    "关于印发《青岚州智慧农业试点方案》的通知",
    "各县（市）农业农村局：",
    "　　现将《青岚州智慧农业试点方案》印发给你们。",
    "青岚苗族侗族自治州农业农村局　　青岚苗族侗族自治州数据局",
    "2025年3月2日",
    "青岚州智慧农业试点方案",
    "　　一、试点任务",
    "　　（一）建设示范基地。开展示范。（牵头单位：州农业农村局；配合单位：州数据局、各县（市）人民政府）",
  ]);
  it("takes the signers' full names as issuers, at the prefecture's level", () => {
    expect(doc).toMatchObject({ level: "MUNICIPAL" });
    expect(issued.map((i) => i[0])).toEqual(["青岚苗族侗族自治州农业农村局", "青岚苗族侗族自治州数据局"]);
  });
  it("names 州X units with the prefecture's full name", () => {
    expect(units).toEqual([
      ["青岚苗族侗族自治州农业农村局", "MUNICIPAL", "LEAD"],
      ["青岚苗族侗族自治州数据局", "MUNICIPAL", "PARTICIPANT"],
      ["各县(市)人民政府", "DISTRICT", "PARTICIPANT"],
    ]);
  });
});

describe("a development zone's redemption rules", () => {
  const { units } = read([
    "青原经济技术开发区管理委员会关于印发《青原经济技术开发区算力补贴兑现办法》的通知",
    "管委会各部门：",
    "　　现将《青原经济技术开发区算力补贴兑现办法》印发给你们。",
    "青原经济技术开发区管理委员会",
    "2025年4月1日",
    "青原经济技术开发区算力补贴兑现办法",
    "　　一、支持算力租用。给予补贴。【兑现部门：开发区科技创新局、开发区财政局】",
    "　　二、兑现程序。企业在线申报，由开发区经济发展局统一受理。",
  ]);
  it("reads 【兑现部门：…】 and 开发区X局 as the zone's own departments", () => {
    expect(units).toEqual([
      ["青原经济技术开发区科技创新局", "DISTRICT", "LEAD"],
      ["青原经济技术开发区财政局", "DISTRICT", "PARTICIPANT"],
      ["青原经济技术开发区经济发展局", "DISTRICT", "LEAD"],
    ]);
  });
});

describe("a department's and a street office's own divisions", () => {
  it("names 厅X处 after the issuing 厅, keeping the 等 inside 高等教育处", () => {
    const { units } = read([
      "青川省教育厅关于印发《青川省智能教育行动方案》的通知",
      "各市州教育局：",
      "　　现将《青川省智能教育行动方案》印发给你们。",
      "青川省教育厅",
      "2025年5月6日",
      "青川省智能教育行动方案",
      "　　一、重点任务",
      "　　1．推进通识教育。开设课程。（责任单位：厅高等教育处，省电化教育馆）",
    ]);
    expect(units.map((u) => u[0])).toEqual(["青川省教育厅高等教育处", "青川省电化教育馆"]);
  });
  it("names 街道X科 after the issuing street", () => {
    const { units } = read([
      "中共青原市东城区柳岸街道工作委员会",
      "青原市东城区人民政府柳岸街道办事处",
      "关于印发《柳岸街道智能治理方案》的通知",
      "各社区：",
      "　　现将《柳岸街道智能治理方案》印发给你们。",
      "中共青原市东城区柳岸街道工作委员会",
      "青原市东城区人民政府柳岸街道办事处",
      "2025年6月1日",
      "柳岸街道智能治理方案",
      "　　一、重点任务",
      "　　（一）建设智能巡查。部署设备。（责任单位：街道平安办、街道城管科）",
    ]);
    expect(units).toEqual([
      ["青原市东城区柳岸街道平安办", "DISTRICT", "LEAD"],
      ["青原市东城区柳岸街道城管科", "DISTRICT", "PARTICIPANT"],
    ]);
  });
});

describe("units named inside an item's sentences", () => {
  const { units } = read([
    "青原市经济和信息化局　青原市财政局关于印发《青原市算力券管理办法》的通知",
    "各县（市、区）经信局：",
    "　　现将《青原市算力券管理办法》印发给你们。",
    "青原市经济和信息化局　青原市财政局",
    "2025年7月1日",
    "青原市算力券管理办法",
    "　　第一条　市经信局牵头负责算力券的发放，市财政局、市数据局按职责配合。",
    "　　第二条　服务机构应当接入平台。名单由市经信局另行公布。",
    "　　第三条　本办法由市经信局、市财政局负责解释。",
  ]);
  it("reads 按职责配合, a later sentence's 由X and a listed subject", () => {
    expect(units.map((u) => [u[0], u[2]])).toEqual([
      ["青原市经信局", "LEAD"],
      ["青原市财政局", "PARTICIPANT"],
      ["青原市数据局", "PARTICIPANT"],
      ["青原市经信局", "LEAD"],
      ["青原市经信局", "LEAD"],
      ["青原市财政局", "PARTICIPANT"],
    ]);
  });
});

// Forms three more held-out sets (heldout28–30) found unread: a county named by one character, two
// issuers spaced apart before 关于 and signing as a ministry's 司, a regulation's articles whose subject
// is the province's government or a central body's regional bureau. All text is invented.
import { describe, expect, it } from "vitest";
import { readLines, unitQuads as units4 } from "../helpers/extract-read.js";

describe("a county named by one character", () => {
  it("reads 眉县-like names whole, never doubling the county's 县, and keeps the Youth League's 团县委", () => {
    const { issued, units } = readLines([
      "中共青县县委办公室",
      "青县人民政府办公室",
      "关于印发《青县数字乡村行动方案》的通知",
      "各镇人民政府：",
      "　　经县委、县政府同意，现将《青县数字乡村行动方案》印发给你们。",
      "中共青县县委办公室　　青县人民政府办公室",
      "2031年3月18日",
      "青县数字乡村行动方案",
      "一、重点任务",
      "（一）推进农村网络提档升级。加快基站建设。",
      "牵头单位：县工信局　　责任单位：县农业农村局、团县委",
    ]);
    expect(issued).toEqual([
      ["中共青县县委办公室", "DISTRICT", "ISSUER"],
      ["青县人民政府办公室", "DISTRICT", "ISSUER"],
      ["中共青县县委", "DISTRICT", "APPROVER"],
      ["青县人民政府", "DISTRICT", "APPROVER"],
    ]);
    expect(units.map((u) => u[0])).toEqual(["青县工信局", "青县农业农村局", "青县团县委"]);
  });
});

describe("issuers before 关于", () => {
  it("reads two bodies spaced apart on the title line, a ministry's 司 among them, as the issuers", () => {
    const { doc, issued } = readLines([
      "首页 > 政策发布",
      "农业农村部办公厅 中国民用航空局综合司关于推进青川农业低空作业服务的通知",
      "农办机〔2031〕7号",
      "各省、自治区、直辖市农业农村厅（局）：",
      "　　现就有关事项通知如下。",
      "　　一、重点任务",
      "　　（一）优化作业空域服务。推动划设适飞空域。",
      "　　农业农村部办公厅        中国民用航空局综合司",
      "　　2031年4月11日",
    ]);
    expect(doc.level).toBe("NATIONAL");
    expect(issued.filter((i) => i[2] === "ISSUER")).toEqual([
      ["农业农村部办公厅", "NATIONAL", "ISSUER"],
      ["中国民用航空局综合司", "NATIONAL", "ISSUER"],
    ]);
  });
});

describe("a regulation's subjects", () => {
  const regulation = (articles: string[]) =>
    units4([
      "四川省发展和改革委员会关于印发《四川省青川低空飞行服务保障管理办法》的通知",
      "各市(州)发展改革委：",
      "　　现将《四川省青川低空飞行服务保障管理办法》印发给你们，请遵照执行。",
      "四川省青川低空飞行服务保障管理办法",
      "第一章　总则",
      "第一条　为规范低空飞行服务保障活动，制定本办法。",
      ...articles,
    ]);

  it("reads the province's government named by its level alone, and a collective of cities that must act", () => {
    expect(
      regulation([
        "第二条　省人民政府建立低空经济发展协调机制，统筹解决重大问题。",
        "第三条　各市(州)人民政府应当将低空飞行服务保障设施纳入国土空间规划。",
      ]).map((u) => u.slice(1)),
    ).toEqual([
      ["四川省人民政府", "LEAD", "PROVINCIAL"],
      ["各市(州)人民政府", "LEAD", "MUNICIPAL"],
    ]);
  });

  it("reads a central body's regional bureau 会同 names as national", () => {
    expect(
      regulation(["第二条　省公安厅负责低空飞行公共安全管理，会同民航西南地区管理局依法查处违法违规飞行行为。"]).map(
        (u) => u.slice(1),
      ),
    ).toEqual([
      ["四川省公安厅", "LEAD", "PROVINCIAL"],
      ["民航西南地区管理局", "PARTICIPANT", "NATIONAL"],
    ]);
  });
});

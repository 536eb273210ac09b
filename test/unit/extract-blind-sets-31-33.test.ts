// Forms three more held-out sets (heldout31–33) found unread after their blind reading: a State Council
// page's numbered field list (`1. [主题分类] …`), a field grid whose labels stand apart from their values
// with no colon, a news page's `以下为政策全文。`, sums in US dollars, a customs house as an article's
// subject, a draft put out `关于对《X》…征求意见`, a general administration named short, 各省辖市,
// `(此项工作由X负责)`, months and class hours. All text is invented.
import { describe, expect, it } from "vitest";
import { readLines, targetRows, unitQuads as units4 } from "../helpers/extract-read.js";

describe("page furniture", () => {
  it("reads a page whose numbered field list stands above the title", () => {
    const { doc, issued } = readLines([
      "政务公开 > 政策公开 > 政策文件",
      "  1. [主题分类] 综合政务/电子政务",
      "  2. [发文机构] 国务院办公厅",
      "  3. [联合发文单位]",
      "  4. [成文日期] 2031-02-18",
      "  5. [发文字号] 国办发〔2031〕9号",
      "  6. [文件来源] 政府公报 年 第期",
      "",
      "国务院办公厅关于深化青川政务服务“一网通办”的意见",
      "国办发〔2031〕9号",
      "各省、自治区、直辖市人民政府：",
      "    经国务院同意，现提出以下意见。",
      "    一、重点任务",
      "    (一)统一政策发布渠道。及时发布政策。(国务院办公厅牵头)",
    ]);
    expect(doc.name).toBe("国务院办公厅关于深化青川政务服务“一网通办”的意见");
    expect(doc.docNumber).toBe("国办发〔2031〕9号");
    expect(issued).toEqual([
      ["国务院办公厅", "NATIONAL", "ISSUER"],
      ["国务院", "NATIONAL", "APPROVER"],
    ]);
  });

  it("takes no issuer from a field grid whose labels stand apart from their values with no colon", () => {
    const { doc, issued } = readLines([
      "首页 > 政务公开 > 政府文件",
      "索 引 号  000014349/2031-00231        成文日期  2031-04-22",
      "发布机构  广西壮族自治区人民政府办公厅  发布日期  2031-04-28",
      "名    称  广西壮族自治区人民政府办公厅关于印发青川跨境贸易便利化办法的通知",
      "文    号  桂政办发〔2031〕14号       主 题 词  跨境贸易",
      "",
      "广西壮族自治区人民政府办公厅关于印发青川跨境贸易便利化办法的通知",
      "各市、县人民政府：",
      "　　《青川跨境贸易便利化办法》已经自治区人民政府同意，现印发给你们。",
      "青川跨境贸易便利化办法",
      "　　第一条　为推进贸易便利化，制定本办法。",
      "　　第二条　自治区商务厅负责统筹推进跨境贸易便利化工作。",
      "　　第三条　南宁海关应当会同自治区商务厅推行“提前申报”通关模式。",
    ]);
    expect(doc.name).toBe("青川跨境贸易便利化办法");
    expect(issued).toEqual([
      ["广西壮族自治区人民政府办公厅", "PROVINCIAL", "ISSUER"],
      ["广西壮族自治区人民政府", "PROVINCIAL", "APPROVER"],
    ]);
  });
});

describe("units and targets", () => {
  it("reads a customs house as an article's subject, national", () => {
    expect(
      units4([
        "广西壮族自治区人民政府办公厅关于印发青川跨境贸易便利化办法的通知",
        "各市、县人民政府：",
        "　　现将《青川跨境贸易便利化办法》印发给你们。",
        "青川跨境贸易便利化办法",
        "　　第一条　为推进贸易便利化，制定本办法。",
        "　　第二条　南宁海关应当会同自治区商务厅推行“提前申报”通关模式。",
      ]).map((u) => u.slice(1)),
    ).toEqual([
      ["南宁海关", "LEAD", "NATIONAL"],
      ["广西壮族自治区商务厅", "PARTICIPANT", "PROVINCIAL"],
    ]);
  });

  it("reads a sum in US dollars, and a news page's goals once, from the document under `以下为政策全文。`", () => {
    const found = targetRows([
      "首页 > 新闻 > 园区动态",
      "青川园区出台服务业开放措施",
      "　　《措施》提出,到2032年,跨境服务贸易额突破100亿美元。",
      "　　以下为政策全文。",
      "青川园区关于印发服务业扩大开放若干措施的通知",
      "各部门：",
      "　　现将《服务业扩大开放若干措施》印发给你们。",
      "服务业扩大开放若干措施",
      "　　到2032年,跨境服务贸易额突破100亿美元。",
      "　　1.建设数字贸易服务载体。建设数字贸易产业园。",
    ]);
    expect(found.map((t) => t.slice(0, 4))).toEqual([[100, "亿美元", "OVER", 2032]]);
  });
});

describe("drafts, administrations and prefecture cities", () => {
  it("reads the draft a notice `关于对《X(征求意见稿)》公开征求意见` puts out as the document", () => {
    const { doc } = readLines([
      "关于对《青川市加快科技成果就地转化的若干措施(征求意见稿)》公开征求意见的通知",
      "　　为加快科技成果转化，我局起草了《青川市加快科技成果就地转化的若干措施(征求意见稿)》，现公开征求意见。",
      "青川市科学技术局",
      "2031年5月9日",
      "青川市加快科技成果就地转化的若干措施",
      "(征求意见稿)",
      "　　一、支持成果转化。对企业给予支持。",
    ]);
    expect(doc.name).toBe("青川市加快科技成果就地转化的若干措施");
  });

  it("reads a general administration named short (体育总局) as national, and 各省辖市 as the province's cities", () => {
    const national = readLines([
      "体育总局办公厅 文化和旅游部办公厅关于印发青川户外运动行动方案的通知",
      "体经字〔2031〕58号",
      "各省、自治区、直辖市体育局、文化和旅游厅（局）：",
      "　　现将《青川户外运动行动方案》印发给你们。",
      "青川户外运动行动方案",
      "一、重点任务",
      "（一）打造山地户外线路。建设精品线路。（体育总局、文化和旅游部按职责分工负责）",
      "体育总局办公厅　　文化和旅游部办公厅",
      "2031年3月12日",
    ]);
    expect(national.issued).toEqual([
      ["体育总局办公厅", "NATIONAL", "ISSUER"],
      ["文化和旅游部办公厅", "NATIONAL", "ISSUER"],
    ]);
    expect(national.units).toEqual([
      ["体育总局", "NATIONAL", "JOINT"],
      ["文化和旅游部", "NATIONAL", "JOINT"],
    ]);
    expect(
      units4([
        "河南省人民政府办公厅关于印发青川成果转化行动方案的通知",
        "各省辖市人民政府，省人民政府各部门：",
        "　　现将《青川成果转化行动方案》印发给你们。",
        "青川成果转化行动方案",
        "一、重点任务",
        "（一）开展对接活动。举办对接活动。（省科技厅牵头，各省辖市人民政府配合）",
      ]).map((u) => u.slice(1)),
    ).toEqual([
      ["河南省科技厅", "LEAD", "PROVINCIAL"],
      ["各省辖市人民政府", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });
});

describe("a note of who does it, and counts of months and class hours", () => {
  it("reads the unit of `(此项工作由X负责)` without its lead-in words", () => {
    expect(
      readLines([
        "国家医疗保障局办公室关于青川医保经办服务的通知",
        "各省、自治区、直辖市医疗保障局：",
        "　　一、重点任务",
        "　　（一）稳妥推开医保移动支付。扩大移动支付覆盖面。",
        "（此项工作由国家医保局医疗保障事业管理中心负责）",
      ]).units,
    ).toEqual([["国家医保局医疗保障事业管理中心", "NATIONAL", "LEAD"]]);
  });

  it("reads months (个月) and class hours (学时) as units of a goal", () => {
    const found = targetRows([
      "青川省产教融合行动方案",
      "一、主要目标",
      "到2032年，专业课教师每年累计到企业实践不少于6个月，窗口人员业务培训不少于40学时。",
    ]);
    expect(found.map((t) => t.slice(0, 3))).toEqual([
      [6, "个月", "AT_LEAST"],
      [40, "学时", "AT_LEAST"],
    ]);
  });
});

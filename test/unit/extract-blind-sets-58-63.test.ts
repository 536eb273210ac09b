// Forms the held-out sets heldout58–63 found after their blind reading: county-level cities, a 示范区's
// bureaus, a regulation's governments of a level, central bodies named short, mass bodies, an article's
// subject after the case it answers, goals in days and kinds, and names of reserves, centres and bases.
// All text is invented.
import { describe, expect, it } from "vitest";
import {
  cityNotice,
  entityNames,
  itemPairs,
  readLines,
  targetRows,
  unitQuads,
  zoneNotice,
  noticeHead,
  PLAN_HEAD,
} from "../helpers/extract-read.js";

const notice = cityNotice;
const zone = zoneNotice;

describe("heldout58's forms", () => {
  it("reads a county-level city's document as a county's, its 市 bodies the city's own", () => {
    const { doc, issued, units } = readLines([
      ...noticeHead("监利市人民政府办公室", "各乡镇人民政府，市直有关部门：", "监利市2031年高标准农田建设实施方案"),
      "一、优化项目布局。优先在粮食生产功能区布局项目。（责任单位：市农业农村局、市自然资源和规划局）",
    ]);
    expect(doc.level).toBe("DISTRICT");
    expect(issued.map(([name, level]) => [name, level])).toEqual([["监利市人民政府办公室", "DISTRICT"]]);
    expect(units.map(([name, level]) => [name, level])).toEqual([
      ["监利市农业农村局", "DISTRICT"],
      ["监利市自然资源和规划局", "DISTRICT"],
    ]);
  });

  it("reads a 示范区's own bureaus and a regulation's governments of a level as subjects", () => {
    const zoneUnits = unitQuads([
      ...noticeHead("杨凌示范区管委会", "示范区各部门：", "杨凌示范区种业行动方案", "2031年5月12日", {
        quoted: true,
        ask: false,
      }),
      "一、建设种质资源中心。建设中心。（责任单位：示范区农业农村局、示范区科技局）",
    ]).map((u) => u.slice(1, 4));
    expect(zoneUnits).toEqual([
      ["杨凌示范区农业农村局", "LEAD", "DISTRICT"],
      ["杨凌示范区科技局", "PARTICIPANT", "DISTRICT"],
    ]);
    const articles = unitQuads([
      ...noticeHead("青川省农业农村厅", "各市农业农村局：", "青川省高标准农田建后管护办法", "2031年3月2日", {
        ask: false,
      }),
      "　　第一条　县级人民政府是本行政区域高标准农田建后管护的责任主体，应当将管护工作纳入考核。",
      "　　第二条　乡镇人民政府应当明确管护工作人员，指导村民委员会将管护要求纳入村规民约。",
    ]).map((u) => u.slice(1, 4));
    expect(articles).toEqual([
      ["县级人民政府", "LEAD", "DISTRICT"],
      ["乡镇人民政府", "LEAD", "DISTRICT"],
    ]);
  });

  it("reads a task table copied one cell a line across a page mark, its row numbers no page numbers", () => {
    const rows = (n: number, task: string) => [String(n), task, "省农业农村厅", "省科技厅、省财政厅"];
    const found = itemPairs([
      "青川省种业振兴行动方案",
      "一、重点任务",
      "（一）完善保护体系。建设种质资源库。",
      "附件",
      "重点任务分工表",
      "序号",
      "重点任务",
      "牵头单位",
      "配合单位",
      ...rows(1, "完善种质资源保护体系"),
      ...rows(2, "推进种质资源精准鉴定"),
      "",
      "— 6 —",
      "",
      ...rows(3, "实施种业关键核心技术攻关"),
      ...rows(4, "建设高水平育种创新平台"),
    ]);
    expect(found.map(([, name]) => name)).toEqual(
      expect.arrayContaining(["推进种质资源精准鉴定", "实施种业关键核心技术攻关", "建设高水平育种创新平台"]),
    );
  });
});

describe("heldout59–60's forms", () => {
  it("reads the central bank and the securities regulator named short as subjects, and an article's bodies working 按照职责分工, as sharing it", () => {
    const found = unitQuads([
      "中国人民银行等四部门关于印发《碳金融发展行动方案》的通知",
      "各省、自治区、直辖市人民政府：",
      "　　现将《碳金融发展行动方案》印发给你们。",
      "中国人民银行　　生态环境部",
      "2031年3月2日",
      "碳金融发展行动方案",
      "三、保障措施",
      "（一）加强组织协调。人民银行会同生态环境部建立碳金融工作协调机制。",
      "（二）做好宣传和评估。生态环境部会同金融监管总局、中国证监会总结推广典型案例。",
    ]).map((u) => u.slice(0, 3));
    expect(found).toEqual([
      ["加强组织协调", "中国人民银行", "LEAD"],
      ["加强组织协调", "生态环境部", "PARTICIPANT"],
      ["做好宣传和评估", "生态环境部", "LEAD"],
      ["做好宣传和评估", "金融监管总局", "PARTICIPANT"],
      ["做好宣传和评估", "中国证监会", "PARTICIPANT"],
    ]);
    const shared = unitQuads([
      "青川省互联网医院管理办法",
      "　　第十条　省公安厅、省通信管理局按照职责分工，指导互联网医院落实网络安全等级保护要求。",
    ]).map((u) => u.slice(1, 3));
    expect(shared).toEqual([
      ["省公安厅", "JOINT"],
      ["省通信管理局", "JOINT"],
    ]);
  });

  it("reads goals in days, kinds and tons of CO2 equivalent, and no bound on who a measure's threshold picks", () => {
    const rows = targetRows(
      notice("青川市2032年节能降碳工作要点", [
        "一、重点任务",
        "（一）加强储备。全市实物储备品种不少于120种，县级储备满足应急需求不少于7天，市级储备满足15天以上的应急需求。",
        "（二）推行碳普惠。累计核证碳普惠减排量达到50万吨二氧化碳当量。",
        "（三）推行用能预算管理。对年综合能耗1万吨标准煤以上重点用能单位实行用能预算管理。",
      ]),
    ).map((t) => t.slice(0, 3));
    expect(rows).toEqual([
      [120, "种", "AT_LEAST"],
      [7, "天", "AT_LEAST"],
      [15, "天", "AT_LEAST"],
      [50, "万吨二氧化碳当量", "EXACTLY"],
    ]);
  });
});

describe("heldout58–59's names", () => {
  it("runs no name over 是, 力争, 共用 or 遴选, and reads no kind of base as a name", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）提高站位。建设种业创新高地是示范区服务国家种业振兴战略的重要使命，支持遴选陇丰种业集团有限公司。",
      "（二）完善体系。推动主体共建共用县级物流配送中心，力争创成三级中医医院，建设中医药文化宣传教育基地。",
    ]);
    expect(found).toEqual(["Organization 陇丰种业集团有限公司"]);
  });
});

describe("a zone's own documents and more centres", () => {
  it("reads no zone in the name of the zone that issues the document, and centres of use, cooperation and breeding", () => {
    const found = entityNames([
      ...noticeHead("青湾经济技术开发区管理委员会", "各部门：", "青湾经开区安全生产方案", "2031年2月24日", {
        ask: false,
      }),
      "一、重点任务",
      "（一）强化监管。在青湾经开区开展隐患排查，建设旱区作物种质资源创新利用中心和杨凌丝路种业国际合作中心。",
      "（二）推进繁育。建设定西马铃薯脱毒种薯繁育中心，依托绥化市高标准农田智慧监管平台实现动态监管。",
    ]);
    expect(found.sort()).toEqual(
      [
        "Platform 旱区作物种质资源创新利用中心",
        "Platform 杨凌丝路种业国际合作中心",
        "Platform 定西马铃薯脱毒种薯繁育中心",
        "Platform 绥化市高标准农田智慧监管平台",
      ].sort(),
    );
  });
});

describe("heldout61's forms", () => {
  it("reads mass bodies as subjects, a body a later 本条由…(以下简称…) names, and every county's government and street office", () => {
    const mass = unitQuads(
      notice("青川市2032年托育服务工作要点", [
        "一、重点任务",
        "4.支持用人单位办托。市总工会会同市卫生健康委开展用人单位试点。",
      ]),
    ).map((u) => u.slice(1, 3));
    expect(mass).toEqual([
      ["青川市总工会", "LEAD"],
      ["青川市卫生健康委", "PARTICIPANT"],
    ]);
    const zoneUnits = unitQuads(
      zone([
        "一、支持储能企业落户发展。对新引进的储能企业给予补助。本条由青湾港经济技术开发区经济发展委员会（以下简称园区经发委）负责受理和审核。",
      ]),
    ).map((u) => u.slice(1, 3));
    expect(zoneUnits).toEqual([["青湾港经济技术开发区经济发展委", "LEAD"]]);
    const regulation = unitQuads([
      ...noticeHead(
        "青川省住房和城乡建设厅",
        "各市住房城乡建设局：",
        "青川省城镇老旧小区改造提升管理办法",
        "2031年3月2日",
        { ask: false },
      ),
      "　　第五条　县（市、区）人民政府负责本行政区域内改造提升的具体组织实施，街道办事处、乡镇人民政府配合做好居民意愿征集工作。",
    ]).map((u) => u.slice(1, 4));
    expect(regulation).toEqual([
      ["县(市、区)人民政府", "LEAD", "DISTRICT"],
      ["街道办事处", "PARTICIPANT", "DISTRICT"],
      ["乡镇人民政府", "PARTICIPANT", "DISTRICT"],
    ]);
  });
});

describe("heldout62's forms", () => {
  it("names a central body the document issued in full by that name when the text writes it short", () => {
    const found = unitQuads([
      "商务部等3部门关于推动综合试验区提质升级的意见",
      "商贸发〔2031〕118号",
      "各省、自治区、直辖市人民政府：",
      "一、实施分类评估。商务部会同税务总局、外汇局每年对综试区开展综合评估。",
      "",
      "商务部　　　　国家税务总局",
      "国家外汇管理局",
      "2031年6月11日",
    ]).map((u) => u.slice(1, 3));
    expect(found).toEqual([
      ["商务部", "LEAD"],
      ["国家税务总局", "PARTICIPANT"],
      ["国家外汇管理局", "PARTICIPANT"],
    ]);
  });

  it("reads a bare list closed by the note that its first leads", () => {
    const found = unitQuads(
      notice("青川省民营经济发展若干措施", [
        "1.全面落实市场准入负面清单制度。严格执行清单。（省发展改革委、省商务厅，各设区市人民政府，列第一位的为牵头单位，下同）",
      ]),
    ).map((u) => u.slice(1, 3));
    expect(found).toEqual([
      ["省发展改革委", "LEAD"],
      ["省商务厅", "PARTICIPANT"],
      ["各设区市人民政府", "PARTICIPANT"],
    ]);
  });
});

describe("heldout63's forms", () => {
  it("reads an article's subject after the case it answers", () => {
    const found = unitQuads([
      ...noticeHead("青川省文物局", "各市文物局：", "青川省基本建设考古工作办法", "2031年3月2日", { ask: false }),
      "　　第八条　经考古调查、勘探未发现文物遗存的地块，省文物局应当在5个工作日内出具考古工作意见。",
      "　　第九条　建设单位未依法履行考古调查程序擅自开工建设的，由省文物局依照有关法律法规的规定予以处理。",
    ]).map((u) => u.slice(1, 3));
    expect(found).toEqual([
      ["青川省文物局", "LEAD"],
      ["青川省文物局", "LEAD"],
    ]);
  });
});

describe("heldout61–63's names", () => {
  it("reads no stretch along a canal, online platform or overseas warehouse as a name, and a regional base's seat", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）推进更新。推进运河沿线历史街区有机更新，在运河沿线选取试点片区，引入蓉数通科技有限公司等第三方技术服务商。",
      "（二）完善服务。升级线上综合服务平台，建设海外仓公共服务中心，支持长三角新职业公共实训基地（嘉兴）先行先试。",
    ]);
    expect(found.sort()).toEqual(["Organization 蓉数通科技有限公司", "Zone 长三角新职业公共实训基地(嘉兴)"].sort());
  });
});

// Forms the held-out sets heldout46–50 found after their blind reading: a tab-separated 分工表 whose 牵头
// cell is merged down the rows under it, the Party centre's offices, a site's English name above a
// notice, collectives qualified after their 各, a list's 七、强化安全保障。 item among its siblings, a
// heading's subject acting 会同 under 九、, and 台套. All text is invented.
import { describe, expect, it } from "vitest";
import {
  cityNotice,
  entityNames,
  itemPairs,
  readLines,
  targetRows,
  unitQuads,
  noticeHead,
} from "../helpers/extract-read.js";

const notice = cityNotice;

describe("tables", () => {
  it("gives a row whose 牵头 cell is left blank the lead of the merged cell above it", () => {
    const found = unitQuads(
      notice("青川市渔业提升行动方案（2031—2033年）", [
        "一、重点任务",
        "（一）优化远洋船队。推进船队更新。",
        "（二）建设服务区。完善渔获物交易功能。",
        "",
        "附件",
        "重点任务分工表",
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "1\t优化远洋船队\t市海洋与渔业局\t市发展改革委、市财政局\t2033年底",
        "2\t建设服务区\t\t市自然资源和规划局、定海区政府\t2032年底",
      ]),
    ).map((u) => u.slice(0, 3));
    expect(found).toEqual([
      ["优化远洋船队", "青川市海洋与渔业局", "LEAD"],
      ["优化远洋船队", "青川市发展改革委", "PARTICIPANT"],
      ["优化远洋船队", "青川市财政局", "PARTICIPANT"],
      ["建设服务区", "青川市海洋与渔业局", "LEAD"],
      ["建设服务区", "青川市自然资源和规划局", "PARTICIPANT"],
      ["建设服务区", "青川市定海区人民政府", "PARTICIPANT"],
    ]);
  });
});

describe("issuers and units", () => {
  it("reads the Party centre's offices as national bodies", () => {
    const { doc, issued } = readLines([
      "中央网络安全和信息化委员会办公室",
      "农 业 农 村 部",
      "",
      "网信办发〔2031〕11号",
      "",
      "中央网信办 农业农村部关于印发《2031年青川数字乡村工作要点》的通知",
      "各省、自治区、直辖市党委网信办、农业农村厅：",
      "　　现将《2031年青川数字乡村工作要点》印发给你们。",
      "中央网络安全和信息化委员会办公室          农业农村部",
      "                                  2031年4月28日",
      "2031年青川数字乡村工作要点",
      "一、提升网络覆盖。推进农村网络建设。（中央网信办、农业农村部按职责分工负责）",
    ]);
    expect(doc.level).toBe("NATIONAL");
    expect(issued).toEqual([
      ["中央网络安全和信息化委员会办公室", "NATIONAL", "ISSUER"],
      ["农业农村部", "NATIONAL", "ISSUER"],
    ]);
  });

  it("takes no site's English name into a notice's title", () => {
    const { doc, issued } = readLines([
      "国家药品监督管理局",
      "National Medical Products Administration",
      "当前位置：首页 >> 药品 >> 药品通知公告",
      "",
      "国家药监局综合司关于开展2031年青川药品网络销售检查的通知",
      "药监综药管函〔2031〕117号",
      "各省、自治区、直辖市药品监督管理局：",
      "　　一、检查目标。规范网络销售行为。",
    ]);
    expect(doc.name).toBe("国家药监局综合司关于开展2031年青川药品网络销售检查的通知");
    expect(issued).toEqual([["国家药监局综合司", "NATIONAL", "ISSUER"]]);
  });

  it("reads a collective qualified after its 各 at the level of the bodies it names", () => {
    const found = unitQuads([
      ...noticeHead(
        "青川省人民政府办公厅",
        "各设区市人民政府，省政府各部门：",
        "青川省深远海养殖方案",
        "2031年3月2日",
        { ask: false },
      ),
      "一、保障措施",
      "（一）保障养殖安全。各沿海设区市人民政府要落实属地责任。",
    ]).map((u) => u.slice(1));
    expect(found).toEqual([["各沿海设区市人民政府", "LEAD", "MUNICIPAL"]]);
  });

  it("reads a list's safeguard and mechanism paragraphs as items like their siblings, with their units", () => {
    const body = [
      "　　一、打造消费地标。建设夜间经济集聚区。（责任单位：市商务局）",
      "　　二、强化安全保障。落实夜间经营场所消防属地管理责任。（责任单位：市公安局、市消防救援支队，各区人民政府）",
      "　　三、建立工作机制。市商务局会同市文化广电旅游局建立联席会议制度。",
    ];
    const lines = notice("青川市夜间经济若干措施", body);
    expect(itemPairs(lines)).toEqual([
      ["Task", "打造消费地标"],
      ["Task", "强化安全保障"],
      ["Task", "建立工作机制"],
    ]);
    expect(unitQuads(lines).map((u) => u.slice(0, 3))).toEqual([
      ["打造消费地标", "青川市商务局", "LEAD"],
      ["强化安全保障", "青川市公安局", "LEAD"],
      ["强化安全保障", "青川市消防救援支队", "PARTICIPANT"],
      ["强化安全保障", "各区人民政府", "PARTICIPANT"],
      ["建立工作机制", "青川市商务局", "LEAD"],
      ["建立工作机制", "青川市文化广电旅游局", "PARTICIPANT"],
    ]);
  });
});

describe("pages heldout49–50 showed", () => {
  it("reads a title under a site's language switch and address, and one under a page's view count and slogan", () => {
    const switched = readLines([
      "EN",
      "https://www.gov.cn/",
      "首页 > 政策 > 国务院部门文件",
      "",
      "人力资源社会保障部 商务部关于实施青川人力资源服务提质行动的通知",
      "人社部发〔2031〕27号",
      "",
      "2031-04-02 16:30  来源: 人力资源社会保障部网站",
      "各省、自治区、直辖市人力资源社会保障厅（局）、商务主管部门：",
      "  一、总体要求",
      "  （一）行动思路。坚持市场主导。",
    ]);
    expect(switched.doc.name).toBe("人力资源社会保障部 商务部关于实施青川人力资源服务提质行动的通知");
    expect(switched.doc.docNumber).toBe("人社部发〔2031〕27号");
    const counted = readLines([
      "浏览量：          时间：2031-03-21 10:05:46",
      "政策文库-一个免费的政策文件检索网站",
      "",
      "文化和旅游部办公厅关于推进青川公共图书馆阅读推广的通知",
      "",
      "办公共发〔2031〕27号",
      "",
      "各省、自治区、直辖市文化和旅游厅（局）：",
      "一、工作目标",
      "到2033年，阅读推广服务规范全面建立。",
    ]);
    expect(counted.doc.name).toBe("文化和旅游部办公厅关于推进青川公共图书馆阅读推广的通知");
    expect(counted.issued).toEqual([["文化和旅游部办公厅", "NATIONAL", "ISSUER"]]);
  });

  it("reads a notice line its 文号 opens in brackets, and a heading a hard break cuts inside a word", () => {
    const lines = [
      "[青府办发〔2031〕9号]青川市人民政府办公室关于印发青川市燃气管道更新改造实施方案（2031—2033年）的通知",
      "各县（市、区）人民政府，市政府有关部门：",
      "《青川市燃气管道更新改造实施方案（2031—2033年）》已经市政府同意，现印发你们。",
      "青川市人民政府办公室",
      "2031年3月6日",
      "青川市燃气管道更新改造实施方案（2031—2033年）",
      "一、重点任务",
      "（一）全面开展普查评估。逐段逐户开展普查。（责任单位：市住房城乡建设局）",
      "（二）加快实施燃气管",
      "道改造。优先改造灰口铸铁管道。（责任单位：市住房城乡建设局）",
      "（三）加强组织领导",
      "成立工作专班。（责任单位：市住房城乡建设局）",
    ];
    const { doc, issued } = readLines(lines);
    expect(doc.docNumber).toBe("青府办发〔2031〕9号");
    expect(issued[0]).toEqual(["青川市人民政府办公室", "MUNICIPAL", "ISSUER"]);
    expect(itemPairs(lines).map((p) => p[1])).toEqual(["全面开展普查评估", "加快实施燃气管道改造", "加强组织领导"]);
  });
});

describe("a page flattened into a few long lines", () => {
  it("breaks each long line holding several headings into the document's paragraphs", () => {
    const lines = [
      "索引号: | 014500012/2031-00317 | 主题分类: | 工业 |",
      "发布机构: | 青川省人民政府办公厅 | 成文日期: | 2031-04-02 |",
      "青川省人民政府办公厅关于印发青川省医疗器械产业行动计划（2031—2033年）的通知 | ||||||",
      "赣府厅字〔2031〕18号 各设区市人民政府，省政府各部门： 《青川省医疗器械产业行动计划（2031—2033年）》已经省政府同意，现印发给你们，请认真贯彻落实。 青川省人民政府办公厅 2031年4月2日 （此件主动公开） 青川省医疗器械产业行动计划（2031—2033年） 为加快医疗器械产业发展，制定本行动计划。 一、总体要求 坚持创新引领、集群发展。到2033年，全省医疗器械产业营业收入突破500亿元。 二、重点任务 （一）提升原始创新能力。支持企业建设研发中心，每年实施重点研发项目20项以上。（责任单位：省科技厅、省工业和信息化厅） （二）加快产品注册上市。优化审评审批服务，缩短注册审评时限。（责任单位：省药监局）",
      "",
      " （三）建设特色产业集群。高水平建设青川医疗器械产业园和青岚医疗器械产业基地，推动医用耗材、体外诊断、康复辅具、医学影像等细分领域集聚发展，引导各地围绕自身基础招引配套企业，形成各具特色、错位发展的产业格局。（责任单位：各设区市人民政府） （四）扩大开放合作。积极承接沿海地区医药产业转移，支持企业开展国际注册和出口认证，办好青川医疗器械博览会，组织企业参加国内外重点展会，拓展共建“一带一路”国家市场。（责任单位：省商务厅）",
      "",
      " 三、保障措施 （一）强化组织领导。依托全省产业链链长制工作机制，统筹推进各项任务，定期调度重点项目进展，协调解决用地、用能、融资等方面的突出问题，重大事项按程序报省政府研究。（责任单位：省工业和信息化厅） （二）加大资金支持。统筹省级专项资金支持产业链重点项目建设，发挥省级产业引导基金作用，引导社会资本投向创新药和高端医疗器械领域，支持符合条件的企业上市融资。（责任单位：省财政厅）",
    ];
    expect(itemPairs(lines)).toEqual([
      ["Task", "提升原始创新能力"],
      ["Task", "加快产品注册上市"],
      ["Task", "建设特色产业集群"],
      ["Task", "扩大开放合作"],
      ["Measure", "强化组织领导"],
      ["Measure", "加大资金支持"],
    ]);
  });
});

describe("responsibility lists with their deadlines", () => {
  it("reads no deadline as a unit, and a 责任单位 list that shares its work by duties as JOINT", () => {
    const found = unitQuads([
      "住房城乡建设部办公厅关于推进青川燃气管网更新的通知",
      "各省、自治区住房城乡建设厅：",
      "一、重点任务",
      "（一）压实企业责任。督促燃气企业落实主体责任。（责任单位：住房城乡建设部牵头，应急管理部配合；完成时间：持续推进）",
      "（二）加快管道更新。推进老化管道更新改造。（责任单位：住房城乡建设部、国家发展改革委按职责分工负责；完成时间：2033年12月底前）",
      "（三）建设产业园区。推动各地错位发展。（责任单位：省发展改革委、省经济和信息化厅，各市人民政府按职责分工负责）",
    ]).map((u) => u.slice(0, 3));
    expect(found.some((u) => /完成时间/.test(String(u[1])))).toBe(false);
    expect(found).toEqual(
      expect.arrayContaining([
        ["压实企业责任", "住房城乡建设部", "LEAD"],
        ["压实企业责任", "应急管理部", "PARTICIPANT"],
        ["加快管道更新", "住房城乡建设部", "JOINT"],
      ]),
    );
    expect(found.filter((u) => u[0] === "建设产业园区").map((u) => u[2])[0]).toBe("LEAD");
  });
});

describe("a zone's regulation", () => {
  it("reads the bureaus its articles name bare, and no verb as a zone's first word", () => {
    const found = unitQuads([
      ...noticeHead("青岚经济技术开发区管理委员会", "各部门：", "青岚经开区人工智能扶持办法", "2031年5月6日", {
        quoted: true,
        ask: false,
      }),
      "    第一条  支持公共服务平台。支持青岚经开区人工智能赋能中心为区内企业提供模型调优服务。",
      "    第二条  经贸发展局会同财政局按季度受理申报，组织第三方机构开展审核。",
      "    第三条  科技创新局负责联合实验室认定材料的审核，并会同经贸发展局做好政策兑现工作。",
      "    第四条  企业弄虚作假骗取扶持资金的，由经贸发展局会同财政局追回资金。",
    ]).map((u) => u.slice(1, 3));
    expect(found).toEqual([
      ["青岚经济技术开发区经贸发展局", "LEAD"],
      ["青岚经济技术开发区财政局", "PARTICIPANT"],
      ["青岚经济技术开发区科技创新局", "LEAD"],
      ["青岚经济技术开发区经贸发展局", "PARTICIPANT"],
      ["青岚经济技术开发区经贸发展局", "LEAD"],
      ["青岚经济技术开发区财政局", "PARTICIPANT"],
    ]);
  });
});

describe("targets", () => {
  it("reads sets of equipment (台套)", () => {
    const rows = targetRows(
      notice("青川市深远海养殖方案（2031—2033年）", ["一、主要目标", "到2033年，全市投产大型养殖装备80台套左右。"]),
    );
    expect(rows).toEqual([[80, "台套", "APPROXIMATELY", 2033, "投产大型养殖装备"]]);
  });
});

describe("entities", () => {
  it("reads a name opening with a city the dictionary files as a common noun, and a bank's provincial branch", () => {
    const names = entityNames(
      notice("青川市算力券实施方案（2031—2033年）", [
        "一、重点任务",
        "（一）支持算力使用。对企业租用合肥经开区智算中心算力的给予补贴。（责任单位：市数据局）",
        "（二）强化金融支持。鼓励国家开发银行江西省分行等金融机构提供贷款。（责任单位：市金融办）",
      ]),
    );
    expect(names).toEqual(["Organization 国家开发银行江西省分行", "Platform 合肥经开区智算中心"]);
  });

  it("reads a grid company's city branch as an organisation", () => {
    const names = entityNames([
      ...noticeHead(
        "青川市人民政府办公室",
        "各县（市）区人民政府，市直有关单位，国网青川供电公司：",
        "青川市充电设施建设方案",
        "2031年3月2日",
        { ask: false },
      ),
      "一、重点任务",
      "（一）建设公共充电桩。在城区新建公共充电桩。（责任单位：市发展改革委）",
    ]);
    expect(names).toEqual(["Organization 国网青川供电公司"]);
  });
});

// Forms the held-out sets heldout64–72 found after their blind reading: brands of one-code passes and
// trade in names, a name a verb governs from before its place, zones named to aim at or sharing one
// committee, slogans and kinds that read as names. All text is invented.
import { describe, expect, it } from "vitest";
import { entityNames, itemPairs, PLAN_HEAD, readLines, targetRows, unitQuads } from "../helpers/extract-read.js";

describe("heldout64–66's names", () => {
  it("reads a one-code pass, vehicle-grid interaction, a study base and trade as words of a name", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）提升服务。完善青川文旅一码通平台功能，升级赣鄱文旅一码游服务平台，建设青川经开区车网互动调度平台。",
      "（二）发展研学。依托篁岭农耕研学基地开发课程，支持共青城市建设鄱湖数字贸易孵化基地。",
      "（三）保障算力。对使用彩云智算公共服务平台算力资源的企业给予支持，支持闽南国际快件监管中心扩大处理能力。",
    ]);
    expect(found.sort()).toEqual(
      [
        "Platform 青川文旅一码通平台",
        "Platform 赣鄱文旅一码游服务平台",
        "Platform 青川经开区车网互动调度平台",
        "Zone 篁岭农耕研学基地",
        "Zone 鄱湖数字贸易孵化基地",
        "Platform 彩云智算公共服务平台",
        "Platform 闽南国际快件监管中心",
      ].sort(),
    );
  });

  it("starts a name at its place after the verb that governs it, and reads no aim, shared committee, slogan or kind as one", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）拓展通道。引导海外仓企业对接九江线上综合服务平台，推动南通成为长三角低空经济应用先行区。",
      "（二）集聚发展。打造全国数据要素产业集聚区，支持青川开发区、青川台商投资区管委会完善配套。",
      "（三）节能改造。对存量“老旧小散”数据中心实施改造，推动老旧街区改造提升，推进沿江沿海港区岸电建设。",
      "（四）培育主体。支持江西城更建设投资集团有限公司参与，支持国内外头部跨境电商平台设立区域中心。",
    ]);
    // A company's trade name holds a verb and an adverb (`城更`), and its business an action (`建设投资`).
    expect(found.sort()).toEqual(
      [
        "Platform 九江线上综合服务平台",
        "Zone 长三角低空经济应用先行区",
        "Organization 江西城更建设投资集团有限公司",
      ].sort(),
    );
  });
});

describe("heldout64–66's units", () => {
  it("reads a list that marks its lead and those taking part in brackets (`A（牵头），B、C（配合）`)", () => {
    expect(
      unitQuads([
        ...PLAN_HEAD,
        "1.推进建设。加快建设设施。",
        "责任部门：市经济发展局（牵头），市投资促进局、市城市管理和综合执法局（配合）",
        "2.完善配套。完善配套设施。",
        "责任部门：市投资促进局（配合），市规划建设局（牵头）",
      ]),
    ).toEqual([
      ["推进建设", "青川市经济发展局", "LEAD", "MUNICIPAL"],
      ["推进建设", "青川市投资促进局", "PARTICIPANT", "MUNICIPAL"],
      ["推进建设", "青川市城市管理和综合执法局", "PARTICIPANT", "MUNICIPAL"],
      ["完善配套", "青川市投资促进局", "PARTICIPANT", "MUNICIPAL"],
      ["完善配套", "青川市规划建设局", "LEAD", "MUNICIPAL"],
    ]);
  });

  it("reads the Party centre's offices and their bureaus as central bodies, issuers and subjects alike", () => {
    const lines = [
      "中央网信办秘书局 农业农村部办公厅关于印发某方案的通知",
      "某方案",
      "一、重点任务",
      "（一）推进建设。加快建设。",
      "二、保障措施",
      "（一）加强组织领导。中央网信办会同农业农村部、国家发展改革委建立工作协调机制。",
      "（二）做好调度。农业农村部市场与信息化司会同中央网信办信息化发展局，每半年开展一次调度。",
    ];
    expect(readLines(lines).doc.level).toBe("NATIONAL");
    expect(unitQuads(lines)).toEqual([
      ["加强组织领导", "中央网信办", "LEAD", "NATIONAL"],
      ["加强组织领导", "农业农村部", "PARTICIPANT", "NATIONAL"],
      ["加强组织领导", "国家发展改革委", "PARTICIPANT", "NATIONAL"],
      ["做好调度", "农业农村部市场与信息化司", "LEAD", "NATIONAL"],
      ["做好调度", "中央网信办信息化发展局", "PARTICIPANT", "NATIONAL"],
    ]);
  });

  it("shares a list's government among its places, a city keeping its own level (`徐闻县、雷州市、遂溪县人民政府`)", () => {
    expect(
      unitQuads([...PLAN_HEAD, "1.推进建设。加快建设设施。", "责任单位：市自然资源局，徐闻县、雷州市、遂溪县人民政府"]),
    ).toEqual([
      ["推进建设", "青川市自然资源局", "LEAD", "MUNICIPAL"],
      ["推进建设", "徐闻县人民政府", "PARTICIPANT", "DISTRICT"],
      ["推进建设", "雷州市人民政府", "PARTICIPANT", "DISTRICT"],
      ["推进建设", "遂溪县人民政府", "PARTICIPANT", "DISTRICT"],
    ]);
  });

  it("reads a news page's bracketed source under the document as its tail, no unit", () => {
    expect(
      unitQuads([
        ...PLAN_HEAD,
        "（一）营造氛围。加强政策宣传。（责任单位：市科技局）",
        "（来源：青川市科学技术局网站）",
        "责任编辑：某某",
      ]),
    ).toEqual([["营造氛围", "青川市科技局", "LEAD", "MUNICIPAL"]]);
  });

  it("reads a measure's lead with those who join it (参加, 牵头会同, 相关部门参与) and governments that are the responsible subjects", () => {
    const lines = [
      ...PLAN_HEAD,
      "（一）推进建设。加快建设。",
      "二、保障措施",
      "（一）加强组织领导。由市发展改革委牵头，市工业和信息化局、市交通运输局等部门参加，建立协调机制。",
      "（二）加强统筹协调。市经济和信息化局牵头会同市科技局、市药监局，统筹推进。",
      "（三）压实工作责任。各县（市、区）人民政府（管委会）是本辖区建设的责任主体，要制定推进措施。",
      "（四）强化协同。建立由市科技局牵头、市直相关部门参与的工作协调机制。",
    ];
    expect(unitQuads(lines)).toEqual([
      ["加强组织领导", "青川市发展改革委", "LEAD", "MUNICIPAL"],
      ["加强组织领导", "青川市工业和信息化局", "PARTICIPANT", "MUNICIPAL"],
      ["加强组织领导", "青川市交通运输局", "PARTICIPANT", "MUNICIPAL"],
      ["加强统筹协调", "青川市经济和信息化局", "LEAD", "MUNICIPAL"],
      ["加强统筹协调", "青川市科技局", "PARTICIPANT", "MUNICIPAL"],
      ["加强统筹协调", "青川市药监局", "PARTICIPANT", "MUNICIPAL"],
      ["压实工作责任", "各县(市、区)人民政府(管委会)", "LEAD", "DISTRICT"],
      ["强化协同", "青川市科技局", "LEAD", "MUNICIPAL"],
      ["强化协同", "市直相关部门", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });

  it("reads a customs house as the nation's, wherever it is named for", () => {
    expect(
      unitQuads([...PLAN_HEAD, "1.便利通关。推广跨境电商B2B出口监管模式。（责任单位：青川海关、市商务局）"]),
    ).toEqual([
      ["便利通关", "青川海关", "LEAD", "NATIONAL"],
      ["便利通关", "青川市商务局", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });
});

describe("heldout64–66's goals", () => {
  it("reads a level a task reaches or a count it adds as a goal, due when the 分工表 restating the task says", () => {
    const lines = [
      "青川市鼓楼区人民政府办公室关于印发某行动方案（2025—2027年）的通知",
      "某行动方案（2025—2027年）",
      "一、现状",
      "截至2024年底，全区已建成街道养老服务中心13个、社区养老服务站112个。",
      "二、重点任务",
      "（一）推进床位智能化。为家庭养老床位配备智能设备，新增家庭养老床位1200张。",
      "（二）打造助餐服务。推动有条件的助餐点提供送餐上门服务，全区智慧助餐点达到60个。",
      "（三）推广服务。开展远程问诊服务，医养签约服务覆盖率达到90%。",
      "附件",
      "重点任务分工表",
      "序号\t重点任务\t牵头单位\t完成时限",
      "1\t推进床位智能化\t区民政局\t2026年12月",
      "2\t打造助餐服务\t区民政局\t2025年12月",
    ];
    expect(targetRows(lines)).toEqual([
      [1200, "张", "EXACTLY", 2026, "家庭养老床位"],
      [60, "个", "EXACTLY", 2025, "智慧助餐点"],
      [90, "%", "EXACTLY", 2027, "医养签约服务覆盖率"],
    ]);
  });

  it("reads no goal in the links a page lists under the document", () => {
    const lines = [
      ...PLAN_HEAD,
      "（一）建设园区。到2027年，建成数字健康产业园2个。",
      "相关阅读：",
      "· 某数字健康产业园新增入驻企业23家",
    ];
    expect(targetRows(lines)).toEqual([[2, "个", "EXACTLY", 2027, "数字健康产业园"]]);
  });
});

describe("heldout67–69's names", () => {
  it("reads big-data, test and control centres, processing parks, city-level platforms and a zone's short name in a centre's", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）建设平台。建设国家渔业大数据中心，支持国家医疗人工智能应用测评中心开展评测，建设湛江海洋牧场智慧管控中心。",
      "（二）建设园区。推进霞山水产品精深加工园提质扩容，建设长沙市车路云一体化城市级服务管理平台，支持成都高新智算中心扩容。",
      "（三）产学研合作。支持企业与电子科技大学、四川大学等高校合作开发行业大模型。",
    ]);
    expect(found.sort()).toEqual(
      [
        "Platform 国家渔业大数据中心",
        "Platform 国家医疗人工智能应用测评中心",
        "Platform 湛江海洋牧场智慧管控中心",
        "Zone 霞山水产品精深加工园",
        "Platform 长沙市车路云一体化城市级服务管理平台",
        "Platform 成都高新智算中心",
        "Organization 电子科技大学",
        "Organization 四川大学",
      ].sort(),
    );
  });

  it("reads no kind at a level, of the sea, of a field's information or of hospitals in and out of the province as a name", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）建设平台。建设高能级海洋创新平台，以基层治理综合信息平台为支撑，已建成车路协同路段省级平台接入率达到100%。",
      "（二）建设园区。支持沿海各市建设海工装备配套产业园区，打造全国有影响力的现代化海洋牧场集聚区。",
      "（三）临床合作。支持园区企业与省内外三甲医院合作开展临床试验，推动各县区农村供水水质检测中心建设。",
      "（四）完善制度。落实《湖北省概念验证中心建设运行管理办法（试行）》，依托国家级教师发展平台开展培训，优化联网信息平台功能。",
    ]);
    expect(found).toEqual([]);
  });

  it("reads a renewal company's name whole (`…城投更新发展有限公司`), and no verb before a place in a name", () => {
    expect(
      entityNames([
        ...PLAN_HEAD,
        "（一）实施更新。由青川城投更新发展有限公司负责实施片区改造，充分发挥新化县水质检测中心作用。",
      ]),
    ).toEqual(["Organization 青川城投更新发展有限公司", "Platform 新化县水质检测中心"]);
  });

  it("reads a coined brand in quotes as a name's, and a slogan before a kind (“放心消费”示范街区, “一核多极”园区) as none", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）建设平台。建设“青农通”农产品溯源服务平台，深化“一网通办”平台建设。",
      "（二）优化布局。以“一核多极”园区布局为基础，巩固提升“放心消费”示范街区，推出“一票多日游”和景区联票。",
    ]);
    expect(found).toEqual(["Platform “青农通”农产品溯源服务平台"]);
  });

  it("reads no zone in a document its committee's bureau issues, nor the zone by its short name", () => {
    const zoneBureau = [
      "成都高新区科技创新局关于印发某措施的通知",
      "某措施",
      "一、重点任务",
      "（一）建设园区。在成都高新区建设人工智能产业园，支持天府智算中心扩容。",
    ];
    expect(entityNames(zoneBureau)).toEqual(["Platform 天府智算中心"]);
    const committee = [
      "武汉东湖新技术开发区管理委员会关于印发某措施的通知",
      "某措施",
      "一、重点任务",
      "（一）建设中心。支持在东湖高新区建设概念验证中心。",
    ];
    expect(entityNames(committee)).toEqual([]);
  });
});

describe("heldout67–69's parts and goals", () => {
  it("reads a 工作要求 section's items as measures", () => {
    expect(
      itemPairs([
        ...PLAN_HEAD,
        "（一）推进建设。加快建设。",
        "二、工作要求",
        "（一）加强组织领导。县委社会工作部要会同县数据局建立调度机制。",
      ]),
    ).toEqual([
      ["Task", "推进建设"],
      ["Measure", "加强组织领导"],
    ]);
  });

  it("reads goals in gigawatt-hours, cages and cubic metres of reef", () => {
    expect(
      targetRows([
        ...PLAN_HEAD,
        "（一）壮大产业。到2027年，储能电池产能达到150吉瓦时，重力式深水网箱达到3000口，新投放人工鱼礁50万空方。",
      ]),
    ).toEqual([
      [150, "吉瓦时", "EXACTLY", 2027, "储能电池产能"],
      [3000, "口", "EXACTLY", 2027, "重力式深水网箱"],
      [50, "万空方", "EXACTLY", 2027, "新投放人工鱼礁"],
    ]);
  });
});

describe("heldout70–72's forms", () => {
  it("reads a red head's joint issuers over lines, customs houses among them, from the signature too", () => {
    const lines = [
      "青川省商务厅 福州海关 厦门海关",
      "国家税务总局青川省税务局关于印发某方案的通知",
      "各设区市商务局：",
      "现将《某方案》印发给你们，请认真组织实施。",
      "青川省商务厅　　　　福州海关　　　　厦门海关",
      "国家税务总局青川省税务局",
      "2031年4月22日",
      "某方案",
      "一、重点任务",
      "（一）便利通关。优化查验流程。（省商务厅牵头，福州海关、厦门海关配合）",
    ];
    const { doc, issued } = readLines(lines);
    expect(doc.level).toBe("PROVINCIAL");
    expect(issued.map(([name]) => name)).toEqual(["青川省商务厅", "福州海关", "厦门海关", "国家税务总局青川省税务局"]);
  });

  it("reads every county-level city and district of a city (各辖市、区人民政府) and a zone's 工作部 as subject", () => {
    expect(
      unitQuads([
        "常州市人民政府办公室关于印发某要点的通知",
        "某要点",
        "一、重点任务",
        "（一）编制计划。编制年度计划。（责任单位：市住房城乡建设局，各辖市、区人民政府）",
      ]),
    ).toEqual([
      ["编制计划", "常州市住房城乡建设局", "LEAD", "MUNICIPAL"],
      ["编制计划", "各辖市、区人民政府", "PARTICIPANT", "DISTRICT"],
    ]);
    expect(
      unitQuads([
        "合肥高新技术产业开发区管理委员会关于印发某措施的通知",
        "某措施",
        "一、重点任务",
        "（一）推进建设。加快建设。",
        "二、保障措施",
        "（一）加强宣传推广。高新区党群工作部会同高新区经贸局做好政策宣传。",
      ]),
    ).toEqual([
      ["加强宣传推广", "合肥高新区党群工作部", "LEAD", "DISTRICT"],
      ["加强宣传推广", "合肥高新区经贸局", "PARTICIPANT", "DISTRICT"],
    ]);
  });

  it("joins no 完成时限 line into the 配合部门 line above it, however wide the page", () => {
    expect(
      unitQuads([
        "青川市人民政府办公室关于印发某要点的通知",
        "某要点",
        "一、重点任务",
        "　　2.组织攻关。围绕方向开展攻关。",
        "　　牵头部门：市科技创新局",
        "　　配合部门：市财政局",
        "　　完成时限：2025年11月",
      ]),
    ).toEqual([
      ["组织攻关", "青川市科技创新局", "LEAD", "MUNICIPAL"],
      ["组织攻关", "青川市财政局", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });
});

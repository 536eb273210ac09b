// Forms the held-out sets heldout82–93 found after their blind reading. All text is invented.
import { describe, expect, it } from "vitest";
import { entityNames, itemPairs, PLAN_HEAD, targetRows, unitQuads } from "../helpers/extract-read.js";

describe("names with any words inside", () => {
  it("reads a company's trade name whatever its characters, back to the verb or mark before it", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）培育主体。支持楚游互娱网络科技有限公司等本土企业做大做强，支持岚图宏远信息技术股份有限公司、千寻星位网络有限公司等企业牵头组建创新联合体。",
    ]);
    expect(found).toEqual(
      [
        "Organization 楚游互娱网络科技有限公司",
        "Organization 岚图宏远信息技术股份有限公司",
        "Organization 千寻星位网络有限公司",
      ].sort(),
    );
  });

  it("reads services, standards and a science district's by-name as words of a name, a numeral as a place's first character", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）建设平台。建设青川智慧停车云平台，依托天府知识产权纠纷在线调解平台开展调解，通过青川市标准化公共服务平台受理申报。",
      "（二）建设园区。支持武汉东湖新技术开发区建设光谷数字娱乐产业园，建设钦州三娘湾深远海养殖示范基地，建设青川水产品冷链集配中心。",
    ]);
    expect(found).toEqual(
      [
        "Platform 青川智慧停车云平台",
        "Platform 天府知识产权纠纷在线调解平台",
        "Platform 青川市标准化公共服务平台",
        "Platform 青川水产品冷链集配中心",
        "Zone 光谷数字娱乐产业园",
        "Zone 钦州三娘湾深远海养殖示范基地",
        "Zone 武汉东湖新技术开发区",
      ].sort(),
    );
  });

  it("reads an autonomous county's name (五峰) as the place opening a name", () => {
    expect(entityNames([...PLAN_HEAD, "（一）建设基地。建设五峰后河康养旅居基地，开发旅居产品。"])).toEqual([
      "Zone 五峰后河康养旅居基地",
    ]);
  });

  it("reads no slogan, counted pair, measured area, bureau's clause, field list or applied-for title as a name", () => {
    const found = entityNames([
      "青川市卫生健康委关于印发《青川市“人工智能+医疗”智慧医院建设实施方案》的通知",
      "青川市“人工智能+医疗”智慧医院建设实施方案",
      "一、重点任务",
      "（一）发展产业。支持建设一批休闲渔业精品基地和渔港特色街区，建成稻虾综合种养标准化基地1万亩。",
      "（二）保障用地。县商务局安排专项资金，会同县自然资源局保障直播电商产业园用地。",
      "（三）集聚企业。引导康复辅具、老年用品、智慧养老等企业集聚发展，对获批建设国家技术标准创新基地的单位给予奖励。",
    ]);
    expect(found).toEqual([]);
  });
});

describe("goals given in turn", () => {
  it("reads things' values given in turn (分别) as one goal each, the measure and the bound shared", () => {
    const lines = [
      "青川市人民政府关于印发青川市冷链物流发展方案（2025—2027年）的通知",
      "青川市冷链物流发展方案（2025—2027年）",
      "一、主要目标",
      "到2027年，果蔬、肉类、水产品产后损耗率分别控制在15%、8%、10%以内，果蔬、肉类、水产品冷链流通率分别达到45%、70%、80%。",
    ];
    expect(targetRows(lines)).toEqual([
      [15, "%", "AT_MOST", 2027, "果蔬产后损耗率"],
      [8, "%", "AT_MOST", 2027, "肉类产后损耗率"],
      [10, "%", "AT_MOST", 2027, "水产品产后损耗率"],
      [45, "%", "EXACTLY", 2027, "果蔬冷链流通率"],
      [70, "%", "EXACTLY", 2027, "肉类冷链流通率"],
      [80, "%", "EXACTLY", 2027, "水产品冷链流通率"],
    ]);
  });
});

describe("a project list copied one cell a line", () => {
  const lines = [
    "青川市卫生健康委员会关于印发青川市智慧医院建设方案的通知",
    "青川市智慧医院建设方案",
    "一、重点任务",
    "（一）推广智能诊断。推广医学影像智能辅助诊断。（市卫生健康委负责）",
    "附件2",
    "市级重点项目清单",
    "序号",
    "项目名称",
    "建设内容及目标",
    "责任单位",
    "完成时限",
    "1",
    "青川市医学影像云平台",
    "汇聚全市医学影像数据，接入医疗机构不少于120家",
    "市卫生健康委",
    "2026年12月",
    "2",
    "全市统一智能导诊系统",
    "覆盖全市二级以上医院，年服务量达到500万人次",
    "市卫生健康委",
    "市数据局",
    "2025年12月",
    "3",
    "智慧病房改造示范工程",
    "完成智慧病房改造床位不少于2000张",
    "市工业和信息化局",
    "市卫生健康委",
    "全年",
  ];

  it("reads each row as a task, its units a line each, its goals due by its date", () => {
    expect(itemPairs(lines).slice(-3)).toEqual([
      ["Task", "青川市医学影像云平台"],
      ["Task", "全市统一智能导诊系统"],
      ["Task", "智慧病房改造示范工程"],
    ]);
    expect(unitQuads(lines).filter((u) => u[0] === "全市统一智能导诊系统")).toEqual([
      ["全市统一智能导诊系统", "青川市卫生健康委", "LEAD", "MUNICIPAL"],
      ["全市统一智能导诊系统", "青川市数据局", "PARTICIPANT", "MUNICIPAL"],
    ]);
    const targets = targetRows(lines);
    expect(targets).toContainEqual([120, "家", "AT_LEAST", 2026, "接入医疗机构"]);
    expect(targets).toContainEqual([500, "万人次", "EXACTLY", 2025, "年服务量"]);
  });

  it("keeps the rows' numbers, though they rise a few lines apart as a page's would, and ends a row at 全年", () => {
    expect(unitQuads(lines).filter((u) => u[0] === "智慧病房改造示范工程")).toEqual([
      ["智慧病房改造示范工程", "青川市工业和信息化局", "LEAD", "MUNICIPAL"],
      ["智慧病房改造示范工程", "青川市卫生健康委", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });
});

describe("names that are none (heldout85–87)", () => {
  it("reads an institute joining a park's firms, a zone's bureau, a type, the main ones and a county that is a verb as no name", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）集聚企业。支持青川工业技术研究院联合园区龙头企业建设平台，鼓励非法人银行机构参照执行。",
      "（二）明确分工。配合单位：市工信局、青川经开区社会事业局。经开区应急管理局会同青川市公安局经济技术开发区分局建立安全机制。",
      "（三）培养教师。支持建设一批校企共建的“双师型”教师培养培训基地，在青川市主要景区布设服务点。",
      "（四）繁荣消费。严格执行职业学校学生实习管理规定，延长重点商业街区营业时间，建设国际化旅游小镇。",
    ]);
    expect(found).toEqual(["Organization 青川工业技术研究院"]);
  });
});

describe("units named short (heldout85–87)", () => {
  it("reads a ministry's office given a short name, its name holding 与, as that office where the short name stands", () => {
    const found = unitQuads([
      "水利部办公厅关于印发2025年青川流域建设工作要点的通知",
      "各流域管理机构：",
      "　　现将《2025年青川流域建设工作要点》印发给你们，并就有关事项通知如下：",
      "　　一、压实工作责任。水利部网络安全与信息化领导小组办公室（以下简称部网信办）统筹推进工作要点落实。",
      "　　二、加强调度督导。按季度调度工作进展。（部网信办负责）",
    ]);
    expect(found).toContainEqual(["加强调度督导", "水利部网络安全与信息化领导小组办公室", "LEAD", "NATIONAL"]);
    expect(found.map((u) => u[1])).not.toContain("部网信办");
  });

  it("reads every district and county (各区、县（市）) as one collective", () => {
    const found = unitQuads([
      ...PLAN_HEAD,
      "（一）开展阅读活动。组织开展主题阅读活动。（责任单位：市委宣传部、市文广旅游局，各区、县（市））",
    ]);
    expect(found.map((u) => [u[1], u[2], u[3]])).toContainEqual(["各区、县(市)", "PARTICIPANT", "DISTRICT"]);
    expect(found.map((u) => u[1])).not.toContain("各区");
  });
});

describe("central bodies' branches and collectives (heldout82–87)", () => {
  it("places a central bank's branch in a city the divisions know at the city's level", () => {
    const found = unitQuads([
      "珠海高新区管委会关于印发某措施的通知",
      "某措施",
      "一、重点任务",
      "（一）强化金融支持。鼓励银行开展贷款。（牵头单位：高新区财政局；配合单位：中国人民银行珠海市分行）",
    ]);
    expect(found.map((u) => [u[1], u[3]])).toEqual([
      ["珠海高新区财政局", "DISTRICT"],
      ["中国人民银行珠海市分行", "MUNICIPAL"],
    ]);
  });

  it("places the central bodies' branches in an autonomous region at its level, named once", () => {
    const found = unitQuads([
      "广西壮族自治区人民政府办公厅关于印发某措施的通知",
      "某措施",
      "一、重点任务",
      "（一）加大金融支持力度。鼓励银行开展贷款。（中国人民银行广西壮族自治区分行、国家金融监督管理总局广西监管局按职责分工负责）",
    ]);
    expect(found.map((u) => [u[1], u[3]])).toEqual([
      ["中国人民银行广西壮族自治区分行", "PROVINCIAL"],
      ["国家金融监督管理总局广西监管局", "PROVINCIAL"],
    ]);
  });

  it("reads 各市、州、直管市人民政府 as one collective of the province's cities", () => {
    const found = unitQuads([
      "湖北省人民政府办公厅关于印发某方案的通知",
      "某方案",
      "一、重点任务",
      "（一）支持企业成长。加大培育力度。（责任单位：省经信厅，各市、州、直管市人民政府）",
    ]);
    expect(found.map((u) => [u[1], u[2], u[3]])).toEqual([
      ["湖北省经信厅", "LEAD", "PROVINCIAL"],
      ["各市、州、直管市人民政府", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });
});

describe("a stage's year alone before its comma (heldout85)", () => {
  it("reads the goals a later paragraph sets for a year not yet over, and a time within which a thing is done as at most", () => {
    const lines = [
      "湖南省人民政府办公厅关于印发某方案的通知",
      "某方案（2025—2027年）",
      "　　2025年3月1日",
      "一、总体要求",
      "　　到2027年，全省累计完成燃气管道更新改造3200公里以上。",
      "　　2025年，全省完成各类地下管网改造1100公里，重点解决一批突出问题。2026年，累计完成改造2300公里。",
      "二、重点任务",
      "（一）提升应急能力。2025年底前实现燃气企业抢修人员30分钟内到达现场。",
    ];
    const rows = targetRows(lines);
    expect(rows).toContainEqual([1100, "公里", "EXACTLY", 2025, "完成各类地下管网改造"]);
    expect(rows).toContainEqual([2300, "公里", "EXACTLY", 2026, "完成改造"]);
    expect(rows).toContainEqual([30, "分钟", "AT_MOST", 2025, "到达现场"]);
  });
});

describe("a schedule of activities (heldout85)", () => {
  it("reads each activity of a 承办单位 table as a task with its units, and the page's print and licence lines as no row", () => {
    const lines = [
      "青川市委宣传部关于印发2025年青川市全民阅读工作要点的通知",
      "2025年青川市全民阅读工作要点",
      "一、重点任务",
      "（一）开展主题阅读。组织开展主题阅读活动。（责任单位：市委宣传部）",
      "附件",
      "2025年青川市全民阅读重点活动安排",
      "时间        活动名称                              承办单位",
      "1—2月      “新春共读”迎春阅读活动                市文广旅游局",
      "4月         世界读书日主题阅读推广周              市委宣传部、市文广旅游局",
      "注：各项活动的具体方案由承办单位另行制定。",
      "【打印本页】　【关闭窗口】　　分享到：微信　微博",
      "浙ICP备00000000号　　浙公网安备 00000000000000号",
    ];
    expect(itemPairs(lines)).toEqual([
      ["Task", "开展主题阅读"],
      ["Task", "“新春共读”迎春阅读活动"],
      ["Task", "世界读书日主题阅读推广周"],
    ]);
    expect(unitQuads(lines).filter((u) => u[0] === "世界读书日主题阅读推广周")).toEqual([
      ["世界读书日主题阅读推广周", "青川市委宣传部", "LEAD", "MUNICIPAL"],
      ["世界读书日主题阅读推广周", "青川市文广旅游局", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });
});

describe("mass bodies named in full (heldout85)", () => {
  it("reads a women's federation and a disabled persons' federation named in full as the subjects that act", () => {
    const found = unitQuads([
      "江西省司法厅关于公开征求《江西省全民阅读促进办法（征求意见稿）》意见的公告",
      "江西省全民阅读促进办法（征求意见稿）",
      "第一章　总　　则",
      "　　第一条　为促进全民阅读，制定本办法。",
      "　　第二条　省妇女联合会会同省教育厅推广家庭亲子阅读，开展书香家庭评选。",
      "　　第三条　省残疾人联合会应当推动公共阅读设施配置盲文读物。",
    ]);
    expect(found.map((u) => [u[1], u[2], u[3]])).toEqual([
      ["江西省妇女联合会", "LEAD", "PROVINCIAL"],
      ["江西省教育厅", "PARTICIPANT", "PROVINCIAL"],
      ["江西省残疾人联合会", "LEAD", "PROVINCIAL"],
    ]);
  });
});

describe("the Youth League's committees (heldout85, heldout88)", () => {
  it("names a committee written short (团市委, 团区委) as the League names it", () => {
    const found = unitQuads([
      "青川市人民政府关于印发某方案的通知",
      "某方案",
      "一、重点任务",
      "（一）实施青少年读书行动。开展校园阅读活动。（责任单位：市教育局、团市委）",
    ]);
    expect(found.map((u) => [u[1], u[2], u[3]])).toEqual([
      ["青川市教育局", "LEAD", "MUNICIPAL"],
      ["共青团青川市委", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });
});

describe("a table one cell a line whose group cell is merged (heldout89)", () => {
  it("reads the rows without the group's cell as rows of that group, each a task with its units", () => {
    const lines = [
      "青川高新区管委会关于印发某方案的通知",
      "某方案",
      "附件",
      "序号",
      "类别",
      "任务名称",
      "工作内容",
      "牵头单位",
      "配合单位",
      "完成时限",
      "1",
      "算力设施提升",
      "建设高新区智算中心一期",
      "建成智能算力500P。",
      "区经济发展局",
      "区建设局、区财政局",
      "2025年12月",
      "2",
      "推进存量机房液冷改造",
      "完成存量机房液冷改造12个。",
      "区经济发展局",
      "区建设局",
      "2026年6月",
      "3",
      "算力赋能应用",
      "打造智能制造示范场景",
      "打造示范场景5个。",
      "区科技创新局",
      "区经济发展局",
      "2026年12月",
    ];
    expect(itemPairs(lines).map((p) => p[1])).toEqual([
      "建设高新区智算中心一期",
      "推进存量机房液冷改造",
      "打造智能制造示范场景",
    ]);
    expect(
      unitQuads(lines)
        .filter((u) => u[0] === "推进存量机房液冷改造")
        .map((u) => [u[1], u[2]]),
    ).toEqual([
      ["青川高新区经济发展局", "LEAD"],
      ["青川高新区建设局", "PARTICIPANT"],
    ]);
  });
});

describe("names that are none (heldout88–90)", () => {
  it("reads a verb the dictionary files as a place, kinds said by what they are like, a title's topic and moving onto the cloud as no name", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）优化交通。区交通运输局要会同区城市管理局，加密商务区与青年居住集中区之间的公交线路。",
      "（二）建设古建筑研学基地。鼓励龙头企业联合高校组建行业性工业设计研究院，推动设计资源上云上平台。",
      "（三）集约发展。严格控制低效小散数据中心新建，依托海洋牧场建设海上观光平台。",
      "附件：青川市农产品质量安全追溯示范基地建设规范（略）",
    ]);
    expect(found).toEqual([]);
  });
});

describe("forms of heldout91–93", () => {
  it("reads `——` goal lines by the deadline their paragraph opened with, not a stage it named after it", () => {
    const rows = targetRows([
      "青川省人民政府办公厅关于印发青川省乡村旅游提升行动方案（2025—2027年）的通知",
      "各市人民政府：",
      "　　现将《青川省乡村旅游提升行动方案（2025—2027年）》印发给你们，请认真贯彻执行。",
      "青川省人民政府办公厅",
      "2025年3月1日",
      "青川省乡村旅游提升行动方案（2025—2027年）",
      "一、主要目标",
      "",
      "到2027年，全省乡村旅游产品供给更加丰富。2025年，新创建省级乡村旅游重点村100个。",
      "",
      "——规模效益稳步提升。全省乡村旅游年接待游客突破3.5亿人次，乡村旅游综合收入达到2200亿元。",
      "",
      "二、重点任务",
    ]);
    expect(rows).toEqual([
      [100, "个", "EXACTLY", 2025, "新创建省级乡村旅游重点村"],
      [3.5, "亿人次", "OVER", 2027, "乡村旅游年接待游客"],
      [2200, "亿元", "EXACTLY", 2027, "乡村旅游综合收入"],
    ]);
  });

  it("reads each measure whose heading stands alone over its paragraph as a task, and no short part of an explanation", () => {
    const lines = [
      "青川工业园区管委会关于印发青川工业园区若干措施的通知",
      "青川工业园区若干措施",
      "一、支持金融机构设立人工智能创新中心",
      "对持牌金融机构在园区新设立的人工智能创新中心，经认定后给予奖励。",
      "",
      "二、建设金融智算服务平台",
      "支持园区国有企业建设金融智算服务平台，为金融机构提供算力服务。",
      "",
      "三、起草依据",
      "本措施依据有关规定起草。",
    ];
    expect(itemPairs(lines)).toEqual([
      ["Task", "支持金融机构设立人工智能创新中心"],
      ["Task", "建设金融智算服务平台"],
    ]);
  });
});

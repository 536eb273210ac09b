// Forms the kept sets still missed and the held-out sets heldout73–81 found after their blind reading.
// All text is invented.
import { describe, expect, it } from "vitest";
import {
  entityNames,
  extractLines,
  itemPairs,
  PLAN_HEAD,
  readLines,
  targetRows,
  unitQuads,
} from "../helpers/extract-read.js";

describe("a measure's later subjects", () => {
  it("reads a general administration's office in a province whole, at the province's level, after 会同", () => {
    expect(
      unitQuads([
        "青川省人民政府办公厅关于印发青川省船舶产业行动方案的通知",
        "青川省船舶产业行动方案",
        "一、保障措施",
        "（一）加大金融支持。中国人民银行青川省分行会同国家金融监督管理总局青川监管局引导金融机构安排保函额度。",
      ]),
    ).toEqual([
      ["加大金融支持", "中国人民银行青川省分行", "LEAD", "PROVINCIAL"],
      ["加大金融支持", "国家金融监督管理总局青川监管局", "PARTICIPANT", "PROVINCIAL"],
    ]);
  });

  it("reads the bodies that take their share later in the lead's sentence (…，各县（市）区经信部门负责…) as taking part", () => {
    expect(
      unitQuads([
        ...PLAN_HEAD,
        "（一）建立培育库。市经信局牵头，会同市科技局建立共享机制，各县（市）区经信部门负责本辖区企业摸排入库。",
        "（二）建设空间。市科技局牵头建设概念验证空间，市财政局负责资金保障。",
      ]),
    ).toEqual([
      ["建立培育库", "青川市经信局", "LEAD", "MUNICIPAL"],
      ["建立培育库", "青川市科技局", "PARTICIPANT", "MUNICIPAL"],
      ["建立培育库", "各县(市)区经信部门", "PARTICIPANT", "DISTRICT"],
      ["建设空间", "青川市科技局", "LEAD", "MUNICIPAL"],
      ["建设空间", "青川市财政局", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });

  it("reads a central bank's branch as a unit, and those another body's later clause works with as taking part", () => {
    expect(
      unitQuads([
        ...PLAN_HEAD,
        "（一）加大金融支持。市财政局统筹用好资金。中国人民银行青川市分行会同市地方金融管理局引导金融机构开发信贷产品。",
      ]),
    ).toEqual([
      ["加大金融支持", "青川市财政局", "LEAD", "MUNICIPAL"],
      ["加大金融支持", "中国人民银行青川市分行", "PARTICIPANT", "MUNICIPAL"],
      ["加大金融支持", "青川市地方金融管理局", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });

  it("reads the collective that must act, or answers for the work, after the lead's sentence as taking part", () => {
    expect(
      unitQuads([
        ...PLAN_HEAD,
        "（一）加强组织领导。市住房城乡建设局会同市财政局建立协调机制。各区人民政府是本辖区工作的责任主体，要成立专班。",
        "（二）强化要素保障。市发展改革委牵头统筹资金。各街道办事处要做好宣传。",
        "（三）营造良好氛围。加强宣传引导，各类媒体要广泛报道。",
      ]),
    ).toEqual([
      ["加强组织领导", "青川市住房城乡建设局", "LEAD", "MUNICIPAL"],
      ["加强组织领导", "青川市财政局", "PARTICIPANT", "MUNICIPAL"],
      ["加强组织领导", "各区人民政府", "PARTICIPANT", "DISTRICT"],
      ["强化要素保障", "青川市发展改革委", "LEAD", "MUNICIPAL"],
      ["强化要素保障", "各街道办事处", "PARTICIPANT", "DISTRICT"],
    ]);
  });

  it("keeps the governments and departments of the places a measure concerns, as written; drops bare 有关部门", () => {
    expect(
      unitQuads([
        ...PLAN_HEAD,
        "（一）建设选品中心。布局建设选品中心。（市商务局牵头，市农业农村局、相关县区人民政府、有关部门配合）",
        "（二）开展试点。开展预警试点。（市民政局牵头，有关乡镇人民政府、相关单位配合）",
      ]),
    ).toEqual([
      ["建设选品中心", "青川市商务局", "LEAD", "MUNICIPAL"],
      ["建设选品中心", "青川市农业农村局", "PARTICIPANT", "MUNICIPAL"],
      ["建设选品中心", "相关县区人民政府", "PARTICIPANT", "DISTRICT"],
      ["开展试点", "青川市民政局", "LEAD", "MUNICIPAL"],
      ["开展试点", "有关乡镇人民政府", "PARTICIPANT", "DISTRICT"],
    ]);
  });
});

describe("names and their kinds", () => {
  it("reads fields of security and renewal, a community's school and the banks stationed in a city as kinds", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）集聚发展。加快建设具有全国影响力的网络安全产业集聚区，支持企业与高校共建网络安全人才实训基地。",
      "（二）更新改造。打造一批城市更新样板街区，依托社区老年大学开展培训，推动驻青银行机构扩大投放。",
      "（三）建设园区。建设青川网络安全产业园。",
    ]);
    expect(found).toEqual(["Zone 青川网络安全产业园"]);
  });

  it("reads trades and industries before a kind as kinds (家政实训基地, 石化园区, 港口集团)", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）培育人才。支持青禾家政职业培训学院等机构建设家政实训基地，推动石化园区转型，支持港口集团开展试点。",
    ]);
    expect(found).toEqual(["Organization 青禾家政职业培训学院"]);
  });

  it("reads synthetic biology and joint distribution as words of a name (合成生物产业园, 共同配送中心)", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）建设园区。支持青楚合成生物产业园建设，依托青川县农村物流共同配送中心整合快递资源。",
    ]);
    expect(found.sort()).toEqual(["Zone 青楚合成生物产业园", "Platform 青川县农村物流共同配送中心"].sort());
  });

  it("reads prepared-food and 专精特新 parks and platforms whole, a company without the kind of party before it, and no central bank", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）建设园区。加快青岭预制菜产业园建设，支持企业入驻凤栖湖专精特新产业园，升级青企通专精特新服务平台。",
      "（二）支持企业。支持区内企业青川天盾网络科技有限公司牵头。中国人民银行青川市分行引导金融机构开发专属产品。",
    ]);
    expect(found.sort()).toEqual(
      [
        "Zone 青岭预制菜产业园",
        "Zone 凤栖湖专精特新产业园",
        "Platform 青企通专精特新服务平台",
        "Organization 青川天盾网络科技有限公司",
      ].sort(),
    );
  });

  it("reads a heading's kind as the name its body builds, never as a second entity", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）搭建交易服务平台。建设青禾种业交易服务平台，提供品种权交易服务。",
      "（二）建设户外运动基地。支持建设青峰山户外运动基地。",
    ]);
    expect(found.sort()).toEqual(["Platform 青禾种业交易服务平台", "Zone 青峰山户外运动基地"].sort());
  });

  it("reads a national title a place applies for as no name, and a national platform it relies on as one", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）绿色发展。支持青川经济技术开发区创建国家绿色工业园区，争创国家生态工业示范园区。",
      "（二）创新平台。依托国家青川农业科技园区开展示范。",
    ]);
    expect(found.sort()).toEqual(["Zone 青川经济技术开发区", "Zone 国家青川农业科技园区"].sort());
  });
});

describe("goals and their years", () => {
  it("reads the standards a rule's obligations set as goals due by no year, and no procedure's period or money", () => {
    const lines = [
      "青川市人民政府关于印发青川市互联网医院管理办法的通知",
      "青川市互联网医院管理办法",
      "第一章　总　　则",
      "　　第一条　为规范互联网医院管理，制定本办法。",
      "　　第二条　互联网医院开具的电子处方应当经药师审核，处方审核率应当达到100%。",
      "　　第三条　互联网医院应当建立响应制度，医师首次响应时间不超过30分钟，群众满意率应当不低于95%。",
      "　　第四条　申请人应当在10个工作日内补正材料，对通过评审的给予最高20万元奖励。",
    ];
    lines.push(
      "　　第五条　医务人员每年应当接受不少于24学时的培训。",
      "　　第六条　各区人民政府应当推动服务网点进社区，每个街道（镇）至少建设1个服务点。",
      "　　第七条　《征求意见稿》共六章，公示期不少于10个工作日。",
    );
    expect(targetRows(lines)).toEqual([
      [100, "%", "EXACTLY", null, "处方审核率"],
      [30, "分钟", "AT_MOST", null, "医师首次响应时间"],
      [95, "%", "AT_LEAST", null, "群众满意率"],
      [24, "学时", "AT_LEAST", null, "培训"],
      [1, "个", "AT_LEAST", null, "服务点"],
    ]);
  });

  it("reads a year a task aims at (力争2026年) as its goal's deadline, not the plan's term", () => {
    const lines = [
      "青川市人民政府关于印发青川市新型储能发展行动方案（2025—2027年）的通知",
      "青川市新型储能发展行动方案（2025—2027年）",
      "一、重点任务",
      "（一）发展虚拟电厂。完善准入和结算规则，力争2026年全市虚拟电厂可调节能力超过30万千瓦。",
      "（二）培育企业。支持企业开展示范，培育储能企业不少于10家。",
    ];
    expect(targetRows(lines)).toEqual([
      [30, "万千瓦", "OVER", 2026, "虚拟电厂可调节能力"],
      [10, "家", "AT_LEAST", 2027, "储能企业"],
    ]);
  });
});

describe("a government's order", () => {
  const lines = [
    "青川省人民政府 > 政策文件 > 省政府令",
    "青川省人民政府令",
    "〔2031〕第4号",
    "　　《青川省气象预警信息发布办法》已经2031年5月20日省政府第78次常务会议通过，现予公布，自2031年8月1日起施行。",
    "省　长　某某某",
    "2031年6月3日",
    "青川省气象预警信息发布办法",
    "第一章　总　　则",
    "　　第一条　为了规范气象预警信息的发布，制定本办法。",
    "　　第二条　省气象局负责全省预警信息发布的组织管理。",
    "　　第三条　本办法自2031年8月1日起施行。2020年3月6日省人民政府公布的《青川省气象预警信号发布办法》（青川省人民政府令〔2020〕第3号）同时废止。",
  ];

  it("reads the order's head and its number as the 文号, the ordering government as issuer, its own meeting as no approver", () => {
    const { doc, issued } = readLines(lines);
    expect(doc.docNumber).toBe("青川省人民政府令〔2031〕第4号");
    expect(issued).toEqual([["青川省人民政府", "PROVINCIAL", "ISSUER"]]);
  });

  it("reads an earlier order's number with its 第 in a repeal", () => {
    const g = extractLines(lines);
    const repealed = g.relationships
      .filter((r) => r.type === "REPEALS")
      .map((r) => g.nodes.find((n) => n.id === r.to)!.props.docNumber);
    expect(repealed).toEqual(["青川省人民政府令〔2020〕第3号"]);
  });
});

describe("a year's points with an interpretation under them", () => {
  const lines = [
    "青川区人民政府办公室关于印发青川区2031年数字经济工作要点的通知",
    "各街道办事处，区政府各部门：",
    "　　《青川区2031年数字经济工作要点》已经区政府同意，现印发给你们。",
    "青川区人民政府办公室",
    "2031年3月12日",
    "青川区2031年数字经济工作要点",
    "（一）夯实统计基础",
    "1.开展专项行动。逐一排查辖区企业。",
    "牵头单位：区统计局",
    "（二）强化工作保障",
    "2.健全工作机制。建立月度通报机制。",
    "牵头单位：区数据资源局",
    "相关解读：",
    "《青川区2031年数字经济工作要点》政策解读",
    "　　一、出台背景",
    "　　数字经济是我区主导产业。",
    "　　二、主要内容",
    "　　《工作要点》提出两方面任务。",
  ];

  it("reads the document's parts and items, a part of safeguards as no action, and none of the interpretation", () => {
    expect(itemPairs(lines)).toEqual([
      ["Action", "夯实统计基础"],
      ["Task", "开展专项行动"],
      ["Measure", "健全工作机制"],
    ]);
  });
});

describe("a county's document", () => {
  it("places the county where the country's divisions do: 市 bodies are its city's, a city bureau's branch the county's", () => {
    expect(
      unitQuads([
        "浠水县人民政府办公室关于印发浠水县人居环境整治工作方案的通知",
        "浠水县人居环境整治工作方案",
        "一、重点任务",
        "（一）治理生活污水。推进污水管网建设。（市生态环境局浠水分局牵头，县住建局、市农业农村局配合）",
      ]),
    ).toEqual([
      ["治理生活污水", "黄冈市生态环境局浠水分局", "LEAD", "DISTRICT"],
      ["治理生活污水", "浠水县住建局", "PARTICIPANT", "DISTRICT"],
      ["治理生活污水", "黄冈市农业农村局", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });
});

describe("a joint notice's head", () => {
  it("reads the signers of a notice line that only counts them (五部门关于印发…)", () => {
    const { issued } = readLines([
      "三部门关于印发《青川生物制造绿色发展行动方案（2031—2033年）》的通知",
      "工信部联原〔2031〕117号",
      "各省、自治区、直辖市工业和信息化主管部门：",
      "现将《青川生物制造绿色发展行动方案（2031—2033年）》印发给你们，请结合实际认真贯彻落实。",
      "工业和信息化部",
      "国家发展改革委",
      "科技部",
      "2031年6月11日",
      "青川生物制造绿色发展行动方案（2031—2033年）",
      "一、重点任务",
      "（一）推进转型。推进绿色转型。（工业和信息化部牵头，科技部配合）",
    ]);
    expect(issued).toEqual([
      ["中华人民共和国工业和信息化部", "NATIONAL", "ISSUER"],
      ["国家发展改革委", "NATIONAL", "ISSUER"],
      ["科技部", "NATIONAL", "ISSUER"],
    ]);
  });

  it("reads no ministry's division in 司法 (健全行政执法与司法衔接机制)", () => {
    expect(
      unitQuads([...PLAN_HEAD, "（一）强化保护。市市场监管局牵头，健全行政执法与司法衔接机制，市公安局配合做好协同。"]),
    ).toEqual([
      ["强化保护", "青川市市场监管局", "LEAD", "MUNICIPAL"],
      ["强化保护", "青川市公安局", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });
});

describe("a department's own divisions", () => {
  it("reads divisions a department issuing alone names bare (法律援助处, 厅水旱灾害防御处) as its own", () => {
    expect(
      unitQuads([
        "青川省水利厅关于印发2031年水旱灾害防御工作要点的通知",
        "2031年水旱灾害防御工作要点",
        "一、压实防御责任",
        "1.落实责任制。公布责任人名单。厅水旱灾害防御处牵头，厅河湖管理处、厅运行管理处配合。",
        "2.扩大援助。扩大覆盖面。（责任单位：法律援助处、财务装备处）",
      ]),
    ).toEqual([
      ["落实责任制", "青川省水利厅水旱灾害防御处", "LEAD", "PROVINCIAL"],
      ["落实责任制", "青川省水利厅河湖管理处", "PARTICIPANT", "PROVINCIAL"],
      ["落实责任制", "青川省水利厅运行管理处", "PARTICIPANT", "PROVINCIAL"],
      ["扩大援助", "青川省水利厅法律援助处", "LEAD", "PROVINCIAL"],
      ["扩大援助", "青川省水利厅财务装备处", "PARTICIPANT", "PROVINCIAL"],
    ]);
  });

  it("reads a general administration in a ministry's document as a body of its own (金融监管总局)", () => {
    expect(
      unitQuads([
        "农业农村部关于印发某方案的通知",
        "某方案",
        "一、重点任务",
        "（一）加大金融支持。推动农机保险扩面。（中国人民银行、金融监管总局按职责分工负责）",
      ]),
    ).toEqual([
      ["加大金融支持", "中国人民银行", "JOINT", "NATIONAL"],
      ["加大金融支持", "金融监管总局", "JOINT", "NATIONAL"],
    ]);
  });
});

describe("safeguards closing a list of tasks", () => {
  it("reads the items that close a list by saying how the work is safeguarded as measures", () => {
    expect(
      itemPairs([
        "青川市人民政府关于印发某方案的通知",
        "某方案",
        "一、盘活存量房屋。支持改建租赁住房。",
        "二、规范市场秩序。加强租赁监管。",
        "三、强化组织保障。各区人民政府是本地区工作的责任主体。",
      ]),
    ).toEqual([
      ["Task", "盘活存量房屋"],
      ["Task", "规范市场秩序"],
      ["Measure", "强化组织保障"],
    ]);
    expect(
      itemPairs([
        ...PLAN_HEAD,
        "（一）建设平台。建设服务平台。",
        "（二）加强宣传引导。开展宣传。",
        "（三）培育企业。培育龙头企业。",
        "（四）严格督查考核。纳入年度考核。",
      ]),
    ).toEqual([
      ["Task", "建设平台"],
      ["Task", "加强宣传引导"],
      ["Task", "培育企业"],
      ["Measure", "严格督查考核"],
    ]);
  });
});

// Forms found while reading the held-out sets heldout52–57: a 责任单位 list whose last group shares the
// work `按职责分工负责`, a zone's task table copied one cell a line under bare row numbers, a zone's bare
// bureaus after a measure's heading, its city named in full, a printer's footer under the last measure,
// a PDF copy broken by count of characters, and names opening with a district the dictionary files as
// a noun. All text is invented.
import { describe, expect, it } from "vitest";
import {
  cityNotice,
  entityNames,
  extractLines,
  itemPairs,
  readLines,
  targetRows,
  unitQuads,
  zoneNotice,
  noticeHead,
  PLAN_HEAD,
} from "../helpers/extract-read.js";

const notice = cityNotice;

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

const zone = zoneNotice;

describe("a zone's documents", () => {
  const table = [
    "一、重点任务",
    "任务清单如下：",
    "序号",
    "工作任务",
    "牵头部门",
    "配合部门",
    "完成时限",
    ...[1, 2, 3].flatMap((n) => [
      String(n),
      ["疏浚进港航道。完成疏浚工程量的80%以上。", "建设冷链仓库。完成一期主体工程。", "开通集装箱航线。新开航线3条。"][
        n - 1
      ]!,
      "规划建设局",
      "港航物流局、钦州市交通运输局",
      "2031年12月",
    ]),
    "二、保障措施",
    "（一）强化资金保障。财政局会同港航物流局统筹用好专项资金。",
    "（二）严格督查考核。党政办公室将任务完成情况纳入年度考评。",
  ];

  it("reads a task table copied one cell a line, its row numbers no page numbers, and its city's bureau as the city's", () => {
    expect(itemPairs(zone(table)).filter(([kind]) => kind === "Task")).toEqual([
      ["Task", "疏浚进港航道"],
      ["Task", "建设冷链仓库"],
      ["Task", "开通集装箱航线"],
    ]);
    const units = unitQuads(zone(table));
    expect(units.filter(([task]) => task === "建设冷链仓库")).toEqual([
      ["建设冷链仓库", "青湾港经济技术开发区规划建设局", "LEAD", "DISTRICT"],
      ["建设冷链仓库", "青湾港经济技术开发区港航物流局", "PARTICIPANT", "DISTRICT"],
      ["建设冷链仓库", "钦州市交通运输局", "PARTICIPANT", "MUNICIPAL"],
    ]);
  });

  it("gives a measure to the bare bureau its sentence opens with after the heading", () => {
    const units = unitQuads(zone(table)).filter(([item]) => /保障|考核/.test(item as string));
    expect(units).toEqual([
      ["强化资金保障", "青湾港经济技术开发区财政局", "LEAD", "DISTRICT"],
      ["强化资金保障", "青湾港经济技术开发区港航物流局", "PARTICIPANT", "DISTRICT"],
      ["严格督查考核", "青湾港经济技术开发区党政办公室", "LEAD", "DISTRICT"],
    ]);
  });
});

describe("national documents", () => {
  const ministries = [
    "国家知识产权局 海关总署关于印发《跨境商品保护行动方案》的通知",
    "各省、自治区、直辖市知识产权局：",
    "现将《跨境商品保护行动方案》印发给你们，请认真贯彻执行。",
    "国家知识产权局　　海关总署",
    "2031年4月15日",
    "跨境商品保护行动方案",
    "一、重点任务",
    "（一）强化口岸执法。海关总署组织开展寄递渠道专项执法行动。",
    "（二）开展试点示范。海关总署会同国家知识产权局选择一批园区开展试点。",
    "二、保障措施",
    "（一）加强协作配合。国家知识产权局、海关总署建立联络员制度，定期通报工作进展。",
    "（二）强化统筹协调。国家网信办会同商务部建立工作会商机制。",
    "（三）做好宣传引导。加强政策解读和典型案例宣传。",
    "",
    "抄送：各省、自治区、直辖市人民政府办公厅。",
    "国家知识产权局办公室　　　　　　2031年4月20日印发",
  ];

  it("reads the customs administration and a central office named short as subjects, and no unit in the printer's footer", () => {
    expect(unitQuads(ministries).map((u) => u.slice(0, 3))).toEqual([
      ["强化口岸执法", "海关总署", "LEAD"],
      ["开展试点示范", "海关总署", "LEAD"],
      ["开展试点示范", "国家知识产权局", "PARTICIPANT"],
      ["加强协作配合", "国家知识产权局", "LEAD"],
      ["加强协作配合", "海关总署", "PARTICIPANT"],
      ["强化统筹协调", "国家网信办", "LEAD"],
      ["强化统筹协调", "商务部", "PARTICIPANT"],
    ]);
  });
});

describe("PDF copies and names", () => {
  it("joins a line broken by its count of characters inside a year", () => {
    const lines = notice("青川市海洋牧场建设实施方案", [
      "一、工作目标",
      "　　2030年，全市海水养殖产量达到148万吨。到203",
      "3年，全市建成现代化海洋牧场示范区12个，深远海养殖水体",
      "达到300万立方米，海洋牧场全产业链产值突破500亿元，培",
      "育年产值超10亿元的海洋牧场龙头企业5家以上，建成海上",
      "风电融合示范项目3个，海洋牧场在线监测全面覆盖全市海域。",
    ]);
    expect(targetRows(lines).map((t) => t.slice(0, 4))).toEqual([
      [12, "个", "EXACTLY", 2033],
      [300, "万立方米", "EXACTLY", 2033],
      [500, "亿元", "OVER", 2033],
      [5, "家", "AT_LEAST", 2033],
      [3, "个", "EXACTLY", 2033],
    ]);
  });

  it("reads a name opening with a district the dictionary files as a common noun, and places written in a row", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）建设鼓楼区智慧教育云平台。整合备课、作业等应用。",
      "（二）推动错时共享。在合肥滨湖智慧停车示范片区开展试点。",
    ]);
    expect(found).toEqual(expect.arrayContaining(["Platform 鼓楼区智慧教育云平台", "Zone 合肥滨湖智慧停车示范片区"]));
  });
});

describe("more names", () => {
  const lines = [
    "青川市人民政府关于印发某方案的通知",
    "各区人民政府，青川工业园区、青川高新区管委会：",
    "现将《某方案》印发给你们。",
    "某方案",
    "一、重点任务",
    "（一）建设冷链物流公共信息平台。由青川鲁冷供应链管理有限公司建设运营齐鲁冷链云平台。",
    "（二）建设产业园。在青川经济开发区规划建设霍山石斛产业园，支持企业入驻崇义竹木精深加工产业园。",
    "（三）保护生态。加强齐云山国家级自然保护区和阳岭森林公园管护，建设伏牛山中药材良种繁育基地。",
    "（四）强化维权。建设鄞州区知识产权纠纷调解中心和全国跨境电商知识产权保护协作平台。",
    "主办：青川市人民政府办公室　　承办：青川市大数据中心",
  ];

  it("reads parks, reserves, forest parks and centres of mediation, past a verb before a brand and a seed word filed as a count", () => {
    expect(entityNames(lines).sort()).toEqual(
      [
        "Organization 青川鲁冷供应链管理有限公司",
        "Platform 齐鲁冷链云平台",
        "Zone 青川经济开发区",
        "Zone 霍山石斛产业园",
        "Zone 崇义竹木精深加工产业园",
        "Zone 齐云山国家级自然保护区",
        "Zone 阳岭森林公园",
        "Zone 伏牛山中药材良种繁育基地",
        "Platform 鄞州区知识产权纠纷调解中心",
        "Platform 全国跨境电商知识产权保护协作平台",
      ].sort(),
    );
  });

  it("reads a park named short after its place as that park", () => {
    const found = entityNames([
      "霍山县人民政府关于印发某方案的通知",
      "某方案",
      "一、重点任务",
      "（一）建设石斛产业园。在霍山经济开发区规划建设霍山石斛产业园。",
    ]);
    expect(found.filter((n) => n.includes("石斛"))).toEqual(["Zone 霍山石斛产业园"]);
  });
});

describe("more targets", () => {
  it("reads goals counted in 组, 份 and 标准箱, and a count after what a task carries out", () => {
    const rows = targetRows(
      notice("青川市2032年冷链物流和知识产权工作要点", [
        "一、重点任务",
        "（一）完善配送终端。全市社区冷链自提柜达到1.5万组。",
        "（二）编制合规指引。编制数据出境合规指引不少于20份。",
        "（三）发展多式联运。冷链集装箱海铁联运量突破20万标准箱。",
        "（四）深化专利导航。围绕集成电路产业链开展专利导航项目4个。",
      ]),
    ).map((t) => t.slice(0, 4));
    expect(rows).toEqual([
      [1.5, "万组", "EXACTLY", 2032],
      [20, "份", "AT_LEAST", 2032],
      [20, "万标准箱", "OVER", 2032],
      [4, "个", "EXACTLY", 2032],
    ]);
  });
});

describe("regulations and later clauses", () => {
  it("reads a regulation's articles under a chapter named for safeguards as tasks, and a court a lead works with", () => {
    const lines = [
      "青川省知识产权纠纷快速处理办法",
      "第一章　总　　则",
      "　　第一条　为了及时化解知识产权纠纷，制定本办法。",
      "第二章　监督与保障",
      "　　第二条　省知识产权局会同省高级人民法院建立诉调对接工作机制。",
      "　　第三条　各市（州）人民政府应当将所需经费纳入本级财政预算。",
    ];
    expect(itemPairs(lines)).toEqual([
      ["Task", "为了及时化解知识产权纠纷,制定本办法"],
      ["Task", "省知识产权局会同省高级人民法院建立诉调对接工作机制"],
      ["Task", "各市(州)人民政府应当将所需经费纳入本级财政预算"],
    ]);
    expect(
      unitQuads(lines)
        .filter(([item]) => /诉调/.test(item as string))
        .map((u) => u.slice(1, 3)),
    ).toEqual([
      ["省知识产权局", "LEAD"],
      ["省高级人民法院", "PARTICIPANT"],
    ]);
  });

  it("reads those a lead's sentence sets to carry out or help, and a county's departments concerned", () => {
    const found = unitQuads([
      ...noticeHead("青川县人民政府办公室", "各乡（镇）人民政府，县政府各部门：", "青川县2031年林业工作要点"),
      "一、重点任务",
      "1.高质量完成造林任务。县林业局牵头，各乡（镇）人民政府具体实施，确保3月底前完成春季造林。",
      "2.推进城乡绿化美化。县城市管理局负责公园绿地提质改造，各乡（镇）人民政府配合开展村庄植绿。",
      "3.加强组织领导。成立工作专班，由县林业局牵头，县直有关部门按职责分工抓好落实。",
    ]).map((u) => u.slice(0, 3));
    expect(found).toEqual([
      ["高质量完成造林任务", "青川县林业局", "LEAD"],
      ["高质量完成造林任务", "各乡(镇)人民政府", "PARTICIPANT"],
      ["推进城乡绿化美化", "青川县城市管理局", "LEAD"],
      ["推进城乡绿化美化", "各乡(镇)人民政府", "PARTICIPANT"],
      ["加强组织领导", "青川县林业局", "LEAD"],
      ["加强组织领导", "县直有关部门", "PARTICIPANT"],
    ]);
  });
});

describe("heldout55's forms", () => {
  it("reads (A负责,B、C指导), a fire brigade's 总队 a lead works with, and 各城区 and 各街道办事处、乡镇人民政府 as subjects", () => {
    const found = unitQuads([
      ...noticeHead("青川市人民政府办公室", "各城区人民政府，市政府各部门：", "青川市电动自行车消防安全管理规定"),
      "　　第一条　为了预防电动自行车火灾事故，制定本规定。《规定》共三条。",
      "　　第二条　各城区人民政府应当统筹利用公共空间建设集中充电设施。",
      "　　第三条　各街道办事处、乡镇人民政府应当将电动自行车消防安全纳入网格化管理内容。",
      "　　第四条　市消防救援总队会同市应急管理局开展专项检查。（各城区人民政府负责，市消防救援总队、市住房城乡建设局指导）",
      "　　第五条　本规定具体应用问题由市消防救援支队、市司法局负责解释。",
    ]).map((u) => u.slice(1, 4));
    expect(found).toEqual([
      ["各城区人民政府", "LEAD", "DISTRICT"],
      ["各街道办事处", "LEAD", "DISTRICT"],
      ["各乡镇人民政府", "PARTICIPANT", "DISTRICT"],
      ["各城区人民政府", "LEAD", "DISTRICT"],
      ["青川市消防救援总队", "PARTICIPANT", "MUNICIPAL"],
      ["青川市住房城乡建设局", "PARTICIPANT", "MUNICIPAL"],
      ["青川市消防救援支队", "LEAD", "MUNICIPAL"],
      ["青川市司法局", "PARTICIPANT", "MUNICIPAL"],
    ]);
    const cited = extractLines([
      "青川市电动自行车消防安全管理规定（征求意见稿）",
      "　　第一条　为了预防电动自行车火灾事故，制定本规定。《规定（征求意见稿）》共三条。",
    ]).relationships.filter((r) => r.type === "IMPLEMENTS");
    expect(cited).toEqual([]);
  });

  it("reads archive pages and scans as goals, and no count of the tasks listed next", () => {
    const rows = targetRows(
      notice("青川市2032年档案数字化工作要点", [
        "　　重点实施以下10项任务。",
        "　　一、推进民生档案数字化。完成民生档案数字化约120万页，馆藏档案数字化达到3000万画幅，编制专题成果2部，联合10部门开展检查。",
      ]),
    ).map((t) => t.slice(0, 4));
    expect(rows).toEqual([
      [120, "万页", "APPROXIMATELY", 2032],
      [3000, "万画幅", "EXACTLY", 2032],
      [2, "部", "EXACTLY", 2032],
    ]);
  });
});

describe("heldout56's forms", () => {
  it("names every signer of `甲部等三部门` when the notice's requirements stand above its signature", () => {
    const { issued } = readLines([
      "工业和信息化部等三部门关于印发《中小企业数字化转型专项行动方案》的通知",
      "工信部联信管〔2031〕87号",
      "各省、自治区、直辖市工业和信息化主管部门：",
      "　　现将《中小企业数字化转型专项行动方案》印发给你们，并就做好贯彻落实工作通知如下：",
      "　　一、建立工作推进机制。各省级工业和信息化主管部门要建立工作专班。",
      "　　二、做好跟踪评估。工业和信息化部将会同教育部、科技部按年度开展评估。",
      "",
      "工业和信息化部　　　　教育部",
      "",
      "科技部",
      "",
      "2031年5月16日",
      "",
      "中小企业数字化转型专项行动方案",
      "一、重点任务",
      "（一）建设平台。支持建设平台。（工业和信息化部负责）",
    ]);
    expect(issued.map(([name, , role]) => [name, role])).toEqual([
      ["中华人民共和国工业和信息化部", "ISSUER"],
      ["教育部", "ISSUER"],
      ["科技部", "ISSUER"],
    ]);
  });

  it("reads 将会同, a zone's bare bureau that 统筹 or leads then 会同, a subject acting 对…, and a collective of two kinds in a table cell", () => {
    const units = unitQuads(
      zone([
        "一、保障措施",
        "（一）加强组织领导。经济发展局牵头建立工作推进机制，会同经开区市场监管分局每季度调度。",
        "（二）强化资金保障。财政局统筹产业发展专项资金。",
        "（三）加强要素保障。规划建设局对重点项目优先保障用地。",
        "（四）做好评估。港航物流局将会同财政局开展评估。",
      ]),
    ).map((u) => u.slice(0, 3));
    expect(units).toEqual([
      ["加强组织领导", "青湾港经济技术开发区经济发展局", "LEAD"],
      ["加强组织领导", "青湾港经开区市场监管分局", "PARTICIPANT"],
      ["强化资金保障", "青湾港经济技术开发区财政局", "LEAD"],
      ["加强要素保障", "青湾港经济技术开发区规划建设局", "LEAD"],
      ["做好评估", "青湾港经济技术开发区港航物流局", "LEAD"],
      ["做好评估", "青湾港经济技术开发区财政局", "PARTICIPANT"],
    ]);
    const cells = unitQuads(
      notice("青川市品牌建设行动方案", [
        "一、重点任务",
        "（一）实施企业品牌培育工程。培育品牌企业。",
        "附件",
        "重点任务分工表",
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "1\t实施企业品牌培育工程\t市市场监管局\t市经信局，各区、县（市）人民政府\t2033年12月",
      ]),
    ).map((u) => u.slice(1, 3));
    expect(cells).toEqual([
      ["青川市市场监管局", "LEAD"],
      ["青川市经信局", "PARTICIPANT"],
      ["各区、县(市)人民政府", "PARTICIPANT"],
    ]);
  });
});

describe("heldout57's forms", () => {
  it("reads trade-promotion councils and leading groups as units", () => {
    const found = unitQuads(
      notice("青川市会展业发展行动方案", [
        "一、保障措施",
        "（一）加大资金支持。市财政局会同市贸促会统筹市级会展业发展专项资金。",
        "（二）加强统计监测。市统计局、市贸促会按职责分工负责建立会展业统计监测制度。",
      ]),
    ).map((u) => u.slice(0, 3));
    expect(found).toEqual([
      ["加大资金支持", "青川市财政局", "LEAD"],
      ["加大资金支持", "青川市贸促会", "PARTICIPANT"],
      ["加强统计监测", "青川市统计局", "JOINT"],
      ["加强统计监测", "青川市贸促会", "JOINT"],
    ]);
  });

  it("reads e-sports parks, business districts and pilot zones by name, not their kinds", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）建设电竞产业园区。支持后海游戏电竞产业园、西丽数字娱乐产业基地建设，推动游戏电竞产业集聚区发展。",
      "（二）发展会展。支持建设西海岸国际会展商务区，支持虹桥会展低碳先行区开展先行先试，鼓励企业在境内外证券交易所上市。",
    ]);
    expect(found.sort()).toEqual(
      [
        "Zone 后海游戏电竞产业园",
        "Zone 西丽数字娱乐产业基地",
        "Zone 西海岸国际会展商务区",
        "Zone 虹桥会展低碳先行区",
      ].sort(),
    );
  });

  it("reads no goal in an article's condition of support, and the thing counted before `及`", () => {
    const rows = targetRows(
      notice("青川市2032年数字文化工作要点", [
        "　　第八条　对在区内举办、参会人数500人以上的会议，按会议规模给予补助。",
        "　　第九条　建设LED虚拟制片棚4个及配套机房。",
      ]),
    );
    expect(rows.map((t) => [t[0], t[1], t[4]])).toEqual([[4, "个", "LED虚拟制片棚"]]);
  });
});

describe("heldout55–56's names", () => {
  it("reads centres of shared data and backup, an identifier node, a design park, a national centre's seat, and no kind after 对标", () => {
    const found = entityNames([
      ...PLAN_HEAD,
      "（一）建设档案中心。建成浙江省档案数据共享中心，在衢州市建设浙江省档案数字资源异地备份中心。",
      "（二）建设节点。支持北仑汽配标识解析二级节点扩大接入企业，建设柯桥时尚创意设计园。",
      "（三）提升检测能力。推进国家智能传感器产品质量检验检测中心（郑州）建设。对标国内先进园区，支持渭南高新区集成电路封测产业园引进项目。",
    ]);
    expect(found.sort()).toEqual(
      [
        "Platform 浙江省档案数据共享中心",
        "Platform 浙江省档案数字资源异地备份中心",
        "Platform 北仑汽配标识解析二级节点",
        "Zone 柯桥时尚创意设计园",
        "Platform 国家智能传感器产品质量检验检测中心(郑州)",
        "Zone 渭南高新区集成电路封测产业园",
      ].sort(),
    );
  });

  it("does not run a task cell into the unit cell under it", () => {
    const found = entityNames([
      "青川经济技术开发区管理委员会关于印发某方案的通知",
      "某方案",
      "一、重点任务",
      "序号",
      "工作任务",
      "牵头单位",
      "1",
      "推进老旧厂房和“多合一”场所消防安全改造",
      "经开区消防救援大队",
      "2",
      "推动高危岗位智能化改造工作持续深入开展",
      "经开区经贸发展局",
    ]);
    expect(found).toEqual([]);
  });
});

describe("more of heldout56–57's forms", () => {
  it("reads a leading group as the approver", () => {
    const { issued } = readLines([
      "青川省质量强省建设领导小组办公室关于印发《青川省质量强省建设2032年工作要点》的通知",
      "各市人民政府：",
      "　　经省质量强省建设领导小组同意，现将《青川省质量强省建设2032年工作要点》印发给你们。",
      "青川省质量强省建设领导小组办公室",
      "2032年2月24日",
      "青川省质量强省建设2032年工作要点",
      "一、提升质量。（省市场监管局负责）",
    ]);
    expect(issued.map(([name, , role]) => [name, role])).toEqual([
      ["青川省质量强省建设领导小组办公室", "ISSUER"],
      ["青川省质量强省建设领导小组", "APPROVER"],
    ]);
  });

  it("reads those later sentences set to work besides the ones a lead works with, and each county-level city's departments", () => {
    const found = unitQuads([
      "青川市会展业发展专项资金管理办法",
      "　　第三条　区商务局会同区财政局负责专项资金的管理和监督。区商务局负责编制年度资金使用计划；区财政局负责资金拨付。区统计局、区市场监管局等部门按照各自职责做好相关工作。",
      "　　第四条　各区（县级市）工业和信息化主管部门会同各区（县级市）财政部门负责本地区项目的组织申报。",
    ]).map((u) => u.slice(1, 3));
    expect(found).toEqual([
      ["区商务局", "LEAD"],
      ["区财政局", "PARTICIPANT"],
      ["区统计局", "PARTICIPANT"],
      ["区市场监管局", "PARTICIPANT"],
      ["各区(县级市)工业和信息化主管部门", "LEAD"],
      ["各区(县级市)财政部门", "PARTICIPANT"],
    ]);
  });
});

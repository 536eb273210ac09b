// Forms two more blind held-out sets (heldout13 and heldout14) found unread: a forwarding notice
// (现转发给你们), a project table named by its 项目名称 column, a notice for comments on a draft, a
// ministry's bureaus named after 部, a signature date spaced as a PDF sets it, the preamble of a
// document issued after the notice's own requirements, a page-wrapped title under 附件, counts of
// times done, 至少 floors, the units of a regulation's articles, and entity names the dictionary
// cuts or merges. All text is invented.
import { describe, expect, it } from "vitest";
import { extractLines as read, readLines, unitTriples as units } from "../helpers/extract-read.js";

const targets = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => n.label === "Target")
    .map((n) => [n.props.value, n.props.unit, n.props.comparator, n.props.deadlineYear, n.props.metric]);

const items = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => ["Action", "Task", "Measure"].includes(n.label))
    .map((n) => [n.label, n.props.name]);

const entities = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => ["Organization", "Platform", "Zone"].includes(n.label))
    .map((n) => n.props.name)
    .sort();

const cited = (lines: string[]) => {
  const g = read(lines);
  const name = (id: string) => g.nodes.find((n) => n.id === id)!.props.name;
  return g.relationships.filter((r) => r.type === "IMPLEMENTS").map((r) => name(r.to));
};

describe("a forwarding notice", () => {
  it("names the document it forwards (`市数据局《X》…现转发给你们`), its title wrapped over the notice line", () => {
    const { doc } = readLines([
      "青峰市人民政府办公室关于转发市数据局",
      "青峰市数据流通交易管理办法的通知",
      "各区县人民政府,市政府各部门:",
      "市数据局《青峰市数据流通交易管理办法》已经市政府同意,现转发给你们,请认真遵照执行。",
      "青峰市人民政府办公室",
      "2026年6月10日",
      "青峰市数据流通交易管理办法",
      "第一条 为规范数据流通交易行为,制定本办法。",
      "第二条 本市行政区域内的数据交易活动,适用本办法。",
    ]);
    expect(doc.name).toBe("青峰市数据流通交易管理办法");
  });
});

describe("a notice for comments on a draft", () => {
  it("is the draft's, without its mark, and the draft is never its own citation", () => {
    const lines = [
      "青峰高新区管委会关于公开征求《青峰高新区支持智能网联汽车发展若干政策(征求意见稿)》意见的公告",
      "为加快产业集聚,高新区经济发展局起草了《青峰高新区支持智能网联汽车发展若干政策(征求意见稿)》,现向社会公开征求意见。",
      "青峰高新区管委会",
      "2026年8月5日",
      "青峰高新区支持智能网联汽车发展若干政策",
      "(征求意见稿)",
      "为深入贯彻《青川省智能网联汽车产业发展行动方案》,制定本政策。",
      "第一条 支持整车项目落地。对新落户的整车项目给予补助。",
    ];
    expect(readLines(lines).doc.name).toBe("青峰高新区支持智能网联汽车发展若干政策");
    expect(cited(lines)).toEqual(["青川省智能网联汽车产业发展行动方案"]);
  });
});

describe("a project table", () => {
  it("names each row by its 项目名称 and keeps the 建设内容 as its body, with the goals in it due by the row's 完成时限", () => {
    const doc = [
      "青峰县2026年智慧农业工作要点",
      "一、重点任务",
      "(一)建设数字农业示范园。建设智慧农业示范园区。(县农业农村局牵头)",
      "二、重点项目",
      "序号 | 项目名称 | 建设内容 | 责任单位 | 完成时限",
      "1 | 智能温室改造项目 | 改造智能温室40栋 | 县农业农村局 | 2026年10月",
      "2 | 农村电商站点提升项目 | 提升村级电商服务站80个 | 县商务局 | 2026年12月",
    ];
    const g = read(doc);
    const tasks = g.nodes.filter((n) => n.label === "Task").map((n) => n.props.name);
    expect(tasks).toEqual(expect.arrayContaining(["智能温室改造项目", "农村电商站点提升项目"]));
    expect(tasks).not.toContain("改造智能温室40栋");
    const greenhouse = g.nodes.find((n) => n.props.name === "智能温室改造项目")!;
    expect(greenhouse.props.text).toContain("改造智能温室40栋");
    expect(units(doc)).toContainEqual(["智能温室改造项目", "县农业农村局", "LEAD"]);
    expect(targets(doc)).toContainEqual([40, "栋", "EXACTLY", 2026, "改造智能温室"]);
  });
});

describe("a ministry's bureaus", () => {
  it("named after 部 are the ministry's, the one named first in a joint notice", () => {
    expect(
      units([
        "交通运输部 工业和信息化部关于印发《智慧港航融合发展行动方案》的通知",
        "各省、自治区、直辖市交通运输厅(局、委):",
        "现将《智慧港航融合发展行动方案》印发给你们,请认真贯彻落实。",
        "交通运输部 工业和信息化部",
        "2026年3月1日",
        "智慧港航融合发展行动方案",
        "一、重点任务",
        "1.建设港航数据交换平台。统一港口数据接口标准。(部水运局牵头,工业和信息化部、部科技司配合)",
      ]),
    ).toEqual([
      ["建设港航数据交换平台", "交通运输部水运局", "LEAD"],
      ["建设港航数据交换平台", "中华人民共和国工业和信息化部", "PARTICIPANT"],
      ["建设港航数据交换平台", "交通运输部科技司", "PARTICIPANT"],
    ]);
  });
});

describe("a PDF copy's joint signature", () => {
  it("ends at a date spaced as the PDF sets it (`2026 年 4 月 16 日`), so the signers and the date are read", () => {
    const { doc, issued } = readLines([
      "青川省卫生健康委员会等 2 部门",
      "关于印发《青川省医学影像智能应用行动方案》的通知",
      "各市(州)卫生健康委、经济和信息化局:",
      "    为推进医学影像智能应用,我们制定了《青川省医学影像智能应",
      "用行动方案》,现印发给你们,请认真抓好落实。",
      "",
      "青川省卫生健康委员会        青川省经济和信息化厅",
      "                              2026 年 4 月 16 日",
      "青川省医学影像智能应用行动方案",
      "一、建设影像公共服务平台。整合影像数据。",
    ]);
    expect(doc.issueDate).toBe("2026-04-16");
    expect(issued.map(([name]) => name)).toEqual(["青川省卫生健康委", "青川省经济和信息化厅"]);
  });
});

describe("a notice whose own requirements come before the document it issues", () => {
  const notice = [
    "青川省工业和信息化厅 青川省财政厅",
    "关于印发《青川省智能制造和工业互联网融合",
    "发展行动方案》的通知",
    "各设区市工业和信息化局、财政局:",
    "  现将《青川省智能制造和工业互联网融合发展行动方案》印发给你们,并提出如下要求:",
    "  一、压实工作责任。各设区市工业和信息化局要制定细化落实方案。",
    "  二、加强跟踪评估。省工业和信息化厅建立重点任务季度调度机制。",
    "附件:1.青川省智能制造和工业互联网融合发展行动方案",
    "    2.重点任务分工表",
    "青川省工业和信息化厅  青川省财政厅",
    "2026年4月22日",
    "附件1",
    "青川省智能制造和工业互联网融合",
    "发展行动方案",
    "  为贯彻落实《青川省制造强省建设纲要》(青政发〔2025〕31号),制定本方案。",
    "  一、重点任务",
    "  (一)实施智能工厂培育行",
    "动。开展免费诊断服务,推动企业上云。",
  ];

  it("reads their measures without the attachment list, finds the title again wrapped over two lines, and reads the issued document's preamble", () => {
    expect(items(notice)).toEqual([
      ["Measure", "压实工作责任"],
      ["Measure", "加强跟踪评估"],
      ["Task", "实施智能工厂培育行动"],
    ]);
    expect(cited(notice)).toEqual(["青川省制造强省建设纲要"]);
  });
});

describe("goals", () => {
  const plan = (...lines: string[]) => ["青峰县2026年数字教育工作要点", "一、重点任务", ...lines];

  it("with 至少 before the number are floors", () => {
    expect(targets(plan("1.配齐教师。到2027年,每所学校至少配备2名人工智能教师。"))).toEqual([
      [2, "名", "AT_LEAST", 2027, "人工智能教师"],
    ]);
  });

  it("count times done (`50万架次`, `5000家次`) in the unit, not the metric", () => {
    expect(
      targets([
        "青峰市低空经济行动方案",
        "一、发展目标",
        "到2027年,年飞行量超过50万架次,为企业提供诊断服务5000家次以上。",
      ]),
    ).toEqual([
      [50, "万架次", "OVER", 2027, "年飞行量"],
      [5000, "家次", "AT_LEAST", 2027, "为企业提供诊断服务"],
    ]);
  });

  it("that a year's plan sets with 完成 or 延长至 are goals of that year", () => {
    expect(
      targets(
        plan(
          "1.推进水库监测。完成50座小型水库监测设施建设。(县水利局负责)",
          "2.提升预报能力。洪水预报预见期延长至72小时。(县水利局负责)",
        ),
      ),
    ).toEqual([
      [50, "座", "EXACTLY", 2026, "小型水库监测设施建设"],
      [72, "小时", "EXACTLY", 2026, "洪水预报预见期"],
    ]);
  });

  it("keep their metric before the number when a predicate is joined on after it", () => {
    expect(
      targets(["青峰市智慧养老行动方案", "一、发展目标", "到2027年,建成家庭养老床位3000张以上并全部接入市级平台。"]),
    ).toEqual([[3000, "张", "AT_LEAST", 2027, "家庭养老床位"]]);
  });
});

describe("a regulation's articles", () => {
  const rules = (...articles: string[]) => [
    "青峰市人民政府办公室关于印发《青峰市数据流通交易管理办法》的通知",
    "各区人民政府:",
    "现将《青峰市数据流通交易管理办法》印发给你们,请认真遵照执行。",
    "青峰市人民政府办公室",
    "2026年6月10日",
    "青峰市数据流通交易管理办法",
    "第一条 为规范数据交易,制定本办法。",
    ...articles,
  ];

  it("name the body that 是…主管部门 as the lead, and those the next sentence sets to work by their own duties as participants", () => {
    expect(
      units(
        rules(
          "第二条 市数据局是本市数据流通交易的主管部门,负责统筹规划和监督管理。市发展改革委、市市场监管局等部门按照各自职责做好相关工作。",
        ),
      ),
    ).toEqual([
      ["市数据局是本市数据流通交易的主管部门,负责统筹规划和监督管理", "青峰市数据局", "LEAD"],
      ["市数据局是本市数据流通交易的主管部门,负责统筹规划和监督管理", "青峰市发展改革委", "PARTICIPANT"],
      ["市数据局是本市数据流通交易的主管部门,负责统筹规划和监督管理", "青峰市市场监管局", "PARTICIPANT"],
    ]);
  });

  it("name a body that 应当 act, and the departments of a level in a 会同 list", () => {
    expect(units(rules("第二条 市数据局应当定期评估本办法的实施情况。"))).toEqual([
      ["市数据局应当定期评估本办法的实施情况", "青峰市数据局", "LEAD"],
    ]);
    const level = units([
      "数据标注安全管理办法",
      "第一条 为规范数据标注,制定本办法。",
      "第二条 省级网信部门会同省级公安机关,负责本行政区域内数据标注安全的监督检查。",
    ]);
    expect(level.map(([, unit, role]) => [unit, role])).toEqual([
      ["省级网信部门", "LEAD"],
      ["省级公安机关", "PARTICIPANT"],
    ]);
  });
});

describe("measures", () => {
  const measures = (...lines: string[]) =>
    units([
      "青峰市人民政府办公室关于印发《青峰市智慧养老行动方案》的通知",
      "各县市区人民政府:",
      "现将《青峰市智慧养老行动方案》印发给你们。",
      "青峰市人民政府办公室",
      "2026年4月9日",
      "青峰市智慧养老行动方案",
      "一、保障措施",
      ...lines,
    ]);

  it("read a 会同 list with the level's departments concerned, as written", () => {
    expect(measures("(一)强化组织领导。市民政局会同市有关部门建立工作推进机制。")).toEqual([
      ["强化组织领导", "青峰市民政局", "LEAD"],
      ["强化组织领导", "市有关部门", "PARTICIPANT"],
    ]);
  });

  it("read the cities' governments and departments that open a sentence (各设区市…, 各市(州)…委)", () => {
    expect(measures("(一)落实资金保障。各设区市人民政府要将建设资金纳入本级预算。")).toEqual([
      ["落实资金保障", "各设区市人民政府", "LEAD"],
    ]);
    expect(measures("(一)做好监测评估。各市(州)卫生健康委每半年报送一次工作进展。")).toEqual([
      ["做好监测评估", "各市(州)卫生健康委", "LEAD"],
    ]);
  });

  it("read 由A承担 and 由A牵头 with every street's office among those who take part", () => {
    expect(measures("(一)加强统筹调度。成立工作专班,由市工信局承担专班日常工作。")).toEqual([
      ["加强统筹调度", "青峰市工信局", "LEAD"],
    ]);
    expect(measures("(一)打造产业园。盘活楼宇资源。由市商务局牵头,市工信局、各街道办事处配合。")).toEqual([
      ["打造产业园", "青峰市商务局", "LEAD"],
      ["打造产业园", "青峰市工信局", "PARTICIPANT"],
      ["打造产业园", "各街道办事处", "PARTICIPANT"],
    ]);
  });
});

describe("entity names", () => {
  const task = (sentence: string) => ["青峰市智能产业行动方案", "一、重点任务", `1.推进建设。${sentence}`];

  it("start after a verb before their place (`建设运营青峰…平台`), and a national designation the dictionary holds in few words is whole", () => {
    expect(entities(task("支持企业建设运营青峰数据要素流通服务平台,提供交易撮合服务。"))).toEqual([
      "青峰数据要素流通服务平台",
    ]);
    expect(entities(task("依托龙头企业建设国家人形机器人中试验证平台,提供测试服务。"))).toEqual([
      "国家人形机器人中试验证平台",
    ]);
  });

  it("of institutes and of universities opening with their place are whole, in a list after 与", () => {
    expect(entities(task("支持紫金智能计算研究院建设博士后工作站。"))).toEqual(["紫金智能计算研究院"]);
    expect(entities(task("支持企业与南京邮电大学、河海大学等高校共建产业学院。"))).toEqual([
      "南京邮电大学",
      "河海大学",
    ]);
  });

  it("hold a field's compound the dictionary files as an idiom (`数据交换`), after 全国", () => {
    expect(entities(task("建设全国港航数据交换平台,统一数据接口标准。"))).toEqual(["全国港航数据交换平台"]);
  });

  it("end in the heads of centres that run a city or certify", () => {
    expect(entities(task("升级青峰市城市运行管理中心,建设青峰智能网联汽车检测认证中心。"))).toEqual([
      "青峰市城市运行管理中心",
      "青峰智能网联汽车检测认证中心",
    ]);
  });
});

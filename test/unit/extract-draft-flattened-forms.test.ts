// Forms two more blind held-out sets (heldout11 and heldout12) found unread: a metadata grid labelled
// 信息名称/文件编号, a single year's plan whose title holds `5G`, a goals part under 总体要求 with `——`
// lines, a draft for comment named only in its attachment line, a body flattened to one line among
// lines of page furniture, `(18)` items whose subject is their unit, a section heading closed by 。.
// All text is invented.
import { describe, expect, it } from "vitest";
import {
  noticeWithPlan as plan,
  extractLines as read,
  readLines,
  unitTriples as units,
} from "../helpers/extract-read.js";

const targets = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => n.label === "Target")
    .map((n) => [n.props.value, n.props.unit, n.props.comparator, n.props.deadlineYear]);

const items = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => ["Action", "Task", "Measure"].includes(n.label))
    .map((n) => [n.label, n.props.name]);

describe("a metadata grid labelled 信息名称 and 文件编号", () => {
  it("is furniture: the 文号 comes from 文件编号 and the issuers from the notice's own lines", () => {
    const { doc, issued } = readLines([
      "您当前的位置:首页 >> 政务公开 >> 通知公告",
      "信息名称:关于印发《青川省智慧文博行动方案》的通知",
      "索 引 号:000000/2026-00001",
      "法定主动公开分类:其他  公开方式:主动公开",
      "文件编号:青文发〔2026〕9号  发布机构:省文化厅",
      "内容概述:关于印发《青川省智慧文博行动方案》的通知",
      "",
      "青川省文化厅 青川省科学技术厅",
      "关于印发《青川省智慧文博行动方案》的通知",
      "各市文化局:",
      "现将《青川省智慧文博行动方案》印发给你们,请认真实施。",
      "青川省文化厅  青川省科学技术厅",
      "2026年4月2日",
      "青川省智慧文博行动方案",
      "一、建设文博数据中心。整合馆藏数据。",
    ]);
    expect(doc.name).toBe("青川省智慧文博行动方案");
    expect(doc.docNumber).toBe("青文发〔2026〕9号");
    expect(issued.map(([name]) => name)).toEqual(["青川省文化厅", "青川省科学技术厅"]);
  });
});

describe("goals", () => {
  it("of a single year's plan whose title holds letters and digits (`2026年5G…工作要点`) are that year's", () => {
    const doc = [
      "青峰市2026年5G和算力设施建设工作要点",
      "一、加快网络覆盖",
      "1.新建5G基站3000个以上,推进光纤到户改造。",
      "2.实施千兆提速工程,新增千兆宽带用户10万户。",
    ];
    expect(targets(doc)).toEqual([
      [3000, "个", "AT_LEAST", 2026],
      [10, "万户", "EXACTLY", 2026],
    ]);
  });

  it("in a goals part under 总体要求 take the deadline of the paragraph above their `——` lines", () => {
    const doc = [
      "青峰市数据安全产业行动计划(2026—2028年)",
      "一、总体要求",
      "(一)指导思想",
      "以融合发展为主线,推动产业升级。",
      "(二)行动目标",
      "到2028年,产业融合发展格局基本形成。",
      "——产业规模稳步扩大。产业规模超过450亿元。",
      "——企业梯队加快形成。培育骨干企业20家以上。",
      "二、重点任务",
      "(一)突破关键技术。支持企业联合攻关,形成解决方案10项。",
    ];
    expect(targets(doc)).toEqual([
      [450, "亿元", "OVER", 2028],
      [20, "家", "AT_LEAST", 2028],
    ]);
  });
});

describe("a draft for comment", () => {
  it("is titled by its attachment line when it stands on its own line further on, without the draft mark", () => {
    const { doc } = readLines([
      "各有关单位:",
      "我局起草了《青峰市物流数字化实施方案(2026—2028年)》(征求意见稿),欢迎提出意见建议。",
      "附件:青峰市物流数字化实施方案(2026—2028年)(征求意见稿)",
      "青峰市工业和信息化局",
      "2026年4月8日",
      "附件:",
      "青峰市物流数字化实施方案(2026—2028年)",
      "(征求意见稿)",
      "为推动物流数字化,制定本方案。",
      "一、建设物流数据平台。整合运单数据。",
    ]);
    expect(doc.name).toBe("青峰市物流数字化实施方案(2026—2028年)");
  });

  it("leaves a table named in an attachment line to the title found above it", () => {
    const { doc } = readLines([
      "青峰市智能制造行动计划",
      "一、建设智能工厂。支持企业改造。",
      "附件:重点任务分工表",
      "重点任务分工表",
      "序号\t重点任务\t牵头单位",
      "1\t建设智能工厂\t市工业和信息化局",
    ]);
    expect(doc.name).toBe("青峰市智能制造行动计划");
  });
});

describe("a body flattened to one line among lines of page furniture", () => {
  it("is broken into its paragraphs, so its sections and tasks are read", () => {
    const body = [
      "青峰市人民政府办公室关于印发《青峰市城市大脑行动计划》的通知",
      "青峰市府办发〔2026〕3号",
      "各区人民政府,市直各单位:",
      "《青峰市城市大脑行动计划》已经市政府同意,现印发给你们,请认真贯彻落实。",
      "青峰市人民政府办公室 2026年5月16日",
      "青峰市城市大脑行动计划",
      "为推进城市治理数字化,结合我市实际,制定本行动计划。",
      "一、建设目标 到2028年,接入城市大脑的应用场景超过200个,城市事件智能发现率达到90%。",
      "二、重点任务 (一)构建城市智能中枢。",
      "1.升级数字底座。整合政务云和视频资源,建设城市大脑中枢平台。(市大数据局牵头,市财政局配合)",
      "2.建设运行大模型。建立模型安全评估机制。(市大数据局负责)",
      "(二)深化场景应用。",
      "3.推进交通治理。建设信号灯智能配时系统,覆盖路口500个以上,推动公交、出租和网约车数据接入城市大脑。(市公安局牵头)",
      "4.推进基层治理。建设基层事件智能分拨系统,实现事件自动发现、自动派单和闭环处置。(市委政法委牵头,各区人民政府配合)",
      "三、保障措施 (一)加强组织领导。建立城市大脑建设工作专班,统筹推进各项任务。(市大数据局负责)",
    ].join(" ");
    const doc = [
      "青峰市人民政府门户网站",
      "首页 > 政务公开 > 政策文件",
      body,
      "【打印本页】 【关闭窗口】",
      "主办:青峰市人民政府办公室",
    ];
    expect(items(doc).sort()).toEqual([
      ["Action", "构建城市智能中枢"],
      ["Action", "深化场景应用"],
      ["Measure", "加强组织领导"],
      ["Task", "升级数字底座"],
      ["Task", "建设运行大模型"],
      ["Task", "推进交通治理"],
      ["Task", "推进基层治理"],
    ]);
    expect(units(doc)).toContainEqual(["升级数字底座", "青峰市大数据局", "LEAD"]);
  });
});

describe("measures numbered (18)", () => {
  const doc = plan("青峰市青川区人民政府办公室", [
    "一、鼓励建设孵化器。",
    "(1)对新认定的孵化器给予建设补助,单家不超过60万元。",
    "二、组织实施。",
    "(2)区科学技术局牵头,区财政局、区市场监督管理局按职责做好孵化器认定工作。",
    "(3)本措施由区科学技术局负责解释。",
  ]);

  it("take the subject of their sentence as their unit, and a section heading keeps no closing 。", () => {
    expect(items(doc)[0]).toEqual(["Action", "鼓励建设孵化器"]);
    expect(units(doc).map(([, unit, role]) => [unit, role])).toEqual([
      ["青峰市青川区科学技术局", "LEAD"],
      ["青峰市青川区财政局", "PARTICIPANT"],
      ["青峰市青川区市场监督管理局", "PARTICIPANT"],
      ["青峰市青川区科学技术局", "LEAD"],
    ]);
  });
});

describe("a national opinion", () => {
  it("whose note says the first-listed department leads gives every later `(甲、乙负责)` list a lead", () => {
    const doc = plan("国务院办公厅", [
      "一、重点任务",
      "(一)加快模型研发。支持联合攻关。(科技部、工业和信息化部负责。排在第一位的部门为牵头部门,下同)",
      "(二)攻关工业软件。实施揭榜挂帅。(工业和信息化部、科技部、国家发展改革委负责)",
    ]);
    expect(units(doc).map(([item, unit, role]) => [item, unit, role])).toEqual([
      ["加快模型研发", "科技部", "LEAD"],
      ["加快模型研发", "中华人民共和国工业和信息化部", "PARTICIPANT"],
      ["攻关工业软件", "中华人民共和国工业和信息化部", "LEAD"],
      ["攻关工业软件", "科技部", "PARTICIPANT"],
      ["攻关工业软件", "国家发展改革委", "PARTICIPANT"],
    ]);
  });

  it("copied under a news page's headline and byline is titled by its own title line", () => {
    const { doc } = readLines([
      "国办关于《推进智能制造》的意见",
      "2026-06-18 来源:某某网 作者:某某",
      "国务院办公厅关于推进智能制造的意见",
      "国办发〔2026〕19号",
      "各省、自治区、直辖市人民政府:",
      "一、加快智能工厂建设。支持企业改造。",
    ]);
    expect(doc.name).toBe("国务院办公厅关于推进智能制造的意见");
    expect(doc.docNumber).toBe("国办发〔2026〕19号");
  });
});

describe("articles of a national guideline", () => {
  const doc = [
    "科技伦理审查指引",
    "第一条 科学技术部会同工业和信息化部、国家互联网信息办公室统筹指导伦理审查工作。",
    "第二条 省级科技行政部门负责本行政区域内伦理审查工作的监督指导。",
    "第三条 到2027年,重点研发单位伦理委员会设立率达到100%,培训审查人员不少于5000人次。",
    "第四条 本指引由科学技术部负责解释。",
  ];

  it("take a ministry, a national office or a provincial department as the subject that leads", () => {
    expect(units(doc).map(([, unit, role]) => [unit, role])).toEqual([
      ["科学技术部", "LEAD"],
      ["中华人民共和国工业和信息化部", "PARTICIPANT"],
      ["国家互联网信息办公室", "PARTICIPANT"],
      ["省级科技行政部门", "LEAD"],
      ["科学技术部", "LEAD"],
    ]);
  });

  it("set goals in an article that opens with its deadline", () => {
    expect(targets(doc)).toEqual([
      [100, "%", "EXACTLY", 2027],
      [5000, "人次", "AT_LEAST", 2027],
    ]);
  });
});

describe("a tab table whose cells wrap onto lines set in by tabs", () => {
  it("carries each word on in the column its tabs put it in, a body's kind finishing the place above", () => {
    const doc = plan("青川省卫生健康委员会", [
      "一、重点任务",
      "(一)建设监管平台。整合数据。",
      "附件",
      "重点任务分工表",
      "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
      "1\t建设省级互联网医院监\t省卫生健康委\t省数据局、省经信\t2026年底",
      "\t管平台\t\t厅",
      "2\t完善处方流转和药品配\t省卫生健康委\t省医保局，各县市区",
      "\t送\t\t政府（管委会）\t\t2026年底",
    ]);
    expect(units(doc).filter(([item]) => item !== "建设监管平台")).toEqual([
      ["建设省级互联网医院监管平台", "青川省卫生健康委", "LEAD"],
      ["建设省级互联网医院监管平台", "青川省数据局", "PARTICIPANT"],
      ["建设省级互联网医院监管平台", "青川省经信厅", "PARTICIPANT"],
      ["完善处方流转和药品配送", "青川省卫生健康委", "LEAD"],
      ["完善处方流转和药品配送", "青川省医保局", "PARTICIPANT"],
      ["完善处方流转和药品配送", "各县市区人民政府(管委会)", "PARTICIPANT"],
    ]);
  });
});

describe("entities", () => {
  const entities = (lines: string[]) =>
    read(plan("青峰市人民政府办公室", ["一、重点任务", ...lines]))
      .nodes.filter((n) => ["Organization", "Platform", "Zone"].includes(n.label))
      .map((n) => [n.label, n.props.name])
      .sort();

  it("a name opened by a place after a verb or a mark may hold verbs (`滁州封装测试产业园`), never an action or a modal", () => {
    expect(
      entities([
        "(一)推动集聚。支持合肥芯谷产业园、滁州封装测试产业园特色化发展。",
        "(二)建设平台。依托浙江省电子处方流转平台推进处方共享。",
        "(三)完善调度。城西智算中心应当接入青峰市算力统一调度平台。",
        "(四)加强监管。由检测公司负责运行无锡市智能网联汽车监管服务平台,推动潍坊智能装备数字化示范园建设。",
      ]),
    ).toEqual([
      ["Platform", "城西智算中心"],
      ["Platform", "无锡市智能网联汽车监管服务平台"],
      ["Platform", "浙江省电子处方流转平台"],
      ["Platform", "青峰市算力统一调度平台"],
      ["Zone", "合肥芯谷产业园"],
      ["Zone", "滁州封装测试产业园"],
      ["Zone", "潍坊智能装备数字化示范园"],
    ]);
  });

  it("a name an existing thing's verb governs may hold an action after its object (`农田建设`), or open with two provinces", () => {
    expect(
      entities([
        "(一)强化监管。依托河南省农田建设综合监管平台开展巡查,依托烟台市重点用能权交易服务平台开展交易。",
        "(二)支持出海。建设川渝游戏出海综合服务平台。",
        // Not after `在` (a clause's place), and not over a thing that is a name of its own: the platform alone.
        "(三)完善设施。在广东省农村建设数字服务平台,依托洛川县职业教育中心建设直播电商实训基地。",
        "(四)推进虚拟电厂。推动电网企业负荷管理系统建设青峰市电力运营管理平台。",
      ]),
    ).toEqual([
      ["Platform", "川渝游戏出海综合服务平台"],
      ["Platform", "河南省农田建设综合监管平台"],
      ["Platform", "烟台市重点用能权交易服务平台"],
      ["Platform", "青峰市电力运营管理平台"],
    ]);
  });

  it("a place's kind of thing a title is about, or one counted after a verb of reaching, is no name", () => {
    expect(
      entities([
        "(一)完善制度。修订《青峰市互联网医院管理办法》,落实《广东省工业互联网平台赋能产业链协同行动方案》。",
        "(二)建设基地。到2027年,国家骨干冷链物流基地达到8个。依托青峰市工业互联网平台开展协同。",
      ]),
    ).toEqual([["Platform", "青峰市工业互联网平台"]]);
  });

  it("a kind of centre named by words of the field jieba reads as names is none (`智慧/nr 养老/nr`)", () => {
    expect(
      entities([
        "(一)建设平台。建设县级智慧养老服务平台,改造居家养老服务中心,支持老年大学开设课程。",
        "(二)拓展市场。鼓励企业在海外电商平台开设店铺。",
      ]),
    ).toEqual([]);
  });

  it("a development zone is one where the text names it as a place, not only in its committee's name", () => {
    expect(
      entities([
        "(一)开展试点。在洛阳高新区、青峰经开区开展5G-A试点。(责任单位:洛阳高新区管委会)",
        "(二)完善配套。(责任单位:临川高新区、临川经开区管委会,浦东新区人民政府)",
        "(三)推进浦东新区建设。",
      ]),
    ).toEqual([
      ["Zone", "洛阳高新区"],
      ["Zone", "青峰经开区"],
    ]);
  });
});

describe("goals of a yearly edition reported by a news page", () => {
  const doc = [
    "日前,青峰县人民政府印发若干政策举措的通知。",
    "文件指出,2026年力争全县网络零售额突破420亿元。",
    "文件详情如下:",
    "青峰县人民政府关于印发若干政策举措(2026年版)的通知",
    "青峰县人民政府",
    "2026年3月28日",
    "若干政策举措",
    "(2026年版)",
    "一、培育数字消费新场景",
    "2026年,力争全县网络零售额突破420亿元。2025年,全县网络零售额为380亿元。",
    "(一)支持直播电商。对年直播销售额首次突破1亿元的企业,给予20万元奖励。全年发放数字消费券2000万元。全年培育直播电商企业10家。",
  ];

  it("are that year's, read once below the news lead, without thresholds of support, money given or last year's figures", () => {
    expect(targets(doc)).toEqual([
      [420, "亿元", "OVER", 2026],
      [10, "家", "EXACTLY", 2026],
    ]);
  });
});

describe("a goals section", () => {
  it("states no goal in a sentence that says where things stood, but in its clause that opens with a deadline", () => {
    const doc = [
      "青峰市金融科技发展行动计划(2026—2028年)",
      "一、发展目标",
      "到2028年,全市金融科技企业超过300家。2025年,全市金融科技企业为186家。2024年,农产品网络零售额已达到32亿元。",
      "截至2025年底,全市已建成5G基站1万个,到2028年达到2万个。",
      "二、重点任务",
      "(一)培育企业。支持企业发展。",
    ];
    expect(targets(doc)).toEqual([
      [300, "家", "OVER", 2028],
      [2, "万个", "EXACTLY", 2028],
    ]);
  });
});

describe("the standard parts of a plan", () => {
  it("are no items, with a year in front or two named together, and so are the parts under a 总体情况", () => {
    const doc = [
      "青峰市2026年数字政府建设工作要点",
      "一、总体情况",
      "(一)发展现状。全市已建成一体化平台。",
      "(二)面临形势。数据共享仍有短板。",
      "二、工作目标和思路",
      "(一)总体目标。全年建成数据中台。",
      "(二)工作思路。坚持统筹推进。",
      "三、2026年重点工作任务",
      "(一)建设数据中台。整合政务数据。(责任单位:市数据局)",
    ];
    expect(items(doc)).toEqual([["Task", "建设数据中台"]]);
  });
});

describe("a task whose words name who does the work", () => {
  it("reads 由A按季度受理…,会同B…, an office that works 会同 others, 由A依法处理, and a …部门 whole", () => {
    const doc = plan("青峰市青川区人民政府办公室", [
      "一、重点任务",
      "(一)支持创业。对在我区注册的创业企业给予补贴,由区人力资源和社会保障局按季度受理申请,会同区财政局拨付资金。",
      "(二)组织评审。联席小组办公室设在区工业和信息化局,按月受理申请,会同区公安局、区交通运输局组织评审。",
      "(三)依法处置。发生交通事故的,由区公安局依法处理。",
      "(四)宣传推广。各县市区数据管理部门负责本地宣传。",
    ]);
    expect(units(doc).map(([item, unit, role]) => [item, unit, role])).toEqual([
      ["支持创业", "青峰市青川区人力资源和社会保障局", "LEAD"],
      ["支持创业", "青峰市青川区财政局", "PARTICIPANT"],
      ["组织评审", "青峰市青川区工业和信息化局", "LEAD"],
      ["组织评审", "青峰市青川区公安局", "PARTICIPANT"],
      ["组织评审", "青峰市青川区交通运输局", "PARTICIPANT"],
      ["依法处置", "青峰市青川区公安局", "LEAD"],
      ["宣传推广", "各县市区数据管理部门", "LEAD"],
    ]);
  });
});

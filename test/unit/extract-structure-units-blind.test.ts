// Forms six more blind held-out sets (heldout16–21) found unread in a document's structure and units: a
// task table copied one cell a line, sections closed by a 责任单位 line, (1) tasks under 1./(一) headings,
// bare, dashed and bracketed unit lists, the page's links under the document, a zone's own 部, a notice
// line wrapped inside its title, a national body's 司, two documents in one notice, prose responsibility
// later in a sentence, and page copies' artefacts. Goals and names are in extract-goals-names-blind.test.ts.
// All text is invented.
import { describe, expect, it } from "vitest";
import { extractLines as read, readLines, unitTriples as units } from "../helpers/extract-read.js";

const items = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => ["Action", "Task", "Measure"].includes(n.label))
    .map((n) => [n.label, n.props.name]);

const targets = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => n.label === "Target")
    .map((n) => [n.props.value, n.props.unit, n.props.comparator, n.props.deadlineYear, n.props.metric]);

describe("a task table copied one cell a line", () => {
  const plan = [
    "青川省智能制造赋能工作方案",
    "一、重点任务",
    "表:重点任务清单",
    "序号 |",
    "任务 |",
    "牵头单位 |",
    "配合单位 |",
    "完成时限 |",
    "1 |",
    "建设行业大模型。支持链主企业联合高校院所,围绕装备制造等",
    "行业,打造8个以上行业大模型。 |",
    "省工业和信息化厅 |",
    "省科技厅、省数据局 |",
    "2032年12月 |",
    "2 |",
    "建设工业数据空间。建设重点产业链数据空间。 |",
    "省数据局 |",
    "|",
    "2032年6月 |",
    "二、保障措施",
    "(一)加强统筹调度。省工业和信息化厅建立工作专班。",
  ];

  it("reads each row as a task with its lead and participating units, its wrapped cell whole", () => {
    expect(items(plan)).toEqual([
      ["Task", "建设行业大模型"],
      ["Task", "建设工业数据空间"],
      ["Measure", "加强统筹调度"],
    ]);
    expect(units(plan)).toEqual([
      ["建设行业大模型", "省工业和信息化厅", "LEAD"],
      ["建设行业大模型", "省科技厅", "PARTICIPANT"],
      ["建设行业大模型", "省数据局", "PARTICIPANT"],
      ["建设工业数据空间", "省数据局", "LEAD"],
      ["加强统筹调度", "省工业和信息化厅", "LEAD"],
    ]);
    expect(targets(plan)).toEqual([[8, "个", "AT_LEAST", 2032, "行业大模型"]]);
  });

  it("is no table when its short lines name no task and unit columns", () => {
    expect(items(["青川省智能方案", "一、重点任务", "序号 |", "名称 |", "备注 |", "1 |", "甲 |", "乙 |"])).toEqual([]);
  });
});

describe("a section over prose closed by a 责任单位 line", () => {
  const opinion = [
    "关于加快培育数据要素市场的实施意见",
    "一、总体要求",
    "坚持统筹发展和安全。",
    "二、提升数据资源供给质量",
    "推进公共数据按需归集,建立全省统一的公共数据资源目录。",
    "责任单位:省数据局、省发展改革委,各市州人民政府",
    "三、推动重点行业应用",
    "聚焦工程机械等领域,遴选发布典型场景。",
    "责任单位:省工业和信息化厅、省农业农村厅等按职责分工负责",
  ];

  it("is a task of its heading, the list's first leading, and `…等按职责分工负责` shares the work", () => {
    expect(items(opinion)).toEqual([
      ["Task", "提升数据资源供给质量"],
      ["Task", "推动重点行业应用"],
    ]);
    expect(units(opinion).map(([item, , role]) => [item, role])).toEqual([
      ["提升数据资源供给质量", "LEAD"],
      ["提升数据资源供给质量", "PARTICIPANT"],
      ["提升数据资源供给质量", "PARTICIPANT"],
      ["推动重点行业应用", "JOINT"],
      ["推动重点行业应用", "JOINT"],
    ]);
  });

  it("is no task when no units line closes it (a part heading over prose stays a part)", () => {
    expect(
      items([
        "关于加快发展数据产业的实施意见",
        "一、总体要求",
        "坚持统筹发展和安全。",
        "二、发展环境",
        "当前数据要素市场加快发展。",
      ]),
    ).toEqual([]);
  });
});

describe("(1) tasks under headings alone", () => {
  it("make `1.` and `(一)` headings with no sentence of their own actions", () => {
    expect(
      items([
        "青峰县若干措施",
        "1.搭建承接载体平台",
        "(1)建设协同创新园。规划建设创新园。",
        "(2)共建中试平台。共建中试基地。",
        "2.强化企业引育",
        "(3)精准招引企业。绘制招商图谱。",
      ]),
    ).toEqual([
      ["Action", "搭建承接载体平台"],
      ["Action", "强化企业引育"],
      ["Task", "建设协同创新园"],
      ["Task", "共建中试平台"],
      ["Task", "精准招引企业"],
    ]);
    expect(
      items([
        "青峰区工作方案",
        "一、重点任务",
        "(一)集聚产业主体",
        "(1)引进龙头企业。引进一批龙头企业。",
        "(2)建设产业园。建设低空经济产业园。",
      ]).map(([label]) => label),
    ).toEqual(["Action", "Task", "Task"]);
  });

  it("leaves a numbered task with a sentence of its own whole, its (1) points inside it", () => {
    expect(items(["青峰县若干措施", "1.支持企业研发。对企业给予支持:", "(1)研发投入补助;", "(2)首台套奖励。"])).toEqual(
      [["Task", "支持企业研发"]],
    );
  });
});

describe("a parenthesis of departments alone closing an item", () => {
  it("is a 责任单位 list, its first leading; an aside naming places or firms is none", () => {
    const plan = [
      "青峰区低空经济工作方案",
      "一、重点任务",
      "(排名第一的为牵头单位,下同)",
      "(一)建设产业园。完善研发、试飞配套。(区发展改革局、区工业和信息化局,各街道办事处)",
      "(二)开展试点。在试点地区开展配送(天河区、黄埔区)。",
    ];
    expect(units(plan)).toEqual([
      ["建设产业园", "区发展改革局", "LEAD"],
      ["建设产业园", "区工业和信息化局", "PARTICIPANT"],
      ["建设产业园", "各街道办事处", "PARTICIPANT"],
    ]);
  });
});

describe("the page's links and buttons under the document", () => {
  it("are no words of its last item, whose closing units are read", () => {
    expect(
      units([
        "青峰区低空经济工作方案",
        "一、保障措施",
        "(一)守牢安全底线。建立健全应急处置机制。(区应急管理局,各街道办事处)",
        "",
        "相关解读:图解《青峰区低空经济工作方案》",
        "扫一扫在手机打开当前页",
        "【打印本页】 【关闭窗口】",
      ]),
    ).toEqual([
      ["守牢安全底线", "区应急管理局", "LEAD"],
      ["守牢安全底线", "各街道办事处", "PARTICIPANT"],
    ]);
  });
});

describe("a zone's own departments named `X部`", () => {
  it("are the zone's, while a ministry named bare stays central", () => {
    const { units: read } = readLines([
      "青峰高新区管委会办公室关于印发《青峰高新区2031年人工智能工作要点》的通知",
      "各部门:",
      "现将《青峰高新区2031年人工智能工作要点》印发给你们。",
      "青峰高新区2031年人工智能工作要点",
      "一、加快园区建设",
      "1.建设人工智能产业园。加快产业园二期建设。",
      "牵头部门:建设管理部　　配合部门:科技经济部、科技部",
    ]);
    expect(read).toEqual([
      ["青峰高新区建设管理部", "DISTRICT", "LEAD"],
      ["青峰高新区科技经济部", "DISTRICT", "PARTICIPANT"],
      ["科技部", "NATIONAL", "PARTICIPANT"],
    ]);
  });
});

describe("a national notice", () => {
  const notice = [
    "国家卫生健康委办公厅关于印发人工智能辅助",
    "诊疗应用试点工作方案的通知",
    "",
    "国卫办医政函〔2031〕187号",
    "",
    "各省、自治区、直辖市卫生健康委:",
    "    现将人工智能辅助诊疗应用试点工作方案印发给你们。",
    "                                    国家卫生健康委办公厅",
    "                                      2031年7月18日",
    "附件",
    "人工智能辅助诊疗应用试点工作方案",
    "一、组织实施",
    "(一)加强组织领导。国家卫生健康委医政司会同规划发展与信息化司负责试点工作统筹协调。",
    "(二)强化技术支撑。国家卫生健康委医院管理研究所负责组建专家组。",
  ];

  it("wrapped inside its title is titled by the plan it issues", () => {
    expect(readLines(notice).doc.name).toBe("人工智能辅助诊疗应用试点工作方案");
  });

  it("names its own 司 and 研究所 after the ministry, and a bare 司 is the signing office's ministry's", () => {
    expect(readLines(notice).units).toEqual([
      ["国家卫生健康委医政司", "NATIONAL", "LEAD"],
      ["国家卫生健康委规划发展与信息化司", "NATIONAL", "PARTICIPANT"],
      ["国家卫生健康委医院管理研究所", "NATIONAL", "LEAD"],
    ]);
  });
});

describe("a table of scenes", () => {
  it("names each row's task by its 场景名称 column", () => {
    const plan = [
      "青峰市人工智能若干政策",
      "一、支持场景开放",
      "(一)开放应用场景。每年发布场景清单。",
      "附件1",
      "序号\t场景名称\t牵头单位\t完成时限",
      "1\t城市交通信号智能优化\t市公安局\t2031年12月",
      "2\t基层医疗辅助诊断\t市卫生健康委\t2031年10月",
    ];
    expect(items(plan).filter(([label]) => label === "Task")).toEqual([
      ["Task", "开放应用场景"],
      ["Task", "城市交通信号智能优化"],
      ["Task", "基层医疗辅助诊断"],
    ]);
    expect(units(plan)).toEqual([
      ["城市交通信号智能优化", "市公安局", "LEAD"],
      ["基层医疗辅助诊断", "市卫生健康委", "LEAD"],
    ]);
  });
});

describe("a notice issuing two documents named without 《》", () => {
  const notice = [
    "青峰市人民政府办公室关于印发青峰市城市大脑建设三年行动计划(2031—2033年)和青峰市应用场景开放管理办法的通知",
    "锡政办发〔2031〕17号",
    "各区人民政府,市各委办局:",
    "    《青峰市城市大脑建设三年行动计划(2031—2033年)》和《青峰市应用场景开放管理办法》已经市人民政府同意,现印发给你们,请认真贯彻执行。",
    "    一、压实建设责任。市大数据管理局要细化年度任务清单。",
    "青峰市人民政府办公室",
    "2031年3月18日",
    "青峰市城市大脑建设三年行动计划",
    "(2031—2033年)",
    "一、重点任务",
    "1.建设城市大脑中枢平台。升级中枢平台。",
    "二、保障措施",
    "(一)加强组织领导。市城市大脑建设领导小组统筹推进。",
    "青峰市应用场景开放管理办法",
    "第一条 为规范应用场景开放工作,制定本办法。",
    "第二条 市大数据管理局负责场景开放的统筹协调,会同市工业和信息化局定期发布场景需求清单。",
  ];

  it("is titled by the first, cites neither, and reads the second's articles as its items", () => {
    const g = read(notice);
    const doc = g.nodes.find((n) => n.id === g.documentId)!;
    expect(doc.props.name).toBe("青峰市城市大脑建设三年行动计划(2031—2033年)");
    expect(g.relationships.filter((r) => r.type === "IMPLEMENTS")).toEqual([]);
    expect(items(notice).slice(-2)).toEqual([
      ["Task", "为规范应用场景开放工作,制定本办法"],
      ["Task", "市大数据管理局负责场景开放的统筹协调,会同市工业和信息化局定期发布场景需求清单"],
    ]);
    expect(
      units(notice)
        .slice(-2)
        .map(([, unit, role]) => [unit, role]),
    ).toEqual([
      ["青峰市大数据管理局", "LEAD"],
      ["青峰市工业和信息化局", "PARTICIPANT"],
    ]);
  });
});

describe("responsibility written in an article's prose", () => {
  const article = (body: string) => [
    "青峰市人形机器人产业若干措施",
    "第一条 为加快产业发展,制定本措施。",
    `第二条 ${body}`,
  ];

  it("reads a lead later in the sentence and those who help after it", () => {
    expect(
      units(
        article(
          "突破核心零部件。围绕关节模组等方向,市科技局牵头组织揭榜挂帅项目;市经济和信息化局、市财政局按职责做好配合。",
        ),
      ),
    ).toEqual([
      ["突破核心零部件", "市科技局", "LEAD"],
      ["突破核心零部件", "市经济和信息化局", "PARTICIPANT"],
      ["突破核心零部件", "市财政局", "PARTICIPANT"],
    ]);
  });

  it("reads participants after ; in the lead's own sentence, a collective with a bracketed 、 whole", () => {
    expect(
      units(
        article("开放应用场景。市经济和信息化局每年发布场景清单;各区(县、市)人民政府、市级有关部门按职责开放场景。"),
      ).map(([, unit, role]) => [unit, role]),
    ).toEqual([
      ["市经济和信息化局", "LEAD"],
      ["各区(县、市)人民政府", "PARTICIPANT"],
      ["市级有关部门", "PARTICIPANT"],
    ]);
  });

  it("reads two departments leading together, and 由A牵头、B参与", () => {
    expect(
      units(article("加强组织领导。市水利局、市气象局牵头建立工作机制,市级有关部门按职责做好协同。")).map(
        ([, u, r]) => [u, r],
      ),
    ).toEqual([
      ["市水利局", "LEAD"],
      ["市气象局", "LEAD"],
      ["市级有关部门", "PARTICIPANT"],
    ]);
    expect(
      units(article("加强统筹。建立由市文化和旅游局牵头、市直有关部门参与的工作专班。")).map(([, u, r]) => [u, r]),
    ).toEqual([
      ["市文化和旅游局", "LEAD"],
      ["市直有关部门", "PARTICIPANT"],
    ]);
  });

  it("reads the department that opens an article's first sentence, with a ministry's own bureau whole", () => {
    expect(units(article("司法部建设全国法律服务平台,统一汇聚法律法规。")).map(([, u, r]) => [u, r])).toEqual([
      ["司法部", "LEAD"],
    ]);
    expect(
      units(article("司法部公共法律服务管理局会同司法部信息中心组织开展应用质量评价。")).map(([, u, r]) => [u, r]),
    ).toEqual([
      ["司法部公共法律服务管理局", "LEAD"],
      ["司法部信息中心", "PARTICIPANT"],
    ]);
  });

  it("reads departments sharing the work by their duties, with no lead, as JOINT", () => {
    expect(
      units(article("加强安全治理。建立伦理审查机制。市委网信办、市科技局按职责分工负责。")).map(([, , role]) => role),
    ).toEqual(["JOINT", "JOINT"]);
  });
});

describe("page copies", () => {
  it("read a `?` left for a lost space after 第一条 as that space", () => {
    expect(
      items(["青峰高新区专项资金管理暂行办法", "第一章 ?总　则", "第一条?为加快培育开源生态,制定本办法。"]),
    ).toEqual([["Task", "为加快培育开源生态,制定本办法"]]);
  });

  it("read emoji before a repost's headings as spaces", () => {
    expect(
      items([
        "🔥青峰市促进生成式人工智能产业发展若干措施",
        "💡一、强化算力供给",
        "1.发放算力券。对租用算力的企业给予补助。",
      ]),
    ).toEqual([
      ["Action", "强化算力供给"],
      ["Task", "发放算力券"],
    ]);
  });

  it("leave a page's date and source, or its empty cells, off the notice line", () => {
    for (const tail of [" | 发布日期:2031-03-04 | 来源:市经济信息化委", " | ||||||||"])
      expect(
        readLines([
          `青峰市人民政府办公厅关于印发青峰市智慧水利实施方案的通知${tail}`,
          "青政办发〔2031〕19号",
          "各区人民政府:",
          "现将《青峰市智慧水利实施方案》印发给你们。",
          "青峰市智慧水利实施方案",
          "一、重点任务",
          "(一)建设感知网。布设水位计。",
        ]).issued,
      ).toEqual([["青峰市人民政府办公厅", "MUNICIPAL", "ISSUER"]]);
  });
});

describe("unit lists in other forms", () => {
  it("read a dashed line under an item, its first leading", () => {
    expect(
      units([
        "青峰市智慧水利实施方案",
        "一、重点任务",
        "(一)建设全域感知网。布设智能水位计。",
        "——市水利局、市气象局、各区(县、市)人民政府",
      ]),
    ).toEqual([
      ["建设全域感知网", "市水利局", "LEAD"],
      ["建设全域感知网", "市气象局", "PARTICIPANT"],
      ["建设全域感知网", "各区(县、市)人民政府", "PARTICIPANT"],
    ]);
  });

  it("read 【牵头单位】 and 【责任单位】 labels in brackets", () => {
    expect(
      units([
        "青川省金融风险监测工作方案",
        "一、重点任务",
        "(一)建设智能监管平台。整合监管数据。",
        "【牵头单位】省地方金融管理局",
        "【责任单位】省政务服务和数据管理局",
      ]),
    ).toEqual([
      ["建设智能监管平台", "省地方金融管理局", "LEAD"],
      ["建设智能监管平台", "省政务服务和数据管理局", "PARTICIPANT"],
    ]);
  });

  it("read a ministry's bare 司 in brackets, and an industrial park's own 园区…局", () => {
    expect(
      readLines([
        "国家数据局综合司关于印发《2031年数据集工作要点》的通知",
        "局机关各司:",
        "现将《2031年数据集工作要点》印发给你们。",
        "2031年数据集工作要点",
        "一、重点任务",
        "(一)加快公共数据开放。编制开放目录。(数据资源司负责)",
      ]).units,
    ).toEqual([["国家数据局数据资源司", "NATIONAL", "LEAD"]]);
    expect(
      units([
        "苏州工业园区管理委员会关于印发《苏州工业园区监管科技实施细则》的通知",
        "各部门:",
        "现将《苏州工业园区监管科技实施细则》印发给你们。",
        "苏州工业园区监管科技实施细则",
        "第一条 为支持监管科技发展,制定本细则。",
        "第二条 园区金融发展局会同园区财政局负责政策兑现。",
      ]).map(([, u, r]) => [u, r]),
    ).toEqual([
      ["苏州工业园区金融发展局", "LEAD"],
      ["苏州工业园区财政局", "PARTICIPANT"],
    ]);
  });

  it("leave the unit an action's heading closes with out of its name, and make it the action's", () => {
    const plan = [
      "青川省开源模型若干措施",
      "一、夯实开源模型基础(省科技厅牵头)",
      "1.支持基础模型研发。对企业给予支持。",
    ];
    expect(items(plan)).toEqual([
      ["Action", "夯实开源模型基础"],
      ["Task", "支持基础模型研发"],
    ]);
    expect(units(plan)).toEqual([["夯实开源模型基础", "省科技厅", "LEAD"]]);
  });
});

describe("a reply to a request", () => {
  it("answers the request it names (…收悉), cites no more than what it implements, and its province's government leads", () => {
    const reply = [
      "工业和信息化部关于同意青川市建设人工智能创新应用先导区的复函",
      "工信部科函〔2031〕215号",
      "青川省人民政府:",
      "    你省《关于支持青川市创建先导区的函》(青政函〔2031〕61号)收悉。根据《新一代人工智能发展规划》(国发〔2017〕35号),现函复如下:",
      "    一、同意青川市建设人工智能创新应用先导区。",
      "    二、青川省人民政府要加强对先导区建设的统筹指导。青川省人民政府建立协调推进机制。",
    ];
    const g = read(reply);
    const name = (id: string) => g.nodes.find((n) => n.id === id)!.props.name;
    expect(g.relationships.filter((r) => r.type === "IMPLEMENTS").map((r) => name(r.to))).toEqual([
      "新一代人工智能发展规划",
    ]);
    expect(units(reply)).toEqual([["青川省人民政府要加强对先导区建设的统筹指导", "青川省人民政府", "LEAD"]]);
  });
});

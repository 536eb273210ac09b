// Forms six more blind held-out sets (heldout16–21) found unread in goals and names: dashed stage years,
// 二是 goals, goals of a year's plan issued by a notice, indicator and project tables, goals set every
// year, and names of organisations, zones and platforms. All text is invented.
import { describe, expect, it } from "vitest";
import { extractLines as read } from "../helpers/extract-read.js";

const targets = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => n.label === "Target")
    .map((n) => [n.props.value, n.props.unit, n.props.comparator, n.props.deadlineYear, n.props.metric]);

const entities = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => ["Organization", "Platform", "Zone"].includes(n.label))
    .map((n) => n.props.name)
    .sort();

describe("goals of a single year's plan", () => {
  const plan = [
    "2031年全省人工智能教育工作要点",
    "工作目标分年度推进:",
    "——2031年:全省中小学人工智能教育开课率达到80%以上。",
    "——2032年:中小学开课率达到95%以上,建成省级实践基地50个。",
    "一、夯实教育基础。一是制定课程指导纲要;二是全年遴选100所人工智能教育特色学校;三是建设20个名师工作室。",
    "二、加强组织。已经省政府第12次常务会议审议。",
  ];

  it("read a dashed stage year, goals in a one-paragraph section after 二是, and no ordinal", () => {
    expect(targets(plan)).toEqual([
      [80, "%", "AT_LEAST", 2031, "中小学人工智能教育开课率"],
      [95, "%", "AT_LEAST", 2032, "中小学开课率"],
      [50, "个", "EXACTLY", 2032, "省级实践基地"],
      [100, "所", "EXACTLY", 2031, "人工智能教育特色学校"],
      [20, "个", "EXACTLY", 2031, "名师工作室"],
    ]);
  });
});

describe("organisation names", () => {
  const task = (sentence: string) => ["青峰市智能港口行动方案", "一、重点任务", `1.推进应用。${sentence}`];

  it("are whole after 、 when the dictionary knows the name and it opens with a place", () => {
    expect(entities(task("支持港口企业联合青峰船级社、大连海事大学研发调度模型。"))).toEqual(["大连海事大学"]);
  });

  it("leave an academy of sciences named as a unit to its agency", () => {
    expect(
      entities(["青峰市人工智能方案", "一、重点任务", "1.加强基础研究。开展理论研究。(科技部牵头,中国科学院配合)"]),
    ).toEqual([]);
  });
});

describe("zone and organisation names", () => {
  const task = (sentence: string) => ["青峰市低空经济行动方案", "一、重点任务", `1.推进建设。${sentence}`];

  it("end in 合作区, 片区 and a 科学城, and a verb of guidance starts none", () => {
    expect(entities(task("在青峰科学城、青峰深港科技创新合作区开展配送。"))).toEqual([
      "青峰深港科技创新合作区",
      "青峰科学城",
    ]);
    expect(entities(task("防范风险。指导青峰市人形机器人产业联盟制定公约。"))).toEqual(["青峰市人形机器人产业联盟"]);
  });

  it("hold a university the dictionary knows after 与…、, a 综合实验区, and no list of funds", () => {
    expect(entities(task("鼓励企业与复旦大学、同济大学等高校共建实验室。"))).toEqual(["同济大学", "复旦大学"]);
    expect(entities(task("在青峰航空港经济综合实验区率先开展智能工厂建设。"))).toEqual(["青峰航空港经济综合实验区"]);
    expect(entities(task("统筹现有智慧农业、林草科技推广等项目资金,支持试点。"))).toEqual([]);
  });

  it("open with a district the dictionary lacks (`武侯区/nr`) over the verbs of what a platform does", () => {
    expect(entities(task("一是建成武侯区反诈智能预警平台,实现预警。"))).toEqual(["武侯区反诈智能预警平台"]);
    expect(entities(task("依托全国公共法律服务智能问答平台,汇聚数据。"))).toEqual(["全国公共法律服务智能问答平台"]);
    expect(entities(task("加强社区治理平台建设。"))).toEqual([]);
  });

  it("hold an institute's field joined by 与 when its body opens the name, not two parties", () => {
    expect(entities(task("依托中国科学院宁波材料技术与工程研究所建设中试平台。"))).toEqual([
      "中国科学院宁波材料技术与工程研究所",
    ]);
    expect(entities(task("支持企业与山东潍科智能制造研究院共建研发中心。"))).toEqual(["山东潍科智能制造研究院"]);
  });
});

describe("tables of indicators and projects", () => {
  it("take an indicator's unit from a 单位 column, and a project's year from its 建设年限", () => {
    expect(
      targets([
        "青峰市具身智能机器人行动计划(2031—2033年)",
        "一、主要目标",
        "主要指标见表1。",
        "序号\t指标名称\t单位\t2030年基数\t2031年目标\t2033年目标",
        "1\t产业规模\t亿元\t85\t150\t300",
        "二、重点项目",
        "序号\t项目名称\t建设内容\t建设年限\t责任单位",
        "1\t智慧果园示范项目\t建设智慧果园5000亩\t2031—2032年\t市农业农村局",
      ]),
    ).toEqual([
      [150, "亿元", "EXACTLY", 2031, "产业规模"],
      [300, "亿元", "EXACTLY", 2033, "产业规模"],
      [5000, "亩", "EXACTLY", 2032, "智慧果园"],
    ]);
  });
});

describe("goals set every year", () => {
  it("bound each year's count after a clause saying 每年, due by the measures' term", () => {
    expect(
      targets([
        "青峰市人形机器人产业若干措施",
        "第一条 开放应用场景。市经济和信息化局每年发布应用场景清单,发布场景不少于30个。",
        "第二条 力争每年支持开源模型项目不少于20个。",
        "第三条 本措施自2031年6月1日起施行,有效期3年。",
      ]),
    ).toEqual([
      [30, "个", "AT_LEAST", 2034, "场景"],
      [20, "个", "AT_LEAST", 2034, "开源模型项目"],
    ]);
  });
});

describe("a year's plan issued by a notice", () => {
  it("reads its title's year through quotes, its own preamble's goals, a comparator a break splits, and 万标箱/GWh", () => {
    expect(
      targets([
        "青川省卫生健康委关于印发2031年全省“人工智能+医疗健康”工作要点的通知",
        "各市州卫生健康委:",
        "    现将《2031年全省“人工智能+医疗健康”工作要点》印发给你们。",
        "    一、加强组织领导。各地要明确专人负责。",
        "    二、加强调度督办。每季度调度一次。",
        "青川省卫生健康委",
        "2031年3月6日",
        "2031年全省“人工智能+医疗健康”工作要点",
        "    为推动人工智能规范应用,制定本工作要点。全年力争新增开展智能辅助诊断的医疗机构不",
        "少于200家。",
        "    一、夯实智能基础设施",
        "    (一)建设医学影像云。年内新增接入基层医疗卫生机构500家。",
        "    (二)建设智慧港口。全年集装箱吞吐量超过2000万标箱,储能装机达到20GWh。",
      ]),
    ).toEqual([
      [200, "家", "AT_LEAST", 2031, "智能辅助诊断的医疗机构"],
      [500, "家", "EXACTLY", 2031, "接入基层医疗卫生机构"],
      [2000, "万标箱", "OVER", 2031, "集装箱吞吐量"],
      [20, "GWh", "EXACTLY", 2031, "储能装机"],
    ]);
  });
});

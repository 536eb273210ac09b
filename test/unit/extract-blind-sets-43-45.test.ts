// Forms the held-out sets heldout43–45 found after their blind reading: a newspaper story that prints a
// plan after `以下为《X》主要内容(有删节)` and names its issuer and 文号 only in its lead, a law archive's
// bracketed fields, a draft's announcement signed above its attachment, zone committees carried over a
// list, a tax bureau of a city, ranges, prices and compressed times, grant caps and numbers inside quoted
// names, and names with bound morphemes, roles and centre heads. All text is invented.
import { describe, expect, it } from "vitest";
import { entityNames, readLines, targetRows, unitQuads } from "../helpers/extract-read.js";

const plan = (body: string[]) => [
  "青川市人民政府办公室关于印发青川市氢能推广行动方案（2031—2033年）的通知",
  "各区人民政府，市政府各部门：",
  "　　现将《青川市氢能推广行动方案（2031—2033年）》印发给你们，请认真贯彻执行。",
  "青川市人民政府办公室",
  "2031年3月2日",
  "青川市氢能推广行动方案（2031—2033年）",
  ...body,
];

describe("news stories and archives", () => {
  it("reads a plan a newspaper prints under its story, with the issuer and 文号 its lead gives", () => {
    const { doc, issued, units } = readLines([
      "返回   上一版    下一版",
      "2031-04-16 第02版:要闻 【字体】大 |默认 |",
      "",
      "我市出台全民健身赛事提质三年行动计划",
      "",
      "作者:本报记者 李青  来源:青川日报",
      "",
      "    本报讯 记者从市体育局获悉，市政府办公室近日印发《青川市全民健身赛事提质三年行动计划（2031—2033年）》（青政办〔2031〕19号，以下简称《行动计划》）。",
      "    以下为《行动计划》主要内容（有删节）。",
      "",
      "青川市全民健身赛事提质三年行动计划",
      "（2031—2033年）",
      "",
      "    一、打造品牌赛事",
      "    （一）办好青川马拉松。每年举办青川马拉松。（责任单位:市体育局）",
    ]);
    expect(doc.name).toBe("青川市全民健身赛事提质三年行动计划(2031—2033年)");
    expect(doc.docNumber).toBe("青政办〔2031〕19号");
    expect(issued).toEqual([["青川市人民政府办公室", "MUNICIPAL", "ISSUER"]]);
    expect(units).toEqual([["青川市体育局", "MUNICIPAL", "LEAD"]]);
  });

  it("takes no issuer or 文号 from the lead of a page explaining the document", () => {
    const { doc } = readLines([
      "青川市工业和信息化局",
      "《青川市工业互联网行动方案（2031—2033年）》政策解读",
      "发布时间：2031-05-12 10:21　　来源：青川市工业和信息化局",
      "　　近日，市政府办公厅印发了《青川市工业互联网行动方案（2031—2033年）》（青政办〔2031〕21号）。现就有关内容解读如下。",
      "　　一、出台背景",
      "　　（一）基础。我市工业互联网发展基础持续夯实。",
    ]);
    expect(doc.docNumber ?? null).toBeNull();
  });

  it("reads a law archive's bracketed 文号 field", () => {
    const { doc } = readLines([
      "【法规标题】青川市保障性租赁住房管理办法",
      "【发布部门】青川市住房和城乡建设局",
      "【发文字号】青建发〔2031〕88号",
      "【发布日期】2031.06.26",
      "",
      "青川市保障性租赁住房管理办法",
      "第一章 总则",
      "第一条 为规范保障性租赁住房管理，制定本办法。",
    ]);
    expect(doc.docNumber).toBe("青建发〔2031〕88号");
  });

  it("signs a draft by the body that signed its announcement above the attachment, and gives its units that body's zone", () => {
    const { issued, units } = readLines([
      "青岚高新区 > 互动交流 > 意见征集",
      "主题：关于公开征求《青岚高新区无人机应用三年行动方案（2031—2033年）（征求意见稿）》意见的公告",
      "",
      "关于公开征求《青岚高新区无人机应用三年行动方案（2031—2033年）（征求意见稿）》意见的公告",
      "为加快无人机应用，我局起草了《青岚高新区无人机应用三年行动方案（2031—2033年）（征求意见稿）》，现向社会公开征求意见。",
      "特此公告。",
      "附件：青岚高新区无人机应用三年行动方案（2031—2033年）（征求意见稿）",
      "",
      "青岚高新区经济发展局",
      "2031年6月12日",
      "",
      "附件",
      "",
      "青岚高新区无人机应用三年行动方案",
      "（2031—2033年）",
      "（征求意见稿）",
      "",
      "一、重点任务",
      "（一）建设基础设施",
      "1.布局起降点网络。结合园区布局起降点，完成时限见表。",
      "牵头部门：区建设管理局",
      "配合部门：区经济发展局、各街道办事处",
      "完成时限：2033年12月",
    ]);
    expect(issued).toEqual([["青岚高新区经济发展局", "DISTRICT", "ISSUER"]]);
    expect(units).toEqual([
      ["青岚高新区建设管理局", "DISTRICT", "LEAD"],
      ["青岚高新区经济发展局", "DISTRICT", "PARTICIPANT"],
      ["各街道办事处", "DISTRICT", "PARTICIPANT"],
    ]);
  });
});

describe("units", () => {
  it("carries 各 to the zones' committees a list names bare, and a zone collective to the committee after it", () => {
    const found = unitQuads(
      plan([
        "一、重点任务",
        "（一）支持企业落户。对新落户企业给予奖励。（责任单位：市工业和信息化局，各区县政府、开发区管委会）",
        "（二）健全管护机制。建立长效管护机制。（责任单位：市农业农村局，各管理区、开发区管委会）",
      ]),
    ).map((u) => u.slice(1));
    expect(found).toEqual([
      ["青川市工业和信息化局", "LEAD", "MUNICIPAL"],
      ["各区县人民政府", "PARTICIPANT", "DISTRICT"],
      ["各开发区管委会", "PARTICIPANT", "DISTRICT"],
      ["青川市农业农村局", "LEAD", "MUNICIPAL"],
      ["各管理区管委会", "PARTICIPANT", "DISTRICT"],
      ["各开发区管委会", "PARTICIPANT", "DISTRICT"],
    ]);
  });

  it("reads a detachment that leads, a later clause's subject with those it works with, and each street's office after its party committee", () => {
    const found = unitQuads(
      plan([
        "一、保障措施",
        "（一）落实安全责任。市消防救援支队牵头，市应急管理局按职责加强消防安全监管。",
        "（二）加强统筹协调。发挥工作专班作用，市发展改革委会同市能源局建立调度机制。",
        "（三）发展嵌入式服务。推进社区助餐服务扩面。（牵头单位：市民政局；配合单位：各街道党工委、办事处）",
      ]),
    ).map((u) => u.slice(1));
    expect(found).toEqual([
      ["青川市消防救援支队", "LEAD", "MUNICIPAL"],
      ["青川市应急管理局", "PARTICIPANT", "MUNICIPAL"],
      ["青川市发展改革委", "LEAD", "MUNICIPAL"],
      ["青川市能源局", "PARTICIPANT", "MUNICIPAL"],
      ["青川市民政局", "LEAD", "MUNICIPAL"],
      ["各街道党工委", "PARTICIPANT", "DISTRICT"],
      ["各街道办事处", "PARTICIPANT", "DISTRICT"],
    ]);
  });

  it("reads a notice's requirements charging every city's departments, and a party body by the issuer's full name", () => {
    const found = unitQuads([
      "中共青川省委社会工作部 青川省民政厅",
      "关于加强社区工作者队伍建设的通知",
      "各市委社会工作部、民政局：",
      "　　一、提高思想认识。各市委社会工作部、各市民政局要把社区工作者队伍建设摆上重要位置。",
      "　　二、细化配套政策。各市民政局要会同各市财政局于9月底前出台实施细则。",
      "　　三、加强督促指导。省委社会工作部、省民政厅将适时开展督导。",
      "中共青川省委社会工作部　　青川省民政厅",
      "2031年6月3日",
    ]).map((u) => u.slice(1));
    expect(found).toEqual([
      ["各市委社会工作部", "LEAD", "MUNICIPAL"],
      ["各市民政局", "PARTICIPANT", "MUNICIPAL"],
      ["各市民政局", "LEAD", "MUNICIPAL"],
      ["各市财政局", "PARTICIPANT", "MUNICIPAL"],
      ["中共青川省委社会工作部", "LEAD", "PROVINCIAL"],
      ["青川省民政厅", "PARTICIPANT", "PROVINCIAL"],
    ]);
  });

  it("places a city's tax bureau in the city it serves", () => {
    const found = unitQuads(
      plan(["一、重点任务", "（一）优化退税服务。推行出口退税无纸化申报。（国家税务总局青川市税务局负责）"]),
    ).map((u) => u.slice(1));
    expect(found).toEqual([["国家税务总局青川市税务局", "LEAD", "MUNICIPAL"]]);
  });
});

describe("targets", () => {
  it("reads a range's floor, a price per kilogram and times compressed to a bound", () => {
    const rows = targetRows(
      plan([
        "一、主要目标",
        "到2033年，燃料电池汽车推广应用达到3000—5000辆，车用氢气终端售价降至25元/千克左右，进口整体通关时间压缩至30小时以内，累计筹集保障性租赁住房15万套（间）以上。",
      ]),
    );
    expect(rows).toEqual([
      [3000, "辆", "AT_LEAST", 2033, "燃料电池汽车推广应用"],
      [25, "元/千克", "APPROXIMATELY", 2033, "车用氢气终端售价"],
      [30, "小时", "AT_MOST", 2033, "进口整体通关时间"],
      [15, "万套(间)", "AT_LEAST", 2033, "筹集保障性租赁住房"],
    ]);
  });

  it("reads a year's measures as that year's goals, but no grant's cap and no number inside a quoted name", () => {
    const rows = targetRows([
      "青川市人民政府办公室关于印发青川市2031年稳外贸若干措施的通知",
      "各区人民政府，市政府各部门：",
      "　　现将《青川市2031年稳外贸若干措施》印发给你们。",
      "青川市人民政府办公室",
      "2031年3月12日",
      "青川市2031年稳外贸若干措施",
      "1.支持企业参展。全年组织企业参加境外展会80场次以上，单个企业年度补助不超过30万元。（市商务局牵头）",
      "2.发展跨境电商。新增公共海外仓5个左右，打造“15分钟便民服务圈”。（市商务局负责）",
    ]);
    expect(rows).toEqual([
      [80, "场次", "AT_LEAST", 2031, "组织企业参加境外展会"],
      [5, "个", "APPROXIMATELY", 2031, "公共海外仓"],
    ]);
  });
});

describe("entities", () => {
  const found = entityNames;

  it("reads names holding a bound morpheme, after an operator's role, and under research, protection and supply heads", () => {
    expect(
      found(
        plan([
          "一、重点任务",
          "（一）建设算力中心。支持芜湖鸠兹云算科技有限公司建设城市智算中心。（责任单位：市数据局）",
          "（二）调度算力。市数据局委托麓谷算力调度服务平台运营单位湖南麓谷智算科技有限公司承担资源接入。（责任单位：市数据局）",
          "（三）保护古建。支持山西大学和晋木构古建筑保护工程研究中心开展研究。（责任单位：市文物局）",
          "（四）储备物资。应急物资集中存放于星沙应急物资保障中心。（责任单位：市应急管理局）",
        ]),
      ),
    ).toEqual([
      "Organization 山西大学",
      "Organization 湖南麓谷智算科技有限公司",
      "Organization 芜湖鸠兹云算科技有限公司",
      "Platform 星沙应急物资保障中心",
      "Platform 晋木构古建筑保护工程研究中心",
      "Platform 麓谷算力调度服务平台",
    ]);
  });

  it("reads a city's or county's name the dictionary tags otherwise as the place opening a name, but not 会同", () => {
    expect(
      found(
        plan([
          "一、重点任务",
          "（一）建设园区。高水平建设大同氢能产业园，支持介休经济技术开发区建设供氢基地。（责任单位：市发展改革委）",
          "（二）建设平台。建成白云区城中村改造智慧监管平台，搭建供需对接平台。（责任单位：市住房城乡建设局）",
          "（三）加强统筹。市财政局会同高新区管委会组织申报。（责任单位：市财政局）",
        ]),
      ),
    ).toEqual(["Platform 白云区城中村改造智慧监管平台", "Zone 介休经济技术开发区", "Zone 大同氢能产业园"]);
  });
});

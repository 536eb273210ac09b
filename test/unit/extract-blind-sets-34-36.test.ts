// Forms three more held-out sets (heldout34–36) found after their blind reading: a plan's task that bounds a
// measure with no deadline of its own, a lead-in announcing the goals below it, a rate's unit
// (`公里/平方公里`), an article naming several bodies each with its share, the short name a document gives a
// body (`以下简称市市场监管局`), a ministry's bureau written `部…司` under its general office, the central bank
// written short, collectives written `各县区政府`, national platforms whose names hold verbs, and kinds or
// agencies read as names (`县级中医医院`, `中国人民银行办公厅`). All text is invented.
import { describe, expect, it } from "vitest";
import { extractLines, readLines, targetRows, unitQuads } from "../helpers/extract-read.js";
import { unitAliases } from "../../src/ingest/unit-aliases.js";

const plan = (body: string[]) => [
  "青川市人民政府办公室关于印发青川市医保服务提升行动方案（2031—2033年）的通知",
  "各区人民政府，市政府各部门：",
  "　　现将《青川市医保服务提升行动方案（2031—2033年）》印发给你们，请认真贯彻执行。",
  "青川市人民政府办公室",
  "2031年3月2日",
  "青川市医保服务提升行动方案（2031—2033年）",
  ...body,
];

describe("targets", () => {
  it("reads a task's bound on a measure as a goal of the plan's term, and no threshold, cap, subsidy or rule's limit", () => {
    const found = targetRows(
      plan([
        "　　一、重点任务",
        "　　（一）扩大异地结算。简化备案材料，跨省异地就医直接结算率提高到80%以上。（责任单位：市医保局）",
        "　　（二）压缩办理时限。高危险性体育项目经营许可办结时限压缩至10个工作日以内。（责任单位：市体育局）",
        "　　（三）规范认定。申请认定市级孵化器，应当具备独立法人资格，在孵企业不少于15家。（责任单位：市科技局）",
        "　　（四）发放算力券。算力券年度发放总额不超过2000万元，对投资额超过500万元的项目给予补助。（责任单位：市财政局）",
        "　　（五）规范收费。校外培训机构收费时间跨度不得超过3个月，线上培训每课时不超过30分钟。（责任单位：市教育局）",
      ]),
    );
    expect(found).toEqual([
      [80, "%", "AT_LEAST", 2033, "跨省异地就医直接结算率"],
      [10, "个工作日", "AT_MOST", 2033, expect.stringContaining("经营许可办结时限")],
    ]);
  });

  it("takes a task's bound in a sentence that named a deadline before it by that deadline", () => {
    const found = targetRows(
      plan([
        "　　一、重点任务",
        "　　（一）做强产业。到2032年，培育5家以上整机企业，建设不少于20个数据训练场。（责任单位：市工信局）",
      ]),
    );
    expect(found.map((t) => t[3])).toEqual([2032, 2032]);
  });

  it("reads every paragraph under `实现以下目标：` as goals, up to the next section", () => {
    const found = targetRows(
      plan([
        "　　一、总体要求",
        "　　坚持以企业为主体。2030年，全市数字化改造覆盖率已达到62%。力争到2033年，实现以下目标：",
        "",
        "　　筑牢新基座，支撑能力显著增强。累计建成5G基站18万个，培育市级工业互联网平台40家左右。",
        "",
        "　　壮大新优势，竞争力有效提升。数字经济核心产业增加值突破600亿元。",
        "",
        "　　二、重点任务",
        "　　（一）建设平台。建成园区平台3个。（责任单位：市工信局）",
      ]),
    );
    expect(found).toEqual([
      [18, "万个", "EXACTLY", 2033, "5G基站"],
      [40, "家", "APPROXIMATELY", 2033, "市级工业互联网平台"],
      [600, "亿元", "OVER", 2033, "数字经济核心产业增加值"],
      // The task's own count to build, a goal of the plan's term as any task's is.
      [3, "个", "EXACTLY", 2033, "园区平台"],
    ]);
  });

  it("keeps a rate's denominator in its unit", () => {
    const found = targetRows(
      plan(["　　一、主要目标", "　　到2033年，中心城区排水管网密度达到12公里/平方公里，每千人口床位达到4.5张/千人。"]),
    );
    expect(found).toEqual([
      [12, "公里/平方公里", "EXACTLY", 2033, "中心城区排水管网密度"],
      [4.5, "张/千人", "EXACTLY", 2033, "每千人口床位"],
    ]);
  });
});

describe("units", () => {
  const measures = (articles: string[]) => [
    "关于公开征求《青川市知识产权资助管理办法（征求意见稿）》意见的公告",
    "　　现将《青川市知识产权资助管理办法（征求意见稿）》向社会公开征求意见。",
    "青川市市场监督管理局",
    "2031年8月4日",
    "青川市知识产权资助管理办法",
    "第一章　总　则",
    "　　第一条　为规范资金管理，制定本办法。",
    ...articles,
  ];

  it("reads every body an article gives its share, and a short name as the body it stands for", () => {
    const found = unitQuads(
      measures([
        "　　第二条　青川市市场监督管理局（以下简称市市场监管局）负责资金的申报受理和监督管理；市财政局负责资金预算安排和拨付。",
        "　　第三条　市市场监管局会同市司法局对维权援助工作站开展年度评估。",
        "　　第四条　本办法由青川市市场监督管理局、青川市财政局负责解释。",
      ]),
    );
    const named = (n: string) => found.filter((u) => String(u[0]).includes(n)).map((u) => u.slice(1, 3));
    expect(named("申报受理")).toEqual([
      ["青川市市场监督管理局", "LEAD"],
      ["青川市财政局", "PARTICIPANT"],
    ]);
    expect(named("维权援助")).toEqual([
      ["青川市市场监督管理局", "LEAD"],
      ["青川市司法局", "PARTICIPANT"],
    ]);
    expect(named("负责解释")).toEqual([
      ["青川市市场监督管理局", "LEAD"],
      ["青川市财政局", "PARTICIPANT"],
    ]);
  });

  it("reads `部…司` in a joint notice signed by a ministry's general office as that ministry's", () => {
    const { units } = readLines([
      "交通运输部办公厅 国家邮政局办公室关于推进青川农村客货邮融合发展的通知",
      "各省、自治区、直辖市交通运输厅（局、委）、邮政管理局：",
      "　　现就有关事项通知如下。",
      "　　（一）优化融合线路网络。推动线路共用、运力共享。（部运输服务司牵头，部综合规划司配合）",
      "交通运输部办公厅　　国家邮政局办公室",
      "2031年6月18日",
    ]);
    expect(units).toEqual([
      ["交通运输部运输服务司", "NATIONAL", "LEAD"],
      ["交通运输部综合规划司", "NATIONAL", "PARTICIPANT"],
    ]);
  });

  it("names the central bank's branches in full however the text writes them, and reads 各县区政府 as one collective", () => {
    const found = unitQuads(
      plan([
        "　　一、重点任务",
        "　　（一）扩大信贷投放。推动银行单列信贷计划。（责任单位：人民银行青川市分行、市财政局）",
        "　　二、保障措施",
        "　　（一）落实属地责任。各县区政府要严格落实属地责任，确保任务按时完成。",
      ]),
    ).map((u) => u.slice(1, 3));
    expect(found).toEqual([
      ["中国人民银行青川市分行", "LEAD"],
      ["青川市财政局", "PARTICIPANT"],
      ["各县区人民政府", "LEAD"],
    ]);
  });
});

describe("entities", () => {
  const found = (lines: string[]) =>
    extractLines(lines)
      .nodes.filter((n) => ["Organization", "Platform", "Zone"].includes(n.label))
      .map((n) => `${n.label} ${n.props.name}`)
      .sort();

  it("reads a national platform whole after the verb that uses it, though verbs stand inside its name", () => {
    expect(
      found(
        plan([
          "　　一、重点任务",
          "　　（一）盘活存量专利。依托全国高校专利转化对接平台汇集盘点数据。（责任单位：市知识产权局）",
          "　　（二）推广预约售粮。鼓励收购库点依托全国粮食收购服务信息平台开展预约售粮。（责任单位：市粮食和储备局）",
        ]),
      ),
    ).toEqual(["Platform 全国粮食收购服务信息平台", "Platform 全国高校专利转化对接平台"]);
  });

  it("reads no level's or area's kind, no rank, and no agency as a name", () => {
    expect(
      found(
        plan([
          "　　一、重点任务",
          "　　（一）培养人才。在县级中医医院建设一批名老中医工作室，对全省高等级病原微生物实验室开展检查。（责任单位：市卫生健康委）",
          "　　（二）建设基地。建设全国重要先进制造业基地，规范青岚高新区科技型企业贷款风险补偿。（责任单位：东津新区（青岚经开区）管委会）",
          "　　（三）加强协同。科技部办公厅、中国人民银行办公厅联合部署。（责任单位：市科技局）",
        ]),
      ),
    ).toEqual(["Zone 青岚高新区"]);
  });
});

describe("structure", () => {
  it("reads `1.主要目标。` and `2.重点任务。` under an action as its parts, and the `(1)` tasks under them as the action's", () => {
    const g = extractLines([
      "2031年全省卫生健康科教工作要点",
      "一、主要任务",
      "（一）实施医学科技创新能力提升行动。",
      "1.主要目标。",
      "全年新增省级临床医学研究中心5个。",
      "2.重点任务。",
      "（1）推进创新平台建设。支持青川医院建设研究中心分中心。",
      "（2）加强科研诚信建设。开展科研诚信专项检查。",
      "（二）实施人才队伍建设行动。",
      "1.主要目标。",
      "全年培养全科医生1200名以上。",
      "2.重点任务。",
      "（1）加强高层次人才引育。实施青川英才计划。",
    ]);
    const name = (id: string) => g.nodes.find((n) => n.id === id)!.props.name;
    const tasks = g.relationships
      .filter((r) => r.type === "HAS_PART" && g.nodes.find((n) => n.id === r.to)!.label === "Task")
      .map((r) => [name(r.from), name(r.to)]);
    expect(tasks).toEqual([
      ["实施医学科技创新能力提升行动", "推进创新平台建设"],
      ["实施医学科技创新能力提升行动", "加强科研诚信建设"],
      ["实施人才队伍建设行动", "加强高层次人才引育"],
    ]);
  });
});

describe("the short names a document gives its bodies", () => {
  it("maps each to the full name, without the words that introduce it", () => {
    expect([
      ...unitAliases(
        "第四条　青川市市场监督管理局（以下简称市市场监管局）负责资金管理。市市场监管局会同青川市财政局（以下简称市财政局）拨付资金，由大同市经济和信息化局（以下简称市经信局）负责。",
      ),
    ]).toEqual([
      ["市市场监管局", "青川市市场监督管理局"],
      ["市财政局", "青川市财政局"],
      ["市经信局", "大同市经济和信息化局"],
    ]);
  });
});

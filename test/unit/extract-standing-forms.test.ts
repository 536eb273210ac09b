// Forms two blind held-out sets (heldout6 and heldout7) found unread: standing units given once for
// every task, a title under a red head, printed tables whose cells wrap, two-level tables and
// policy-redemption lists, joint responsibility with those who take part, a bureau's own departments,
// short prefecture names and county-level cities. All text is invented.
import { describe, expect, it } from "vitest";
import { extractLines as read, noticeWithPlan as plan, unitTriples as units } from "../helpers/extract-read.js";

describe("standing units", () => {
  it("gives every later task the units a clause names once for all (`以下任务均涉及…,不再重复`)", () => {
    expect(
      units(
        plan("青峰市人民政府办公室", [
          "一、重点任务",
          "1.建设算力平台。开展建设。(责任单位:市科技局、市数据局。除专门列出外,以下任务均涉及各区人民政府,不再重复)",
          "2.培育数据企业。开展培育。(责任单位:市工业和信息化局)",
          "3.推广场景应用。开展推广。(责任单位:市数据局、各区人民政府)",
        ]),
      ),
    ).toEqual([
      ["建设算力平台", "青峰市科技局", "LEAD"],
      ["建设算力平台", "青峰市数据局", "PARTICIPANT"],
      ["培育数据企业", "青峰市工业和信息化局", "LEAD"],
      ["推广场景应用", "青峰市数据局", "LEAD"],
      ["推广场景应用", "各区人民政府", "PARTICIPANT"],
      ["培育数据企业", "各区人民政府", "PARTICIPANT"],
    ]);
  });

  it("reads `A、B和C为各项任务的配合单位,不再一一列出` before a table as three units of every row", () => {
    const got = units(
      plan("云岭县人民政府办公室", [
        "一、重点任务",
        "  各乡镇人民政府、街道办事处和云岭经济开发区管委会为各项任务的配合单位,不再一一列出。",
        "",
        "序号  重点任务                 牵头单位      配合单位      完成时限",
        " 1    开展智能诊断服务         县经信局      县财政局      2027年12月",
        " 2    建设工业互联网平台       县数据局      县科技局      2026年12月",
      ]),
    );
    const shared = ["各乡镇人民政府", "各街道办事处", "云岭经济开发区管委会"];
    for (const task of ["开展智能诊断服务", "建设工业互联网平台"])
      expect(got.filter(([t, , role]) => t === task && role === "PARTICIPANT").map(([, u]) => u)).toEqual(
        expect.arrayContaining(shared),
      );
    // No unit doubled and no `和` left inside a name.
    expect(got.filter(([, u]) => String(u).includes("和"))).toEqual([]);
  });

  it("leaves a document without such a sentence as it was", () => {
    expect(
      units(
        plan("青峰市人民政府办公室", [
          "一、重点任务",
          "1.建设算力平台。开展建设,不再重复建设已有设施。(责任单位:市科技局)",
          "2.培育数据企业。开展培育。(责任单位:市数据局)",
        ]),
      ),
    ).toEqual([
      ["建设算力平台", "青峰市科技局", "LEAD"],
      ["培育数据企业", "青峰市数据局", "LEAD"],
    ]);
  });
});

describe("a title under a red head", () => {
  it("reads the title after letter-spaced issuer lines and a 文号 line, and its issuers from its opening words", () => {
    const g = read([
      "国家甲业发展委员会",
      "国　家　乙　数　局",
      "",
      "甲发乙〔2026〕31号",
      "",
      "国家甲业发展委　国家乙数局关于推进算力",
      "与数据协同发展的指导意见",
      "",
      "各省、自治区、直辖市发展改革委:",
      "  为推进协同发展,现提出如下意见。",
      "  一、重点任务",
      "  (一)优化布局。引导新建数据中心集聚。",
    ]);
    expect(g.title).toBe("国家甲业发展委　国家乙数局关于推进算力与数据协同发展的指导意见");
    expect(g.docNumber).toBe("甲发乙〔2026〕31号");
    const issuers = g.relationships
      .filter((r) => r.type === "ISSUED_BY")
      .map((r) => g.nodes.find((n) => n.id === r.to)!.props.name);
    expect(issuers).toEqual(["国家甲业发展委", "国家乙数局"]);
  });
});

describe("task tables", () => {
  it("reads a printed table's task cell wrapped over lines as one heading, quoting its first line", () => {
    const g = read(
      plan("云岭县人民政府办公室", [
        "一、重点任务",
        "",
        "序号  重点任务                         牵头单位      配合单位      完成时限",
        " 1    开展智能制造诊断服务,每年为不少   县经信局      县财政局      2027年12月",
        "      于200家企业提供免费诊断",
        " 2    建设工业互联网平台               县数据局      县科技局      2026年12月",
      ]),
    );
    const tasks = g.nodes.filter((n) => n.label === "Task");
    expect(tasks.map((t) => t.props.name)).toEqual([
      "开展智能制造诊断服务,每年为不少于200家企业提供免费诊断",
      "建设工业互联网平台",
    ]);
    // Every quote still sits at its offsets.
    for (const e of tasks.flatMap((t) => t.evidence)) expect(g.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("reads a unit's name wrapped inside its cell as one unit, quoting its first line", () => {
    const g = read(
      plan("云岭县人民政府办公室", [
        "一、重点任务",
        "",
        "序号  重点任务                 牵头单位        配合单位              完成时限",
        " 1    建设工业机器人示范园     云岭经济开发    县经信局、县通信      2027年12月",
        "                               区管委会        发展服务中心",
      ]),
    );
    const name = (id: string) => g.nodes.find((n) => n.id === id)!.props.name;
    const responsible = g.relationships.filter((r) => r.type === "RESPONSIBLE");
    expect(responsible.map((r) => [name(r.to), r.props.role])).toEqual([
      ["云岭经济开发区管委会", "LEAD"],
      ["云岭县经信局", "PARTICIPANT"],
      ["云岭县通信发展服务中心", "PARTICIPANT"],
    ]);
    for (const e of responsible.flatMap((r) => r.evidence)) expect(g.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("reads a two-level table's action column (`| 一、… | 1 | 任务 |`, empty below) as the action of the rows under it", () => {
    const g = read(
      plan("青峰市人民政府办公室", [
        "一、重点任务",
        "| 重点行动 | 序号 | 主要任务 | 牵头单位 | 配合单位 | 完成时限 |",
        "|---|---|---|---|---|---|",
        "| 一、智能化改造行动 | 1 | 实施千企智改工程 | 市经信局 | 市财政局 | 2027年 |",
        "|  | 2 | 培育示范工厂 | 市经信局 | 市科技局 | 2027年 |",
        "| 二、工业互联网行动 | 3 | 建设公共服务平台 | 市数据局 | 市经信局 | 2027年 |",
      ]),
    );
    const name = (id: string) => g.nodes.find((n) => n.id === id)!.props.name;
    expect(
      g.relationships
        .filter((r) => r.type === "HAS_PART" && g.nodes.find((n) => n.id === r.to)!.label === "Task")
        .map((r) => [name(r.from), name(r.to)]),
    ).toEqual([
      ["智能化改造行动", "实施千企智改工程"],
      ["智能化改造行动", "培育示范工厂"],
      ["工业互联网行动", "建设公共服务平台"],
    ]);
  });

  it("reads a pipe table's one-cell `| 二、… | | |` rows as the actions of the rows under them", () => {
    const g = read(
      plan("青峰市农业农村局", [
        "一、重点任务",
        "| 序号 | 任务内容 | 牵头单位 | 配合单位 | 完成时限 |",
        "| 一、智慧种植 | | | | |",
        "| 1 | 建设智慧果园示范基地 | 市农业农村局 | 市数据局 | 2026年12月 |",
        "| 二、智慧养殖 | | | | |",
        "| 2 | 推广水质智能监测 | 市农业农村局 | 市科技局 | 2026年6月 |",
      ]),
    );
    const name = (id: string) => g.nodes.find((n) => n.id === id)!.props.name;
    const parts = g.relationships
      .filter((r) => r.type === "HAS_PART" && g.nodes.find((n) => n.id === r.to)!.label === "Task")
      .map((r) => [name(r.from), name(r.to)]);
    expect(parts).toEqual([
      ["智慧种植", "建设智慧果园示范基地"],
      ["智慧养殖", "推广水质智能监测"],
    ]);
  });
});

describe("a level collective carried over its list", () => {
  it("reads `各省级发展改革委、数据管理部门` as two collectives of the provinces", () => {
    expect(
      units(
        plan("青峰市人民政府办公室", [
          "一、重点任务",
          "(一)统筹布局。开展建设。(市发展改革委负责,各省级发展改革委、数据管理部门抓好落实)",
        ]),
      ).map(([, u, r]) => [u, r]),
    ).toEqual([
      ["青峰市发展改革委", "LEAD"],
      ["各省级发展改革委", "PARTICIPANT"],
      ["各省级数据管理部门", "PARTICIPANT"],
    ]);
  });
});

describe("a central bureau's own departments", () => {
  it("names `数据资源司`, `办公室` and `新闻宣传中心` written bare in 国家数据局's document with the bureau", () => {
    expect(
      units([
        "国家数据局关于印发《某年数据工作要点》的通知",
        "国数发〔2026〕6号",
        "各省、自治区、直辖市数据管理部门:",
        "  现将《某年数据工作要点》印发给你们。",
        "某年数据工作要点",
        "一、重点任务",
        "1.推进数据登记。开展登记。(责任单位:数据资源司,各省级数据管理部门)",
        "2.加强宣传推广。开展宣传。(责任单位:办公室、新闻宣传中心)",
      ]),
    ).toEqual([
      ["推进数据登记", "国家数据局数据资源司", "LEAD"],
      ["推进数据登记", "各省级数据管理部门", "PARTICIPANT"],
      ["加强宣传推广", "国家数据局办公室", "LEAD"],
      ["加强宣传推广", "国家数据局新闻宣传中心", "PARTICIPANT"],
    ]);
  });
});

describe("labelled unit lines under an item", () => {
  it("keeps `牵头单位:` and `配合单位:` lines apart however wide, and reads `各镇(街道)等` as the collective", () => {
    const label = (name: string, lead: string, part: string) => [
      name,
      "　　开展建设,推进应用,形成一批示范成果。",
      `　　牵头单位:${lead}`,
      `　　配合单位:${part}`,
    ];
    expect(
      units(
        plan("青峰市人民政府办公室", [
          "一、主要任务",
          ...label("1.建设感知网络", "市经济发展局", "市建设局、各镇(街道)等"),
          ...label("2.打造制造集群", "市科技创新局", "市投资促进局"),
          ...label("3.建设创新平台", "市科技创新局", "市人才发展局"),
        ]),
      ),
    ).toEqual([
      ["建设感知网络", "青峰市经济发展局", "LEAD"],
      ["建设感知网络", "青峰市建设局", "PARTICIPANT"],
      ["建设感知网络", "各镇(街道)", "PARTICIPANT"],
      ["打造制造集群", "青峰市科技创新局", "LEAD"],
      ["打造制造集群", "青峰市投资促进局", "PARTICIPANT"],
      ["建设创新平台", "青峰市科技创新局", "LEAD"],
      ["建设创新平台", "青峰市人才发展局", "PARTICIPANT"],
    ]);
  });
});

describe("joint responsibility with those who take part", () => {
  it("reads `(A、B按职责分工负责,C、D抓好落实)` and `〔A、B按职责分工负责,C配合〕`", () => {
    expect(
      units(
        plan("青峰市人民政府办公室", [
          "一、重点任务",
          "(一)强化安全保障。开展评估。(市发展改革委、市数据局按职责分工负责,各区人民政府、市财政局抓好落实)",
          "(二)发展智能终端。开展研发。〔市工业和信息化局、市科技局按职责分工负责,市商务局配合〕",
        ]),
      ),
    ).toEqual([
      ["强化安全保障", "青峰市发展改革委", "JOINT"],
      ["强化安全保障", "青峰市数据局", "JOINT"],
      ["强化安全保障", "各区人民政府", "PARTICIPANT"],
      ["强化安全保障", "青峰市财政局", "PARTICIPANT"],
      ["发展智能终端", "青峰市工业和信息化局", "JOINT"],
      ["发展智能终端", "青峰市科技局", "JOINT"],
      ["发展智能终端", "青峰市商务局", "PARTICIPANT"],
    ]);
  });

  it("gives a note under a table (`注:表中各项任务均需…配合落实,不再一一列出`) to the rows above it", () => {
    const got = units(
      plan("青峰市人民政府办公室", [
        "一、重点任务",
        "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |",
        "| 1 | 建设数据平台 | 市数据局 | 市科技局 | 2026年12月 |",
        "| 2 | 培育数据企业 | 市工业和信息化局 | 市商务局 | 2026年12月 |",
        "注:表中各项任务均需各区人民政府配合落实,不再一一列出。",
      ]),
    );
    expect(got.filter(([, u]) => u === "各区人民政府")).toEqual([
      ["建设数据平台", "各区人民政府", "PARTICIPANT"],
      ["培育数据企业", "各区人民政府", "PARTICIPANT"],
    ]);
  });
});

describe("zones of the document's own district", () => {
  it("names `江宁开发区管委会` in 江宁区's document by itself, not after the city", () => {
    expect(
      units([
        "南京市江宁区人民政府办公室关于印发《江宁区智能应用方案》的通知",
        "各街道办事处,江宁开发区管委会:",
        "  现将《江宁区智能应用方案》印发给你们。",
        "江宁区智能应用方案",
        "一、重点任务",
        "1.建设智算中心。开展建设。(责任单位:区科技局、江宁开发区管委会)",
      ]),
    ).toEqual([
      ["建设智算中心", "南京市江宁区科技局", "LEAD"],
      ["建设智算中心", "江宁开发区管委会", "PARTICIPANT"],
    ]);
  });
});

describe("issuers and collectives of other forms", () => {
  it("reads joint issuers ending in 司 on the line above the notice, and their departments as national", () => {
    const g = read([
      "工业和信息化部办公厅　中国民用航空局综合司",
      "关于印发《低空物流试点工作方案》的通知",
      "各省、自治区、直辖市工业和信息化主管部门:",
      "  现将《低空物流试点工作方案》印发给你们。",
      "低空物流试点工作方案",
      "一、重点任务",
      "(一)推动装备迭代。开展研发。(工业和信息化部装备工业一司牵头,中国民用航空局运输司配合)",
    ]);
    const name = (id: string) => g.nodes.find((n) => n.id === id)!;
    expect(g.relationships.filter((r) => r.type === "ISSUED_BY").map((r) => name(r.to).props.name)).toEqual([
      "工业和信息化部办公厅",
      "中国民用航空局综合司",
    ]);
    expect(
      g.relationships
        .filter((r) => r.type === "RESPONSIBLE")
        .map((r) => [name(r.to).props.name, name(r.to).props.level]),
    ).toEqual([
      ["工业和信息化部装备工业一司", "NATIONAL"],
      ["中国民用航空局运输司", "NATIONAL"],
    ]);
  });

  it("reads `各开发区(管理区)管委会` as a collective of zones, DISTRICT in a city's document", () => {
    const g = read(
      plan("青峰市人民政府办公室", [
        "一、重点任务",
        "1.建设产业园。开展建设。(责任单位:市工业和信息化局,各开发区(管理区)管委会)",
      ]),
    );
    expect(
      g.nodes.filter((n) => n.label === "Agency" && n.props.collective).map((n) => [n.props.name, n.props.level]),
    ).toEqual([["各开发区(管理区)管委会", "DISTRICT"]]);
  });
});

describe("a prefecture written short", () => {
  it("reads `恩施州人民政府办公室` as the prefecture's office and `州数据局` as its bureau", () => {
    const g = read([
      "青峰州人民政府办公室",
      "关于印发青峰州智能应用方案的通知",
      "各县、市人民政府,州政府各部门:",
      "  经州人民政府同意,现将《青峰州智能应用方案》印发给你们。",
      "青峰州智能应用方案",
      "一、重点任务",
      "(一)夯实算力基础。开展建设。(责任单位:州数据局、州经信局)",
    ]);
    expect(g.nodes.find((n) => n.label === "PolicyDocument")!.props.level).toBe("MUNICIPAL");
    expect(g.nodes.filter((n) => n.label === "Agency").map((n) => n.props.name)).toEqual(
      expect.arrayContaining(["青峰州数据局", "青峰州经信局"]),
    );
  });
});

describe("a policy-redemption list and a county-level city", () => {
  it("reads a 兑现清单 table: the first 兑现部门 leads, the rest and the 受理部门 take part, a unit named twice keeps its lead", () => {
    expect(
      units(
        plan("青峰市云岭区人民政府办公室", [
          "| 序号 | 政策事项 | 兑现标准 | 受理部门 | 兑现部门 | 兑现方式 |",
          "|---|---|---|---|---|---|",
          "| 1 | 企业落户奖励 | 给予一次性奖励50万元 | 区投资合作局 | 区投资合作局、区财政局 | 依申请 |",
          "| 2 | 租金补贴 | 按租金的50%给予补贴 | 各街道办事处 | 区科技局 | 依申请 |",
        ]),
      ),
    ).toEqual([
      ["企业落户奖励", "青峰市云岭区投资合作局", "LEAD"],
      ["企业落户奖励", "青峰市云岭区财政局", "PARTICIPANT"],
      ["租金补贴", "青峰市云岭区科技局", "LEAD"],
      ["租金补贴", "各街道办事处", "PARTICIPANT"],
    ]);
  });

  it("reads a 市 that addresses its towns and streets as county-level, and its `市` units as its own", () => {
    const g = read([
      "云岭市人民政府办公室关于印发云岭市智能制造行动方案的通知",
      "云政办发〔2026〕8号",
      "各镇人民政府、街道办事处,市政府各部门:",
      "  经市政府同意,现将《云岭市智能制造行动方案》印发给你们。",
      "云岭市智能制造行动方案",
      "一、重点任务",
      "(一)建设工业互联网平台。开展建设。(责任单位:市经信局、市商务局)",
    ]);
    const doc = g.nodes.find((n) => n.label === "PolicyDocument")!;
    expect(doc.props.level).toBe("DISTRICT");
    expect(g.nodes.filter((n) => n.label === "Agency").map((n) => [n.props.name, n.props.level])).toEqual(
      expect.arrayContaining([
        ["云岭市经信局", "DISTRICT"],
        ["云岭市商务局", "DISTRICT"],
      ]),
    );
  });
});

// Forms two blind held-out sets (heldout8 and heldout9) found unread: a 分工表 attachment restating the
// text's tasks, a notice's own numbered requirements above the document it issues, subjects of later
// sentences in articles and measures, cells a table wraps mid-name, collectives of two kinds of area.
// All text is invented.
import { describe, expect, it } from "vitest";
import { extractLines as read, noticeWithPlan as plan, unitTriples as units } from "../helpers/extract-read.js";
import { bodyName } from "../../src/ingest/fidelity/facts.js";
import { sameMetric } from "../../src/ingest/fidelity/score.js";

const kinds = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => ["Action", "Task", "Measure"].includes(n.label))
    .map((n) => [n.label, n.props.name]);

describe("a task table restating the text's tasks", () => {
  const doc = plan("甲部 乙部", [
    "一、重点任务",
    "1.建设验证平台。依托现有机构开展验证。",
    "2.开展示范应用。遴选一批场景。",
    "附件:重点任务分工表",
    "| 序号 | 重点任务 | 负责单位 |",
    "| --- | --- | --- |",
    "| 1 | 建设验证平台 | 甲部、乙部,各省级主管部门 |",
    "| 2 | 开展示范应用 | 乙部 |",
  ]);

  it("gives each task the units of its row (负责单位 a list: the first leads) and makes no second task", () => {
    expect(kinds(doc)).toEqual([
      ["Task", "建设验证平台"],
      ["Task", "开展示范应用"],
    ]);
    expect(units(doc)).toEqual([
      ["建设验证平台", "甲部", "LEAD"],
      ["建设验证平台", "乙部", "PARTICIPANT"],
      ["建设验证平台", "各省级主管部门", "PARTICIPANT"],
      ["开展示范应用", "乙部", "LEAD"],
    ]);
  });
});

describe("a notice's own requirements", () => {
  const notice = (requirements: string[], document: string[]) => [
    "青峰市发展和改革委员会关于印发《青峰市低空场景任务清单》的通知",
    "各区人民政府,市直有关单位:",
    "  现将《青峰市低空场景任务清单》印发给你们,现就有关事项通知如下:",
    ...requirements,
    "附件:青峰市低空场景任务清单",
    "青峰市发展和改革委员会",
    "2026年5月6日",
    "附件",
    "青峰市低空场景任务清单",
    ...document,
  ];
  const table = [
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
    "1\t建设起降点网络\t市交通运输局\t市自然资源和规划局\t2026年12月",
  ];

  it("reads 一、 requirements above the attached document as measures, each ending where the document starts", () => {
    const doc = notice(
      [
        "一、压实工作责任。各牵头单位要细化年度计划。",
        "二、强化调度督办。市发展改革委会同市工业和信息化局每季度调度一次进展。",
        "三、加强要素保障。市财政局会同市自然资源和规划局统筹资金和用地。",
      ],
      table,
    );
    expect(kinds(doc)).toEqual([
      ["Measure", "压实工作责任"],
      ["Measure", "强化调度督办"],
      ["Measure", "加强要素保障"],
      ["Task", "建设起降点网络"],
    ]);
    const last = read(doc).nodes.find((n) => n.props.name === "加强要素保障")!;
    expect(String(last.props.text)).not.toContain("起降点");
    expect(units(doc)).toEqual(
      expect.arrayContaining([
        ["强化调度督办", "青峰市发展改革委", "LEAD"],
        ["强化调度督办", "青峰市工业和信息化局", "PARTICIPANT"],
        ["加强要素保障", "青峰市财政局", "LEAD"],
      ]),
    );
  });

  it("reads 1. requirements as measures when the attached document has no sections", () => {
    const doc = notice(
      ["1.压实工作责任。各牵头单位要细化年度计划。", "2.强化督查考核。市政府督查室要将任务纳入督查。"],
      table,
    );
    expect(kinds(doc)).toEqual([
      ["Measure", "压实工作责任"],
      ["Measure", "强化督查考核"],
      ["Task", "建设起降点网络"],
    ]);
    expect(units(doc)).toContainEqual(["强化督查考核", "青峰市人民政府督查室", "LEAD"]);
  });

  it("leaves a plan's own sections as they are when what follows is not the document again", () => {
    const doc = plan("青峰市人民政府办公室", [
      "一、推进场景开放",
      "(一)建设起降点。开展建设。",
      "附件",
      "重点任务分工表",
    ]);
    expect(kinds(doc)).toEqual([
      ["Action", "推进场景开放"],
      ["Task", "建设起降点"],
    ]);
  });
});

describe("an article's or measure's subject in a later sentence", () => {
  it("reads the department opening a later sentence, with those it works 会同", () => {
    expect(
      units(
        plan("青峰市人民政府", [
          "第一条 支持标准建设。对主导制定标准的企业给予奖励。市市场监管局做好标准化服务。",
          "第二条 本措施所需资金由市、区两级财政分担。市科技局按季度受理申报,会同市财政局审核拨付资金。",
          "第三条 各市(县)、区人民政府应当制定配套政策。",
          "第四条 支持企业融资。高新区财政金融局会同经济运行局设立子基金。",
        ]),
      ),
    ).toEqual([
      ["支持标准建设", "青峰市市场监管局", "LEAD"],
      ["本措施所需资金由市、区两级财政分担", "青峰市科技局", "LEAD"],
      ["本措施所需资金由市、区两级财政分担", "青峰市财政局", "PARTICIPANT"],
      ["各市(县)、区人民政府应当制定配套政策", "各市(县)、区人民政府", "LEAD"],
      ["支持企业融资", "高新区财政金融局", "LEAD"],
      ["支持企业融资", "高新区经济运行局", "PARTICIPANT"],
    ]);
  });

  it("reads a measure whose department follows its heading (`(一)加强统筹协调。甲部会同乙部、丙部…`)", () => {
    expect(
      units(plan("甲部", ["四、保障措施", "(一)加强统筹协调。工业和信息化部会同国家发展改革委、科技部建立协调机制。"])),
    ).toEqual([
      ["加强统筹协调", "中华人民共和国工业和信息化部", "LEAD"],
      ["加强统筹协调", "国家发展改革委", "PARTICIPANT"],
      ["加强统筹协调", "科技部", "PARTICIPANT"],
    ]);
  });
});

describe("tables whose cells wrap inside a name", () => {
  it("joins a unit a page's | | 续文 | row breaks, and keeps a name that ends whole apart", () => {
    expect(
      units(
        plan("青峰市人民政府办公室", [
          "| 序号 | 重点任务 | 工作内容 | 牵头单位 | 配合单位 | 完成时限 |",
          "| 1 | 建设智算中心 | 加快建设智算中心 | 市发展改革委 | 市数据局、市自然资源和 | 2026年9月 |",
          "|  |  | 年底前投入运营。 |  | 规划局,各县区人民政府 |  |",
        ]),
      ),
    ).toEqual([
      ["建设智算中心", "青峰市发展改革委", "LEAD"],
      ["建设智算中心", "青峰市数据局", "PARTICIPANT"],
      ["建设智算中心", "青峰市自然资源和规划局", "PARTICIPANT"],
      ["建设智算中心", "各县区人民政府", "PARTICIPANT"],
    ]);
  });

  it("reads a printed line without its 序号 as the row above carried on, and 各市、州人民政府 as one collective", () => {
    const doc = plan("某省人民政府办公厅", [
      "序号  重点任务              牵头单位          配合单位",
      " 1    建设行业高质量数据    省数据局、        省科技厅,各市、州人",
      "     集                    省经信厅          民政府",
      " 2    开发工业大模型        省科技厅          省经信厅",
    ]);
    expect(kinds(doc).map(([, name]) => name)).toEqual(["建设行业高质量数据集", "开发工业大模型"]);
    expect(units(doc).filter(([task]) => task === "建设行业高质量数据集")).toEqual([
      ["建设行业高质量数据集", "某省数据局", "LEAD"],
      ["建设行业高质量数据集", "某省经信厅", "LEAD"],
      ["建设行业高质量数据集", "某省科技厅", "PARTICIPANT"],
      ["建设行业高质量数据集", "各市、州人民政府", "PARTICIPANT"],
    ]);
  });
});

describe("the fidelity measure's readings", () => {
  it("reads a district's body with or without its city in front, and nothing else so", () => {
    expect(bodyName("武汉市洪山区科经局")).toBe(bodyName("洪山区科经局"));
    expect(bodyName("西安市西咸新区管委会")).toBe(bodyName("西咸新区管委会"));
    expect(bodyName("武汉市科技局")).toBe("武汉市科技局");
    expect(bodyName("婺源县江湾镇人民政府")).toBe(bodyName("江湾镇人民政府"));
    expect(bodyName("德清县武康街道办事处")).toBe(bodyName("武康街道办事处"));
    expect(bodyName("青川市城乡建设局")).toBe("青川市城乡建设局");
  });

  it("reads a zone's body under its long name or its official short one as one", () => {
    expect(bodyName("杨凌农业高新技术产业示范区财政局")).toBe(bodyName("杨凌示范区财政局"));
    expect(bodyName("上海自由贸易试验区管委会")).toBe(bodyName("上海自贸试验区管委会"));
    expect(bodyName("杨凌示范区财政局")).not.toBe(bodyName("杨凌高新区财政局"));
    expect(bodyName("重庆两江新区管委会")).toBe("重庆两江新区管委会");
    expect(bodyName("武汉东湖新技术开发区科技创新局")).toBe(bodyName("东湖高新区科技创新局"));
    expect(bodyName("西安高新技术产业开发区管理委员会")).toBe(bodyName("西安高新区管委会"));
  });

  it("reads a tax bureau with or without its administration, and a local party body with or without 中共, as one", () => {
    expect(bodyName("国家税务总局佛山市税务局")).toBe(bodyName("佛山市税务局"));
    expect(bodyName("中共江西省委网信办")).toBe(bodyName("江西省委网信办"));
    expect(bodyName("中共中央网信办")).not.toBe(bodyName("中央网信办"));
    expect(bodyName("国家税务总局")).toBe("税务总局");
  });

  it("reads the regulators' provincial offices, river commissions and social security departments under their short names as one", () => {
    expect(bodyName("中国证券监督管理委员会湖北监管局")).toBe(bodyName("湖北证监局"));
    expect(bodyName("国家金融监督管理总局湖北监管局")).toBe(bodyName("湖北金融监管局"));
    expect(bodyName("水利部长江水利委员会")).toBe(bodyName("长江水利委"));
    expect(bodyName("云南省人力资源和社会保障厅")).toBe(bodyName("云南省人力资源社会保障厅"));
    expect(bodyName("国家金融监督管理总局湖北监管局")).not.toBe(bodyName("湖北证监局"));
    expect(bodyName("共青团苏州市姑苏区委")).toBe(bodyName("共青团姑苏区委员会"));
  });

  it("takes a reordered metric as the same measure and a different one as another", () => {
    expect(sameMetric("开展规模化应用的养老机构", "养老机构开展规模化应用")).toBe(true);
    expect(sameMetric("算力总规模", "全市算力总规模")).toBe(true);
    expect(sameMetric("智能工厂", "数据中心上架率")).toBe(false);
  });
});

describe("parts and actions", () => {
  it("reads a heading that builds a base (`夯实产业基础`) as an action, and the part that tells of it (`发展基础`) as none", () => {
    expect(
      kinds(
        plan("青峰县人民政府办公室", [
          "一、发展基础",
          "  全县已有企业一百余家。",
          "二、夯实产业基础",
          "(一)建设算力平台。开展建设。",
          "(二)培育数据企业。开展培育。",
        ]),
      ),
    ).toEqual([
      ["Action", "夯实产业基础"],
      ["Task", "建设算力平台"],
      ["Task", "培育数据企业"],
    ]);
  });
});

describe("who runs a measure", () => {
  it("reads 由X牵头,会同Y…, 由X牵头、Y等单位参加, 要会同 and a working group's office", () => {
    expect(
      units(
        plan("青峰市人民政府办公室", [
          "四、保障措施",
          "(一)加强统筹领导。在领导小组统筹下,由市发展改革委牵头,会同市工信局、市科技局建立推进机制。",
          "(二)加强统筹推进。建立由市数据局牵头,市通信管理局、市财政局等单位参加的推进机制。",
          "(三)加强协同联动。依托工作专班定期调度。市数据局要会同市发展改革委建立调度机制。",
          "(四)加强组织领导。成立工作领导小组,领导小组办公室设在市发改委,负责统筹协调。",
        ]),
      ),
    ).toEqual([
      ["加强统筹领导", "青峰市发展改革委", "LEAD"],
      ["加强统筹领导", "青峰市工信局", "PARTICIPANT"],
      ["加强统筹领导", "青峰市科技局", "PARTICIPANT"],
      ["加强统筹推进", "青峰市数据局", "LEAD"],
      ["加强统筹推进", "青峰市通信管理局", "PARTICIPANT"],
      ["加强统筹推进", "青峰市财政局", "PARTICIPANT"],
      ["加强协同联动", "青峰市数据局", "LEAD"],
      ["加强协同联动", "青峰市发展改革委", "PARTICIPANT"],
      ["加强组织领导", "青峰市发改委", "LEAD"],
    ]);
  });

  it("levels a central body's regional branch national (民航西南地区管理局)", () => {
    const got = read(
      plan("某省人民政府办公厅", [
        "一、重点任务",
        "1.统筹起降设施布局。开展布局。(责任单位:省发展改革委、民航西南地区管理局)",
      ]),
    );
    const branch = got.nodes.find((n) => n.props.name === "民航西南地区管理局")!;
    expect(branch.props.level).toBe("NATIONAL");
  });
});

describe("articles and chapters", () => {
  it("reads the articles of a `一、总则` section, and a chapter's `一、` items as tasks of the chapter's action with its text", () => {
    const articles = kinds(
      plan("青峰市人民政府办公室", [
        "一、总则",
        "第一条　目的。为规范算力券使用,制定本细则。",
        "第二条　职责分工。市数据局牵头负责组织实施,市财政局负责资金保障。",
      ]),
    );
    expect(articles).toEqual([
      ["Task", "目的"],
      ["Task", "职责分工"],
    ]);
    const g = read(
      plan("青峰高新区管委会", [
        "第一章　实施苗圃企业筑基工程",
        "  构建梯度培育体系,夯实企业成长基础。",
        "一、建立梯度培育库。按照发现一批、培育一批的思路建库。",
        "二、强化孵化载体支撑。支持建设标准厂房。",
      ]),
    );
    const action = g.nodes.find((n) => n.label === "Action")!;
    expect([action.props.name, action.props.text]).toEqual([
      "实施苗圃企业筑基工程",
      "构建梯度培育体系,夯实企业成长基础。",
    ]);
    expect(g.nodes.filter((n) => n.label === "Task").map((n) => n.props.name)).toEqual([
      "建立梯度培育库",
      "强化孵化载体支撑",
    ]);
  });
});

describe("goals and companies of a paragraph", () => {
  it("reads the goals of a paragraph a deadline opens, to the paragraph's end and no further", () => {
    const g = read(
      plan("甲部", [
        "一、总体要求",
        "  到2027年,转型路径基本成熟。推动不少于12万家中小企业实施数字化改造,培育工业互联网平台200个以上。",
        "  近年来,全国已建成平台300个。",
      ]),
    );
    const targets = g.nodes.filter((n) => n.label === "Target").map((n) => [n.props.value, n.props.deadlineYear]);
    expect(targets).toEqual([
      [12, 2027],
      [200, 2027],
    ]);
  });

  it("reads a list of products closed by 等重大项目 as no companies", () => {
    const g = read(
      plan("青峰市人民政府办公室", [
        "一、重点任务",
        "1.支持项目落地。对新引进的自动驾驶系统、智能座舱、车规级芯片等重大项目给予支持。",
      ]),
    );
    expect(g.nodes.filter((n) => n.label === "Organization").map((n) => n.props.name)).toEqual([]);
  });
});

describe("centres that serve", () => {
  it("reads technology-transfer, promotion and operation centres as platforms", () => {
    const g = read(
      plan("青峰市人民政府办公室", [
        "一、重点任务",
        "1.促进成果转化。依托青峰国际技术转移中心开展对接,支持青峰知识产权运营中心提供服务。",
      ]),
    );
    expect(g.nodes.filter((n) => n.label === "Platform").map((n) => n.props.name)).toEqual([
      "青峰国际技术转移中心",
      "青峰知识产权运营中心",
    ]);
  });
});

// Invented texts in the layouts real government pages have (no real document's words): where the
// title, issuer, 文号 and date sit, and how items, tables and articles are numbered.
import { describe, expect, it } from "vitest";
import { canonicalPunctuation } from "../../src/ingest/punctuation.js";
import { parseStructure } from "../../src/ingest/structure.js";
import { sameTitle } from "../../src/ingest/structure-title.js";

const parse = (lines: string[], title?: string) => {
  const text = canonicalPunctuation(lines.join("\n"));
  const s = parseStructure(text, { title });
  expectExactSpans(text, s);
  return s;
};

/** Every span anywhere in the structure quotes the text at its offsets. */
function expectExactSpans(text: string, value: unknown): void {
  if (Array.isArray(value)) return value.forEach((v) => expectExactSpans(text, v));
  if (!value || typeof value !== "object") return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string")
    expect(text.slice(o.start, o.end)).toBe(o.text);
  for (const v of Object.values(o)) if (v !== value) expectExactSpans(text, v);
}

const SALUTATION = "各区人民政府,市政府各部门、各直属机构:";

describe("finding the title in every common layout", () => {
  it("takes the title line under a notice line, 文号 line and salutation, and never cites the attachment", () => {
    const s = parse([
      "甲省人民政府办公厅关于印发《甲省智能装备推进方案(2023—2025年)》的通知",
      "甲府办〔2023〕8号",
      SALUTATION,
      "  经省人民政府同意,现将《甲省智能装备推进方案(2023-2025)》印发给你们,请认真贯彻执行。",
      "甲省智能装备推进方案(2023—2025年)",
      "  为落实《乙规划》,制定本方案。",
      "一、重点任务",
    ]);
    expect(s.title?.text).toBe("甲省智能装备推进方案(2023—2025年)");
    expect(s.issuer?.text).toBe("甲省人民政府办公厅");
    expect(s.docNumber?.text).toBe("甲府办〔2023〕8号");
    expect(s.titleCitations.map((c) => c.title.text)).toEqual(["乙规划"]);
  });

  it("skips site name, breadcrumbs and the metadata table, reading 文号 and 成文日期 from it", () => {
    const s = parse([
      "丙市人民政府门户网站",
      "首页 > 政务公开 > 政策文件",
      "索 引 号:11111/2024-01　　　主题分类:科技",
      "发布机构:丙市人民政府办公室　　　成文日期:2024-03-05",
      "发文字号:丙府办〔2024〕3号　　　发布日期:2024-03-09",
      "丙市人民政府办公室关于印发丙市算力券实施细则的通知",
      SALUTATION,
      "  《丙市算力券实施细则》已经市政府同意,现印发给你们。",
      "丙市算力券实施细则",
      "一、适用范围",
    ]);
    expect(s.title?.text).toBe("丙市算力券实施细则");
    expect(s.docNumber?.text).toBe("丙府办〔2024〕3号");
    expect(s.issueDate?.iso).toBe("2024-03-05");
    expect(s.issuer?.text).toBe("丙市人民政府办公室");
  });

  it("reads a bare title line over the body when there is no salutation, even broken over lines", () => {
    expect(
      parse(["丁市促进机器人产业发展若干措施", "  为推动机器人产业发展,制定本措施。", "一、支持研发"]).title?.text,
    ).toBe("丁市促进机器人产业发展若干措施");
    const broken = parse([
      "丁区打造智能制造高地",
      "三年行动计划",
      "(2024—2026年)",
      "  为加快发展,制定本计划。",
      "一、总体要求",
    ]);
    expect(broken.title?.text).toBe("丁区打造智能制造高地\n三年行动计划\n(2024—2026年)");
  });

  it("takes the title from 现将《X》印发给你们 in a text that starts at the salutation, its own line when it has one", () => {
    const only = parse([
      SALUTATION,
      "  现将《戊市数据要素行动方案》印发给你们,请认真组织实施。",
      "戊市人民政府办公室",
      "2024年1月2日",
      "一、工作目标",
    ]);
    expect(only.title?.text).toBe("戊市数据要素行动方案");
    expect(only.titleCitations).toEqual([]);
    expect(only.issuer?.text).toBe("戊市人民政府办公室");
    const own = parse([
      SALUTATION,
      "  现将《戊市数据要素行动方案》印发给你们。",
      "",
      "戊市数据要素的行动方案",
      "一、工作目标",
    ]);
    expect(own.title?.text).toBe("戊市数据要素的行动方案");
  });

  it("gives joint party–government issuers one span, also when they stand on the line above 印发", () => {
    const joint = parse([
      "中共己市委办公厅 己市人民政府办公厅印发《己市智能经济若干措施》的通知",
      SALUTATION,
      "一、总体要求",
    ]);
    expect(joint.title?.text).toBe("己市智能经济若干措施");
    expect(joint.issuer?.text).toBe("中共己市委办公厅 己市人民政府办公厅");
    const above = parse([
      "己省工业和信息化厅　己省科学技术厅",
      "关于印发《己省智能工厂工作要点》的通知",
      SALUTATION,
      "一、总体要求",
    ]);
    expect(above.issuer?.text).toBe("己省工业和信息化厅　己省科学技术厅");
  });

  it("reads a regulation in chapters and articles inside an announcement, without its table of contents", () => {
    const s = parse([
      "关于《庚市算力条例(草案)》公开征求意见的公告",
      "  现将《庚市算力条例(草案)》公布,征求意见。",
      "庚市人大常委会办公厅",
      "2024年6月1日",
      "庚市算力条例(草案)",
      "第一章 总则",
      "第二章 保障与监督",
      "第一章 总则",
      "第一条 为了发展算力,根据《甲法》(甲发〔2020〕1号),制定本条例。",
      "第二条 本条例适用于下列设施:",
      "(一)计算中心;",
      "(二)数据中心。",
      "第二章 保障与监督",
      "第三条 市财政局给予资金支持。",
    ]);
    expect(s.title?.text).toBe("庚市算力条例(草案)");
    expect(s.sections.map((x) => x.heading.text)).toEqual(["总则", "保障与监督"]);
    expect(s.sections[0]!.items.map((i) => i.title.text)).toEqual([
      "为了发展算力,根据《甲法》(甲发〔2020〕1号),制定本条例",
      "本条例适用于下列设施:\n(一)计算中心;\n(二)数据中心",
    ]);
    expect(s.sections[0]!.numbered).toEqual([]);
    expect(s.citations.map((c) => c.docNumber.text)).toEqual(["甲发〔2020〕1号"]);
    expect(s.titleCitations).toEqual([]);
  });

  it("finds no title where there is none, and uses a given one, with its span when the text has it", () => {
    expect(parse(["这是一段文字,没有标题。", "也没有称呼。"]).title).toBeNull();
    expect(parse([SALUTATION, "  请做好有关工作。"], "辛市工作通知").title).toBeNull();
    expect(parse(["辛市工作安排", SALUTATION, "一、任务"], "辛市工作安排").title?.text).toBe("辛市工作安排");
  });

  it("compares the notice's spellings of one title loosely (的, dashes, bracket widths)", () => {
    expect(sameTitle("甲市发展的行动计划(2021-2023年)", "《甲市发展行动计划（2021—2023）》")).toBe(true);
    expect(sameTitle("甲市发展行动计划", "乙市发展行动计划")).toBe(false);
  });
});

describe("items that follow the document's numbering", () => {
  it("keeps a body and clause written on the lines under a (一) heading, and reads 一 、 with a space", () => {
    const s = parse([
      "一 、重点任务",
      "(一)建设算力平台。",
      "  支持企业建设智算中心。",
      "  (责任单位:市科技局、市财政局)",
      "(二)培育企业。支持企业上市。",
      "二 、保障措施",
      "(一)加强领导。统筹推进。",
    ]);
    expect(s.sections.map((x) => x.heading.text)).toEqual(["重点任务", "保障措施"]);
    const [first] = s.sections[0]!.items;
    expect(first!.title.text).toBe("建设算力平台");
    expect(first!.body?.text).toBe("支持企业建设智算中心。\n  (责任单位:市科技局、市财政局)");
  });

  it("puts 1、 tasks under a heading without 。, and leaves 一是…二是 and (1) parts in the task's body", () => {
    const s = parse([
      "二、重点任务",
      "(一)强化算力基础设施",
      "1、建设智算中心。一是扩容;二是提效。",
      "(1)新建机房;",
      "(2)改造机房。",
      "2、推进普惠。发放算力券。",
    ]);
    const sec = s.sections[0]!;
    expect(sec.items.map((i) => [i.title.text, i.body])).toEqual([["强化算力基础设施", null]]);
    expect(sec.numbered.map((n) => [n.item.title.text, n.parent?.title.text])).toEqual([
      ["建设智算中心", "强化算力基础设施"],
      ["推进普惠", "强化算力基础设施"],
    ]);
    expect(sec.numbered[0]!.item.body?.text).toBe("一是扩容;二是提效。\n(1)新建机房;\n(2)改造机房。");
  });

  it("makes a section of 1. tasks their action, but not a 保障措施 part, whose (1) items are its own", () => {
    const s = parse([
      "一、壮大智能产业",
      "1.培育企业。支持上市。",
      "2.建设园区。建设产业园。",
      "二、保障措施",
      "(1)加强领导。建立机制。",
    ]);
    expect(s.sections[0]!.items.map((i) => i.title.text)).toEqual(["壮大智能产业"]);
    expect(s.sections[0]!.numbered.map((n) => n.parent?.title.text)).toEqual(["壮大智能产业", "壮大智能产业"]);
    expect(s.sections[1]!.items.map((i) => i.title.text)).toEqual(["加强领导"]);
  });
});

describe("task tables", () => {
  const roles = (s: ReturnType<typeof parse>) =>
    s.sections
      .flatMap((x) => x.rows)
      .map((r) => [r.item.title.text, r.clause?.units.map((u) => `${u.span.text}:${u.role}`)]);

  it("reads rows apart by |, tabs or runs of spaces, with 牵头 LEAD and 配合 PARTICIPANT", () => {
    for (const sep of [" | ", "\t", "    "]) {
      const s = parse([
        "壬市人工智能重点任务清单",
        "序号" + sep + "工作任务" + sep + "牵头单位" + sep + "配合单位" + sep + "完成时限",
        "1" + sep + "建设算力平台。面向企业开放" + sep + "市发展改革委" + sep + "市科技局、市财政局" + sep + "2025年底",
        "2" + sep + "开展人才培训" + sep + "市人社局" + sep + "各区政府" + sep + "2025年6月",
      ]);
      expect(roles(s)).toEqual([
        ["建设算力平台", ["市发展改革委:LEAD", "市科技局:PARTICIPANT", "市财政局:PARTICIPANT"]],
        ["开展人才培训", ["市人社局:LEAD", "各区政府:PARTICIPANT"]],
      ]);
      expect(s.sections[0]!.rows[0]!.item.body?.text).toBe("面向企业开放");
    }
  });

  it("keeps a row's wrapped task cell as its body and reads a 责任单位 column as a list", () => {
    const s = parse([
      "一、重点任务",
      "序号  重点工作              责任单位",
      "1     建设数据基地。引进    市数据局、市科技局",
      "      标注企业",
      "  各区要抓好落实,按期报送。",
      "二、保障措施",
    ]);
    expect(roles(s)).toEqual([["建设数据基地", ["市数据局:LEAD", "市科技局:PARTICIPANT"]]]);
    expect(s.sections[0]!.rows[0]!.item.body?.text).toMatch(/标注企业$/);
  });
});

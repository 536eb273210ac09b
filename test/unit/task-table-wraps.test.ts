// Task tables whose rows carry on below them: a `|  | 续文 |  |  |` row a page adds for a long cell, cells
// of a space-aligned table wrapped onto the next line (a task's words and a unit list), the last row at the
// end of the text, and rows as wide as each other that a PDF copy's line joining must leave apart. All text
// is invented.
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.js";
import { canonicalPunctuation } from "../../src/ingest/punctuation.js";
import { parseStructure } from "../../src/ingest/structure.js";
import { layoutText } from "../../src/ingest/text-layout.js";

const rowsOf = (lines: string[]) => {
  const text = canonicalPunctuation(layoutText(normalise(lines.join("\n"))).text);
  return parseStructure(text)
    .sections.flatMap((s) => s.rows)
    .map((r) => ({
      title: r.item.title.text,
      body: r.item.body?.text ?? null,
      units: r.clause?.units.map((u) => `${u.span.text}:${u.role}`) ?? [],
      due: r.due?.text ?? null,
    }));
};
const HEAD = ["甲市2025年智能产业工作要点", ""];

describe("a pipe table's continuation rows", () => {
  it("join the row above, whether their empty leading cells are kept or dropped", () => {
    const rows = rowsOf([
      ...HEAD,
      "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |",
      "| 1 | 征集应用场景 | 市数据局 | 市科技局 | 2025年10月 |",
      "|  | 对入选场景给予算力券支持 |  |  |  |",
      "| 2 | 建设标注基地 | 市工信局 | 市人社局 | 2025年12月 |",
      "| 按季度通报建设进展 | | | |",
      "| 3 | 开展人才培训 | 市人社局 | 市教育局 | 长期 |",
    ]);
    expect(rows.map((r) => [r.title, r.units, r.due])).toEqual([
      ["征集应用场景", ["市数据局:LEAD", "市科技局:PARTICIPANT"], "2025年10月"],
      ["建设标注基地", ["市工信局:LEAD", "市人社局:PARTICIPANT"], "2025年12月"],
      ["开展人才培训", ["市人社局:LEAD", "市教育局:PARTICIPANT"], "长期"],
    ]);
    expect(rows[0]!.body).toMatch(/算力券支持$/);
    expect(rows[1]!.body).toMatch(/按季度通报建设进展$/);
  });
});

describe("a tab-separated table", () => {
  it("carries a row's task on to a line set in by a tab, and stops at the prose after it", () => {
    const rows = rowsOf([
      ...HEAD,
      "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
      "1\t建设算力平台。面向企业\t市发改委\t市科技局\t2025年底",
      "\t开放调度服务",
      "2\t开展人才培训\t市人社局\t各区政府\t2025年6月",
      "各区要抓好落实。",
    ]);
    expect(rows.map((r) => [r.title, r.units.length])).toEqual([
      ["建设算力平台", 2],
      ["开展人才培训", 2],
    ]);
    expect(rows[0]!.body).toMatch(/开放调度服务$/);
  });
});

describe("a space-aligned table", () => {
  const table = [
    "序号  工作任务                              牵头单位      配合单位              完成时限",
    "1     建设智算中心。年内新增智能算力        市发改委      市科技局、市数据局    2025年12月",
    "      300PFLOPS,服务本地企业",
    "2     打造医疗场景。在市属医院部署辅助      市卫健委      市数据局、市财政局、  2025年9月",
    "      诊断系统                                            市科技局",
    "3     举办智能产业创新大赛                  市科技局      市文旅局              2025年10月",
    "4     引育高层次人才团队10个                市人社局      市科技局              2025年12月",
    "5     开展智能制造诊断服务                  市工信局      各区政府              2025年11月",
  ];

  it("keeps a wrapped task cell as the row's body and a wrapped unit cell among its units, through the last row", () => {
    const rows = rowsOf([...HEAD, ...table]);
    expect(rows.map((r) => r.title)).toEqual([
      "建设智算中心",
      "打造医疗场景",
      "举办智能产业创新大赛",
      "引育高层次人才团队10个",
      "开展智能制造诊断服务",
    ]);
    expect(rows[0]!.body).toMatch(/服务本地企业$/);
    expect(rows[1]!.body).toMatch(/诊断系统$/);
    expect(rows[1]!.units).toEqual([
      "市卫健委:LEAD",
      "市数据局:PARTICIPANT",
      "市财政局:PARTICIPANT",
      "市科技局:PARTICIPANT",
    ]);
  });

  it("takes no signer or date printed at the right under the table into its last row", () => {
    const rows = rowsOf([
      ...HEAD,
      ...table,
      "                                                  甲市人民政府办公室",
      "                                                  2025年2月1日",
    ]);
    expect(rows.at(-1)!.units).toEqual(["市工信局:LEAD", "各区政府:PARTICIPANT"]);
  });

  it("is left line by line when its rows, as wide as each other, sit among a PDF copy's broken lines", () => {
    const prose = [
      "为推进智能产业发展,加快建设智能算力设施,推动",
      "模型应用落地,提升产业链现代化水平,特制定本要",
      "点,请各单位结合实际认真贯彻落实,按期报送进展",
    ];
    const text = layoutText(normalise([...HEAD, ...prose, ...table].join("\n"))).text;
    expect(text).toContain("推动模型应用落地");
    for (const line of table) expect(text.split("\n")).toContain(line);
  });

  it("carries rows on where a reader squeezed the gaps to single wide spaces, but not into the paragraph or signer after it", () => {
    const squeezed = [
      "序号　工作任务　　　　　牵头单位　配合单位　　完成时限",
      "1　　建设智算中心。年内新增智能算力　市发改委　市科技局、市数据局　2025年12月",
      "　300PFLOPS,服务本地企业",
      "2　打造医疗场景。在市属医院部署辅助　市卫健委　市数据局、市财政局、　2025年9月",
      "　诊断系统　　　　　　　　市科技局",
      "3　举办智能产业创新大赛　　市科技局　市文旅局　　2025年10月",
      "　　各区要对照本计划细化年度任务清单,按季度报送工作进展情况。",
      "　　　　甲市人民政府办公室",
    ];
    const rows = rowsOf([...HEAD, ...squeezed]);
    expect(rows.map((r) => r.title)).toEqual(["建设智算中心", "打造医疗场景", "举办智能产业创新大赛"]);
    expect(rows[0]!.body).toMatch(/服务本地企业$/);
    expect(rows[1]!.units).toEqual([
      "市卫健委:LEAD",
      "市数据局:PARTICIPANT",
      "市财政局:PARTICIPANT",
      "市科技局:PARTICIPANT",
    ]);
    expect([rows[2]!.body, rows[2]!.units]).toEqual([null, ["市科技局:LEAD", "市文旅局:PARTICIPANT"]]);
  });
});

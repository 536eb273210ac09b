import { describe, expect, it } from "vitest";
import { todayInChina } from "../../src/citations/citation-fields.js";
import { CitationFormat, type CitationSource, renderCitations } from "../../src/citations/index.js";
import { placeOf } from "../../src/citations/place.js";
import { formatBibliography, parseCitations } from "../helpers/citation-parsers.js";

// Invented documents (fiction: titles, 文号 and pages are made up), shaped like the graph's.
const ONLINE: CitationSource = {
  id: "PolicyDocument:doc-online",
  title: "某市推进人工智能产业发展行动计划(2021-2023年)",
  titleEn: "Action Plan of a City for the AI Industry (2021-2023)",
  docNumber: "穗工信规字〔2021〕99号",
  issueDate: "2021-11-02",
  publishedOn: "2021-11-05",
  level: "MUNICIPAL",
  type: "ACTION_PLAN",
  period: "2021-2023",
  sourceUrl: "https://www.gz.gov.cn/example/post_0000099.html",
  placeholder: false,
  example: true,
  issuers: [
    {
      role: "ISSUER",
      name: "广州市工业和信息化局",
      nameEn: "Guangzhou Municipal Bureau of Industry and Information Technology",
      level: "MUNICIPAL",
    },
    { role: "APPROVER", name: "广州市人民政府", nameEn: null, level: "MUNICIPAL" },
  ],
};

/** Known only from a citation: no page, no date of issue, the year in its 文号. */
const CITED: CitationSource = {
  id: "PolicyDocument:doc-cited",
  title: "某省加快发展智能产业实施方案",
  titleEn: null,
  docNumber: "粤经信函〔2018〕901号",
  issueDate: null,
  level: "PROVINCIAL",
  type: "IMPLEMENTATION_PLAN",
  period: null,
  sourceUrl: null,
  placeholder: true,
  example: false,
  issuers: [{ role: "ISSUER", name: "广东省经济和信息化委员会", nameEn: null, level: "PROVINCIAL" }],
};

const ACCESSED = "2026-05-01";

describe("RIS as citation-js reads it", () => {
  it("keeps the Chinese title as the title, the full date of issue, the place, the 文号 and the day the page is cited as read", () => {
    const ris = renderCitations([ONLINE], CitationFormat.RIS, ACCESSED);
    expect(ris).toContain("TI  - 某市推进人工智能产业发展行动计划(2021-2023年)\r\n");
    expect(ris).toContain("DA  - 2021/11/02\r\nPY  - 2021\r\n");
    expect(ris).not.toMatch(/^TT {2}-/m);
    const [ref] = parseCitations(ris, "ris");
    expect(ref).toMatchObject({
      type: "report",
      title: ONLINE.title,
      issued: { "date-parts": [[2021, 11, 2]] },
      accessed: { "date-parts": [[2026, 5, 1]] },
      "publisher-place": "广州",
      publisher: "广州市工业和信息化局",
      number: "穗工信规字〔2021〕99号",
      URL: ONLINE.sourceUrl,
      genre: "action plan",
    });
    expect(ref!.note).toContain(`English title: ${ONLINE.titleEn}.`);
  });

  it("gives a document only cited the year of its 文号, so no reader shows n.d.", () => {
    for (const [ext, format] of [
      ["ris", CitationFormat.RIS],
      ["bib", CitationFormat.BIBTEX],
      ["json", CitationFormat.CSL_JSON],
    ] as const) {
      const refs = parseCitations(renderCitations([CITED], format, ACCESSED), ext);
      expect(refs[0]!.issued, ext).toEqual({ "date-parts": [[2018]] });
      const entry = formatBibliography(refs);
      expect(entry, ext).toContain("2018");
      expect(entry, ext).not.toContain("n.d.");
    }
  });

  it("writes the same place and access date in CSL-JSON and BibTeX", () => {
    const [csl] = parseCitations(renderCitations([ONLINE], CitationFormat.CSL_JSON, ACCESSED), "json");
    const [bib] = parseCitations(renderCitations([ONLINE], CitationFormat.BIBTEX, ACCESSED), "bib");
    for (const ref of [csl, bib]) {
      expect(ref).toMatchObject({
        "publisher-place": "广州",
        accessed: { "date-parts": [[2026, 5, 1]] },
        issued: { "date-parts": [[2021, 11, 2]] },
      });
    }
  });
});

describe("GB/T 7714-2015", () => {
  it("cites a document with an official page as [EB/OL], with place, issuer, year, page date, access date and URL", () => {
    expect(renderCitations([ONLINE], CitationFormat.GBT7714, ACCESSED)).toBe(
      "[1] 广州市工业和信息化局. 某市推进人工智能产业发展行动计划(2021-2023年): 穗工信规字〔2021〕99号[EB/OL]. " +
        "广州: 广州市工业和信息化局, 2021(2021-11-05)[2026-05-01]. https://www.gz.gov.cn/example/post_0000099.html.\n",
    );
  });

  it("cites a document without one as [Z], with its 文号's year, and numbers a list in order", () => {
    const list = renderCitations(
      [CITED, { ...ONLINE, sourceUrl: null, publishedOn: null }],
      CitationFormat.GBT7714,
      ACCESSED,
    );
    expect(list.split("\n")).toEqual([
      "[1] 广东省经济和信息化委员会. 某省加快发展智能产业实施方案: 粤经信函〔2018〕901号[Z]. 广州: 广东省经济和信息化委员会, 2018.",
      "[2] 广州市工业和信息化局. 某市推进人工智能产业发展行动计划(2021-2023年): 穗工信规字〔2021〕99号[Z]. 广州: 广州市工业和信息化局, 2021.",
      "",
    ]);
  });

  it("writes what is unknown as the standard says", () => {
    const bare: CitationSource = { ...CITED, docNumber: null, issuers: [] };
    expect(renderCitations([bare], CitationFormat.GBT7714, ACCESSED)).toBe(
      "[1] 某省加快发展智能产业实施方案[Z]. [出版地不详]: [出版者不详].\n",
    );
    const unplaced: CitationSource = {
      ...CITED,
      issuers: [{ role: "ISSUER", name: "黄埔区科技局", nameEn: null, level: "DISTRICT" }],
    };
    expect(renderCitations([unplaced], CitationFormat.GBT7714, ACCESSED)).toContain(
      "[Z]. [出版地不详]: 黄埔区科技局, 2018.",
    );
  });

  it("cites the page as read today, in China Standard Time, unless told the day", () => {
    expect(todayInChina(new Date("2026-01-31T17:00:00Z"))).toBe("2026-02-01");
    expect(renderCitations([ONLINE], CitationFormat.GBT7714)).toContain(`[${todayInChina()}]`);
  });
});

describe("the place of publication", () => {
  it.each([
    ["国务院办公厅", "NATIONAL", "北京"],
    ["中华人民共和国工业和信息化部", null, "北京"],
    ["工业和信息化部", "NATIONAL", "北京"],
    ["广州市工业和信息化局", "MUNICIPAL", "广州"],
    ["广州市黄埔区人民政府", "DISTRICT", "广州"],
    ["上海市浦东新区人民政府", "DISTRICT", "上海"],
    ["广东省人民政府办公厅", "PROVINCIAL", "广州"],
    ["广东省市场监督管理局", "PROVINCIAL", "广州"],
    ["广西壮族自治区人民政府", "PROVINCIAL", "南宁"],
    ["乌鲁木齐市人民政府", "MUNICIPAL", "乌鲁木齐"],
    ["黄埔区科技局", "DISTRICT", null],
  ])("of %s (%s) is %s", (name, level, place) => {
    expect(placeOf(name, level)).toBe(place);
  });
});

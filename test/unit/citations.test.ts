import { describe, expect, it } from "vitest";
import { CitationFormat, type CitationSource, renderCitations } from "../../src/citations/index.js";
import { evidenceLink, textFragmentLink } from "../../src/citations/links.js";
import { readQuoteRange } from "../../src/documents/quote-range.js";
import { escapeHtml, renderReaderPage } from "../../src/documents/reader-page.js";
import { parseCitations } from "../helpers/citation-parsers.js";

/** A document whose every text field holds what BibTeX, RIS and JSON must escape or keep on one line. */
const AWKWARD: CitationSource = {
  id: "PolicyDocument:doc-awkward",
  title: "关于{特殊}字符 & 50% $ _ # ~ ^ \\ 的通知",
  titleEn: "Notice on {special} characters\nacross two lines",
  docNumber: "穗府办〔2024〕1号",
  issueDate: "2024-01-05",
  level: "MUNICIPAL",
  type: "NOTICE",
  period: null,
  sourceUrl: "https://www.gz.gov.cn/zwgk/a_b/content/post_1.html?x=1&y=2",
  placeholder: false,
  example: true,
  issuers: [
    {
      role: "ISSUER",
      name: "广州市人民政府办公厅",
      nameEn: "General Office of the Guangzhou Municipal People's Government",
    },
  ],
};

describe("citation files", () => {
  it.each([
    ["bib", CitationFormat.BIBTEX],
    ["ris", CitationFormat.RIS],
    ["json", CitationFormat.CSL_JSON],
  ] as const)("escape LaTeX specials and line breaks so citation-js reads the %s back unchanged", (ext, format) => {
    const [ref] = parseCitations(renderCitations([AWKWARD], format), ext);
    expect(ref!.title).toBe(AWKWARD.title);
    expect(ref!.number).toBe(AWKWARD.docNumber);
    expect(ref!.URL).toBe(AWKWARD.sourceUrl);
    expect(ref!.author).toEqual([
      expect.objectContaining(
        ext === "json" ? { literal: "广州市人民政府办公厅" } : { family: "广州市人民政府办公厅" },
      ),
    ]);
    expect(ref!.note).toContain("Fictional example document");
  });

  it("writes each RIS tag on one line with CRLF line ends and ends each record with ER", () => {
    const ris = renderCitations([AWKWARD, { ...AWKWARD, id: "PolicyDocument:doc-two" }], CitationFormat.RIS);
    expect(
      ris
        .split("\r\n")
        .filter((l) => l !== "")
        .every((l) => /^[A-Z][A-Z0-9]  - /.test(l)),
    ).toBe(true);
    expect(ris).toContain("N1  - English title: Notice on {special} characters across two lines. Issued by");
    expect(ris.match(/^ER {2}- $/gm)).toHaveLength(2);
  });

  it("leaves out what a document lacks instead of writing empty fields", () => {
    const bare: CitationSource = {
      ...AWKWARD,
      titleEn: null,
      docNumber: null,
      issueDate: null,
      sourceUrl: null,
      example: false,
      type: null,
      issuers: [],
    };
    const bib = renderCitations([bare], CitationFormat.BIBTEX);
    expect(bib).not.toMatch(/number|url|year|author|= \{\}/);
    const [csl] = JSON.parse(renderCitations([bare], CitationFormat.CSL_JSON));
    expect(Object.keys(csl).sort()).toEqual(["id", "jurisdiction", "language", "title", "type"]);
  });
});

describe("links to evidence", () => {
  it("point at the reader with the id encoded and the offsets as given", () => {
    expect(evidenceLink("https://x.org/pg", "PolicyDocument:gz-ai-plan-2020-2022", 12, 40)).toBe(
      "https://x.org/pg/documents/PolicyDocument%3Agz-ai-plan-2020-2022?start=12&end=40#quote",
    );
  });

  it("use the whole quote as text fragment when it has no ASCII punctuation, replacing the page's own fragment", () => {
    expect(textFragmentLink("https://a.gov.cn/p.html", "建设人工智能产业园")).toBe(
      `https://a.gov.cn/p.html#:~:text=${encodeURIComponent("建设人工智能产业园")}`,
    );
    expect(textFragmentLink("https://a.gov.cn/p.html#top", "全市人工智能产业规模")).toBe(
      `https://a.gov.cn/p.html#:~:text=${encodeURIComponent("全市人工智能产业规模")}`,
    );
  });

  it("reduce a quote with punctuation the official page may write full-width to its longest run without it", () => {
    const link = textFragmentLink("https://a.gov.cn/p.html", "(一)基础创新提升行动,加快建设");
    expect(decodeURIComponent(link.split("#:~:text=")[1]!)).toBe("基础创新提升行动");
    // `-`, `&` and `,` are text-fragment syntax: they never reach the fragment unencoded.
    expect(textFragmentLink("https://a.gov.cn/p.html", "产业园-2022&数据,算力")).toMatch(/#:~:text=[^-&,]+$/);
  });
});

describe("the reader", () => {
  const doc = {
    id: "PolicyDocument:x",
    title: "<标题>",
    titleEn: null,
    docNumber: null,
    issueDate: null,
    sourceUrl: 'https://a.gov.cn/?a=1&b="2"',
    example: false,
    text: "甲<b>乙</b>&丙",
  };

  it("escapes the text and marks exactly the quote", () => {
    const html = renderReaderPage(doc, "http://localhost:4000", { start: 1, end: 9 });
    expect(html).toContain('甲<mark id="quote">&lt;b&gt;乙&lt;/b&gt;</mark>&amp;丙');
    expect(html).toContain("<title>&lt;标题&gt;</title>");
    expect(html).toContain('href="https://a.gov.cn/?a=1&amp;b=&quot;2&quot;"');
    expect(html).not.toContain("<script");
  });

  it("escapes every HTML special character", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("reads offsets as both or neither, whole numbers, start before end, within the text", () => {
    expect(readQuoteRange({}, 10)).toBeNull();
    expect(readQuoteRange({ start: "0", end: "10", utm_source: "x" }, 10)).toEqual({ start: 0, end: 10 });
    expect(readQuoteRange({ start: "0", end: "11" }, 10)).toEqual({ problem: expect.stringContaining("past the end") });
    expect(readQuoteRange({ end: "3" }, 10)).toEqual({ problem: expect.stringContaining("only end was given") });
    expect(readQuoteRange({ start: "1.5", end: "3" }, 10)).toEqual({
      problem: expect.stringContaining("start must be a whole number"),
    });
  });
});

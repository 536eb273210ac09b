// The PDF reader reads printed pages as a reader does: paragraphs whole however the page wrapped them, a ruled
// table's rows whole however their cells wrapped, across page breaks too. The documents here are fiction (an
// invented 青岚市 and its 算力券 measures), printed by Chromium from HTML set like a government document.
import { describe, expect, it } from "vitest";
import { readPdf } from "../../src/ingest/formats/pdf.js";
import type { PageLine } from "../../src/ingest/formats/pdf-lines.js";
import { reflowedLines } from "../../src/ingest/formats/pdf-reflow.js";
import { useChromiumPage } from "../helpers/browser.js";

const STYLE = `<style>
  body { font-family: "Noto Sans CJK SC"; font-size: 16pt; line-height: 28pt; margin: 0; }
  h1 { font-size: 22pt; line-height: 34pt; text-align: center; font-weight: normal; margin: 0 0 14pt; }
  p { margin: 0; text-indent: 2em; text-align: justify; }
  p.flush { text-indent: 0; } p.right { text-align: right; padding-right: 4em; }
  table { border-collapse: collapse; font-size: 10.5pt; line-height: 16pt; margin: 8pt 0; }
  td { border: 1px solid #000; padding: 4pt 6pt; }
</style>`;
const PARAGRAPH =
  "为降低中小企业使用智能算力的成本，推动人工智能技术在制造、医疗、政务等领域加快落地，经市人民政府同意，现就算力券的申领、使用和兑付提出如下办法，请各单位结合实际认真抓好落实，确保政策红利及时惠及企业。";
const SECOND =
  "在本市注册、具有独立法人资格、使用青岚智算中心等平台算力服务开展模型训练或推理的中小企业，年度算力券额度最高为200万元，不超过实际算力支出的30%。";
const LONG_TASK =
  "建立算力券申领兑付线上平台，明确申领条件、审核流程和兑付时限，每季度集中兑付一次，全年兑付资金不少于5000万元";

const page = useChromiumPage();

/** `body` printed to A4 with a government document's margins and a `— N —` page mark at each foot. */
async function printed(body: string): Promise<string[]> {
  await page().setContent(
    `<!doctype html><html><head><meta charset="utf-8">${STYLE}</head><body>${body}</body></html>`,
    { waitUntil: "load" },
  );
  const pdf = await page().pdf({
    format: "A4",
    margin: { top: "37mm", bottom: "35mm", left: "28mm", right: "26mm" },
    displayHeaderFooter: true,
    headerTemplate: "<span></span>",
    footerTemplate: `<div style='font-family: "Noto Sans CJK SC"; font-size: 14pt; width: 100%; text-align: center; margin-bottom: 12mm'>— <span class="pageNumber"></span> —</div>`,
  });
  return (await readPdf(pdf, { name: "printed.pdf" })).text.split("\n");
}

describe("readPdf on printed pages", () => {
  it("reads a justified paragraph of four lines as one, keeps the title, heading, signature and date apart, and a ruled table's rows whole", async () => {
    const lines = await printed(`<h1>青岚市算力券管理办法</h1>
      <p class="flush">各区人民政府，市政府各部门、各直属机构：</p><p>${PARAGRAPH}</p><p>一、适用对象</p><p>${SECOND}</p>
      <table><tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td style="width: 9em">建立算力券申领兑付线上平台</td><td style="width: 5em">市工业和信息化局</td><td>2024年9月</td></tr>
      <tr><td>2</td><td>开展算力券政策宣传解读</td><td>市科技局、各区人民政府</td><td>持续推进</td></tr></table>
      <p class="right">青岚市人民政府办公室</p><p class="right">2024年5月6日</p>`);
    expect(lines.map((line) => line.trimStart())).toEqual([
      "青岚市算力券管理办法",
      "各区人民政府，市政府各部门、各直属机构：",
      PARAGRAPH,
      "一、适用对象",
      SECOND,
      "序号\t工作任务\t责任单位\t完成时限",
      "1\t建立算力券申领兑付线上平台\t市工业和信息化局\t2024年9月",
      "2\t开展算力券政策宣传解读\t市科技局、各区人民政府\t持续推进",
      "青岚市人民政府办公室",
      "2024年5月6日",
    ]);
    // Indented as a reader sees them against the flush salutation: paragraphs by two, the centred title and the signature further.
    expect(lines.slice(1, 5).map((line) => line.length - line.trimStart().length)).toEqual([0, 2, 2, 2]);
    expect(lines[0]!.length - lines[0]!.trimStart().length).toBeGreaterThan(2);
  }, 30_000);

  it("reads a paragraph and a table row cut by page breaks whole, without the page marks between", async () => {
    const lines = await printed(`<div style="height: 560pt"></div><p>${PARAGRAPH}</p><div style="height: 480pt"></div>
      <table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>
      <tr><td>1</td><td style="width: 6em">${LONG_TASK}</td><td>市工业和信息化局</td></tr><tr><td>2</td><td>开展政策宣传解读</td><td>市科技局</td></tr></table>`);
    expect(lines).toEqual([
      PARAGRAPH,
      "序号\t工作任务\t责任单位",
      `1\t${LONG_TASK}\t市工业和信息化局`,
      "2\t开展政策宣传解读\t市科技局",
    ]);
  }, 30_000);
});

describe("reflowedLines", () => {
  const EM = 16;
  /** A line of `text` starting `indent` ems in from x = 80 on the `n`th baseline (28 pt apart), each Han character an em wide, others half. */
  const line = (text: string, indent: number, n: number, size = EM): PageLine => {
    const x = 80 + indent * size;
    return {
      text,
      x,
      end: x + [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? size / 2 : size), 0),
      y: 100 + 28 * n,
      size,
    };
  };
  /** A line that fills the block (28 ems, x = 80 to 528) from `indent` ems in: its text is given, its end is the edge. */
  const full = (text: string, indent: number, n: number): PageLine => ({ ...line(text, indent, n), end: 528 });

  it("joins lines that fill the block onto lines back at its left edge: Chinese solid, words with a space, on a page and across a break", () => {
    const first = [
      line("各区人民政府：", 0, 0),
      full("为推动算力券政策落地，经市人民政府", 2, 1),
      full("同意，现印发本办法，请认真", 0, 2),
      line("执行。", 0, 3),
      full("The voucher covers GPU", 2, 4),
      full("hours that small firms buy from", 0, 5),
      full("the city's compute", 0, 6),
    ];
    const second = [line("platform.", 0, 0), full("每家企业年度额度最高为200", 2, 1), line("万元。", 0, 2)];
    expect(reflowedLines([first, second])).toEqual([
      "各区人民政府：",
      "　　为推动算力券政策落地，经市人民政府同意，现印发本办法，请认真执行。",
      "　　The voucher covers GPU hours that small firms buy from the city's compute platform.",
      "　　每家企业年度额度最高为200万元。",
    ]);
  });

  it("keeps apart what starts anew after a full line: an indented line, a numbered heading, a date, a new size, a paragraph's spacing", () => {
    const page = [
      full("（一）加强组织领导。建立联席会议制度。", 2, 0),
      line("（二）强化资金保障。", 2, 1),
      full("统筹用好产业发展资金，加大支持力度", 0, 2),
      line("二、保障措施", 0, 3),
      full("各单位要按季度报送工作进展情况，", 0, 4),
      line("2024年5月6日", 0, 5),
      full("青岚市算力券管理办法（试行）全文", 0, 6),
      { ...line("附则", 0, 7, 22), x: 80 },
      full("本办法自印发之日起施行，有效期三年，", 0, 8),
      { ...line("由市工业和信息化局负责解释。", 0, 9), y: 100 + 28 * 10 },
    ];
    expect(reflowedLines([page]).map((l) => l.trim())).toEqual(page.map((l) => l.text.trim()));
  });

  it("joins a numbered line's hanging indent, but never an indented line after one that ends a sentence", () => {
    const page = [
      line("各单位：", 0, 0),
      full("1. 申领条件。企业应在本市注册并", 0, 1),
      line("具有独立法人资格", 1.25, 2),
      full("2. 兑付方式。按季度集中兑付资金。", 0, 3),
      line("逾期不再受理", 1.25, 4),
      full("市工业和信息化局负责本办法的解释", 0, 5),
      full("工作并做好政策宣传解读，", 0, 6),
      line("确保落实。", 0, 7),
    ];
    expect(reflowedLines([page])).toEqual([
      "各单位：",
      "1. 申领条件。企业应在本市注册并具有独立法人资格",
      "2. 兑付方式。按季度集中兑付资金。",
      "　逾期不再受理",
      "市工业和信息化局负责本办法的解释工作并做好政策宣传解读，确保落实。",
    ]);
  });
});

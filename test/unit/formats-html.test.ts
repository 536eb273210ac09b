// Reading government article pages: the article without the page around it, the 政务公开 block and
// <meta> tags as metadata, pages in GBK, and pages that hold no article. The fixtures in
// test/fixtures/pages/ and the pages written here are invented.
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readHtml } from "../../src/ingest/formats/html.js";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { IngestError } from "../../src/ingest/ingest-errors.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const PAGES = path.join(PROJECT_ROOT, "test/fixtures/pages");
const fixture = (name: string) => fs.readFileSync(path.join(PAGES, name), "utf8");
const utf8 = (html: string) => Buffer.from(html, "utf8");
const page = (body: string, head = "") =>
  utf8(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
const lines = (text: string) => text.split("\n");
const count = (text: string, part: string) => text.split(part).length - 1;
/** Words only page furniture says: none may reach the text. */
const FURNITURE = [
  "当前位置",
  "您现在的位置",
  "您的位置",
  "首页",
  "浏览次数",
  "访问量",
  "点击数",
  "字号",
  "字体",
  "打印",
  "关闭",
  "分享到",
  "相关文件",
  "相关链接",
  "解读",
  "网站标识码",
  "ICP备",
  "公网安备",
  "主办",
  "承办",
  "版权所有",
  "联系我们",
  "网站地图",
  "索引号",
  "主题分类",
  "发布时间",
  "信息来源",
  "无障碍",
  "统计代码",
  "隐藏",
  "&",
  "<",
  ">",
];

describe("reading a district 政务公开 article page", () => {
  const read = readHtml(utf8(fixture("district-zwgk-article.html")), {
    name: "https://www.example-th.gov.cn/zwgk/content/post_100.html",
  });
  const notice = "广州市天河区人民政府办公室关于印发天河区人工智能产业创新发展工作方案的通知";

  it("takes the article: the title first, then the body's paragraphs and item lines, in order", () => {
    expect(read).toMatchObject({ format: "HTML", encoding: "utf-8" });
    const got = lines(read.text);
    expect(got.slice(0, 3)).toEqual([notice, "穗天府办〔2024〕23号", "各街道办事处，区政府各部门、各直属机构："]);
    expect(got).toContain("　　二、重点任务");
    expect(got).toContain(
      "　　（一）建设智能算力平台。依托珠江新城数字枢纽建设区级智能算力调度平台，为中小企业提供普惠算力服务。",
    );
    expect(got).toContain("　　责任单位：区科技局、区发展改革局");
    expect(got.at(-1)).toBe("　　责任单位：区财政局");
    expect(count(read.text, notice)).toBe(1);
  });

  it("leaves out the page furniture, the 政务公开 table and the 附件 link", () => {
    for (const word of FURNITURE) expect(read.text, word).not.toContain(word);
    expect(read.text).not.toContain("附件");
    expect(read.text).not.toContain("007482991");
  });

  it("reads the 政务公开 table: 成文日期 is the issue date, 发布日期 the publication date", () => {
    expect(read.metadata).toEqual({
      indexNumber: "007482991/2024-00417",
      topic: "科技、教育\\科技",
      issuer: "广州市天河区人民政府办公室",
      issuedOn: "2024-04-15",
      docNumber: "穗天府办〔2024〕23号",
      publishedOn: "2024-04-19",
      title: notice,
    });
  });

  it("gives the extractor a text it reads with the right title, 文号, items and units", () => {
    const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
    const g = extractDocument(read.text, gazetteer, { discover: true, example: true });
    expect(g.title).toBe("天河区人工智能产业创新发展工作方案");
    expect(g.nodes.find((n) => n.id === g.documentId)?.props).toMatchObject({
      docNumber: "穗天府办〔2024〕23号",
      issueDate: "2024-04-15",
      level: "DISTRICT",
    });
    const items = (label: string) => g.nodes.filter((n) => n.label === label).map((n) => n.props.name);
    expect(items("Task")).toEqual(["建设智能算力平台", "培育人工智能企业", "开放应用场景"]);
    expect(items("Measure")).toEqual(["加强统筹协调", "强化资金支持"]);
    const nameOf = (id: string) => g.nodes.find((n) => n.id === id)?.props.name;
    const leads = g.relationships
      .filter((r) => r.type === "RESPONSIBLE" && r.props.role === "LEAD")
      .map((r) => [nameOf(r.from), nameOf(r.to)]);
    expect(leads).toContainEqual(["建设智能算力平台", "广州市天河区科技局"]);
    expect(leads).toContainEqual(["强化资金支持", "广州市天河区财政局"]);
  });
});

describe("reading a provincial page in GBK with <li><span> metadata and <meta> tags", () => {
  const gbk = iconv.encode(fixture("provincial-gbk-article.html"), "gbk");
  const title = "江西省人民政府办公厅关于印发江西省制造业人工智能融合应用三年行动方案的通知";

  it("decodes the GBK bytes by the page's charset=gb2312 (GBK-only characters included), and by a Content-Type naming GBK", () => {
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk)).toThrow();
    const byMeta = readHtml(gbk, { name: "page.html" });
    const byHeader = readHtml(gbk, {
      name: "https://www.example-jx.gov.cn/art/1.html",
      contentType: "text/html; charset=GBK",
    });
    expect(byMeta).toMatchObject({ encoding: "gb18030" });
    expect(byMeta.warnings.filter((w) => w.includes("charset"))).toEqual([]);
    expect(byHeader.text).toBe(byMeta.text);
    expect(byMeta.text).toContain("支持喆睿智能科技有限公司等企业");
  });

  it("keeps the body as it starts, with its own title line once, entities decoded and &nbsp; indentation as spaces", () => {
    const { text } = readHtml(gbk, { name: "page.html" });
    expect(lines(text).slice(0, 3)).toEqual([title, "赣府厅发〔2023〕61号", "各设区市人民政府，省政府各部门："]);
    expect(count(text, title)).toBe(1);
    // A browser shows `&nbsp;` indentation (it does not collapse), so the line keeps it, as spaces.
    expect(text).toMatch(/^ +为推动“人工智能\+”制造深度融合，加快制造业智能化改造和数字化转型，制定本方案。$/m);
    expect(lines(text).at(-1)?.trimStart()).toBe(
      "（二）建设行业数据集。组织龙头企业和高校建设一批制造业高质量数据集，推动数据共享开放。（责任单位：省数据局、省科技厅）",
    );
    for (const word of FURNITURE) expect(text, word).not.toContain(word);
  });

  it("reads the <li><span> block and the PubDate and ArticleTitle tags", () => {
    expect(readHtml(gbk, { name: "page.html" }).metadata).toEqual({
      indexNumber: "014500858/2023-01187",
      issuer: "江西省人民政府办公厅",
      issuedOn: "2023-11-14",
      docNumber: "赣府厅发〔2023〕61号",
      topic: "工业、交通\\信息产业（含电信）",
      title,
      publishedOn: "2023-11-20",
    });
  });
});

describe("reading an older TRS page with a TRS_Editor body and a task table", () => {
  const read = readHtml(utf8(fixture("municipal-trs-task-table.html")), { name: "t20240510_100.html" });

  it("makes each table row a line of tab-separated cells, a cell's paragraphs joined by a space", () => {
    const got = lines(read.text);
    const header = got.indexOf("序号\t重点任务\t工作内容\t责任单位");
    expect(header).toBeGreaterThan(0);
    expect(got.slice(header + 1, header + 4)).toEqual([
      "1\t建设城市智算网络\t统筹全市智能算力资源，建设庐州智算调度平台，新增智能算力2000P以上。\t市数据资源局 市发展改革委",
      "2\t培育语音智能产业\t支持巢湖智声实验室开展语音大模型攻关，推动语音技术在政务、教育领域应用。\t市科技局",
      "3\t开放应用场景\t每年发布人工智能应用场景清单不少于50个。\t市经济和信息化局",
    ]);
    expect(got[header + 4]).toBe("　　各责任单位要于每年12月底前将任务进展情况报送市经济和信息化局。");
  });

  it("puts the title from the heading above the body first (joined across its <br>), and joins a source line break between Chinese characters", () => {
    const got = lines(read.text);
    expect(got[0]).toBe("合肥市人民政府办公室关于印发合肥市人工智能产业发展重点任务分工方案的通知");
    expect(got[1]).toBe("各县（市）、区人民政府，市政府各部门、各直属机构：");
    expect(got).toContain("　　为加快建设具有国际影响力的人工智能产业集聚区，明确各项重点任务的责任分工，制定本方案。");
    expect(got).toContain(
      "　　经市政府同意，现将《合肥市人工智能产业发展重点任务分工方案》印发给你们，请结合实际 认真贯彻落实。",
    );
    for (const word of FURNITURE) expect(read.text, word).not.toContain(word);
  });

  it("reads a 政务公开 block written as label：value runs, the date of 发布日期 with its time", () => {
    expect(read.metadata).toEqual({
      indexNumber: "11340100MB0000000X/202405-00012",
      topic: "科技、教育",
      issuer: "合肥市人民政府办公室",
      issuedOn: "2024-05-08",
      docNumber: "合政办秘〔2024〕19号",
      publishedOn: "2024-05-10",
    });
  });
});

describe("reading pages of other shapes", () => {
  const article =
    "<p>　　为推进人工智能应用场景建设，结合本县实际，制定本通知。</p><p>　　一、各乡镇要梳理本地可开放的应用场景。</p>";

  it("refuses a list page as EMPTY: it has no article text", () => {
    const items = Array.from(
      { length: 12 },
      (_, i) =>
        `<li><a href="/art/${i}.html">某县关于开展第${i + 1}批人工智能应用试点的通知</a><span>2024-0${(i % 9) + 1}-01</span></li>`,
    ).join("");
    const list = page(
      `<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zcwj/">政策文件</a></div><div class="content"><ul class="list">${items}</ul><div class="page"><a>首页</a><a>上一页</a><a>下一页</a><a>尾页</a></div></div><div class="footer">网站标识码：9999000001</div>`,
    );
    let error: unknown;
    try {
      readHtml(list, { name: "list.html" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({
      problem: "EMPTY",
      message: expect.stringContaining("list.html is a page with no article text"),
    });
  });

  it("takes the block with the most Chinese text when no container is named, and the <title> without the site's name as the title line", () => {
    const menu = `<div class="left"><a href="/1">通知公告</a><a href="/2">政策文件</a><a href="/3">政策解读</a></div>`;
    const read = readHtml(
      page(
        `<div class="wrap">${menu}<div class="right">${article}</div></div>`,
        "<title>某县关于推进人工智能应用场景建设的通知_某县人民政府</title>",
      ),
      { name: "x.html" },
    );
    expect(lines(read.text)).toEqual([
      "某县关于推进人工智能应用场景建设的通知",
      "　　为推进人工智能应用场景建设，结合本县实际，制定本通知。",
      "　　一、各乡镇要梳理本地可开放的应用场景。",
    ]);
    expect(read.warnings).toContain(
      "no article container of a known site platform; took the block with the most Chinese text",
    );
  });

  it("drops furniture and a 政务公开 table inside the article container, line by line, footer lines only after the article", () => {
    const inside = page(`<div class="article">
      <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
      <table class="xxgk"><tr><td>索引号：</td><td>KX-2024-0017</td><td>发布机构：</td><td>某县科学技术局</td></tr>
        <tr><td>成文日期：</td><td>2024/6/1</td><td>发布日期：</td><td>2024/6/3 10:20</td></tr></table>
      <h1>某县关于推进人工智能应用场景建设的通知</h1>
      <div class="info">发布时间：2024-06-03 10:20　　浏览次数：88</div>
      ${article}<p>主办单位：某县科学技术局</p><p>　　二、各乡镇要于6月底前报送场景清单。</p>
      <div class="tools">【<a href="#">打印</a>】【<a href="#">关闭</a>】　字号：<a>大</a> <a>中</a> <a>小</a></div>
      <div class="qr">扫一扫在手机打开当前页</div>
      <p class="foot">主办单位：某县人民政府办公室　承办单位：某县数据资源局</p><p class="foot">网站标识码：9999000002　某ICP备00000001号</p>
    </div>`);
    const read = readHtml(inside, { name: "a.html" });
    expect(lines(read.text)).toEqual([
      "某县关于推进人工智能应用场景建设的通知",
      "　　为推进人工智能应用场景建设，结合本县实际，制定本通知。",
      "　　一、各乡镇要梳理本地可开放的应用场景。",
      "主办单位：某县科学技术局",
      "　　二、各乡镇要于6月底前报送场景清单。",
    ]);
    expect(read.metadata).toEqual({
      indexNumber: "KX-2024-0017",
      issuer: "某县科学技术局",
      issuedOn: "2024-06-01",
      publishedOn: "2024-06-03",
    });
  });

  it("takes ContentSource for the issuer only when it names a body, not a website", () => {
    const tags = (source: string) =>
      `<meta name="ContentSource" content="${source}"><meta name="PubDate" content="2024年06月03日"><meta name="ColumnName" content="通知公告">`;
    expect(
      readHtml(page(`<div id="zoom">${article}</div>`, tags("某县科学技术局")), { name: "a.html" }).metadata,
    ).toEqual({ issuer: "某县科学技术局", publishedOn: "2024-06-03" });
    expect(
      readHtml(page(`<div id="zoom">${article}</div>`, tags("某县人民政府门户网站")), { name: "a.html" }).metadata,
    ).toEqual({ publishedOn: "2024-06-03" });
  });

  it("keeps a table in the article whose header row is made of labels: it is data, not the page's metadata", () => {
    const table = `<table><tr><td>文件名称</td><td>文号</td><td>成文日期</td></tr><tr><td>某县智能制造扶持办法</td><td>某政发〔2019〕3号</td><td>2019年3月1日</td></tr></table>`;
    const read = readHtml(page(`<div class="TRS_Editor">${article}<p>　　下列文件同时废止：</p>${table}</div>`), {
      name: "a.html",
    });
    expect(lines(read.text).slice(-2)).toEqual([
      "文件名称\t文号\t成文日期",
      "某县智能制造扶持办法\t某政发〔2019〕3号\t2019年3月1日",
    ]);
    expect(read.metadata).toEqual({});
  });

  it("finds a <meta charset> in the first bytes, and reads a page declaring UTF-16 without a BOM as UTF-8", () => {
    const html = `<html><head><meta charset="gbk"><title>某县通知</title></head><body><div class="article">${article}</div></body></html>`;
    expect(readHtml(iconv.encode(html, "gbk"), { name: "a.html" })).toMatchObject({ encoding: "gb18030" });
    const utf16 = utf8(html.replace('charset="gbk"', 'charset="utf-16"'));
    expect(readHtml(utf16, { name: "a.html" })).toMatchObject({ encoding: "utf-8", warnings: [] });
  });
});

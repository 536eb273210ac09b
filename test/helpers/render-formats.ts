import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import type { Page } from "playwright-core";

// The layout fixtures (plain text) rendered in the forms researchers hold them: a government article
// page, a printed PDF and a Word file. Each keeps the text's lines and puts its tables (rows with
// tabs or `|` between cells) in real tables, as a page or a Word file would.

/** A text's lines as blocks: a run of table rows, or one paragraph. */
type Block = { kind: "p"; text: string } | { kind: "table"; rows: string[][] };

/** The cells of a table row, or null for a line that is not one (tab-separated, or two or more `|`). */
function cells(line: string): string[] | null {
  if (line.includes("\t")) return line.split("\t").map((c) => c.trim());
  if ((line.match(/\|/g) ?? []).length >= 2)
    return line
      .replace(/^\s*\||\|\s*$/g, "")
      .split("|")
      .map((c) => c.trim());
  return null;
}

/** The blocks of a fixture's text, without its first-line `# 虚构示例…` marker (a real page or file has none). */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.replace(/^#[^\n]*\n/, "").split(/\r?\n/)) {
    const row = cells(line);
    const last = out.at(-1);
    if (row && last?.kind === "table") last.rows.push(row);
    else if (row) out.push({ kind: "table", rows: [row] });
    else if (line.trim() !== "") out.push({ kind: "p", text: line });
  }
  return out;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A paragraph's text as a page writes it: spaces that align or indent (leading, or two and more) as `&nbsp;`, as Word's HTML does. */
const spaced = (s: string) => escape(s.trimEnd()).replace(/^ +| {2,}/g, (run) => "&nbsp;".repeat(run.length));

function bodyHtml(text: string): string {
  return blocks(text)
    .map((b) =>
      b.kind === "p"
        ? `<p>${spaced(b.text)}</p>`
        : `<table>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join("")}</tr>`).join("")}</table>`,
    )
    .join("\n");
}

/** The text as the article of a district government's page, with navigation, breadcrumbs, a counter, tools and a footer around it. */
export function asArticlePage(text: string): Uint8Array {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政策文件_某区人民政府门户网站</title></head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bs">政务服务</a></li><li><a href="/hd">互动交流</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政策文件</div>
<div class="article"><div class="info">来源：区政府办公室 浏览次数：1024</div>
<div id="zoom" class="TRS_Editor">${bodyHtml(text)}</div>
<div class="tools">【打印本页】【关闭窗口】 字号：<a>大</a> <a>中</a> <a>小</a> 分享到：</div></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">区政府工作报告</a></li><li><a href="/b">政策解读</a></li></ul></div>
<div class="footer">主办单位：某区人民政府办公室 网站标识码：4400000001 粤ICP备00000000号 粤公网安备 00000000000000号</div>
</body></html>`;
  return new TextEncoder().encode(html);
}

/** The text printed to an A4 PDF by Chromium, set like a government document, with a running header and `— N —` page marks. */
export async function asPdf(page: Page, text: string): Promise<Uint8Array> {
  const font = `font-family: "Noto Sans CJK SC"`;
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>
      body { ${font}; font-size: 16pt; line-height: 28pt; margin: 0; }
      p { margin: 0; text-indent: 2em; text-align: justify; }
      table { border-collapse: collapse; font-size: 10.5pt; line-height: 16pt; margin: 8pt 0; }
      td { border: 1px solid #000; padding: 4pt 6pt; }
    </style></head><body>${bodyHtml(text)}</body></html>`,
    { waitUntil: "load" },
  );
  return page.pdf({
    format: "A4",
    margin: { top: "37mm", bottom: "35mm", left: "28mm", right: "26mm" },
    displayHeaderFooter: true,
    headerTemplate: `<div style='${font}; font-size: 10.5pt; width: 100%; text-align: center; margin-top: 12mm'>政策文件</div>`,
    footerTemplate: `<div style='${font}; font-size: 14pt; width: 100%; text-align: center; margin-bottom: 12mm'>— <span class="pageNumber"></span> —</div>`,
  });
}

/** The text as a Word file: a paragraph per line, a Word table per table. */
export async function asDocx(text: string): Promise<Uint8Array> {
  const children = blocks(text).map((b) =>
    b.kind === "p"
      ? new Paragraph(b.text.trimEnd())
      : new Table({
          rows: b.rows.map(
            (r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
          ),
        }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

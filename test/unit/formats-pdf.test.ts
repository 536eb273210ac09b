// Reading PDFs with a text layer: the invented (fiction) plan of formats-fixture.ts printed by Chromium with a
// running header and `— N —` page marks, a scan (a page that is only a picture), damaged and encrypted files.
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../../src/ingest/formats/pdf.js";
import { pageFurniture } from "../../src/ingest/formats/pdf-furniture.js";
import type { PageLine } from "../../src/ingest/formats/pdf-lines.js";
import { pageLines } from "../../src/ingest/formats/pdf-page.js";
import { IngestError } from "../../src/ingest/ingest-errors.js";
import { useChromiumPage } from "../helpers/browser.js";
import {
  type Block,
  expectedPieces,
  extractionSummary,
  inOrder,
  PLAN,
  PLAN_TITLE,
  planLines,
} from "./formats-fixture.js";

const HEADER = "青岚市人工智能产业发展行动计划";
const FONT = `font-family: "Noto Sans CJK SC"`;

/** The plan as a page set like a government document: 16pt text, indented paragraphs, a centred title, a ruled table. */
function planHtml(plan: Block[], title: string): string {
  const body = plan.map((b) => {
    if (b.kind === "table")
      return `<table>${b.rows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`;
    if (b.kind === "title") return `<h1>${b.text}</h1>`;
    if (b.kind === "docNumber") return `<p class="centre">${b.text}</p>`;
    if (b.kind === "salutation") return `<p class="flush">${b.text}</p>`;
    if (b.kind === "attachment") return `<p class="flush" style="page-break-before: always">${b.text}</p>`;
    if (b.kind === "signature") return `<p class="right">${b.text}</p>`;
    return `<p>${b.text}</p>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>
    body { ${FONT}; font-size: 16pt; line-height: 28pt; margin: 0; }
    h1 { font-size: 22pt; line-height: 34pt; text-align: center; font-weight: normal; margin: 0 0 14pt; }
    p { margin: 0; text-indent: 2em; text-align: justify; }
    p.centre { text-align: center; text-indent: 0; } p.flush { text-indent: 0; } p.right { text-align: right; padding-right: 4em; }
    table { border-collapse: collapse; font-size: 10.5pt; line-height: 16pt; margin: 8pt 0; }
    td { border: 1px solid #000; padding: 4pt 6pt; }
  </style></head><body>${body.join("\n")}</body></html>`;
}

const page = useChromiumPage();

/** Chromium's print of `html` to A4 with the margins of a government document and, when asked, header and page marks. */
async function printPdf(html: string, furniture: boolean): Promise<Uint8Array> {
  await page().setContent(html, { waitUntil: "load" });
  return page().pdf({
    format: "A4",
    margin: { top: "37mm", bottom: "35mm", left: "28mm", right: "26mm" },
    displayHeaderFooter: furniture,
    headerTemplate: `<div style='${FONT}; font-size: 10.5pt; width: 100%; text-align: center; margin-top: 12mm'>${HEADER}</div>`,
    footerTemplate: `<div style='${FONT}; font-size: 14pt; width: 100%; text-align: center; margin-bottom: 12mm'>— <span class="pageNumber"></span> —</div>`,
  });
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("readPdf", () => {
  let plan: Awaited<ReturnType<typeof readPdf>>;
  beforeAll(async () => {
    plan = await readPdf(await printPdf(planHtml(PLAN, PLAN_TITLE), true), { name: "plan.pdf" });
  }, 60_000);

  it("reads every line and table cell of a printed plan in order, without its running header and page marks", () => {
    expect(plan.format).toBe("PDF");
    expect(inOrder(squeeze(plan.text), expectedPieces().map(squeeze))).toEqual([]);
    const lines = plan.text.split("\n").map((line) => line.trim());
    expect(lines).not.toContain(HEADER);
    expect(lines.filter((line) => /^—\s*\d+\s*—$/.test(line))).toEqual([]);
    // The plan runs over three pages at least: a header on each, a page mark on each.
    expect(plan.warnings).toContain(`dropped running headers/footers: "${HEADER}"`);
    expect(Number(/dropped (\d+) page number/.exec(plan.warnings.join("\n"))?.[1])).toBeGreaterThanOrEqual(3);
    // A table row is one line, its cells apart by tabs, Chinese text stays solid, and Noto's look-alike radicals (⼈ for 人) are read as the characters.
    expect(lines.find((l) => l.startsWith("1"))).toBe(
      "1\t建成青岚智算中心二期\t市发展改革委\t市工业和信息化局\t2025年底",
    );
    expect(plan.text).toMatch(/^\u3000\u3000（一）建设智能算力底座。/mu);
    expect(plan.text).not.toMatch(/[\u2e80-\u2fdf]/u);
  });

  it("gives the extractor the same title, 文号, items, units and targets as the plan's plain text", () => {
    const fromText = extractionSummary(planLines().join("\n"));
    expect(fromText.title).toBe("青岚市人工智能产业发展行动计划(2024—2026年)");
    expect(fromText.docNumber).toBe("青府办〔2024〕15号");
    expect(fromText.items.length).toBeGreaterThanOrEqual(12);
    expect(fromText.targets.length).toBeGreaterThanOrEqual(2);
    expect(extractionSummary(plan.text)).toEqual(fromText);
  }, 30_000);

  it("takes the Title property only when it is the document's title, printed on its first page", async () => {
    expect(plan.metadata).toEqual({ title: PLAN_TITLE });
    const short = PLAN.slice(0, 5);
    const printed = await readPdf(await printPdf(planHtml(short, "Microsoft Word - 青岚市行动计划.docx"), false), {
      name: "short.pdf",
    });
    expect(printed.metadata).toEqual({});
    expect(printed.warnings).toEqual([]);
    const other = await readPdf(await printPdf(planHtml(short, "青岚市数字经济发展规划"), false), {
      name: "short.pdf",
    });
    expect(other.metadata).toEqual({});
    expect(other.warnings).toEqual([
      `ignored the PDF's Title property "青岚市数字经济发展规划": it is not printed on the first page (a template's title?)`,
    ]);
  }, 30_000);

  it("refuses a scan (pages that are pictures of text) with NO_TEXT_LAYER", async () => {
    const scan = `<canvas id="c" width="800" height="300"></canvas><script>
      const g = document.getElementById("c").getContext("2d");
      g.fillStyle = "#fff"; g.fillRect(0, 0, 800, 300); g.fillStyle = "#000"; g.font = '40px "Noto Sans CJK SC"';
      g.fillText("青岚市人工智能产业发展行动计划", 20, 100); g.fillText("青府办〔2024〕15号", 20, 200);
    </script>`;
    const error = await readPdf(await printPdf(scan, false), { name: "scan.pdf" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({
      problem: "NO_TEXT_LAYER",
      message: expect.stringMatching(/^scan\.pdf is a PDF without a text layer \(a scan\).*Run OCR first/),
    });
    // Text on the first page and a scanned second page: the text is read, the scanned page named in a warning.
    const mixed = await readPdf(
      await printPdf(`<p style="page-break-after: always; ${FONT}">青府办〔2024〕15号</p>${scan}`, false),
      { name: "mixed.pdf" },
    );
    expect(mixed.text).toBe("青府办〔2024〕15号");
    expect(mixed.warnings).toEqual([
      "page(s) 2 hold no text (scanned pages or images?): their content is missing; OCR them if it matters",
    ]);
  }, 30_000);

  it("reads Chinese set in a font the PDF names but does not embed, through pdf.js's CMaps", async () => {
    const lines = ["青岚市人工智能产业发展行动计划", "青府办〔2024〕15号"];
    expect(await readPdf(stSongPdf(lines), { name: "stsong.pdf" })).toEqual({
      format: "PDF",
      text: lines.join("\n"),
      metadata: {},
      warnings: [],
    });
  });

  it("reads a table ruled by stroked lines and thin filled bars, under a transform, a row to a line; a box round a line is no table", async () => {
    const grid = [
      // Shifted by `cm` to (72, 600): three rules across (the middle one a filled bar), three down; a wrapped cell in the second row.
      "q 1 0 0 1 72 600 cm 0.5 w 0 0 m 300 0 l 0 80 m 300 80 l S 0 39.6 300 0.8 re f 0 0 m 0 80 l 100 0 m 100 80 l 300 0 m 300 80 l S Q",
      "BT /F1 12 Tf 80 655 Td (Task) Tj ET BT /F1 12 Tf 180 655 Td (Unit) Tj ET",
      "BT /F1 12 Tf 80 622 Td (Build the) Tj ET BT /F1 12 Tf 80 606 Td (platform) Tj ET BT /F1 12 Tf 180 622 Td (Data Bureau) Tj ET",
      // A box drawn round a line of text below the table: one cell, read as a line.
      "0.5 w 70 480 310 30 re S BT /F1 12 Tf 80 490 Td (Boxed note) Tj ET BT /F1 12 Tf 250 490 Td (kept whole) Tj ET",
    ].join("\n");
    const pdf = handPdf([
      ...PAGES,
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
      `<< /Length ${grid.length} >>\nstream\n${grid}\nendstream`,
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]);
    expect((await readPdf(pdf, { name: "ruled.pdf" })).text).toMatch(
      /^Task\tUnit\nBuild the platform\tData Bureau\nBoxed note\u3000+kept whole$/u,
    );
  });

  it("refuses damaged and password-protected files with UNREADABLE, saying why", async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const damaged = new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), ...noise]);
    await expect(readPdf(damaged, { name: "noise.pdf" })).rejects.toMatchObject({
      problem: "UNREADABLE",
      message: expect.stringMatching(/^noise\.pdf cannot be read as a PDF: Invalid PDF structure/),
    });
    await expect(readPdf(encryptedPdf(), { name: "locked.pdf" })).rejects.toMatchObject({
      problem: "UNREADABLE",
      message: expect.stringMatching(/^locked\.pdf is an encrypted PDF that needs a password/),
    });
  });
});

/** A PDF written by hand from its objects (numbered from 1, the first its catalog), with more `trailer` entries. */
function handPdf(objects: string[], trailer = ""): Uint8Array {
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((object, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

const PAGES = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"];

/** A one-page PDF whose Standard security handler wants a password the test never gives. */
function encryptedPdf(): Uint8Array {
  const hex = (bytes: number) => "ab".repeat(bytes);
  const security = `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -4 >>`;
  return handPdf(
    [...PAGES, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", security],
    `/Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>]`,
  );
}

/**
 * A page of `lines` set in STSong-Light, one of the Adobe CJK fonts a PDF may name without embedding it: its
 * strings are UCS-2 codes that only the UniGB-UCS2-H CMap (one of pdf.js's files) turns into characters.
 */
function stSongPdf(lines: string[]): Uint8Array {
  const ucs2 = (line: string) => Array.from(line, (c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
  const content = lines.map((line, i) => `BT /F1 16 Tf 72 ${760 - 24 * i} Td <${ucs2(line)}> Tj ET`).join("\n");
  return handPdf([
    ...PAGES,
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  ]);
}

describe("pageLines", () => {
  /** A run of `str` at (x, y) in PDF space (y up), `size` points high, each Han character an em wide and others half. */
  const run = (str: string, x: number, y: number, size = 16) => ({
    str,
    transform: [size, 0, 0, size, x, y],
    width: [...str].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? size / 2 : size), 0),
  });
  const upright = [1, 0, 0, -1, 0, 842];

  it("joins runs on a baseline: Chinese solid, word spaces between Latin words, white space as ideographic spaces", () => {
    const { lines, rotated } = pageLines(
      [
        run("工作任务", 72 + 32 + 24, 676),
        run("序号", 72, 676),
        run("到2025年", 72, 700),
        run("建成", 72 + 64 + 1, 700),
        run("GPU", 72 + 96 + 1, 700),
        run(" ", 72 + 120 + 1, 700),
        run("cluster", 72 + 128 + 1, 700),
        run("1", 72 + 184, 705, 9),
        { str: "青岚市人民政府办公室", transform: [0, 16, -16, 0, 500, 300], width: 160 },
      ],
      upright,
    );
    expect(lines.map((l) => l.text)).toEqual(["到2025年建成GPU cluster1", "序号\u3000\u3000工作任务"]);
    expect(lines.map((l) => [l.x, 842 - l.y, l.size])).toEqual([
      [72, 700, 16],
      [72, 676, 16],
    ]);
    expect(rotated).toBe(1);
  });

  it("reads a space drawn between Chinese characters where it shows, not in a line justified by spacing its characters out", () => {
    /** `text` drawn a character to a run, from x, `step` apart. */
    const solid = (text: string, x: number, y: number, step: number) =>
      [...text].map((c, i) => run(c, x + step * i, y));
    const { lines } = pageLines(
      [
        // Set solid (0.3 pt between characters), a space 4.3 pt wide after 件.
        ...solid("区政府文件", 72, 700, 16.3),
        run(" ", 153.2, 700),
        ...solid("杭州市", 157.5, 700, 16.3),
        // Justified by 3.5 pt between every two characters, pdf.js reading a space into each gap.
        ...solid("建设方山智能算力中心", 72, 672, 19.5),
        ...Array.from({ length: 9 }, (_, i) => ({ ...run(" ", 88 + 19.5 * i, 672), width: 3.5 })),
      ],
      upright,
    );
    expect(lines.map((l) => l.text)).toEqual(["区政府文件 杭州市", "建设方山智能算力中心"]);
  });
});

describe("pageFurniture", () => {
  const line = (text: string, y: number): PageLine => ({ text, x: 80, end: 80 + 16 * text.length, y, size: 16 });
  /** A page of body lines 28pt apart from y = 100, with a header set apart above and a page mark below. */
  const page = (n: number, last: string) => [
    line("青岚市某某方案", 50),
    ...Array.from({ length: 20 }, (_, i) => line(`第${n}页正文${i}`, 100 + 28 * i)),
    line(last, 100 + 28 * 20),
    line(`- ${n} -`, 720),
  ];

  it("drops a header set apart from the body, but not a body line that ends pages at the same place", () => {
    const pages = [1, 2, 3].map((n) => page(n, "责任单位：市科技局"));
    const found = pageFurniture(pages);
    expect(found.running).toEqual(["青岚市某某方案"]);
    expect(found.pageNumbers).toBe(3);
    expect(
      pages
        .flat()
        .filter((l) => found.dropped.has(l))
        .map((l) => l.text),
    ).toEqual(["青岚市某某方案", "- 1 -", "青岚市某某方案", "- 2 -", "青岚市某某方案", "- 3 -"]);
  });

  it("takes bare numbers at the foot for page numbers only when they rise page by page", () => {
    const bare = (numbers: number[]) =>
      numbers.map((n) => [line("正文一", 100), line("正文二", 128), line(String(n), 720)]);
    expect(pageFurniture(bare([1, 2, 3])).pageNumbers).toBe(3);
    const table = pageFurniture([
      [line("正文一", 100), line("12", 128)],
      [line("正文二", 100), line("7", 128)],
    ]);
    expect(table.dropped.size).toBe(0);
  });
});

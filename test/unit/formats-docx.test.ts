// Reading Word (.docx) files: the invented (fiction) plan of formats-fixture.ts built with the `docx` package, a
// file using Word's own numbering, merged cells, a footnote and a picture, and files that are not .docx.
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from "docx";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/ingest/formats/docx.js";
import { type Block, extractionSummary, PLAN, planLines } from "./formats-fixture.js";

/** A one-pixel PNG, for a picture the reader must leave out. */
const PIXEL = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);
const cell = (...paragraphs: string[]) => new TableCell({ children: paragraphs.map((p) => new Paragraph(p)) });

/** The plan as a government Word file: typed numbers (`（一）`), headings in Word's heading style, a ruled table, a page header and footer. */
function planDocument(plan: Block[]): Document {
  const children = plan.map((b) => {
    if (b.kind === "table")
      return new Table({ rows: b.rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) })) });
    if (b.kind === "title")
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: b.text, bold: true, size: 44 })],
      });
    if (b.kind === "docNumber") return new Paragraph({ alignment: AlignmentType.CENTER, text: b.text });
    if (b.kind === "heading") return new Paragraph({ heading: HeadingLevel.HEADING_2, text: b.text });
    if (b.kind === "signature") return new Paragraph({ alignment: AlignmentType.RIGHT, text: b.text });
    if (b.kind === "attachment") return new Paragraph({ pageBreakBefore: true, text: b.text });
    return new Paragraph({ indent: b.kind === "salutation" ? undefined : { firstLine: 640 }, text: b.text });
  });
  return new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph("青岚市人工智能产业发展行动计划")] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })] })],
          }),
        },
        children,
      },
    ],
  });
}

const docxBytes = async (doc: Document) => new Uint8Array(await Packer.toBuffer(doc));

describe("readDocx", () => {
  it("reads a Word plan's paragraphs, headings and table rows in order, a line each, without its page header and footer", async () => {
    const read = await readDocx(await docxBytes(planDocument(PLAN)), { name: "plan.docx" });
    expect(read).toEqual({ format: "DOCX", text: planLines().join("\n"), metadata: {}, warnings: [] });
    expect(read.text).toContain("1\t建成青岚智算中心二期\t市发展改革委\t市工业和信息化局\t2025年底");
    const fromText = extractionSummary(planLines().join("\n"));
    expect(fromText.title).toBe("青岚市人工智能产业发展行动计划(2024—2026年)");
    expect(fromText.docNumber).toBe("青府办〔2024〕15号");
    expect(extractionSummary(read.text)).toEqual(fromText);
  }, 30_000);

  it("numbers Word's automatic list items by position and warns, also of numbered headings; spans merged cells; keeps footnotes and line breaks, drops pictures", async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: "headings",
            levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT }],
          },
          {
            reference: "items",
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "（%1）", alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.DECIMAL, text: "%2.", alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      footnotes: { 1: { children: [new Paragraph("算力券办法另行制定。")] } },
      sections: [
        {
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun("青岚市人工智能产业"), new TextRun({ break: 1, text: "发展行动计划" })],
            }),
            new Paragraph({
              heading: HeadingLevel.HEADING_1,
              text: "重点任务",
              numbering: { reference: "headings", level: 0 },
            }),
            new Paragraph({ text: "建设智能算力底座。", numbering: { reference: "items", level: 0 } }),
            new Paragraph({ text: "发放算力券。", numbering: { reference: "items", level: 1 } }),
            new Paragraph({ text: "建设调度平台。", numbering: { reference: "items", level: 1 } }),
            new Paragraph({ text: "推动大模型应用。", numbering: { reference: "items", level: 0 } }),
            new Paragraph({
              children: [new TextRun("对中小企业发放算力券"), new FootnoteReferenceRun(1), new TextRun("。")],
            }),
            new Paragraph({
              children: [new ImageRun({ type: "png", data: PIXEL, transformation: { width: 20, height: 20 } })],
            }),
            new Table({
              rows: [
                new TableRow({ children: [cell("序号"), cell("工作任务"), cell("牵头单位"), cell("配合单位")] }),
                new TableRow({
                  children: [
                    cell("1"),
                    cell("建设智算中心"),
                    new TableCell({
                      verticalMerge: VerticalMergeType.RESTART,
                      children: [new Paragraph("市发展改革委")],
                    }),
                    cell("市财政局", "市科技局"),
                  ],
                }),
                new TableRow({
                  children: [
                    cell("2"),
                    cell("发放算力券"),
                    new TableCell({ verticalMerge: VerticalMergeType.CONTINUE, children: [] }),
                    cell("市工业和信息化局"),
                  ],
                }),
                new TableRow({
                  children: [
                    new TableCell({ columnSpan: 2, children: [new Paragraph("合计")] }),
                    cell("2项"),
                    cell(""),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const read = await readDocx(await docxBytes(doc), { name: "numbered.docx" });
    expect(read.text.split("\n")).toEqual([
      "青岚市人工智能产业",
      "发展行动计划",
      "重点任务",
      "1.建设智能算力底座。",
      "(1)发放算力券。",
      "(2)建设调度平台。",
      "2.推动大模型应用。",
      "对中小企业发放算力券[1]。",
      "序号\t工作任务\t牵头单位\t配合单位",
      "1\t建设智算中心\t市发展改革委\t市财政局 市科技局",
      "2\t发放算力券\t市发展改革委\t市工业和信息化局",
      "合计\t\t2项",
      "[1] 算力券办法另行制定。",
    ]);
    expect(read.warnings).toEqual([
      expect.stringMatching(
        /^4 item\(s\) of Word's automatic list numbering: .*numbered 1\. 2\. … \(\(1\) \(2\) … one level down\) by position/,
      ),
      expect.stringMatching(
        /^1 paragraph\(s\) numbered by Word outside a list \(numbered headings, items in table cells\) lost their numbers/,
      ),
    ]);
  });

  it("refuses an old .doc and a zip that is no Word document with UNSUPPORTED_FORMAT, a damaged .docx with UNREADABLE", async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    await expect(readDocx(doc, { name: "plan.doc" })).rejects.toMatchObject({
      problem: "UNSUPPORTED_FORMAT",
      message: expect.stringMatching(/^plan\.doc is an old binary Word \(\.doc\) file.*save it as \.docx .* or PDF/),
    });
    const bytes = await docxBytes(planDocument(PLAN.slice(0, 3)));
    // The same archive with its document body renamed (names are stored plainly in a zip): a zip, but no Word document.
    const renamed = new Uint8Array(
      Buffer.from(Buffer.from(bytes).toString("latin1").replaceAll("word/document.xml", "word/documenX.xml"), "latin1"),
    );
    await expect(readDocx(renamed, { name: "other.docx" })).rejects.toMatchObject({
      problem: "UNSUPPORTED_FORMAT",
      message: expect.stringMatching(/^other\.docx is a zip archive but not a Word document.*save it as \.docx or PDF/),
    });
    await expect(readDocx(bytes.slice(0, bytes.length >> 1), { name: "cut.docx" })).rejects.toMatchObject({
      problem: "UNREADABLE",
      message: expect.stringMatching(/^cut\.docx cannot be read as a Word \(\.docx\) file: .*zip/i),
    });
  });
});

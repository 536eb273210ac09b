import { createRequire } from "node:module";
import path from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { IngestError } from "../ingest-errors.js";
import { pageFurniture } from "./pdf-furniture.js";
import type { PageLine } from "./pdf-lines.js";
import { pageLines } from "./pdf-page.js";
import { reflowedLines } from "./pdf-reflow.js";
import { pageRules } from "./pdf-rules.js";
import { pdfTitle } from "./pdf-title.js";
import type { ExtractedSource, SourceHints } from "./source.js";

/** pdf.js's folder: its Adobe CMaps (for CJK fonts that name glyphs by CID) and standard font data are files in it. */
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/**
 * How pdf.js opens a document here: in Node (no worker thread: pdf.js runs its worker code in this one), never
 * evaluating code built from the PDF, reading CMaps and standard fonts from its own folder, and quiet (warnings
 * about damaged fonts go nowhere: what matters reaches the reader's warnings or errors).
 */
const OPEN_OPTIONS = {
  isEvalSupported: false,
  useSystemFonts: false,
  cMapUrl: path.join(PDFJS_DIR, "cmaps") + path.sep,
  cMapPacked: true,
  standardFontDataUrl: path.join(PDFJS_DIR, "standard_fonts") + path.sep,
  verbosity: 0,
};

/**
 * Reads a PDF's text layer into the text the extractor reads, as a reader sees the printed pages: each page's
 * lines top to bottom (`pdf-lines.ts`), a ruled table's rows one line each, cells apart by tabs (`pdf-table.ts`),
 * page numbers and running headers and footers dropped (`pdf-furniture.ts`), and lines wrapped at the text
 * block's edge joined into their paragraphs (`pdf-reflow.ts`). The Title property becomes `metadata.title` only
 * when it is the document's title (`pdf-title.ts`); dates in the properties are when the file was made, not when
 * the document was issued, so they are left out. A PDF whose pages hold no text (a scan) is refused with
 * NO_TEXT_LAYER; one that cannot be opened (damaged, encrypted) with UNREADABLE.
 */
export async function readPdf(bytes: Uint8Array, hints: SourceHints): Promise<ExtractedSource> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js takes over (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ ...OPEN_OPTIONS, data: new Uint8Array(bytes) });
  try {
    const { pages, info } = await task.promise.then(readDocument).catch((error: unknown) => {
      throw unreadable(hints.name, error);
    });
    const lines = pages.map((page) => page.lines);
    const furniture = pageFurniture(lines);
    const kept = lines.map((page) => page.filter((line) => !furniture.dropped.has(line)));
    if (kept.every((page) => page.length === 0)) {
      throw new IngestError(
        "NO_TEXT_LAYER",
        `${hints.name} is a PDF without a text layer (a scan): its ${pages.length} page(s) hold images of text, not text. Run OCR first (e.g. \`ocrmypdf -l chi_sim in.pdf out.pdf\`) and ingest the result.`,
      );
    }
    const text = reflowedLines(kept).join("\n");
    const title = pdfTitle(
      info.Title,
      kept
        .find((page) => page.length > 0)!
        .map((line) => line.text)
        .join("\n"),
    );
    const warnings = [
      ...(furniture.running.length > 0
        ? [`dropped running headers/footers: ${furniture.running.map((t) => `"${t}"`).join(", ")}`]
        : []),
      ...(furniture.pageNumbers > 0 ? [`dropped ${furniture.pageNumbers} page number line(s)`] : []),
      ...blankPages(kept),
      ...(pages.some((page) => page.rotated > 0)
        ? [
            `left out ${pages.reduce((n, page) => n + page.rotated, 0)} run(s) of text not set upright (vertical or rotated text: stamps, side notes)`,
          ]
        : []),
      ...(title.ignored ? [title.ignored] : []),
    ];
    return { format: "PDF", text, metadata: title.title ? { title: title.title } : {}, warnings };
  } finally {
    await task.destroy();
  }
}

/** Every page's lines (with how many runs of text were not upright), and the document's Info properties. */
async function readDocument(
  doc: PDFDocumentProxy,
): Promise<{ pages: { lines: PageLine[]; rotated: number }[]; info: { Title?: unknown } }> {
  const { AnnotationMode, OPS } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const runs = content.items.filter((item): item is Extract<typeof item, { str: string }> => "str" in item);
    const viewport = page.getViewport({ scale: 1 }).transform;
    // The drawn rules (table borders) only matter beside text: a scanned page's pictures are not decoded for them.
    // pdf.js skips what it cannot read in a drawing (it is opened without `stopAtErrors`).
    const rules = runs.some((run) => run.str.trim() !== "")
      ? pageRules(await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE }), viewport, OPS)
      : [];
    pages.push(pageLines(runs, viewport, rules));
    page.cleanup();
  }
  return { pages, info: (await doc.getMetadata()).info };
}

/** A warning naming the pages without text in a PDF that has text elsewhere: scanned pages, or pages of images. */
function blankPages(pages: PageLine[][]): string[] {
  const blank = pages.flatMap((lines, i) => (lines.length === 0 ? [i + 1] : []));
  return blank.length === 0
    ? []
    : [
        `page(s) ${blank.join(", ")} hold no text (scanned pages or images?): their content is missing; OCR them if it matters`,
      ];
}

/** The error for a PDF pdf.js cannot open or read, saying why. */
function unreadable(name: string, error: unknown): IngestError {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === "PasswordException") {
    return new IngestError(
      "UNREADABLE",
      `${name} is an encrypted PDF that needs a password to open (${reason}). Save or print an unprotected copy and ingest that.`,
    );
  }
  return new IngestError(
    "UNREADABLE",
    `${name} cannot be read as a PDF: ${reason}. It may be damaged or cut short; download or export it again.`,
  );
}

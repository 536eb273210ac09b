import mammoth from "mammoth";
import { IngestError } from "../ingest-errors.js";
import { docxLines } from "./docx-lines.js";
import type { ExtractedSource, SourceHints } from "./source.js";

/** The first bytes of an OLE compound file: an old binary Word (.doc) file, or a .docx saved with a password. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** mammoth's words for a zip that holds no Word document body (an .xlsx, .pptx, .odt or other archive). */
const NOT_WORD = /could not find main document part/i;

/**
 * Reads a Word (.docx) file into the text the extractor reads, with mammoth: each paragraph, heading and list item
 * on its own line (a line break inside a paragraph kept), each table row on a line with its cells apart by tabs,
 * footnotes last; pictures, page headers and footers (where a Word file keeps its page numbers) are left out.
 * Word's automatic numbers are not in the file: numbered list items get numbers by position (see `docx-lines.ts`),
 * other paragraphs Word numbers (numbered heading styles) go without, each with a warning. A .doc or a zip that is
 * no Word document is refused with UNSUPPORTED_FORMAT, a damaged file with UNREADABLE. The document properties are
 * not read: their title is often a template's.
 */
export async function readDocx(bytes: Uint8Array, hints: SourceHints): Promise<ExtractedSource> {
  if (COMPOUND_FILE.every((b, i) => bytes[i] === b)) {
    throw new IngestError(
      "UNSUPPORTED_FORMAT",
      `${hints.name} is an old binary Word (.doc) file, or a .docx saved with a password; ingest reads .docx and PDF files. Open it in Word or WPS and save it as .docx (without a password) or PDF.`,
    );
  }
  if (!ZIP.every((b, i) => bytes[i] === b)) {
    throw new IngestError(
      "UNSUPPORTED_FORMAT",
      `${hints.name} is not a Word (.docx) file (it is no zip archive); save it as .docx or PDF.`,
    );
  }
  let ordered = 0;
  const options = {
    convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
    transformDocument: (document: DocumentNode) => {
      ordered = orderedParagraphs(document);
      return document;
    },
  };
  const converted = await mammoth
    .convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, options)
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      if (NOT_WORD.test(reason)) {
        return new IngestError(
          "UNSUPPORTED_FORMAT",
          `${hints.name} is a zip archive but not a Word document (it has no word/document.xml); save it as .docx or PDF.`,
        );
      }
      return new IngestError(
        "UNREADABLE",
        `${hints.name} cannot be read as a Word (.docx) file: ${reason}. It may be damaged or cut short; save or download it again.`,
      );
    });
  if (converted instanceof IngestError) throw converted;
  const { lines, numbered } = docxLines(converted.value);
  const warnings = converted.messages.filter((m) => m.type === "error").map((m) => `mammoth: ${m.message}`);
  if (numbered > 0) {
    warnings.push(
      `${numbered} item(s) of Word's automatic list numbering: the file stores how to number them, not their numbers, so they were numbered 1. 2. … ((1) (2) … one level down) by position; check these items' numbers and levels against the document`,
    );
  }
  if (ordered > numbered) {
    warnings.push(
      `${ordered - numbered} paragraph(s) numbered by Word outside a list (numbered headings, items in table cells) lost their numbers: the file does not hold them`,
    );
  }
  return { format: "DOCX", text: lines.join("\n"), metadata: {}, warnings };
}

/** A node of mammoth's document tree, as its `transformDocument` option sees it. */
interface DocumentNode {
  type?: string;
  numbering?: { isOrdered?: boolean } | null;
  children?: DocumentNode[];
}

/** How many paragraphs of a document Word numbers (a numbered list's, not a bulleted one's). */
function orderedParagraphs(node: DocumentNode): number {
  const own = node.type === "paragraph" && node.numbering?.isOrdered ? 1 : 0;
  return own + (node.children ?? []).reduce((n, child) => n + orderedParagraphs(child), 0);
}

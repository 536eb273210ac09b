import { DOC_KIND, SENTENCE, TRAILING_PARENS } from "../bare-title.js";
import { canonicalPunctuation } from "../punctuation.js";

/** What a Word print job or a converter leaves in a PDF's Title: `Microsoft Word - 附件1.docx`, `关于….doc`, a path. */
const NOT_A_TITLE = /^microsoft\s+\w+\s+-|\.(?:docx?|wps|wpt|dotx?|pdf|ofd|xlsx?|et|pptx?|rtf|txt|html?|tmp)$|[\\/]/iu;
const HAN = /\p{Script=Han}/gu;

/**
 * The PDF's Title property when it is the document's title: Chinese (mostly Han characters), naming a kind of
 * document (`…方案`, `…的通知`, maybe with a `(2024—2026年)` after it), no file name or print-job name, and
 * printed on the first page. A title of a document that is not printed there is most likely the title of the
 * template the file was made from: `ignored` says so, for the reader's warnings. Anything else gives neither.
 */
export function pdfTitle(property: unknown, firstPage: string): { title?: string; ignored?: string } {
  if (typeof property !== "string") return {};
  const title = property.replace(/\s+/g, " ").trim();
  const canonical = canonicalPunctuation(title);
  const han = title.match(HAN)?.length ?? 0;
  if (NOT_A_TITLE.test(title) || han < 4 || han < 0.5 * title.replace(/\s/g, "").length || title.length > 100)
    return {};
  if (SENTENCE.test(canonical) || !DOC_KIND.test(canonical.replace(TRAILING_PARENS, ""))) return {};
  const squeeze = (text: string) => canonicalPunctuation(text).replace(/\s+/g, "");
  if (!squeeze(firstPage).includes(squeeze(title)))
    return {
      ignored: `ignored the PDF's Title property "${title}": it is not printed on the first page (a template's title?)`,
    };
  return { title };
}

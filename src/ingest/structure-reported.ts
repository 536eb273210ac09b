// What a news story says of the document it reports (`市政府办公室近日印发《X》(洛政办〔2025〕19号,以下简称…)`):
// the body that issued it and its 文号, for a story that prints the document without its head.
// Offsets are into the normalised (canonical) text.
import { DOC_NUMBER_SOURCE, ownTitleKey } from "./document-number.js";
import { type Span, spanOf } from "./span.js";

/** The issuing body (a sentence's subject ending as a body), the report's verb, the title, and a 文号 in brackets after it. */
const REPORT = new RegExp(
  String.raw`([^\s,。:;《》“”"]{2,30}?(?:办公室|办公厅|人民政府|政府|委员会|委|局|厅|部))` +
    String.raw`(?:近日|日前|近期|于[^,。《》]{2,12}?)?(?:联合)?(?:印发|出台|发布|公布)了?\s*《([^《》]{4,80})》` +
    String.raw`(?:\(\s*(${DOC_NUMBER_SOURCE})[^()]*\))?`,
  "g",
);

export interface Reported {
  issuer: Span | null;
  docNumber: Span | null;
  /** The day a page explaining the document says it was issued (`2025年4月8日,县政府办公室印发了《X》`). */
  issueDate?: { span: Span; iso: string };
}

/** A date closing the words before a report's subject, with an approval between (`2025年3月28日,经县政府同意,`). */
const DATED_LEAD = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[,，]\s*(?:经[^,，。]{2,20}同意\s*[,，]\s*)?$/;

/**
 * The issuer and 文号 a story's sentence gives for the document titled `title`, above `before`.
 * A subject naming a reporter's source (`记者从市体育局获悉`) stands before a comma, so it is not read.
 */
export function reportedOf(text: string, title: Span | null, before: number): Reported {
  if (!title) return { issuer: null, docNumber: null };
  // A page explaining the document (`《X》政策解读`) stands for X: its lead says who issued X only with the
  // day it did (`2025年4月8日,县政府办公室印发了《X》`); a lead without one (`近日,…印发《X》`) may be the page's body speaking.
  const explains = /^《[^《》]+》(?:的)?(?:政策)?(?:解读|问答)/.test(text.slice(title.start - 1, title.end + 6));
  const key = ownTitleKey(title.text);
  for (const m of text.slice(0, before).matchAll(REPORT)) {
    if (ownTitleKey(m[2]!) !== key) continue;
    const at = (s: string) => m.index + m[0].indexOf(s);
    const issuer = at(m[1]!);
    const dated = DATED_LEAD.exec(text.slice(Math.max(0, issuer - 40), issuer));
    if (explains && !dated) continue;
    const date = dated && {
      span: spanOf(text, issuer - dated[0].length + dated.index, issuer),
      iso: `${dated[1]}-${dated[2]!.padStart(2, "0")}-${dated[3]!.padStart(2, "0")}`,
    };
    return {
      issuer: spanOf(text, issuer, issuer + m[1]!.length),
      docNumber: m[3] ? spanOf(text, at(m[3]), at(m[3]) + m[3].length) : null,
      ...(explains && date ? { issueDate: date } : {}),
    };
  }
  return { issuer: null, docNumber: null };
}

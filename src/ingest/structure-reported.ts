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
}

/**
 * The issuer and 文号 a story's sentence gives for the document titled `title`, above `before`.
 * A subject naming a reporter's source (`记者从市体育局获悉`) stands before a comma, so it is not read.
 */
export function reportedOf(text: string, title: Span | null, before: number): Reported {
  // A page explaining the document (`《X》政策解读`) is a body's own page: the report in its lead is of X.
  if (!title || /^《[^《》]+》(?:的)?(?:政策)?(?:解读|问答)/.test(text.slice(title.start - 1, title.end + 6)))
    return { issuer: null, docNumber: null };
  const key = ownTitleKey(title.text);
  for (const m of text.slice(0, before).matchAll(REPORT)) {
    if (ownTitleKey(m[2]!) !== key) continue;
    const at = (s: string) => m.index + m[0].indexOf(s);
    return {
      issuer: spanOf(text, at(m[1]!), at(m[1]!) + m[1]!.length),
      docNumber: m[3] ? spanOf(text, at(m[3]), at(m[3]) + m[3].length) : null,
    };
  }
  return { issuer: null, docNumber: null };
}

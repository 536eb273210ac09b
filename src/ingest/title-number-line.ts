import { DOC_NUMBER_SOURCE } from "./document-number.js";
import { DOC_KIND } from "./structure-title.js";

/**
 * Web copies of county and city documents often print the title and its 文号 on one line
 * (`某县人民政府关于加快某事的实施意见 某政发〔2025〕3号`). The structure parser reads the title and the
 * 文号 from lines of their own, so the line is broken before the 文号: offsets in `text` before
 * which a line break goes. Only a line that is a title (no sentence punctuation, ending in a kind
 * of document, optionally with a `(2025—2027年)`) then spaces then a 文号 is broken.
 */
const LINE = new RegExp(
  String.raw`^([ \t\u3000]*)([^\n。,;:!?，；：！？]{4,80}?)((?:\s*[(（][^()（）\n]{1,24}[)）])*)[ \t\u3000]+(${DOC_NUMBER_SOURCE})[ \t\u3000]*$`,
  "gmu",
);

export function titleNumberBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(LINE)) {
    if (!DOC_KIND.test(m[2]!.trim())) continue;
    out.push(m.index! + m[0].lastIndexOf(m[4]!));
  }
  return out;
}

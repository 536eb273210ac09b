import { DOCUMENT_LANGUAGE, type CitationFields } from "./citation-fields.js";

/** A tag line's value on one line: RIS ends a value at the line break. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/**
 * One RIS record of type GOVDOC (government document): TI the Chinese title, TT its English
 * translation (RIS's translated-title tag), AU and PB the issuing body, DA/PY the date of issue, SN
 * the 文号 (the document-number tag that RIS readers map to `number` for GOVDOC), UR the official
 * page, LA the language, N1 the English note.
 */
export function toRisRecord(f: CitationFields): string {
  const tags: [string, string][] = [["TY", "GOVDOC"], ["ID", f.key], ["TI", f.title]];
  if (f.titleEn) tags.push(["TT", f.titleEn]);
  if (f.issuer) tags.push(["AU", f.issuer.name], ["PB", f.issuer.name]);
  if (f.date) {
    tags.push(["DA", `${f.date[0]}/${String(f.date[1]).padStart(2, "0")}/${String(f.date[2]).padStart(2, "0")}/`]);
    tags.push(["PY", String(f.date[0])]);
  }
  if (f.docNumber) tags.push(["SN", f.docNumber]);
  if (f.genre) tags.push(["M3", f.genre]);
  if (f.url) tags.push(["UR", f.url]);
  tags.push(["LA", DOCUMENT_LANGUAGE]);
  if (f.note) tags.push(["N1", f.note]);
  tags.push(["ER", ""]);
  return tags.map(([tag, value]) => `${tag}  - ${oneLine(value)}`.trimEnd() + (tag === "ER" ? " " : "")).join("\r\n") + "\r\n";
}

/** A .ris file: one record per document, CRLF line ends as the RIS specification asks. */
export function toRis(fields: CitationFields[]): string {
  return fields.map(toRisRecord).join("\r\n");
}

import { DOCUMENT_LANGUAGE, type CitationFields, type DateParts } from "./citation-fields.js";

/** A tag line's value on one line: RIS ends a value at the line break. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** RIS's date form, `YYYY/MM/DD`. */
const risDate = (d: DateParts) => d.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0")).join("/");

/**
 * One RIS record of type RPRT (report), the type the CSL-JSON and BibTeX files give a document too:
 * RIS readers (citation-js, Zotero, EndNote) read its full date from DA, its number from SN and its
 * place from CY, where for GOVDOC citation-js keeps only PY's year. TI is the Chinese title, and
 * there is no TT: citation-js reads a translated title as the title, so the English title is in the
 * N1 note with the other English facts. AU and PB are the issuing body, CY where it sits, DA the
 * date of issue and PY its year (PY alone for a document only cited, whose 文号 gives the year), SN
 * the 文号, M3 the kind of document, UR the official page and Y2 the day it is cited as read, LA
 * the language.
 */
export function toRisRecord(f: CitationFields): string {
  const tags: [string, string][] = [
    ["TY", "RPRT"],
    ["ID", f.key],
    ["TI", f.title],
  ];
  if (f.issuer) tags.push(["AU", f.issuer.name], ["PB", f.issuer.name]);
  if (f.place) tags.push(["CY", f.place]);
  if (f.date) {
    if (f.date.length === 3) tags.push(["DA", risDate(f.date)]);
    tags.push(["PY", String(f.date[0])]);
  }
  if (f.docNumber) tags.push(["SN", f.docNumber]);
  if (f.genre) tags.push(["M3", f.genre]);
  if (f.url) tags.push(["UR", f.url]);
  if (f.accessed) tags.push(["Y2", risDate(f.accessed)]);
  tags.push(["LA", DOCUMENT_LANGUAGE]);
  if (f.note) tags.push(["N1", f.note]);
  tags.push(["ER", ""]);
  return (
    tags.map(([tag, value]) => `${tag}  - ${oneLine(value)}`.trimEnd() + (tag === "ER" ? " " : "")).join("\r\n") +
    "\r\n"
  );
}

/** A .ris file: one record per document, CRLF line ends as the RIS specification asks. */
export function toRis(fields: CitationFields[]): string {
  return fields.map(toRisRecord).join("\r\n");
}

import type { CitationFields, DateParts } from "./citation-fields.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** LaTeX's special characters in a UTF-8 field value, each as the command that prints it. */
const SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** A text value for a braced BibTeX field: special characters escaped, Chinese left as UTF-8. */
export function escapeBibtex(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c]!).replace(/\s+/g, " ");
}

/** A URL for the verbatim `url` field: only what would unbalance the braces (or break a line) is percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** biblatex's ISO date (`2021-11-02`, or `2018` for a year alone). */
const isoDate = (d: DateParts) => d.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0")).join("-");

/** A citation key BibTeX and biber accept: letters, digits and `-_:.`. */
function bibtexKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_:.-]/g, "-");
}

/**
 * One `@techreport` entry: the classic BibTeX type for a numbered document issued by an
 * institution, known to every BibTeX style, to biblatex (as `@report`), to Zotero and to
 * citation-js, all of which keep its `number` (biblatex's `@legislation` is unknown to classic
 * styles, and `@misc` has no number). It carries the issuing body as corporate author (double
 * braces: never split into given and family names) and as `institution`, where it sits as
 * `address`, the 文号 as `number`, the kind of document as `type`, the classic `year`/`month` and
 * biblatex's `date`, an official page's `url` with the day it is cited as read (`urldate`), and the
 * English title and body in `note`.
 */
export function toBibtexEntry(f: CitationFields): string {
  const fields: [string, string][] = [];
  if (f.issuer) fields.push(["author", `{${escapeBibtex(f.issuer.name)}}`]);
  fields.push(["title", escapeBibtex(f.title)]);
  if (f.date) {
    fields.push(["year", String(f.date[0])]);
    fields.push(["date", isoDate(f.date)]);
  }
  if (f.docNumber) fields.push(["number", escapeBibtex(f.docNumber)]);
  if (f.issuer) fields.push(["institution", escapeBibtex(f.issuer.name)]);
  if (f.place) fields.push(["address", escapeBibtex(f.place)]);
  if (f.genre) fields.push(["type", escapeBibtex(f.genre[0]!.toUpperCase() + f.genre.slice(1))]);
  fields.push(["language", "Chinese"]);
  if (f.url) fields.push(["url", bibtexUrl(f.url)]);
  if (f.accessed) fields.push(["urldate", isoDate(f.accessed)]);
  if (f.note) fields.push(["note", escapeBibtex(f.note)]);
  const month = f.date?.length === 3 ? `,\n  month = ${MONTHS[f.date[1] - 1]}` : "";
  return `@techreport{${bibtexKey(f.key)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}${month}\n}\n`;
}

/** A .bib file (UTF-8): one entry per document. */
export function toBibtex(fields: CitationFields[]): string {
  return fields.map(toBibtexEntry).join("\n");
}

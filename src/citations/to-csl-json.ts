import { DOCUMENT_LANGUAGE, type CitationFields } from "./citation-fields.js";

/** One CSL-JSON item (CSL 1.0.2 data schema); only the variables a document has are present. */
export type CslItem = Record<string, unknown> & { id: string; type: string };

/**
 * A document as a CSL `report` item, the type Zotero and CSL styles give a numbered government
 * document: the issuing body in Chinese is the corporate `author`, the `publisher` and the
 * `authority`, and where it sits the `publisher-place`; `number` is the 文号, `genre` the kind of
 * document, `title` the Chinese title, `issued` the date of issue (its year alone for a document only
 * cited, from its 文号), `accessed` the day an official page is cited as read. Not
 * `legislation`: citeproc's APA style renders that as a US statute ("Pub. L. No. 国发〔2017〕35号").
 * CSL has no translated-title variable, so the English title and body go into `note`, and into
 * `custom` for programs.
 */
export function toCslItem(f: CitationFields): CslItem {
  const item: CslItem = { id: f.key, type: "report", title: f.title, language: DOCUMENT_LANGUAGE, jurisdiction: "cn" };
  if (f.issuer) {
    item.author = [{ literal: f.issuer.name }];
    item.publisher = f.issuer.name;
    item.authority = f.issuer.name;
  }
  if (f.place) item["publisher-place"] = f.place;
  if (f.docNumber) item.number = f.docNumber;
  if (f.date) item.issued = { "date-parts": [[...f.date]] };
  if (f.url) item.URL = f.url;
  if (f.accessed) item.accessed = { "date-parts": [[...f.accessed]] };
  if (f.genre) item.genre = f.genre;
  if (f.note) item.note = f.note;
  const custom = { titleEn: f.titleEn, authorityEn: f.issuer?.nameEn ?? null };
  if (custom.titleEn || custom.authorityEn) item.custom = custom;
  return item;
}

/** A CSL-JSON file: an array of items, pretty-printed, UTF-8 as is. */
export function toCslJson(fields: CitationFields[]): string {
  return `${JSON.stringify(fields.map(toCslItem), null, 2)}\n`;
}

import { registerEnumType } from "type-graphql";
import { CitationFormat } from "../../citations/citation-format.js";

registerEnumType(CitationFormat, {
  name: "CitationFormat",
  description:
    "CSL_JSON: a CSL-JSON array of `report` items (a numbered government document) (Zotero, Mendeley, pandoc, citeproc). BIBTEX: UTF-8 BibTeX `@techreport` entries (BibTeX, biblatex, JabRef). RIS: `RPRT` records (EndNote, Zotero, Mendeley). GBT7714: a numbered reference list as GB/T 7714-2015 lays it out, `[EB/OL]` with the URL and the day it is cited as read for a document with an official page (Chinese journals and theses).",
});

export { CitationFormat };

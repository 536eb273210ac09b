import { registerEnumType } from "type-graphql";
import { CitationFormat } from "../../citations/citation-format.js";

registerEnumType(CitationFormat, {
  name: "CitationFormat",
  description: "CSL_JSON: a CSL-JSON array of `report` items (a numbered government document) (Zotero, Mendeley, pandoc, citeproc). BIBTEX: UTF-8 BibTeX `@techreport` entries (BibTeX, biblatex, JabRef). RIS: `GOVDOC` records (EndNote, Zotero, Mendeley).",
});

export { CitationFormat };

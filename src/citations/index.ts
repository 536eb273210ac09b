import { citationFields } from "./citation-fields.js";
import { CitationFormat } from "./citation-format.js";
import type { CitationSource } from "./citation-source.js";
import { toBibtex } from "./to-bibtex.js";
import { toCslJson } from "./to-csl-json.js";
import { toRis } from "./to-ris.js";

export { CITATION_FORMAT_INFO, CitationFormat, citationFormatOfExtension } from "./citation-format.js";
export { type CitationSource, findCitationSources } from "./citation-source.js";

/** The citation file of `sources` in `format`. */
export function renderCitations(sources: CitationSource[], format: CitationFormat): string {
  const fields = sources.map(citationFields);
  switch (format) {
    case CitationFormat.CSL_JSON: return toCslJson(fields);
    case CitationFormat.BIBTEX: return toBibtex(fields);
    case CitationFormat.RIS: return toRis(fields);
    default: {
      const never: never = format;
      throw new Error(`Unknown citation format ${String(never)}`);
    }
  }
}

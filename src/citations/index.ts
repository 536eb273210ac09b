import { citationFields, todayInChina } from "./citation-fields.js";
import { CitationFormat } from "./citation-format.js";
import type { CitationSource } from "./citation-source.js";
import { toBibtex } from "./to-bibtex.js";
import { toCslJson } from "./to-csl-json.js";
import { toGbt7714 } from "./to-gbt7714.js";
import { toRis } from "./to-ris.js";

export { CITATION_FORMAT_INFO, CitationFormat, citationFormatOfExtension } from "./citation-format.js";
export { type CitationSource, findCitationSources } from "./citation-source.js";

/**
 * The citation file of `sources` in `format`. An official page is cited as read on `accessedOn` (an
 * ISO date): by default the day the citation is made, in China Standard Time.
 */
export function renderCitations(
  sources: CitationSource[],
  format: CitationFormat,
  accessedOn = todayInChina(),
): string {
  const fields = sources.map((s) => citationFields(s, accessedOn));
  switch (format) {
    case CitationFormat.CSL_JSON:
      return toCslJson(fields);
    case CitationFormat.BIBTEX:
      return toBibtex(fields);
    case CitationFormat.RIS:
      return toRis(fields);
    case CitationFormat.GBT7714:
      return toGbt7714(fields);
    default: {
      const never: never = format;
      throw new Error(`Unknown citation format ${String(never)}`);
    }
  }
}

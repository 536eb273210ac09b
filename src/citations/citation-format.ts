/** The citation file formats the service writes. */
export enum CitationFormat {
  CSL_JSON = "CSL_JSON",
  BIBTEX = "BIBTEX",
  RIS = "RIS",
  GBT7714 = "GBT7714",
}

/** How each format is served: file extension under /export/citations.<ext>, and media type. */
export const CITATION_FORMAT_INFO: Record<CitationFormat, { fileExtension: string; contentType: string }> = {
  [CitationFormat.CSL_JSON]: {
    fileExtension: "json",
    contentType: "application/vnd.citationstyles.csl+json; charset=utf-8",
  },
  [CitationFormat.BIBTEX]: { fileExtension: "bib", contentType: "application/x-bibtex; charset=utf-8" },
  [CitationFormat.RIS]: { fileExtension: "ris", contentType: "application/x-research-info-systems; charset=utf-8" },
  [CitationFormat.GBT7714]: { fileExtension: "txt", contentType: "text/plain; charset=utf-8" },
};

/** The format a file extension names (`json`, `bib`, `ris`, `txt`), or undefined. */
export function citationFormatOfExtension(ext: string): CitationFormat | undefined {
  return (Object.values(CitationFormat) as CitationFormat[]).find((f) => CITATION_FORMAT_INFO[f].fileExtension === ext);
}

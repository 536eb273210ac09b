import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";

/** A parsed reference, as CSL-JSON (citation-js's internal form). */
export type ParsedReference = Record<string, any>;

/**
 * Parses a citation file with citation-js, a maintained parser (CSL-JSON, BibTeX/biblatex and RIS
 * plugins), forcing the format so that a file in the wrong format fails instead of being guessed.
 */
export function parseCitations(text: string, format: "json" | "bib" | "ris"): ParsedReference[] {
  const forceType = { json: "@csl/list+object", bib: "@biblatex/text", ris: "@ris/file" }[format];
  const input = format === "json" ? JSON.parse(text) : text;
  return new Cite(input, { forceType }).data;
}

/** A bibliography entry formatted by citeproc (plugin-csl) from parsed references, as text. */
export function formatBibliography(refs: ParsedReference[]): string {
  return new Cite(refs).format("bibliography", { format: "text", template: "apa", lang: "en-US" });
}

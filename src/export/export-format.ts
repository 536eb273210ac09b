/** The file formats a subgraph can be downloaded in. */
export enum ExportFormat {
  /** Cytoscape.js elements JSON, also read by Cytoscape desktop (`.cyjs`). */
  CYTOSCAPE = "CYTOSCAPE",
  /** GraphML 1.0 (yEd, Gephi, Cytoscape, NetworkX, igraph). */
  GRAPHML = "GRAPHML",
  /** GEXF, Gephi's native format: 1.2draft by default, 1.3 on request. */
  GEXF = "GEXF",
  /** The nodes as one CSV table (Gephi's spreadsheet import, Excel, pandas). */
  CSV_NODES = "CSV_NODES",
  /** The edges as one CSV table, to go with `CSV_NODES`. */
  CSV_EDGES = "CSV_EDGES",
}

/** How much of each node and relationship an export holds. */
export enum ExportDetail {
  /** Every stored property and the evidence: what a researcher downloads. */
  FULL = "FULL",
  /** What a drawing needs: id, type, names, level, role, a few plain fields; no evidence. */
  DRAWING = "DRAWING",
}

/** What an HTTP response needs to serve a rendered export as a download. */
export interface ExportFormatInfo {
  /** Value for the `Content-Type` header. */
  contentType: string;
  /** File name extension, without the leading dot. */
  fileExtension: string;
}

/**
 * Neither GraphML nor GEXF has an IANA-registered media type: `application/graphml+xml` is the one
 * in common use, and `application/gexf+xml` is the one the GEXF primer names for serving GEXF over
 * HTTP. The XML types carry `charset=utf-8` to agree with the XML declaration; JSON has no charset
 * parameter (RFC 8259: it is always UTF-8). `header=present` is RFC 4180's parameter for a CSV
 * whose first line names the columns. `.cyjs` is the extension Cytoscape desktop writes and reads.
 */
export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  [ExportFormat.CYTOSCAPE]: { contentType: "application/json", fileExtension: "cyjs" },
  [ExportFormat.GRAPHML]: {
    contentType: "application/graphml+xml; charset=utf-8",
    fileExtension: "graphml",
  },
  [ExportFormat.GEXF]: {
    contentType: "application/gexf+xml; charset=utf-8",
    fileExtension: "gexf",
  },
  [ExportFormat.CSV_NODES]: {
    contentType: "text/csv; charset=utf-8; header=present",
    fileExtension: "nodes.csv",
  },
  [ExportFormat.CSV_EDGES]: {
    contentType: "text/csv; charset=utf-8; header=present",
    fileExtension: "edges.csv",
  },
};

/** Lower-case names and file extensions, each mapped to its format. */
const ALIASES: ReadonlyMap<string, ExportFormat> = new Map([
  ...Object.values(ExportFormat).map((f) => [f.toLowerCase(), f] as const),
  ...Object.values(ExportFormat).map((f) => [EXPORT_FORMAT_INFO[f].fileExtension, f] as const),
  ["json", ExportFormat.CYTOSCAPE],
]);

/**
 * Reads a format the way a user or a URL would spell it: an enum name (`graphml`, `CSV_NODES`) or a
 * file extension with or without its dot (`cyjs`, `json`, `.gexf`, `edges.csv`), in any case.
 * Returns undefined for anything else, so the caller can say which values are accepted.
 */
export function parseExportFormat(s: string): ExportFormat | undefined {
  return ALIASES.get(s.trim().toLowerCase().replace(/^\./, ""));
}

import type { Subgraph } from "../subgraph/subgraph.js";
import { ExportFormat } from "./export-format.js";
import { toCytoscape } from "./to-cytoscape.js";
import { toEdgesCsv, toNodesCsv } from "./to-csv.js";
import { type GexfVersion, toGexf } from "./to-gexf.js";
import { toGraphml } from "./to-graphml.js";

export { EXPORT_FORMAT_INFO, ExportFormat, type ExportFormatInfo, parseExportFormat } from "./export-format.js";
export { GexfVersion, parseGexfVersion } from "./to-gexf.js";

/** What a format may be asked to vary; each option applies to its format only. */
export interface RenderOptions {
  /** GEXF only: 1.2draft (default) or 1.3. */
  gexfVersion?: GexfVersion;
}

/**
 * The subgraph as the text of a download in `format`, with each format's defaults (the CSVs start
 * with a byte order mark). The same subgraph always gives the same text: nodes and edges keep the
 * order given, property columns are sorted. Serve it with `EXPORT_FORMAT_INFO[format]`.
 */
export function renderSubgraph(g: Subgraph, format: ExportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case ExportFormat.CYTOSCAPE:
      return toCytoscape(g);
    case ExportFormat.GRAPHML:
      return toGraphml(g);
    case ExportFormat.GEXF:
      return toGexf(g, { version: options.gexfVersion });
    case ExportFormat.CSV_NODES:
      return toNodesCsv(g);
    case ExportFormat.CSV_EDGES:
      return toEdgesCsv(g);
    default: {
      const unknown: never = format;
      const known = Object.values(ExportFormat).join(", ");
      throw new TypeError(`Expected an ExportFormat (${known}), got ${String(unknown)}.`);
    }
  }
}

import type { Subgraph } from "../graph/subgraph.js";
import { ExportFormat } from "./export-format.js";
import { toCytoscape } from "./to-cytoscape.js";
import { toEdgesCsv, toNodesCsv } from "./to-csv.js";
import { toGexf } from "./to-gexf.js";
import { toGraphml } from "./to-graphml.js";

export {
  EXPORT_FORMAT_INFO,
  ExportFormat,
  type ExportFormatInfo,
  parseExportFormat,
} from "./export-format.js";

/**
 * The subgraph as the text of a download in `format`, with each format's defaults (the CSVs start
 * with a byte order mark). The same subgraph always gives the same text: nodes and edges keep the
 * order given, property columns are sorted. Serve it with `EXPORT_FORMAT_INFO[format]`.
 */
export function renderSubgraph(g: Subgraph, format: ExportFormat): string {
  switch (format) {
    case ExportFormat.CYTOSCAPE:
      return toCytoscape(g);
    case ExportFormat.GRAPHML:
      return toGraphml(g);
    case ExportFormat.GEXF:
      return toGexf(g);
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

import { stringify } from "csv-stringify/sync";
import type { Subgraph } from "../subgraph/subgraph.js";
import {
  type PropertyValue,
  EDGE_FIELDS,
  NODE_FIELDS,
  edgeFields,
  formatValue,
  nodeFields,
  propertyColumns,
} from "./property-columns.js";

/** Options for {@link toNodesCsv} and {@link toEdgesCsv}. */
export interface CsvOptions {
  /**
   * Start the file with a UTF-8 byte order mark. Default true: Excel reads a CSV without one in the
   * machine's legacy code page and turns every Chinese name into mojibake; LibreOffice, pandas and
   * Gephi skip the mark. Turn it off for tools that would keep it as part of the first column name.
   */
  bom?: boolean;
}

/**
 * The nodes as an RFC 4180 table: `id,label,kind,name,nameEn` (`label` the caption, `kind` the
 * node's type), then one column per property key (sorted; a key named like a field gets a `prop_`
 * prefix), one row per node in the order given. A null or missing value is an empty field,
 * booleans are `true`/`false`, lists and evidence are JSON text.
 */
export function toNodesCsv(g: Subgraph, options: CsvOptions = {}): string {
  const columns = propertyColumns(g.nodes, NODE_FIELDS);
  const rows = g.nodes.map((n) => {
    const fields = nodeFields(n);
    return [...NODE_FIELDS.map((f) => fields[f] ?? ""), ...columns.map((c) => field(n.properties?.[c.key]))];
  });
  return writeCsv([[...NODE_FIELDS, ...columns.map((c) => c.name)], ...rows], options);
}

/** The edges as an RFC 4180 table: `id,source,target,type,label`, then the properties as for nodes. */
export function toEdgesCsv(g: Subgraph, options: CsvOptions = {}): string {
  const columns = propertyColumns(g.edges, EDGE_FIELDS);
  const rows = g.edges.map((e) => {
    const fields = edgeFields(e);
    return [...EDGE_FIELDS.map((f) => fields[f]), ...columns.map((c) => field(e.properties?.[c.key]))];
  });
  return writeCsv([[...EDGE_FIELDS, ...columns.map((c) => c.name)], ...rows], options);
}

function field(value: PropertyValue | undefined): string {
  return formatValue(value) ?? "";
}

/**
 * RFC 4180: CRLF after every record, and a field holding a comma, a double quote, CR or LF is
 * quoted with its quotes doubled. csv-stringify stops quoting fields that hold a bare LF or CR as
 * soon as `record_delimiter` is set, which would split a multi-line quote into several records;
 * `quote_record_delimiter` turns that quoting back on.
 */
function writeCsv(records: string[][], { bom = true }: CsvOptions): string {
  return stringify(records, { bom, record_delimiter: "windows", quote_record_delimiter: true });
}

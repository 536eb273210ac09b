import type { Subgraph, SubgraphEdge, SubgraphNode } from "../graph/subgraph.js";
import {
  type AttributeType,
  type PropertyValue,
  EDGE_FIELDS,
  NODE_FIELDS,
  formatValue,
  propertyColumns,
} from "./property-columns.js";
import {
  type XmlBuilder,
  XSI_NAMESPACE,
  createXmlDocument,
  serializeXml,
  xmlLiteral,
} from "./xml-document.js";

const GEXF_NAMESPACE = "http://gexf.net/1.3";
const GEXF_SCHEMA = "http://gexf.net/1.3/gexf.xsd";

/** Options for {@link toGexf}. */
export interface GexfOptions {
  /** Text of `<meta><description>`, shown by Gephi in the import report. */
  description?: string;
}

/** One `<attribute>` column and how to read its value from a node or an edge. */
interface Column<T> {
  id: string;
  title: string;
  type: AttributeType;
  value: (item: T) => PropertyValue | undefined;
}

/**
 * The subgraph as a GEXF 1.3 document for Gephi: a static, directed graph whose nodes are
 * captioned with their Chinese `name` and whose edges carry the relationship type both as `label`
 * and as `kind`, GEXF 1.3's attribute for telling parallel edges of different types apart. The
 * Neo4j label, `nameEn` and the properties are typed attribute columns; a null value has no
 * `<attvalue>`.
 *
 * Attribute ids are `n0`, `n1`, ... for nodes and `e0`, ... for edges, so none clashes with the
 * columns Gephi keeps for itself (`id`, `label`); the property's own name is the `title`. GEXF puts
 * every value in an XML attribute, and XML parsers turn a line break in an attribute into a space:
 * a multi-line quote arrives in Gephi on one line. `lastmodifieddate` is left out so that the same
 * subgraph always gives the same bytes.
 */
export function toGexf(g: Subgraph, options: GexfOptions = {}): string {
  const nodeColumns = declareColumns<SubgraphNode>(
    "n",
    [
      { title: "label", type: "string", value: (n) => n.label },
      { title: "nameEn", type: "string", value: (n) => n.nameEn },
    ],
    g.nodes,
    NODE_FIELDS,
  );
  const edgeColumns = declareColumns<SubgraphEdge>("e", [], g.edges, EDGE_FIELDS);

  const doc = createXmlDocument();
  const root = doc
    .ele(GEXF_NAMESPACE, "gexf", { version: "1.3" })
    .att(XSI_NAMESPACE, "xsi:schemaLocation", `${GEXF_NAMESPACE} ${GEXF_SCHEMA}`);
  const meta = root.ele("meta");
  meta.ele("creator").txt("policy-graph");
  meta
    .ele("description")
    .txt(xmlLiteral(options.description ?? "Chinese AI policy knowledge graph (subgraph export)"));

  const graph = root.ele("graph", { defaultedgetype: "directed", mode: "static" });
  declareAttributes(graph, "node", nodeColumns);
  declareAttributes(graph, "edge", edgeColumns);

  const nodes = graph.ele("nodes", { count: String(g.nodes.length) });
  for (const node of g.nodes) {
    const element = nodes.ele("node", { id: xmlLiteral(node.id), label: xmlLiteral(node.name) });
    appendAttvalues(element, nodeColumns, node);
  }
  const edges = graph.ele("edges", { count: String(g.edges.length) });
  for (const edge of g.edges) {
    const element = edges.ele("edge", {
      id: xmlLiteral(edge.id),
      source: xmlLiteral(edge.source),
      target: xmlLiteral(edge.target),
      label: xmlLiteral(edge.type),
      kind: xmlLiteral(edge.type),
    });
    appendAttvalues(element, edgeColumns, edge);
  }
  return serializeXml(doc);
}

/** The fixed columns, then one per property, with ids `<prefix>0`, `<prefix>1`, ... */
function declareColumns<T extends { properties?: SubgraphNode["properties"] }>(
  prefix: string,
  fields: Omit<Column<T>, "id">[],
  items: readonly T[],
  reserved: readonly string[],
): Column<T>[] {
  const properties = propertyColumns(items, reserved).map(
    (column): Omit<Column<T>, "id"> => ({
      title: column.name,
      type: column.type,
      value: (item) => item.properties?.[column.key],
    }),
  );
  return [...fields, ...properties].map((column, i) => ({ ...column, id: `${prefix}${i}` }));
}

function declareAttributes<T>(
  graph: XmlBuilder,
  kind: "node" | "edge",
  columns: readonly Column<T>[],
): void {
  const attributes = graph.ele("attributes", { class: kind, mode: "static" });
  for (const column of columns) {
    const { id, title, type } = column;
    attributes.ele("attribute", { id, title: xmlLiteral(title), type });
  }
}

function appendAttvalues<T>(element: XmlBuilder, columns: readonly Column<T>[], item: T): void {
  const values = columns.flatMap((column) => {
    const value = formatValue(column.value(item));
    return value === undefined ? [] : [{ for: column.id, value: xmlLiteral(value) }];
  });
  if (values.length === 0) return;
  const attvalues = element.ele("attvalues");
  for (const attributes of values) attvalues.ele("attvalue", attributes);
}

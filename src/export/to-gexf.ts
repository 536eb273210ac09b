import type { Subgraph, SubgraphEdge, SubgraphNode } from "../subgraph/subgraph.js";
import { type NodeStyle, nodeStyles } from "./node-styling.js";
import {
  type AttributeType,
  type PropertyValue,
  EDGE_FIELDS,
  NODE_FIELDS,
  formatValue,
  nodeFields,
  propertyColumns,
} from "./property-columns.js";
import { type XmlBuilder, XSI_NAMESPACE, createXmlDocument, serializeXml, xmlLiteral } from "./xml-document.js";

/** The GEXF versions {@link toGexf} writes. */
export enum GexfVersion {
  /** GEXF 1.2draft, the default: what networkx (before 3.x) and most other readers know. */
  V1_2 = "1.2",
  /** GEXF 1.3 (Gephi 0.9+, graphology, networkx 3.x); networkx 2.x finds no graph in it. */
  V1_3 = "1.3",
}

/** Reads `1.2`, `1.2draft` or `1.3` (any case); undefined for anything else. */
export function parseGexfVersion(s: string): GexfVersion | undefined {
  const v = s.trim().toLowerCase();
  return v === "1.2" || v === "1.2draft" ? GexfVersion.V1_2 : v === "1.3" ? GexfVersion.V1_3 : undefined;
}

/** The namespace of namespace declarations, to declare the `viz:` prefix once, on the root. */
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

/**
 * Namespace, schema and viz (drawing) namespace of each version, spelled as each specification
 * spells them. Readers look for `viz:` elements in their version's viz namespace only (networkx
 * 2.8 finds none of 1.3's in a 1.2draft file), so each file uses its own.
 */
const GEXF_VERSIONS: Readonly<Record<GexfVersion, { namespace: string; schema: string; viz: string }>> = {
  [GexfVersion.V1_2]: {
    namespace: "http://www.gexf.net/1.2draft",
    schema: "http://www.gexf.net/1.2draft/gexf.xsd",
    viz: "http://www.gexf.net/1.2draft/viz",
  },
  [GexfVersion.V1_3]: {
    namespace: "http://gexf.net/1.3",
    schema: "http://gexf.net/1.3/gexf.xsd",
    viz: "http://gexf.net/1.3/viz",
  },
};

/** Options for {@link toGexf}. */
export interface GexfOptions {
  /** Text of `<meta><description>`, shown by Gephi in the import report. */
  description?: string;
  /** Default 1.2draft, which every reader tested (networkx 2.8 included) opens. */
  version?: GexfVersion;
}

/** One `<attribute>` column and how to read its value from a node or an edge. */
interface Column<T> {
  id: string;
  title: string;
  type: AttributeType;
  value: (item: T) => PropertyValue | undefined;
}

/**
 * The subgraph as a GEXF document (1.2draft unless `options.version` says 1.3) for Gephi: a static,
 * directed graph whose nodes are captioned (`label`) with their Chinese `name` and whose edges
 * carry the relationship type as `label` and as `kind`, the attribute Gephi 0.9+ reads (in either
 * version) to keep parallel edges of different types apart instead of merging them. `kind` is
 * GEXF 1.3's; in a 1.2draft file it is the one attribute outside that schema, which non-validating
 * readers (networkx, graphology) ignore.
 *
 * The node's type is the attribute `kind`, never `label`, which networkx and Gephi keep for the
 * caption. Each attribute's id is its title, the property's name, so readers that key values by id
 * (graphology) and by title (networkx, Gephi) show the same names. Lists and evidence are JSON text
 * in `string` attributes; a null value has no `<attvalue>`. GEXF puts every value in an XML
 * attribute, and XML parsers turn a line break in an attribute into a space: a multi-line quote
 * arrives on one line (the CSV and Cytoscape exports keep it). `lastmodifieddate` is left out so
 * that the same subgraph always gives the same bytes.
 *
 * Each node is drawn (node-styling.ts): `viz:color` the explorer's colour of its kind (of its
 * level, for a document), `viz:size` growing with its degree, `viz:position` from the seeded
 * layout; Gephi applies all three on opening. Its degree in this subgraph is the attribute
 * `degree`; a document's `level` is already one of its properties.
 */
export function toGexf(g: Subgraph, options: GexfOptions = {}): string {
  const version = options.version ?? GexfVersion.V1_2;
  const { namespace, schema, viz } = GEXF_VERSIONS[version];
  const styles = nodeStyles(g);
  const nodeColumns = declareColumns<SubgraphNode>(
    [
      { title: "kind", type: "string", value: (n) => nodeFields(n).kind },
      { title: "name", type: "string", value: (n) => n.name },
      { title: "nameEn", type: "string", value: (n) => n.nameEn },
      { title: "degree", type: "long", value: (n) => styles.get(n.id)!.degree },
    ],
    g.nodes,
    [...NODE_FIELDS, "degree"],
  );
  const edgeColumns = declareColumns<SubgraphEdge>([{ title: "type", type: "string", value: (e) => e.type }], g.edges, [
    ...EDGE_FIELDS,
    "weight",
  ]);

  const doc = createXmlDocument();
  const root = doc
    .ele(namespace, "gexf", { version })
    .att(XMLNS_NAMESPACE, "xmlns:viz", viz)
    .att(XSI_NAMESPACE, "xsi:schemaLocation", `${namespace} ${schema}`);
  const meta = root.ele("meta");
  meta.ele("creator").txt("policy-graph");
  meta.ele("description").txt(xmlLiteral(options.description ?? "Chinese AI policy knowledge graph (subgraph export)"));

  const graph = root.ele("graph", { defaultedgetype: "directed", mode: "static" });
  declareAttributes(graph, "node", nodeColumns);
  declareAttributes(graph, "edge", edgeColumns);

  const nodes = graph.ele("nodes", { count: String(g.nodes.length) });
  for (const node of g.nodes) {
    const element = nodes.ele("node", { id: xmlLiteral(node.id), label: xmlLiteral(node.name) });
    appendAttvalues(element, nodeColumns, node);
    appendViz(element, viz, styles.get(node.id)!);
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

/** The fixed columns, then one per property, each with its title as id. */
function declareColumns<T extends { properties?: SubgraphNode["properties"] }>(
  fields: Omit<Column<T>, "id">[],
  items: readonly T[],
  reserved: readonly string[],
): Column<T>[] {
  const properties = propertyColumns(items, reserved).map((column): Omit<Column<T>, "id"> => ({
    title: column.name,
    type: column.type,
    value: (item) => item.properties?.[column.key],
  }));
  return [...fields, ...properties].map((column) => ({ ...column, id: column.title }));
}

function declareAttributes<T>(graph: XmlBuilder, kind: "node" | "edge", columns: readonly Column<T>[]): void {
  const attributes = graph.ele("attributes", { class: kind, mode: "static" });
  for (const column of columns) {
    const { id, title, type } = column;
    attributes.ele("attribute", { id, title: xmlLiteral(title), type });
  }
}

/** The node's `viz:color`, `viz:size` and `viz:position` (z = 0: the drawing is flat). */
function appendViz(element: XmlBuilder, viz: string, style: NodeStyle): void {
  const { r, g, b } = style.colour;
  element.ele(viz, "viz:color", { r: String(r), g: String(g), b: String(b) });
  element.ele(viz, "viz:size", { value: String(style.size) });
  element.ele(viz, "viz:position", { x: String(style.x), y: String(style.y), z: "0" });
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

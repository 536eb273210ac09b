import type { Subgraph, SubgraphEdge, SubgraphNode } from "../subgraph/subgraph.js";
import { nodeStyles } from "./node-styling.js";
import {
  type AttributeType,
  type PropertyValue,
  EDGE_FIELDS,
  NODE_FIELDS,
  edgeFields,
  formatValue,
  nodeFields,
  propertyColumns,
} from "./property-columns.js";
import { type XmlBuilder, XSI_NAMESPACE, createXmlDocument, serializeXml, xmlLiteral } from "./xml-document.js";

const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
const GRAPHML_SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/** The drawing's keys: a property of the same name is written `prop_<name>` instead. */
const STYLE_KEYS = ["degree", "color", "size", "x", "y"];

/** A GraphML-Attribute: one `<key>` and the `<data>` each node or edge has for it. */
interface Key<T> {
  id: string;
  name: string;
  type: AttributeType;
  value: (item: T) => PropertyValue | undefined;
}

/**
 * The subgraph as a GraphML 1.0 document: a `<key>` for each node field (`label`, the caption, is
 * the Chinese name, which Gephi and yEd show; `kind` the node's type; `entityId` the id unescaped),
 * each edge field (`type`, `label` = the type, `relationshipId`) and every property, typed from its
 * values (lists and evidence as JSON text); then one directed `<graph>` with the nodes and the
 * edges in the order given. A null value has no `<data>`.
 *
 * Key ids are the names (`attr.name`), prefixed `n_`/`e_` so that a node key and an edge key of the
 * same name (`label`) stay two keys. The GraphML schema types node and edge ids as `xs:NMTOKEN`,
 * which has no `/`, `|` or space, and validating readers (JGraphT) reject a file that breaks it. So
 * in those, every character other than ASCII letters, digits, `.-_:` and CJK ideographs is written
 * as `_xHHHH_`, the convention of .NET's `XmlConvert.EncodeName`: `Task:gz-ai-2020-2022/task-02`
 * becomes `Task:gz-ai-2020-2022_x002F_task-02`. The `entityId`/`relationshipId` data hold the ids as
 * the API has them, so no reader needs to decode.
 *
 * Each node is also drawn (node-styling.ts), in keys Gephi's GraphML importer applies on opening
 * and Cytoscape desktop and yEd show as columns to map: `color` (`#rrggbb`, the explorer's colour
 * of its kind, or of its level for a document), `size` (growing with the degree), `x` and `y`
 * (the seeded layout), and `degree` (its relationships in this subgraph). A document's `level` is
 * one of its properties.
 *
 * GraphML has no edge type: Gephi's GraphML importer merges parallel edges between the same two
 * nodes (ISSUED_BY and MENTIONS, say) unless the import report's edge merge strategy is set to
 * "Don't merge". The GEXF export carries the type as `kind`, which Gephi keeps apart.
 */
export function toGraphml(g: Subgraph): string {
  const styles = nodeStyles(g);
  const style = (n: SubgraphNode) => styles.get(n.id)!;
  const nodeKeys = declareKeys<SubgraphNode>(
    "n_",
    [
      ...NODE_FIELDS.filter((f) => f !== "id").map((f): Omit<Key<SubgraphNode>, "id"> => ({
        name: f,
        type: "string",
        value: (n) => nodeFields(n)[f],
      })),
      { name: "entityId", type: "string", value: (n) => n.id },
      { name: "degree", type: "long", value: (n) => style(n).degree },
      { name: "color", type: "string", value: (n) => style(n).colour.hex },
      { name: "size", type: "double", value: (n) => style(n).size },
      { name: "x", type: "double", value: (n) => style(n).x },
      { name: "y", type: "double", value: (n) => style(n).y },
    ],
    g.nodes,
    [...NODE_FIELDS, "entityId", ...STYLE_KEYS],
  );
  const edgeKeys = declareKeys<SubgraphEdge>(
    "e_",
    [
      { name: "type", type: "string", value: (e) => e.type },
      { name: "label", type: "string", value: (e) => edgeFields(e).label },
      { name: "relationshipId", type: "string", value: (e) => e.id },
    ],
    g.edges,
    [...EDGE_FIELDS, "relationshipId"],
  );

  const doc = createXmlDocument();
  const root = doc
    .ele(GRAPHML_NAMESPACE, "graphml")
    .att(XSI_NAMESPACE, "xsi:schemaLocation", `${GRAPHML_NAMESPACE} ${GRAPHML_SCHEMA}`);
  for (const [domain, keys] of [
    ["node", nodeKeys],
    ["edge", edgeKeys],
  ] as const) {
    for (const key of keys) {
      root.ele("key", {
        id: key.id,
        for: domain,
        "attr.name": nmtoken(key.name),
        "attr.type": key.type,
      });
    }
  }
  const graph = root.ele("graph", { edgedefault: "directed" });
  for (const node of g.nodes) {
    appendData(graph.ele("node", { id: nmtoken(node.id) }), nodeKeys, node);
  }
  for (const edge of g.edges) {
    const element = graph.ele("edge", {
      id: nmtoken(edge.id),
      source: nmtoken(edge.source),
      target: nmtoken(edge.target),
    });
    appendData(element, edgeKeys, edge);
  }
  return serializeXml(doc);
}

/** The fixed fields' keys, then one per property, each with id `<prefix><name>`. */
function declareKeys<T extends { properties?: SubgraphNode["properties"] }>(
  prefix: string,
  fields: Omit<Key<T>, "id">[],
  items: readonly T[],
  reserved: readonly string[],
): Key<T>[] {
  const properties = propertyColumns(items, reserved).map((column): Omit<Key<T>, "id"> => ({
    name: column.name,
    type: column.type,
    value: (item) => item.properties?.[column.key],
  }));
  return [...fields, ...properties].map((key) => ({ ...key, id: nmtoken(`${prefix}${key.name}`) }));
}

function appendData<T>(element: XmlBuilder, keys: readonly Key<T>[], item: T): void {
  for (const key of keys) {
    const text = formatValue(key.value(item));
    if (text !== undefined) element.ele("data", { key: key.id }).txt(xmlLiteral(text));
  }
}

/**
 * A character outside the safe subset of XML name characters, or a `_` that would otherwise be read
 * as the start of an escape. The subset is what every edition of XML 1.0 allows in a name token.
 */
const NOT_NAME_CHARACTER = /[^\w.:\-\u4E00-\u9FA5]|_(?=x(?:[\dA-Fa-f]{4}|[\dA-Fa-f]{8})_)/gu;

/** `id` as an `xs:NMTOKEN`, escaping as `_xHHHH_` (`_xHHHHHHHH_` beyond the BMP). */
function nmtoken(id: string): string {
  return id.replace(NOT_NAME_CHARACTER, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return `_x${code
      .toString(16)
      .toUpperCase()
      .padStart(code > 0xffff ? 8 : 4, "0")}_`;
  });
}

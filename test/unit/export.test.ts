import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Subgraph } from "../../src/subgraph/subgraph.js";
import { EXPORT_FORMAT_INFO, ExportFormat, parseExportFormat, renderSubgraph } from "../../src/export/index.js";
import { toCytoscape, toCytoscapeJson } from "../../src/export/to-cytoscape.js";
import { layoutPositions } from "../../src/export/layout.js";
import { nodeStyles } from "../../src/export/node-styling.js";
import { toEdgesCsv, toNodesCsv } from "../../src/export/to-csv.js";
import { GexfVersion, parseGexfVersion, toGexf } from "../../src/export/to-gexf.js";
import { toGraphml } from "../../src/export/to-graphml.js";

const TASK = "Task:gz-ai-2020-2022/task-02";
const AGENCY = "Agency:gz-miit";
const DOCUMENT = "Document:gz-ai-2020-2022";

/** Quotes, commas, a line break, markup characters and Chinese, as scraped policy text has them. */
const TASK_NAME = '推进"人工智能+"行动, <试点> & 示范\n第二行';
/** Looks like entity references; must come back exactly, not as `\u00a0`, `<` or a parse error. */
const ENTITY_LOOKALIKES = "&nbsp; AT&T; &lt; &#38;";
/** CRLF inside a value, and U+0001, which XML 1.0 cannot carry at all. */
const QUOTE = 'He said "a, b"\r\nnext\u0001 line';
/** A list property, as Neo4j stores aliases. */
const ALIASES = ["工信局", "市工信局"];
/** Evidence as the subgraph carries it: a list of objects. */
const EVIDENCE = [
  { documentId: DOCUMENT, quote: "由市工业和信息化局牵头", start: 10, end: 21, rawStart: null, rawEnd: null },
];

const fixture: Subgraph = {
  nodes: [
    {
      id: TASK,
      label: "Task",
      name: TASK_NAME,
      nameEn: 'Promote "AI+" <pilot> & demo',
      properties: {
        seq: 2,
        weight: 0.5,
        active: true,
        note: null,
        quote: QUOTE,
        entity: ENTITY_LOOKALIKES,
        "odd key/名称": "值",
        label: "a property named like a field",
      },
    },
    {
      id: AGENCY,
      label: "Agency",
      name: "广州市工业和信息化局",
      nameEn: null,
      properties: { seq: 7, weight: 2, active: false, parent: "Agency:gz-gov", aliases: ALIASES },
    },
    { id: DOCUMENT, label: "Document", name: "广州市人工智能产业发展行动计划(2020-2022年)" },
  ],
  edges: [
    {
      id: "PART_OF:task-02",
      source: TASK,
      target: DOCUMENT,
      type: "PART_OF",
      properties: { order: 1 },
    },
    {
      id: "RESPONSIBLE_FOR:gz-miit/task-02",
      source: AGENCY,
      target: TASK,
      type: "RESPONSIBLE_FOR",
      properties: { lead: true, source: "a property named like a field", note: "a\tb <&>", evidence: EVIDENCE },
    },
  ],
};

const empty: Subgraph = { nodes: [], edges: [] };

/** A coordinate as the exports write it: a plain decimal number. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** XML 1.0 forbids these even as character references. */
const ILLEGAL_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/**
 * An `&` that starts neither a predefined entity nor a character reference. fast-xml-parser's
 * validator lets `&nbsp;` through, but a conforming parser rejects the document.
 */
const UNDECLARED_ENTITY = /&(?!(?:amp|lt|gt|quot|apos);|#\d+;|#x[\dA-Fa-f]+;)/;

/** What a string property should read back as from XML: illegal characters gone, CRLF as LF. */
const asXmlReadsIt = (s: string): string => s.replace(ILLEGAL_XML_CHARACTER, "").replace(/\r\n?/g, "\n");

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ["key", "node", "edge", "data", "attributes", "attribute", "attvalue"].includes(name),
});

/** Checks that hold for any XML document these exports write. */
function expectWellFormedXml(xml: string): void {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  expect(xml).not.toMatch(ILLEGAL_XML_CHARACTER);
  expect(xml).not.toMatch(UNDECLARED_ENTITY);
}

interface GraphmlData {
  "@_key": string;
  "#text"?: string;
}
interface GraphmlElement {
  "@_id": string;
  "@_source"?: string;
  "@_target"?: string;
  data?: GraphmlData[];
}
interface GraphmlDocument {
  graphml: {
    "@_xmlns": string;
    "@_xsi:schemaLocation": string;
    key: { "@_id": string; "@_for": string; "@_attr.name": string; "@_attr.type": string }[];
    graph: { "@_edgedefault": string; node?: GraphmlElement[]; edge?: GraphmlElement[] };
  };
}

function parseGraphml(xml: string): GraphmlDocument {
  return parser.parse(xml) as GraphmlDocument;
}

/** The `<data>` values of one GraphML node or edge, by `attr.name`. */
function graphmlValues(doc: GraphmlDocument, element: GraphmlElement): Record<string, string> {
  const names = new Map(doc.graphml.key.map((k) => [k["@_id"], k["@_attr.name"]]));
  return Object.fromEntries((element.data ?? []).map((d) => [names.get(d["@_key"]) ?? "?", d["#text"] ?? ""]));
}

interface GexfAttvalue {
  "@_for": string;
  "@_value": string;
}
interface GexfElement {
  "@_id": string;
  "@_label": string;
  "@_source"?: string;
  "@_target"?: string;
  "@_kind"?: string;
  attvalues?: { attvalue: GexfAttvalue[] };
}
interface GexfDocument {
  gexf: {
    "@_xmlns": string;
    "@_version": string;
    meta: { creator: string; description: string };
    graph: {
      "@_defaultedgetype": string;
      "@_mode": string;
      attributes: {
        "@_class": string;
        attribute?: { "@_id": string; "@_title": string; "@_type": string }[];
      }[];
      nodes: { "@_count": string; node?: GexfElement[] };
      edges: { "@_count": string; edge?: GexfElement[] };
    };
  };
}

function parseGexf(xml: string): GexfDocument {
  return parser.parse(xml) as GexfDocument;
}

/** The attvalues of one GEXF node or edge, by attribute title. */
function gexfValues(doc: GexfDocument, kind: "node" | "edge", element: GexfElement) {
  const attributes = doc.gexf.graph.attributes.find((a) => a["@_class"] === kind)?.attribute ?? [];
  const titles = new Map(attributes.map((a) => [a["@_id"], a["@_title"]]));
  return Object.fromEntries(
    (element.attvalues?.attvalue ?? []).map((v) => [titles.get(v["@_for"]) ?? "?", v["@_value"]]),
  );
}

/**
 * A strict RFC 4180 reader: fields separated by commas, records ended by CRLF, a field with a
 * comma, quote or line break quoted and its quotes doubled. It throws on anything else (a bare LF
 * between records, a quote inside an unquoted field), which a lenient reader would quietly accept.
 */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') {
      if (field !== "") throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else if (c === "\r" || c === "\n") {
      throw new Error(`line break outside quotes that is not CRLF at ${i}`);
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || record.length > 0) throw new Error("last record not ended by CRLF");
  return records;
}

describe("parseExportFormat", () => {
  it.each([
    ["graphml", ExportFormat.GRAPHML],
    ["GraphML", ExportFormat.GRAPHML],
    [".gexf", ExportFormat.GEXF],
    [" GEXF ", ExportFormat.GEXF],
    ["cytoscape", ExportFormat.CYTOSCAPE],
    ["cyjs", ExportFormat.CYTOSCAPE],
    ["json", ExportFormat.CYTOSCAPE],
    ["csv_nodes", ExportFormat.CSV_NODES],
    ["nodes.csv", ExportFormat.CSV_NODES],
    ["EDGES.CSV", ExportFormat.CSV_EDGES],
  ])("reads %j as %s", (input, format) => {
    expect(parseExportFormat(input)).toBe(format);
  });

  it.each(["", "csv", "xml", "pdf", "constructor", "toString", "__proto__"])("returns undefined for %j", (input) => {
    expect(parseExportFormat(input)).toBeUndefined();
  });

  it("reads back the file extension of every format", () => {
    for (const format of Object.values(ExportFormat)) {
      expect(parseExportFormat(EXPORT_FORMAT_INFO[format].fileExtension)).toBe(format);
    }
  });
});

describe("EXPORT_FORMAT_INFO", () => {
  it("gives every format a content type that names its charset or is JSON", () => {
    for (const format of Object.values(ExportFormat)) {
      const { contentType } = EXPORT_FORMAT_INFO[format];
      const namesCharset = contentType.includes("charset=utf-8");
      expect(contentType === "application/json" || namesCharset).toBe(true);
    }
  });
});

describe("renderSubgraph", () => {
  it("renders every format with that format's writer", () => {
    expect(renderSubgraph(fixture, ExportFormat.CYTOSCAPE)).toBe(toCytoscape(fixture));
    expect(renderSubgraph(fixture, ExportFormat.GRAPHML)).toBe(toGraphml(fixture));
    expect(renderSubgraph(fixture, ExportFormat.GEXF)).toBe(toGexf(fixture));
    expect(renderSubgraph(fixture, ExportFormat.CSV_NODES)).toBe(toNodesCsv(fixture));
    expect(renderSubgraph(fixture, ExportFormat.CSV_EDGES)).toBe(toEdgesCsv(fixture));
  });

  it("gives the same text every time for the same subgraph", () => {
    for (const format of Object.values(ExportFormat)) {
      const copy: Subgraph = structuredClone(fixture);
      expect(renderSubgraph(copy, format)).toBe(renderSubgraph(fixture, format));
    }
  });

  it("rejects a format it does not know, naming the ones it does", () => {
    const unknown = "PDF" as ExportFormat;
    expect(() => renderSubgraph(fixture, unknown)).toThrow(/Expected an ExportFormat \(CYTOSCAPE, .*got PDF/);
  });

  it("renders an empty subgraph as a valid, empty document in every format", () => {
    expectWellFormedXml(toGraphml(empty));
    expectWellFormedXml(toGexf(empty));
    expect(toCytoscapeJson(empty)).toEqual({ elements: { nodes: [], edges: [] } });
    expect(readCsv(toNodesCsv(empty, { bom: false }))).toEqual([["id", "label", "kind", "name", "nameEn"]]);
    expect(readCsv(toEdgesCsv(empty, { bom: false }))).toEqual([["id", "source", "target", "type", "label"]]);
  });
});

describe("toCytoscape", () => {
  const json = JSON.parse(toCytoscape(fixture)) as ReturnType<typeof toCytoscapeJson>;

  it("round-trips through JSON text unchanged", () => {
    expect(json).toEqual(toCytoscapeJson(fixture));
  });

  it("keeps ids, names and every property value with its JSON type", () => {
    expect(json.elements.nodes[0]?.data).toEqual({
      id: TASK,
      label: TASK_NAME,
      kind: "Task",
      name: TASK_NAME,
      nameEn: 'Promote "AI+" <pilot> & demo',
      seq: 2,
      weight: 0.5,
      active: true,
      note: null,
      quote: QUOTE,
      entity: ENTITY_LOOKALIKES,
      "odd key/名称": "值",
      prop_label: "a property named like a field",
    });
    expect(json.elements.nodes[2]?.data).toEqual({
      id: DOCUMENT,
      label: "广州市人工智能产业发展行动计划(2020-2022年)",
      kind: "Document",
      name: "广州市人工智能产业发展行动计划(2020-2022年)",
      nameEn: null,
    });
    expect(json.elements.nodes[1]?.data.aliases).toEqual(ALIASES);
    expect(json.elements.edges[1]?.data).toMatchObject({ label: "RESPONSIBLE_FOR", evidence: EVIDENCE });
  });

  it("places every node where the explorer draws the whole graph: the seeded layout of nodes and edges sorted by id", () => {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const expected = layoutPositions([...fixture.nodes].sort(byId), [...fixture.edges].sort(byId), { seed: 1 });
    expect(json.elements.nodes.map((n) => [n.data.id, n.position])).toEqual(
      fixture.nodes.map((n) => [n.id, expected.get(n.id)]),
    );
    // The same positions as the GEXF and GraphML exports of the same subgraph.
    const styles = nodeStyles(fixture);
    for (const n of json.elements.nodes)
      expect(n.position).toEqual({ x: styles.get(n.data.id)!.x, y: styles.get(n.data.id)!.y });
  });

  it("never lets a property rewire the graph through id, source, target or parent", () => {
    expect(json.elements.nodes[1]?.data).toMatchObject({
      id: AGENCY,
      prop_parent: "Agency:gz-gov",
    });
    expect(json.elements.nodes[1]?.data).not.toHaveProperty("parent");
    expect(json.elements.edges[1]?.data).toMatchObject({
      source: AGENCY,
      target: TASK,
      type: "RESPONSIBLE_FOR",
      prop_source: "a property named like a field",
    });
  });

  it("keeps nodes and edges in the order given", () => {
    expect(json.elements.nodes.map((n) => n.data.id)).toEqual([TASK, AGENCY, DOCUMENT]);
    expect(json.elements.edges.map((e) => e.data.id)).toEqual(fixture.edges.map((e) => e.id));
  });
});

describe("toGraphml", () => {
  const xml = toGraphml(fixture);
  const doc = parseGraphml(xml);
  const nodes = doc.graphml.graph.node ?? [];
  const edges = doc.graphml.graph.edge ?? [];

  it("writes a well-formed GraphML 1.0 document that points at its schema", () => {
    expectWellFormedXml(xml);
    expect(doc.graphml["@_xmlns"]).toBe("http://graphml.graphdrawing.org/xmlns");
    expect(doc.graphml["@_xsi:schemaLocation"]).toBe(
      "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    );
    expect(doc.graphml.graph["@_edgedefault"]).toBe("directed");
  });

  it("writes one node and one edge element per node and edge", () => {
    expect(nodes).toHaveLength(3);
    expect(edges).toHaveLength(2);
  });

  it("declares a uniquely named key for every field and property, typed from its values", () => {
    const ids = doc.graphml.key.map((k) => k["@_id"]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[nNeE]_[\w.:\-\u4E00-\u9FA5]+$/u);
    const types = Object.fromEntries(
      doc.graphml.key.map((k) => [`${k["@_for"]} ${k["@_attr.name"]}`, k["@_attr.type"]]),
    );
    expect(types).toEqual({
      "node label": "string",
      "node kind": "string",
      "node name": "string",
      "node nameEn": "string",
      "node entityId": "string",
      "node degree": "long",
      "node color": "string",
      "node size": "double",
      "node x": "double",
      "node y": "double",
      "node active": "boolean",
      "node aliases": "string",
      "node entity": "string",
      "node note": "string",
      "node odd_x0020_key_x002F_名称": "string",
      "node parent": "string",
      "node prop_label": "string",
      "node quote": "string",
      "node seq": "long",
      "node weight": "double",
      "edge type": "string",
      "edge label": "string",
      "edge relationshipId": "string",
      "edge evidence": "string",
      "edge lead": "boolean",
      "edge note": "string",
      "edge order": "long",
      "edge prop_source": "string",
    });
  });

  it("only uses keys declared for the element they are on", () => {
    const declared = new Map(doc.graphml.key.map((k) => [k["@_id"], k["@_for"]]));
    const keysOn = (elements: GraphmlElement[]) =>
      elements.flatMap((e) => (e.data ?? []).map((d) => declared.get(d["@_key"])));
    expect(new Set(keysOn(nodes))).toEqual(new Set(["node"]));
    expect(new Set(keysOn(edges))).toEqual(new Set(["edge"]));
  });

  it("joins every edge to nodes declared in the document", () => {
    const ids = new Set(nodes.map((n) => n["@_id"]));
    for (const edge of edges) {
      expect(ids).toContain(edge["@_source"]);
      expect(ids).toContain(edge["@_target"]);
    }
  });

  it("writes ids as name tokens, escaping other characters as _xHHHH_", () => {
    expect(nodes.map((n) => n["@_id"])).toEqual(["Task:gz-ai-2020-2022_x002F_task-02", AGENCY, DOCUMENT]);
    expect(edges[1]?.["@_id"]).toBe("RESPONSIBLE_FOR:gz-miit_x002F_task-02");
  });

  it("reads back names and properties with quotes, markup characters and Chinese intact", () => {
    expect(graphmlValues(doc, nodes[0]!)).toEqual({
      label: TASK_NAME,
      kind: "Task",
      entityId: TASK,
      name: TASK_NAME,
      nameEn: 'Promote "AI+" <pilot> & demo',
      seq: "2",
      weight: "0.5",
      active: "true",
      quote: asXmlReadsIt(QUOTE),
      entity: ENTITY_LOOKALIKES,
      odd_x0020_key_x002F_名称: "值",
      prop_label: "a property named like a field",
      degree: "2",
      color: "#a6acaf",
      size: "17.07",
      x: expect.stringMatching(DECIMAL),
      y: expect.stringMatching(DECIMAL),
    });
    expect(graphmlValues(doc, nodes[1]!).aliases).toBe(JSON.stringify(ALIASES));
    expect(graphmlValues(doc, edges[1]!)).toEqual({
      type: "RESPONSIBLE_FOR",
      label: "RESPONSIBLE_FOR",
      relationshipId: "RESPONSIBLE_FOR:gz-miit/task-02",
      evidence: JSON.stringify(EVIDENCE),
      lead: "true",
      note: "a\tb <&>",
      prop_source: "a property named like a field",
    });
  });

  it("leaves out null values rather than writing empty data", () => {
    expect(graphmlValues(doc, nodes[0]!)).not.toHaveProperty("note");
    expect(graphmlValues(doc, nodes[1]!)).not.toHaveProperty("nameEn");
  });
});

describe("toGexf", () => {
  const xml = toGexf(fixture);
  const doc = parseGexf(xml);
  const nodes = doc.gexf.graph.nodes.node ?? [];
  const edges = doc.gexf.graph.edges.edge ?? [];

  it("writes a well-formed GEXF 1.2draft document with its meta data, the version networkx 2.x reads", () => {
    expectWellFormedXml(xml);
    expect(doc.gexf["@_xmlns"]).toBe("http://www.gexf.net/1.2draft");
    expect(doc.gexf["@_version"]).toBe("1.2");
    expect(doc.gexf.meta.creator).toBe("policy-graph");
    expect(doc.gexf.meta.description).not.toBe("");
    expect(doc.gexf.graph["@_defaultedgetype"]).toBe("directed");
    expect(doc.gexf.graph["@_mode"]).toBe("static");
  });

  it("writes one node and one edge element per node and edge, and counts them", () => {
    expect(nodes).toHaveLength(3);
    expect(doc.gexf.graph.nodes["@_count"]).toBe("3");
    expect(edges).toHaveLength(2);
    expect(doc.gexf.graph.edges["@_count"]).toBe("2");
  });

  it("writes GEXF 1.3 on request, with the same graph in it", () => {
    const v13 = toGexf(fixture, { version: GexfVersion.V1_3 });
    expectWellFormedXml(v13);
    expect(parseGexf(v13).gexf["@_xmlns"]).toBe("http://gexf.net/1.3");
    expect(parseGexf(v13).gexf["@_version"]).toBe("1.3");
    expect(parseGexf(v13).gexf.graph).toEqual(doc.gexf.graph);
  });

  it.each([
    ["1.2", GexfVersion.V1_2],
    ["1.2draft", GexfVersion.V1_2],
    [" 1.3 ", GexfVersion.V1_3],
    ["1.1", undefined],
    ["", undefined],
  ])("reads the GEXF version %j as %s", (input, version) => {
    expect(parseGexfVersion(input)).toBe(version);
  });

  it("declares node and edge attributes with unique ids, typed from their values", () => {
    const declared = doc.gexf.graph.attributes.flatMap((a) =>
      (a.attribute ?? []).map((c) => [a["@_class"], c["@_id"], c["@_title"], c["@_type"]]),
    );
    expect(new Set(declared.map(([kind, id]) => `${kind} ${id}`)).size).toBe(declared.length);
    for (const [, id, title] of declared) expect(id).toBe(title);
    expect(declared.map(([kind, , title, type]) => `${kind} ${title} ${type}`)).toEqual([
      "node kind string",
      "node name string",
      "node nameEn string",
      "node degree long",
      "node active boolean",
      "node aliases string",
      "node entity string",
      "node note string",
      "node odd key/名称 string",
      "node parent string",
      "node prop_label string",
      "node quote string",
      "node seq long",
      "node weight double",
      "edge type string",
      "edge evidence string",
      "edge lead boolean",
      "edge note string",
      "edge order long",
      "edge prop_source string",
    ]);
  });

  it("only gives values for attributes declared for the element they are on", () => {
    const ids = (kind: string) =>
      new Set(
        doc.gexf.graph.attributes
          .filter((a) => a["@_class"] === kind)
          .flatMap((a) => (a.attribute ?? []).map((c) => c["@_id"])),
      );
    const nodeIds = ids("node");
    const edgeIds = ids("edge");
    const usedOn = (elements: GexfElement[]) =>
      elements.flatMap((e) => (e.attvalues?.attvalue ?? []).map((v) => v["@_for"]));
    for (const id of usedOn(nodes)) expect(nodeIds).toContain(id);
    for (const id of usedOn(edges)) expect(edgeIds).toContain(id);
  });

  it("joins every edge to nodes declared in the document, by their global ids", () => {
    expect(nodes.map((n) => n["@_id"])).toEqual([TASK, AGENCY, DOCUMENT]);
    const ids = new Set(nodes.map((n) => n["@_id"]));
    for (const edge of edges) {
      expect(ids).toContain(edge["@_source"]);
      expect(ids).toContain(edge["@_target"]);
    }
  });

  it("captions nodes with their name and edges with their type, also as the edge kind", () => {
    // A conforming parser turns the line break in an attribute into a space.
    expect(nodes[0]?.["@_label"].replace(/\s/g, " ")).toBe(TASK_NAME.replace(/\s/g, " "));
    expect(nodes[1]?.["@_label"]).toBe("广州市工业和信息化局");
    expect(edges.map((e) => [e["@_label"], e["@_kind"]])).toEqual([
      ["PART_OF", "PART_OF"],
      ["RESPONSIBLE_FOR", "RESPONSIBLE_FOR"],
    ]);
  });

  it("reads back properties with their quotes, markup characters and Chinese intact", () => {
    const values = gexfValues(doc, "node", nodes[0]!);
    expect(values).not.toHaveProperty("label");
    expect(values).toMatchObject({
      kind: "Task",
      nameEn: 'Promote "AI+" <pilot> & demo',
      seq: "2",
      weight: "0.5",
      active: "true",
      entity: ENTITY_LOOKALIKES,
      "odd key/名称": "值",
    });
    expect(values).not.toHaveProperty("note");
    expect(values.quote?.replace(/\s/g, " ")).toBe(asXmlReadsIt(QUOTE).replace(/\s/g, " "));
    expect(gexfValues(doc, "edge", edges[1]!)).toMatchObject({
      type: "RESPONSIBLE_FOR",
      lead: "true",
      note: "a\tb <&>",
    });
    expect(JSON.parse(gexfValues(doc, "edge", edges[1]!).evidence!)).toEqual(EVIDENCE);
    expect(JSON.parse(gexfValues(doc, "node", nodes[1]!).aliases!)).toEqual(ALIASES);
  });

  it("uses the description it is given", () => {
    expect(parseGexf(toGexf(fixture, { description: "R&D <test>" })).gexf.meta.description).toBe("R&D <test>");
  });
});

describe("toNodesCsv and toEdgesCsv", () => {
  it("starts with a byte order mark by default, for Excel, and without one on request", () => {
    expect(toNodesCsv(fixture).startsWith("\uFEFFid,")).toBe(true);
    expect(toEdgesCsv(fixture).startsWith("\uFEFFid,")).toBe(true);
    expect(toNodesCsv(fixture, { bom: false }).startsWith("id,")).toBe(true);
  });

  it("writes the node fields, then the sorted property columns, then one row per node", () => {
    const [header, ...rows] = readCsv(toNodesCsv(fixture, { bom: false }));
    expect(header).toEqual([
      "id",
      "label",
      "kind",
      "name",
      "nameEn",
      "active",
      "aliases",
      "entity",
      "note",
      "odd key/名称",
      "parent",
      "prop_label",
      "quote",
      "seq",
      "weight",
    ]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  it("reads back every value exactly, with quotes, commas, line breaks and Chinese", () => {
    const [, task, agency, document] = readCsv(toNodesCsv(fixture, { bom: false }));
    expect(task).toEqual([
      TASK,
      TASK_NAME,
      "Task",
      TASK_NAME,
      'Promote "AI+" <pilot> & demo',
      "true",
      "",
      ENTITY_LOOKALIKES,
      "",
      "值",
      "",
      "a property named like a field",
      QUOTE,
      "2",
      "0.5",
    ]);
    expect(agency).toEqual([
      AGENCY,
      "广州市工业和信息化局",
      "Agency",
      "广州市工业和信息化局",
      "",
      "false",
      JSON.stringify(ALIASES),
      "",
      "",
      "",
      "Agency:gz-gov",
      "",
      "",
      "7",
      "2",
    ]);
    expect(document).toEqual([
      DOCUMENT,
      "广州市人工智能产业发展行动计划(2020-2022年)",
      "Document",
      "广州市人工智能产业发展行动计划(2020-2022年)",
      ...Array<string>(11).fill(""),
    ]);
  });

  it("writes the edge fields, then the property columns, then one row per edge", () => {
    const records = readCsv(toEdgesCsv(fixture, { bom: false }));
    expect(records).toEqual([
      ["id", "source", "target", "type", "label", "evidence", "lead", "note", "order", "prop_source"],
      ["PART_OF:task-02", TASK, DOCUMENT, "PART_OF", "PART_OF", "", "", "", "1", ""],
      [
        "RESPONSIBLE_FOR:gz-miit/task-02",
        AGENCY,
        TASK,
        "RESPONSIBLE_FOR",
        "RESPONSIBLE_FOR",
        JSON.stringify(EVIDENCE),
        "true",
        "a\tb <&>",
        "",
        "a property named like a field",
      ],
    ]);
  });

  it("quotes a field with a bare line feed, so the record is not split in two", () => {
    const g: Subgraph = { nodes: [{ id: "n", label: "L", name: "one\ntwo" }], edges: [] };
    const csv = toNodesCsv(g, { bom: false });
    expect(csv).toBe('id,label,kind,name,nameEn\r\nn,"one\ntwo",L,"one\ntwo",\r\n');
  });
});

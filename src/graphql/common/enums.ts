import { registerEnumType } from "type-graphql";
import { ExportDetail, ExportFormat } from "../../export/export-format.js";
import { GexfVersion } from "../../export/to-gexf.js";

/** Level of government of a document, agency or zone. */
export enum Level {
  NATIONAL = "NATIONAL",
  PROVINCIAL = "PROVINCIAL",
  MUNICIPAL = "MUNICIPAL",
  DISTRICT = "DISTRICT",
}
registerEnumType(Level, { name: "Level", description: "Level of government." });

/** Sort order of list queries. */
export enum OrderBy {
  POSITION = "POSITION",
  NAME = "NAME",
}
registerEnumType(OrderBy, {
  name: "OrderBy",
  description:
    "POSITION: in the order the source text first names them (the default). NAME: by Chinese name (code point order), then id.",
});

export enum Comparator {
  OVER = "OVER",
  AT_LEAST = "AT_LEAST",
  EXACTLY = "EXACTLY",
  APPROXIMATELY = "APPROXIMATELY",
  AT_MOST = "AT_MOST",
}
registerEnumType(Comparator, {
  name: "Comparator",
  description:
    "OVER: 超过, 超, 突破 (more than). AT_LEAST: …以上, 不少于, 不低于 (the number or more). EXACTLY: 达到, or the number itself. APPROXIMATELY: 约, …左右 (about). AT_MOST: 不超过, …以内, …以下 (the number or less).",
});

export enum ResponsibleRole {
  LEAD = "LEAD",
  PARTICIPANT = "PARTICIPANT",
  JOINT = "JOINT",
}
registerEnumType(ResponsibleRole, {
  name: "ResponsibleRole",
  description:
    "LEAD: the unit that leads (牵头, or listed first in 责任单位). PARTICIPANT: the others (配合, or listed later). JOINT: units responsible together, each for its own part (按职责分工负责).",
});

export enum IssuerRole {
  ISSUER = "ISSUER",
  APPROVER = "APPROVER",
}
registerEnumType(IssuerRole, {
  name: "IssuerRole",
  description: "ISSUER: the body that issued the document. APPROVER: the government whose approval (经…同意) it cites.",
});

export enum DevelopIntent {
  CREATE = "CREATE",
  BUILD = "BUILD",
}
registerEnumType(DevelopIntent, {
  name: "DevelopIntent",
  description: "CREATE: the task seeks to have the zone designated (创建, 争取). BUILD: it builds or advances it.",
});

registerEnumType(GexfVersion, {
  name: "GexfVersion",
  description:
    "V1_2: GEXF 1.2draft, read by every GEXF reader including networkx 2.x (the default). V1_3: GEXF 1.3 (Gephi 0.9+, graphology, networkx 3.x).",
});

registerEnumType(ExportDetail, {
  name: "ExportDetail",
  description:
    "FULL: every stored property of each node and relationship, and its evidence with deep links (the default). DRAWING: what a drawing needs (id, type, names, level, role and a few plain fields), a fraction of the size.",
});

registerEnumType(ExportFormat, {
  name: "ExportFormat",
  description:
    "CYTOSCAPE: Cytoscape.js elements JSON (.cyjs). GRAPHML: GraphML 1.0. GEXF: GEXF 1.2draft, or 1.3 with gexfVersion (Gephi, networkx). CSV_NODES / CSV_EDGES: RFC 4180 tables with a UTF-8 byte order mark.",
});

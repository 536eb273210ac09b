// Every GraphQL operation the explorer sends, in one place: the page talks to the service only
// through the public /graphql endpoint, with these strings.

/** What a drawing needs of a subgraph (neighbourhood or path). Mapped to Cytoscape by elements.js. */
const SUBGRAPH = `nodes { entityId label name nameEn } edges { id sourceEntityId targetEntityId type role }`;

const EVIDENCE = `evidence { quote start end link document { id name } }`;

export const SEARCH = `query ExplorerSearch($query: String!) {
  search(query: $query, first: 12) { score snippet node { id kind name nameEn } }
}`;

/** The whole graph as Cytoscape.js JSON (the export, at drawing detail), for a first view of a small graph. */
export const WHOLE_GRAPH = `query ExplorerWholeGraph { graph(format: CYTOSCAPE, detail: DRAWING) { json } }`;

/** One request for several neighbourhoods, as aliases n0, n1, … (at most MAX_QUERY_ALIASES). */
export function neighborhoods(count) {
  const vars = ["$limit: Int!", "$types: [String!]"];
  const fields = [];
  for (let i = 0; i < count; i++) {
    vars.push(`$id${i}: ID!, $depth${i}: Int!`);
    fields.push(
      `n${i}: neighborhood(id: $id${i}, depth: $depth${i}, limit: $limit, types: $types) { truncated ${SUBGRAPH} }`,
    );
  }
  return `query ExplorerNeighborhoods(${vars.join(", ")}) {\n  ${fields.join("\n  ")}\n}`;
}

/** Level and placeholder of documents, for their colour (GraphNode has only names and label). */
export const DOCUMENT_LEVELS = `query ExplorerLevels($ids: [ID!]!) {
  nodes(ids: $ids) { id ... on PolicyDocument { level placeholder example } }
}`;

/** One shortest path, or the service's explanation of why there is none. */
export const SHORTEST_PATH = `query ExplorerPath($from: ID!, $to: ID!, $types: [String!]) {
  shortestPaths(from: $from, to: $to, maxLength: 10, types: $types, limit: 1) { found explanation paths { length ${SUBGRAPH} } }
}`;

/** Everything the details panel shows of a node. */
export const NODE_DETAILS = `query ExplorerNode($id: ID!) {
  node(id: $id) {
    id kind name nameEn ${EVIDENCE}
    ... on Curated { aliases source }
    ... on PolicyDocument { docNumber level type issueDate period jurisdiction placeholder example source }
    ... on Agency { level jurisdiction collective foundByPattern nameEnComposed }
    ... on Organization { category ticker }
    ... on Platform { category }
    ... on Zone { category level }
    ... on Target { metric metricEn value unit comparator deadlineYear ordinal example }
    ... on Action { ordinal example }
    ... on Task { ordinal text textEn example }
    ... on Measure { ordinal text textEn responsibleText example }
  }
}`;

/**
 * The relationships that start at a node, with their evidence: an edge's evidence is found here by
 * its id (TYPE|fromId|toId). HAS_PART and SETS are structure and carry none of their own.
 */
export const EDGE_EVIDENCE = `query ExplorerEdge($id: ID!) {
  node(id: $id) {
    id
    ... on Task { responsible { ...Rel } supports { ...Rel } develops { ...Rel } mentions { ...Rel } }
    ... on Measure { responsible { ...Rel } mentions { ...Rel } }
    ... on PolicyDocument { implementsEdges { ...Rel } repealsEdges { ...Rel } issuedBy { ...Rel } mentions { ...Rel } }
    ... on Platform { operatedBy { ...Rel } }
  }
}
fragment Rel on Relationship {
  id type ${EVIDENCE}
  ... on Responsible { role position }
  ... on IssuedBy { issuerRole: role source }
  ... on OperatedBy { source }
  ... on Develops { intent }
}`;

const PART = `id kind name nameEn evidence { start end document { id } }`;

/** A document for the reader: its full normalised text and the parts whose evidence lies in it. */
export const DOCUMENT = `query ExplorerDocument($id: ID!) {
  node(id: $id) {
    id kind name nameEn
    ... on PolicyDocument {
      docNumber level placeholder text
      actions { ${PART} tasks { ${PART} } }
      tasks { ${PART} }
      measures { ${PART} }
      targets { ${PART} }
    }
  }
}`;

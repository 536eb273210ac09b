import { send, graphql } from "../lib/http.js";
import type { HttpRequest } from "../lib/http.js";

/** A query workload of the ingest bench: what a researcher asks of a corpus, by name. */
export interface CorpusQuery {
  key: string;
  what: string;
  request: HttpRequest;
}

/** Ids the workloads start from, chosen from the corpus as it stands at the smallest size, so every size asks the same question. */
export interface QueryAnchors {
  /** The agency named by the most documents (a hub that grows with the corpus). */
  hub: string;
  /** A document and another it cites (directly or not): the ends of a path. */
  document: string;
  cited: string;
}

/** Finds the anchors through the API itself. */
export async function findAnchors(baseUrl: string): Promise<QueryAnchors> {
  const { json } = await send(
    baseUrl,
    graphql(`
      {
        agencies(first: 1, rankBy: {}) {
          edges {
            node {
              id
            }
          }
        }
        documents(first: 50) {
          edges {
            node {
              id
              implements {
                id
              }
            }
          }
        }
      }
    `),
  );
  const hub = json.data.agencies.edges[0].node.id as string;
  const docs = json.data.documents.edges.map((e: { node: { id: string; implements: { id: string }[] } }) => e.node);
  const citing = docs.find((d: { implements: { id: string }[] }) => d.implements.length > 0) ?? docs[0];
  return { hub, document: citing.id, cited: citing.implements[0]?.id ?? docs[1].id };
}

/** The workloads: a list page, a search, a path, a hub's neighbourhood, an export around a document, a hub's evidence page. */
export function corpusQueries(a: QueryAnchors): CorpusQuery[] {
  return [
    {
      key: "list",
      what: "first 20 tasks, by name",
      request: graphql(`
        {
          tasks(first: 20) {
            totalCount
            edges {
              node {
                id
                name
              }
            }
          }
        }
      `),
    },
    {
      key: "search",
      what: "full-text search, 10 hits",
      request: graphql(`
        {
          search(query: "人工智能 算力", first: 10) {
            node {
              id
              name
            }
          }
        }
      `),
    },
    {
      key: "path",
      what: "shortest paths between a document and one it cites",
      request: graphql(
        `
          query ($from: ID!, $to: ID!) {
            shortestPaths(from: $from, to: $to, maxLength: 4) {
              paths {
                nodes {
                  id
                }
              }
            }
          }
        `,
        { from: a.document, to: a.cited },
      ),
    },
    hubNeighbourhood(a.hub, "neighbourhood", 200),
    // The same question at a size every corpus fills: at 100 documents the hub has fewer than 200
    // neighbours, so the line above returns more at 10,000 than at 100 (see the answer sizes).
    hubNeighbourhood(a.hub, "neighbourhood50", 50),
    {
      key: "export",
      what: "GraphML around a document, depth 1",
      request: { method: "GET", path: `/export/graph.graphml?around=${encodeURIComponent(a.document)}&depth=1` },
    },
    {
      key: "evidence",
      what: "the hub's first 20 quotes and its count",
      request: graphql(
        `
          query ($id: ID!) {
            node(id: $id) {
              evidence(first: 20) {
                quote
              }
              evidenceCount
            }
          }
        `,
        { id: a.hub },
      ),
    },
  ];
}

/** The hub's neighbourhood at depth 1, at most `limit` nodes. */
function hubNeighbourhood(hub: string, key: string, limit: number): CorpusQuery {
  return {
    key,
    what: `the hub agency's neighbourhood, depth 1, ≤ ${limit} nodes`,
    request: graphql(
      `
        query ($id: ID!, $limit: Int!) {
          neighborhood(id: $id, depth: 1, limit: $limit) {
            nodes {
              id
            }
            truncated
          }
        }
      `,
      { id: hub, limit },
    ),
  };
}

/** Median latency (ms) of `samples` sequential requests after `warmup` unmeasured ones, and the size of the answer (bytes). */
export async function measureQuery(
  baseUrl: string,
  q: CorpusQuery,
  samples: number,
  warmup = 3,
): Promise<{ ms: number; bytes: number }> {
  let bytes = 0;
  for (let i = 0; i < warmup; i++) bytes = await sendAny(baseUrl, q.request);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    bytes = await sendAny(baseUrl, q.request);
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  return { ms: times[Math.floor(times.length / 2)]!, bytes };
}

async function sendAny(baseUrl: string, r: HttpRequest): Promise<number> {
  if (r.method === "POST") return (await send(baseUrl, r)).bytes;
  const res = await fetch(baseUrl + r.path);
  if (!res.ok) throw new Error(`${r.path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return (await res.arrayBuffer()).byteLength;
}

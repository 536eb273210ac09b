import { graphql, type HttpRequest, rawCall, send } from "./lib/http.js";
import type { PeerName } from "./peers/peer.js";

/** Ids and cursors the workloads need; cursors are each peer's own (ours keyset, the peer's offset). */
export interface WorkloadContext {
  taskId: string;
  hubId: string;
  pathFrom: string;
  pathTo: string;
  /** Search text; the service and the floor turn it into the same Lucene query. */
  searchText: string;
  searchLucene: string;
  /** The cursor after the 5th task, and after the deep item, per peer. */
  pageCursor: Record<PeerName, unknown>;
  deepCursor: Record<PeerName, unknown>;
  deepIndex: number;
}

/** One operation, as each peer that can answer it is asked, and how each answer is made comparable. */
export interface Workload {
  key: string;
  title: string;
  requests(ctx: WorkloadContext): Partial<Record<PeerName, HttpRequest>>;
  /** Turns a peer's response into one canonical value; the three must deep-equal. */
  normalise: Partial<Record<PeerName, (json: any) => unknown>>;
  /** Why peers are compared on less than the whole answer, when they are. */
  note?: string;
}

type Named = { id: string; name: string };
const byId = <T extends { id: string }>(xs: T[]): T[] =>
  [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const named = (x: any): Named | null => (x ? { id: x.id, name: x.name } : null);
const ids = (xs: { id: string }[]): string[] => xs.map((x) => x.id).sort();

const NESTED = `query Nested { tasks(first: 18) { edges { node { id name action { id name } platforms { id name operator { id name } } zones { id name } technologies { id name } } } } }`;
const NESTED_PEER = `query Nested { tasks(limit: 18, sort: [{ord: ASC}, {id: ASC}]) { id name action { id name } platforms { id name operator { id name } } zones { id name } technologies { id name } } }`;
const nestedTask = (t: any, first: (xs: any[]) => any) => ({
  ...named(t),
  action: named(first(t.action)),
  platforms: byId((t.platforms as any[]).map((p) => ({ ...named(p)!, operator: named(first(p.operator)) }))),
  zones: byId((t.zones as any[]).map((z) => named(z)!)),
  technologies: byId((t.technologies as any[]).map((z) => named(z)!)),
});
const one = (x: any) => (Array.isArray(x) ? (x[0] ?? null) : x);

const MEASURES = `query Measures { measures(first: 5) { edges { node { id name responsible { role agency { id name nameEn } } } } } }`;
const MEASURES_PEER = `query Measures { measures(limit: 5, sort: [{ord: ASC}, {id: ASC}]) { id name responsibleConnection(sort: [{edge: {position: ASC}}]) { edges { properties { role } node { id name nameEn } } } } }`;
const agency = (a: any) => ({ id: a.id, name: a.name, nameEn: a.nameEn ?? null });

const PAGE = `query Page($after: String) { tasks(first: 5, after: $after) { totalCount edges { node { id name ordinal } } pageInfo { hasNextPage } } }`;
const PAGE_PEER = `query Page($after: String) { tasksConnection(first: 5, after: $after, sort: [{ord: ASC}, {id: ASC}]) { totalCount edges { node { id name ordinal } } pageInfo { hasNextPage } } }`;
const pageOf = (nodes: any[], hasNextPage: boolean, totalCount: number) => ({
  totalCount,
  hasNextPage,
  nodes: nodes.map((n) => ({ id: n.id, name: n.name, ordinal: n.ordinal })),
});
const rawCursor = (c: unknown) => (c as { ord: number; id: string } | null) ?? { ord: null, id: null };

const TASK = `query Task($id: ID!) { node(id: $id) { ... on Task { id name ordinal action { id name document { id name } } } } }`;
const TASK_PEER = `query Task($id: ID!) { tasks(where: {id: {eq: $id}}) { id name ordinal action { id name document { id name } } } }`;
const taskOf = (t: any) => ({
  ...named(t),
  ordinal: t.ordinal,
  action: t.action ? { ...named(one(t.action)), document: named(one(one(t.action).document)) } : null,
});

const SEARCH = `query Search($q: String!) { search(query: $q, first: 10) { score node { id name } } }`;
const SEARCH_PEER = `query Search($q: String!) { entities(limit: 10, where: {OR: [{name: {contains: $q}}, {nameEn: {contains: $q}}, {aliasText: {contains: $q}}, {text: {contains: $q}}]}) { id name } }`;

// GraphNode and GraphEdge ids carry their type as a prefix (a normalising cache keys by id): the
// comparison reads the entity and relationship ids the floor returns.
const HOOD = `query Hood($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { id: entityId name } edges { id source: sourceEntityId target: targetEntityId type } } }`;
const unprefixed = (edges: any[]) => edges.map((e) => ({ ...e, id: String(e.id).replace(/^GraphEdge:/, "") }));
const hoodOf = (nodes: any[], edges: any[], truncated: boolean) => ({
  truncated,
  nodes: ids(nodes),
  edges: ids(edges),
});

const PATH = `query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id: entityId } edges { id } } }`;

/** A page of 5 tasks with totalCount after the cursor `cursor` picks, in each peer's own cursor form. */
function pageWorkload(
  key: string,
  title: string,
  cursor: (c: WorkloadContext) => Record<PeerName, unknown>,
  note?: string,
): Workload {
  return {
    key,
    title,
    requests: (c) => {
      const after = cursor(c);
      return {
        ours: graphql(PAGE, { after: after.ours }),
        peer: graphql(PAGE_PEER, { after: after.peer }),
        raw: rawCall("page", { afterOrd: rawCursor(after.raw).ord, afterId: rawCursor(after.raw).id }),
      };
    },
    normalise: {
      ours: (j) =>
        pageOf(
          j.data.tasks.edges.map((e: any) => e.node),
          j.data.tasks.pageInfo.hasNextPage,
          j.data.tasks.totalCount,
        ),
      peer: (j) =>
        pageOf(
          j.data.tasksConnection.edges.map((e: any) => e.node),
          j.data.tasksConnection.pageInfo.hasNextPage,
          j.data.tasksConnection.totalCount,
        ),
      raw: (j) => pageOf(j.rows[0].nodes, j.rows[0].hasNextPage, j.rows[0].totalCount),
    },
    ...(note ? { note } : {}),
  };
}

/** The workloads of the table, plus shortestPath, an export and a deep page. */
export const WORKLOADS: Workload[] = [
  {
    key: "nested",
    title: "18 tasks → action, platforms → operator, zones, technologies (3 levels)",
    requests: () => ({ ours: graphql(NESTED), peer: graphql(NESTED_PEER), raw: rawCall("nested") }),
    normalise: {
      ours: (j) => j.data.tasks.edges.map((e: any) => nestedTask(e.node, (x) => x)),
      peer: (j) => j.data.tasks.map((t: any) => nestedTask(t, one)),
      raw: (j) => j.rows.map((t: any) => nestedTask(t, (x) => x)),
    },
    note: "nested lists are compared as sets (sorted by id); the top-level order must match",
  },
  {
    key: "measures",
    title: "5 measures → responsible (role, agency)",
    requests: () => ({ ours: graphql(MEASURES), peer: graphql(MEASURES_PEER), raw: rawCall("measures") }),
    normalise: {
      ours: (j) =>
        j.data.measures.edges.map(({ node: m }: any) => ({
          ...named(m),
          responsible: m.responsible.map((r: any) => ({ role: r.role, agency: agency(r.agency) })),
        })),
      peer: (j) =>
        j.data.measures.map((m: any) => ({
          ...named(m),
          responsible: m.responsibleConnection.edges.map((e: any) => ({
            role: e.properties.role,
            agency: agency(e.node),
          })),
        })),
      raw: (j) =>
        j.rows.map((m: any) => ({
          ...named(m),
          responsible: m.responsible.map((r: any) => ({ role: r.role, agency: agency(r.agency) })),
        })),
    },
  },
  pageWorkload(
    "page",
    "tasks page of 5 after a cursor, with totalCount",
    (c) => c.pageCursor,
    "each peer pages with its own cursor: ours and the floor keyset (ord, id), @neo4j/graphql an offset",
  ),
  {
    key: "task",
    title: "one task by id, with its action and document",
    requests: (c) => ({
      ours: graphql(TASK, { id: c.taskId }),
      peer: graphql(TASK_PEER, { id: c.taskId }),
      raw: rawCall("task", { id: c.taskId }),
    }),
    normalise: {
      ours: (j) => taskOf(j.data.node),
      peer: (j) => taskOf(j.data.tasks[0]),
      raw: (j) => taskOf(j.rows[0].task),
    },
  },
  {
    key: "search",
    title: "search 区块链",
    requests: (c) => ({
      ours: graphql(SEARCH, { q: c.searchText }),
      peer: graphql(SEARCH_PEER, { q: c.searchText }),
      raw: rawCall("search", { query: c.searchLucene, limit: 10 }),
    }),
    normalise: {
      ours: (j) => ids(j.data.search.map((h: any) => h.node)),
      peer: (j) => ids(j.data.entities),
      raw: (j) => ids(j.rows),
    },
    note: "compared as the set of ids: ours and the floor rank by the full-text (CJK bigram) score, @neo4j/graphql filters with CONTAINS over name, nameEn, aliasText and text and does not rank",
  },
  {
    key: "neighborhood",
    title: "neighbourhood depth 2",
    requests: (c) => ({
      ours: graphql(HOOD, { id: c.hubId }),
      raw: rawCall("neighborhood", { id: c.hubId, maxNodes: 5000 }),
    }),
    normalise: {
      ours: (j) =>
        hoodOf(j.data.neighborhood.nodes, unprefixed(j.data.neighborhood.edges), j.data.neighborhood.truncated),
      raw: (j) => hoodOf(j.rows[0].nodes, j.rows[0].edges, j.rows[0].truncated),
    },
    note: "@neo4j/graphql has no neighbourhood query",
  },
  {
    key: "shortestPath",
    title: "shortestPath",
    requests: (c) => ({
      ours: graphql(PATH, { from: c.pathFrom, to: c.pathTo }),
      raw: rawCall("shortest-path", { from: c.pathFrom, to: c.pathTo }),
    }),
    normalise: {
      ours: (j) => ({
        length: j.data.shortestPath.length,
        ends: [j.data.shortestPath.nodes[0].id, j.data.shortestPath.nodes.at(-1).id],
      }),
      raw: (j) => ({ length: j.rows[0].edges.length, ends: [j.rows[0].nodes[0].id, j.rows[0].nodes.at(-1).id] }),
    },
    note: "compared on length and ends (shortest paths are not unique); @neo4j/graphql has no shortestPath",
  },
  {
    key: "export",
    title: "export GET /export/graph.cyjs (whole graph, ≤ 5,000 nodes)",
    requests: () => ({
      ours: { method: "GET", path: "/export/graph.cyjs" },
      raw: rawCall("export", { maxNodes: 5000 }),
    }),
    normalise: {
      ours: (j) => ({
        nodes: ids(j.elements.nodes.map((n: any) => n.data)),
        edges: ids(j.elements.edges.map((e: any) => e.data)),
      }),
      raw: (j) => ({ nodes: ids(j.rows[0].nodes), edges: ids(j.rows[0].edges) }),
    },
    note: "the floor returns the same nodes and edges as plain JSON rows, not a Cytoscape document",
  },
  pageWorkload(
    "deepPage",
    "deep page: 5 tasks after the 10,000th (or the last-but-5 at small scale), with totalCount",
    (c) => c.deepCursor,
  ),
];

export function workload(key: string): Workload {
  const w = WORKLOADS.find((x) => x.key === key);
  if (!w) throw new Error(`Unknown workload "${key}"; known: ${WORKLOADS.map((x) => x.key).join(", ")}.`);
  return w;
}

/**
 * Walks `count` tasks in pages of up to 100 and returns each running peer's cursor after the last of
 * them (peers absent from `urls` get none).
 */
export async function prepareContext(
  urls: Partial<Record<PeerName, string>>,
  deepIndex: number,
): Promise<WorkloadContext> {
  const oursCursor = async (count: number) => {
    if (!urls.ours) return null;
    let after: string | null = null;
    for (let left = count; left > 0; left -= 100) {
      const { json } = await send(
        urls.ours!,
        graphql(
          `
            query ($first: Int, $after: String) {
              tasks(first: $first, after: $after) {
                pageInfo {
                  endCursor
                }
              }
            }
          `,
          { first: Math.min(100, left), after },
        ),
        "ours",
      );
      after = json.data.tasks.pageInfo.endCursor;
    }
    return after;
  };
  // @neo4j/graphql's connection cursors are graphql-relay offsets ("arrayconnection:<index>" in
  // base64). Walking to the 10,000th item page by page makes it sort and skip ever more rows (at
  // 1000× one of those pages ran out of Neo4j's transaction memory), so the cursor is checked on
  // the first page and then made directly; the deep page itself is what gets measured.
  const peerCursor = async (count: number) => {
    if (!urls.peer) return null;
    const { json } = await send(
      urls.peer,
      graphql(
        `
          query ($first: Int) {
            tasksConnection(first: $first, sort: [{ ord: ASC }, { id: ASC }]) {
              pageInfo {
                endCursor
              }
            }
          }
        `,
        { first: Math.min(count, 5) },
      ),
      "peer",
    );
    const offsetCursor = (n: number) => Buffer.from(`arrayconnection:${n - 1}`).toString("base64");
    const seen = json.data.tasksConnection.pageInfo.endCursor;
    if (seen !== offsetCursor(Math.min(count, 5)))
      throw new Error(
        `@neo4j/graphql's cursors are no longer graphql-relay offsets (got ${seen}); walk the pages instead.`,
      );
    return offsetCursor(count);
  };
  const rawCursorAt = async (count: number) =>
    urls.raw ? (await send(urls.raw, rawCall("cursor-at", { index: count - 1 }), "raw")).json.rows[0] : null;
  return {
    taskId: "Task:gz-ai-plan-2020-2022/task-02",
    hubId: "Agency:gz-industry-it-bureau",
    pathFrom: "Organization:iflytek",
    pathTo: "Agency:state-council",
    searchText: "区块链",
    searchLucene: `"区块链"^4 OR (区块链)`,
    pageCursor: { ours: await oursCursor(5), peer: await peerCursor(5), raw: await rawCursorAt(5) },
    deepCursor: {
      ours: await oursCursor(deepIndex),
      peer: await peerCursor(deepIndex),
      raw: await rawCursorAt(deepIndex),
    },
    deepIndex,
  };
}

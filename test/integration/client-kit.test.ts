import { ApolloClient, type DocumentNode, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { Client, fetchExchange } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPolicyGraphCache } from "../../client/apollo.js";
import { policyGraphCacheExchange } from "../../client/urql.js";
import type { RunningApp } from "../../src/app.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

// The client kit in client/, used by the real Apollo Client and urql Graphcache against the real
// service: what their caches hand back must be what the service sent. Every selection set names
// __typename, which both clients add anyway, so a raw fetch of the same text is the reference.

const TASK = "Task:gz-ai-plan-2020-2022/task-02";
const MEASURE = "Measure:gz-ai-plan-2020-2022/measure-1";
const AGENCY = "Agency:gz-industry-it-bureau";
const ACTION = "Action:gz-ai-plan-2020-2022/action-2";
const FRAGMENT_VARS = { task: TASK, measure: MEASURE, agency: AGENCY };

/** A fragment on each of the schema's interfaces: Node, Assignment, Curated, Relationship. */
const FRAGMENTS = gql`
  query Fragments($task: ID!, $measure: ID!, $agency: ID!) {
    task: node(id: $task) {
      __typename
      id
      ... on Node {
        name
        kind
        evidenceCount
      }
      ... on Assignment {
        ordinal
        text
      }
      ... on Task {
        supports {
          __typename
          id
          ... on Relationship {
            type
          }
          platform {
            __typename
            id
            ... on Curated {
              name
              aliases
              source
            }
          }
        }
      }
    }
    measure: node(id: $measure) {
      __typename
      id
      ... on Assignment {
        ordinal
        text
      }
      ... on Measure {
        responsible {
          __typename
          id
          role
          ... on Relationship {
            type
          }
          agency {
            __typename
            id
            ... on Curated {
              name
              aliases
            }
          }
        }
      }
    }
    agency: node(id: $agency) {
      __typename
      id
      ... on Curated {
        name
        aliases
      }
      ... on Agency {
        responsibleFor {
          __typename
          id
          ... on Relationship {
            type
          }
          assignment {
            __typename
            id
            ... on Assignment {
              ordinal
            }
            ... on Node {
              name
            }
          }
        }
      }
    }
    search(query: "区块链", first: 3) {
      __typename
      score
      node {
        __typename
        id
        ... on Node {
          name
          kind
        }
      }
    }
  }
`;

/** One page of tasks, optionally only those of one action. */
const TASKS = gql`
  query Tasks($first: Int!, $after: String, $partOf: ID) {
    tasks(first: $first, after: $after, partOf: $partOf) {
      __typename
      totalCount
      edges {
        __typename
        cursor
        node {
          __typename
          id
          ordinal
          name
        }
      }
      pageInfo {
        __typename
        endCursor
        hasNextPage
      }
    }
  }
`;

/** Fields whose types have no id: Subgraph, GraphExport, Evidence, SearchHit, PathSearch, Path, CitationHop. */
const IDLESS = gql`
  query IdLess($task: ID!, $doc: ID!) {
    neighborhood(id: $task) {
      __typename
      truncated
      nodes {
        __typename
        id
        label
        name
      }
      edges {
        __typename
        id
        type
        source
        target
      }
    }
    graph(format: CYTOSCAPE, around: $task, detail: DRAWING) {
      __typename
      format
      mediaType
      json
    }
    node(id: $task) {
      __typename
      id
      ... on Node {
        evidenceCount
        evidence(first: 2) {
          __typename
          quote
          start
          end
          document {
            __typename
            id
          }
        }
      }
    }
    shortestPaths(from: $task, to: $doc) {
      __typename
      found
      outcome
      paths {
        __typename
        length
        nodes {
          __typename
          id
          label
        }
      }
    }
    document: node(id: $doc) {
      __typename
      id
      ... on PolicyDocument {
        citationChain {
          __typename
          hop
          cited {
            __typename
            id
          }
          citing {
            __typename
            id
          }
        }
      }
    }
  }
`;

let app: RunningApp;

/** The service's own answer to an operation, fetched without any client. */
async function raw(doc: DocumentNode, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await executeGraphQL(app.url, print(doc), variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const apollo = (cache: InMemoryCache) => new ApolloClient({ link: new HttpLink({ uri: `${app.url}/graphql` }), cache });
/** urql as the README sets it up: its GET queries carry the header the service's CSRF protection asks for. */
const urql = (exchange = policyGraphCacheExchange()) =>
  new Client({
    url: `${app.url}/graphql`,
    exchanges: [exchange, fetchExchange],
    fetchOptions: { headers: { "apollo-require-preflight": "true" } },
  });

beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.stop();
});

describe("urql Graphcache with client/urql.ts", () => {
  // Graphcache prints each distinct warning once per process, so this test runs first: a warning
  // the kit's client caused in an earlier test would be swallowed here.
  it("warns nothing over id-less types, interface fragments and pages, where a plain Graphcache warns Invalid key", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const operations: [DocumentNode, Record<string, unknown>][] = [
      [IDLESS, { task: TASK, doc: "PolicyDocument:gz-ai-plan-2020-2022" }],
      [FRAGMENTS, FRAGMENT_VARS],
      [TASKS, { first: 2 }],
    ];
    try {
      const kit = urql();
      for (const [doc, vars] of operations) expect((await kit.query(doc, vars).toPromise()).error).toBeUndefined();
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([]);

      const plain = urql(cacheExchange());
      for (const [doc, vars] of operations) await plain.query(doc, vars).toPromise();
      const invalid = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.startsWith("Invalid key"));
      for (const type of ["Subgraph", "GraphExport", "Evidence", "SearchHit", "PathSearch", "Path", "CitationHop"]) {
        expect(
          invalid.some((m) => m.includes(`config for \`${type}\``)),
          `Invalid key for ${type}`,
        ).toBe(true);
      }
    } finally {
      warn.mockRestore();
    }
  });

  it("needs the README's apollo-require-preflight header: the service's CSRF protection refuses urql's default GET without it", async () => {
    const client = new Client({ url: `${app.url}/graphql`, exchanges: [policyGraphCacheExchange(), fetchExchange] });
    const result = await client.query(TASKS, { first: 1 }).toPromise();
    expect(result.error?.message).toMatch(/Cross-Site Request Forgery/);
    expect((await urql().query(TASKS, { first: 1 }).toPromise()).error).toBeUndefined();
  });

  it("returns the interface fragments' fields as the service sent them, from the network and from the cache", async () => {
    const variables = FRAGMENT_VARS;
    const expected = await raw(FRAGMENTS, variables);
    const client = urql();
    expect((await client.query(FRAGMENTS, variables).toPromise()).data).toEqual(expected);
    expect((await client.query(FRAGMENTS, variables, { requestPolicy: "cache-only" }).toPromise()).data).toEqual(
      expected,
    );
  });

  it("keeps a filtered list apart from the unfiltered one, whose pages it joins in order", async () => {
    const filtered = await raw(TASKS, { first: 2, partOf: ACTION });
    const twoPages = await raw(TASKS, { first: 4 });
    const client = urql();
    await client.query(TASKS, { first: 2, partOf: ACTION }).toPromise();
    const page1 = await client.query(TASKS, { first: 2 }).toPromise();
    await client.query(TASKS, { first: 2, after: page1.data.tasks.pageInfo.endCursor }).toPromise();

    const cached = (vars: Record<string, unknown>) =>
      client.query(TASKS, vars, { requestPolicy: "cache-only" }).toPromise();
    expect((await cached({ first: 2 })).data).toEqual(twoPages);
    expect((await cached({ first: 2, partOf: ACTION })).data).toEqual(filtered);
  });
});

describe("Apollo Client with client/apollo.ts", () => {
  it("returns the interface fragments' fields as the service sent them, from the network and from the cache", async () => {
    const variables = FRAGMENT_VARS;
    const expected = await raw(FRAGMENTS, variables);
    const client = apollo(createPolicyGraphCache());
    expect((await client.query({ query: FRAGMENTS, variables })).data).toEqual(expected);
    expect(client.readQuery({ query: FRAGMENTS, variables })).toEqual(expected);
  });

  it("loses those fields with a plain InMemoryCache (why the kit exists)", async () => {
    const variables = FRAGMENT_VARS;
    const expected = await raw(FRAGMENTS, variables);
    expect(expected.task.name).toEqual(expect.any(String));
    const { data } = await apollo(new InMemoryCache()).query<Record<string, any>>({ query: FRAGMENTS, variables });
    // Only the fragment on the concrete type (... on Task) survives; those on Node, Assignment,
    // Relationship and Curated are dropped without an error.
    expect(data?.task).toEqual({
      __typename: "Task",
      id: TASK,
      supports: expected.task.supports.map((s: any) => ({
        __typename: "Supports",
        id: s.id,
        platform: { __typename: "Platform", id: s.platform.id },
      })),
    });
  });

  it("keeps a filtered list apart from the unfiltered one, and fetchMore appends the next page in order", async () => {
    const filtered = await raw(TASKS, { first: 2, partOf: ACTION });
    const twoPages = await raw(TASKS, { first: 4 });
    expect(filtered.tasks.edges.length).toBeGreaterThan(0);
    expect(filtered.tasks.edges).not.toEqual(twoPages.tasks.edges.slice(0, filtered.tasks.edges.length));
    const client = apollo(createPolicyGraphCache());

    await client.query({ query: TASKS, variables: { first: 2, partOf: ACTION } });
    const unfiltered = client.watchQuery({ query: TASKS, variables: { first: 2 } });
    let shown: any;
    const subscription = unfiltered.subscribe((r) => {
      if (r.dataState === "complete") shown = r.data;
    });
    try {
      await vi.waitFor(() => expect(shown?.tasks.edges).toHaveLength(2));
      await unfiltered.fetchMore({ variables: { after: shown.tasks.pageInfo.endCursor } });
      await vi.waitFor(() => expect(shown).toEqual(twoPages));
      expect(client.readQuery({ query: TASKS, variables: { first: 2 } })).toEqual(twoPages);
      expect(client.readQuery({ query: TASKS, variables: { first: 2, partOf: ACTION } })).toEqual(filtered);
    } finally {
      subscription.unsubscribe();
    }
  });
});

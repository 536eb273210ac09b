import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { useSeededGraph } from "../helpers/seeded.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

// The questions researchers asked (issue 10), each answered by ONE request over HTTP, as a
// notebook or a web client sends it, and checked against the graph itself.

const graph = useSeededGraph();
const PLAN = "PolicyDocument:gz-ai-plan-2020-2022";
let app: RunningApp;
beforeAll(async () => {
  app = await startServer({ NODE_ENV: "production" });
});
afterAll(async () => {
  await app?.stop();
});

async function ask(query: string) {
  const res = await executeGraphQL(app.url, query);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data!;
}

describe("the researchers' questions, one request each", () => {
  it("which national and provincial documents does the plan implement?", async () => {
    const data = await ask(`{ node(id: "${PLAN}") { ... on PolicyDocument {
      implements(level: [NATIONAL, PROVINCIAL]) { name docNumber level } } } }`);
    const expected = await graph.cypher(
      `MATCH (:PolicyDocument {id: $plan})-[:IMPLEMENTS]->(d:PolicyDocument) WHERE d.level IN ['NATIONAL', 'PROVINCIAL']
      RETURN d.name AS name, d.docNumber AS docNumber, d.level AS level ORDER BY d.ord, d.id`,
      { plan: PLAN },
    );
    expect(data.node.implements).toEqual(expected);
    expect(new Set(expected.map((d) => d.level))).toEqual(new Set(["NATIONAL", "PROVINCIAL"]));
  });

  it("which agencies lead the most measures?", async () => {
    const data =
      await ask(`{ agencies(first: 10, rankBy: {types: ["RESPONSIBLE"], direction: IN, roles: ["LEAD"], otherKinds: ["Measure"]}) {
      edges { node { name nameEn measuresLed: responsibleCount(role: LEAD, kind: MEASURE) } } } }`);
    const expected = await graph.cypher(`MATCH (a:Agency) RETURN a.name AS name, a.nameEn AS nameEn,
      COUNT { (:Measure)-[:RESPONSIBLE {role: 'LEAD'}]->(a) } AS measuresLed ORDER BY measuresLed DESC, a.id LIMIT 10`);
    expect(data.agencies.edges.map((e: any) => e.node)).toEqual(expected);
    expect(expected[0]!.measuresLed as number).toBeGreaterThan(1);
  });

  it("how is iFlytek connected to the State Council through structural relationships only, and what says so at each hop?", async () => {
    const data = await ask(`{ shortestPaths(from: "Organization:iflytek", to: "Agency:state-council",
        types: ["IMPLEMENTS", "ISSUED_BY", "HAS_PART", "SETS", "RESPONSIBLE", "SUPPORTS", "DEVELOPS", "OPERATED_BY"]) {
      found explanation
      paths { length nodes { entityId name } edges { type sourceEntityId targetEntityId evidence { quote start end document { id } } curatedSource } } } }`);
    const search = data.shortestPaths;
    expect(search.found).toBe(true);
    expect(search.paths.length).toBeGreaterThan(0);
    for (const path of search.paths) {
      expect(path.nodes[0].entityId).toBe("Organization:iflytek");
      expect(path.nodes.at(-1).entityId).toBe("Agency:state-council");
      for (const [i, edge] of path.edges.entries()) {
        expect(edge.type).not.toBe("MENTIONS");
        expect([edge.sourceEntityId, edge.targetEntityId].sort()).toEqual(
          [path.nodes[i].entityId, path.nodes[i + 1].entityId].sort(),
        );
        // Each hop is stated by quotes of a text, or, for a curated fact, by its source.
        expect(
          edge.evidence.length > 0 || typeof edge.curatedSource === "string",
          `${edge.type} ${edge.sourceEntityId}`,
        ).toBe(true);
        for (const e of edge.evidence) {
          const [doc] = await graph.cypher(`MATCH (d:PolicyDocument {id: $id}) RETURN d.text AS text`, {
            id: e.document.id,
          });
          expect((doc!.text as string).slice(e.start, e.end)).toBe(e.quote);
        }
      }
    }
    // Without the types filter a path of the same length runs through an incidental MENTIONS edge.
    const any = await ask(
      `{ shortestPaths(from: "Organization:iflytek", to: "Agency:state-council") { paths { edges { type } } } }`,
    );
    expect(any.shortestPaths.paths.some((p: any) => p.edges.some((e: any) => e.type === "MENTIONS"))).toBe(true);
  });
});

describe("client compatibility over HTTP", () => {
  const query = encodeURIComponent("{ tasks(first: 1) { totalCount } }");

  it("answers a GET query (urql's default for short queries) that carries apollo-require-preflight", async () => {
    const res = await fetch(`${app.url}/graphql?query=${query}`, {
      headers: { "apollo-require-preflight": "true", accept: "application/graphql-response+json, application/json" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { tasks: { totalCount: 18 } } });
  });

  it("refuses a GET query without it as a possible cross-site request forgery, naming the header that lets it through", async () => {
    const res = await fetch(`${app.url}/graphql?query=${query}`, {
      headers: { accept: "application/graphql-response+json, application/json" },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0]!.message).toContain("Cross-Site Request Forgery");
    expect(body.errors[0]!.message).toContain("apollo-require-preflight");
    expect(body.errors[0]!.extensions.stacktrace).toBeUndefined();
  });

  it("refuses a subscription, sent by POST or by GET, with BAD_USER_INPUT and no stack trace", async () => {
    const post = await executeGraphQL(app.url, "subscription { __typename }");
    expect(post.status).toBe(400);
    expect(post.errors).toEqual([
      {
        message:
          "This API answers queries and mutations only; subscription operations are not supported. Send a query instead.",
        extensions: { code: "BAD_USER_INPUT" },
      },
    ]);
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent("subscription { __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    const body = (await get.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(get.status).toBe(405);
    expect(body.errors).toEqual([
      {
        message: "GET requests only support query operations, not subscription operations",
        extensions: { code: "BAD_USER_INPUT" },
      },
    ]);
  });
});

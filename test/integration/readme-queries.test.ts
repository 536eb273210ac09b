import fs from "node:fs";
import path from "node:path";
import { type OperationDefinitionNode, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { EXAMPLES_TOKEN, startWithExamples } from "../helpers/examples.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";
import { type SeededGraph, useSeededGraph } from "../helpers/seeded.js";

// Every ```graphql block of the README, sent as printed (variables from a ```json block right after
// it) to the service over the seed graph and the four example documents: other documents ingested
// must not change what a question's query answers. A block that asks a question (`# …?` on its
// first line) has its answer checked against Cypher below.

const PLAN = "PolicyDocument:gz-ai-plan-2020-2022";

/** A ```graphql block: its text, the variables of the ```json block after it, and where it starts. */
interface Block {
  text: string;
  variables: Record<string, unknown>;
  line: number;
}

/** The ```graphql blocks of a Markdown text, each with the ```json block right after it, if any. */
function graphqlBlocks(markdown: string): Block[] {
  const fence = /^```graphql\n([\s\S]*?)^```\n(?:\s*^```json\n([\s\S]*?)^```$)?/gm;
  return [...markdown.matchAll(fence)].map((m) => ({
    text: m[1]!,
    variables: m[2] ? (JSON.parse(m[2]) as Record<string, unknown>) : {},
    line: markdown.slice(0, m.index).split("\n").length,
  }));
}

/** A query's answer checked against the graph, by the question its block asks. */
type Check = (data: Record<string, any>, graph: SeededGraph) => Promise<void>;

const names = (rows: Record<string, unknown>[]) => rows.map((r) => r.name).sort();

const CHECKS: Record<string, Check> = {
  "Which national documents does the plan implement?": async (data, graph) => {
    const expected = await graph.cypher(
      "MATCH (:PolicyDocument {id: $plan})-[:IMPLEMENTS]->(d:PolicyDocument {level: 'NATIONAL'}) RETURN d.name AS name",
      { plan: PLAN },
    );
    const national = await graph.cypher("MATCH (d:PolicyDocument {level: 'NATIONAL'}) RETURN d.name AS name");
    expect(expected.length).toBeGreaterThan(0);
    expect(national.length, "a national document the plan does not implement (the example)").toBeGreaterThan(
      expected.length,
    );
    expect(names(data.node.implements)).toEqual(names(expected));
  },
  "Who is responsible for each safeguard measure of the plan, and who leads?": async (data, graph) => {
    const expected = await graph.cypher(
      `MATCH (:PolicyDocument {id: $plan})-[:HAS_PART]->(m:Measure)
      RETURN m.ordinal AS ordinal, COLLECT { MATCH (m)-[r:RESPONSIBLE]->(a) RETURN [r.role, a.name] ORDER BY r.position } AS responsible ORDER BY ordinal`,
      { plan: PLAN },
    );
    const others = await graph.cypher(
      "MATCH (m:Measure) WHERE NOT (:PolicyDocument {id: $plan})-[:HAS_PART]->(m) RETURN count(m) AS n",
      { plan: PLAN },
    );
    expect(others[0]!.n as number, "measures of other documents").toBeGreaterThan(0);
    const answered = data.measures.edges.map(({ node }: any) => ({
      ordinal: node.ordinal,
      responsible: node.responsible.map((r: any) => [r.role, r.agency.name]),
    }));
    expect(answered).toEqual(expected);
    expect(
      answered.filter((m: any) => m.responsible.length > 0).every((m: any) => m.responsible[0][0] === "LEAD"),
    ).toBe(true);
  },
  "Which tasks mention blockchain, and which venues do they develop?": async (data, graph) => {
    const expected = await graph.cypher(`MATCH (t:Task)-[:MENTIONS]->(:Technology {id: 'Technology:blockchain'})
      RETURN t.name AS name, COLLECT { MATCH (t)-[d:DEVELOPS]->(z:Zone) RETURN [d.intent, z.name] ORDER BY z.name } AS develops ORDER BY name`);
    expect(expected.length).toBeGreaterThan(0);
    expect(data.tasks.totalCount).toBe(expected.length);
    const answered = data.tasks.edges.map(({ node }: any) => ({
      name: node.name,
      develops: node.develops.map((d: any) => [d.intent, d.zone.name]).sort(),
    }));
    expect(answered.sort((a: any, b: any) => (a.name < b.name ? -1 : 1))).toEqual(
      expected.map((t) => ({ ...t, develops: (t.develops as string[][]).sort() })),
    );
  },
  "How is iFlytek connected to the State Council, through structural relationships only, and what says so at each hop?":
    async (data) => {
      expect(data.shortestPaths.found).toBe(true);
      for (const p of data.shortestPaths.paths) {
        expect([p.nodes[0].entityId, p.nodes.at(-1).entityId]).toEqual([
          "Organization:iflytek",
          "Agency:state-council",
        ]);
        for (const e of p.edges) {
          expect(e.type).not.toBe("MENTIONS");
          expect(e.evidence.length > 0 || typeof e.curatedSource === "string").toBe(true);
        }
      }
    },
  "Which national and provincial documents does the plan implement?": async (data, graph) => {
    const expected = await graph.cypher(
      "MATCH (:PolicyDocument {id: $plan})-[:IMPLEMENTS]->(d:PolicyDocument) WHERE d.level IN ['NATIONAL', 'PROVINCIAL'] RETURN d.name AS name",
      { plan: PLAN },
    );
    expect(new Set(data.node.implements.map((d: any) => d.level))).toEqual(new Set(["NATIONAL", "PROVINCIAL"]));
    expect(names(data.node.implements)).toEqual(names(expected));
  },
  "Which agencies lead the most measures?": async (data, graph) => {
    const expected =
      await graph.cypher(`MATCH (a:Agency) RETURN a.name AS name, COUNT { (:Measure)-[:RESPONSIBLE {role: 'LEAD'}]->(a) } AS measuresLed
      ORDER BY measuresLed DESC, a.id LIMIT 10`);
    expect(data.agencies.edges.map(({ node }: any) => ({ name: node.name, measuresLed: node.measuresLed }))).toEqual(
      expected,
    );
  },
};

const blocks = graphqlBlocks(fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8"));
const graph = useSeededGraph();
let app: RunningApp;
beforeAll(async () => {
  ({ app } = await startWithExamples(graph));
});
afterAll(async () => {
  await app?.stop();
  await graph.resetToSeed();
});

describe("README.md's GraphQL blocks", () => {
  it("are found, each question with a check", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const questions = blocks
      .map((b) => /^# (.*\?)\s*$/m.exec(b.text.split("\n")[0]!)?.[1])
      .filter((q): q is string => q !== undefined);
    expect(questions.filter((q) => !CHECKS[q])).toEqual([]);
    expect(
      Object.keys(CHECKS).filter((q) => !questions.includes(q)),
      "checks of questions the README no longer asks",
    ).toEqual([]);
  });

  it.each(blocks.map((b) => [`line ${b.line}: ${b.text.split("\n")[0]}`, b] as const))(
    "%s runs as printed and answers its question",
    async (_, block) => {
      const operations = parse(block.text).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === "OperationDefinition",
      );
      // Several operations in one block run one by one, by name (an anonymous one among others cannot).
      const runs = operations.length > 1 ? operations.map((o) => o.name?.value) : [undefined];
      for (const operationName of runs) {
        const isMutation = operations.find((o) => o.name?.value === operationName)?.operation === "mutation";
        const res = await fetch(`${app.url}/graphql`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(isMutation ? { authorization: `Bearer ${EXAMPLES_TOKEN}` } : {}),
          },
          body: JSON.stringify({
            query: block.text,
            variables: block.variables,
            ...(operationName ? { operationName } : {}),
          }),
        });
        const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        expect(res.status).toBe(200);
        const question = /^# (.*\?)\s*$/.exec(block.text.split("\n")[0]!)?.[1];
        if (question) await CHECKS[question]!(body.data!, graph);
      }
    },
  );
});

describe("graphqlBlocks", () => {
  it("reads each block with the json block right after it, and not a later one", () => {
    const md =
      'text\n```graphql\nquery($id: ID!) { node(id: $id) { id } }\n```\n\n```json\n{"id": "x"}\n```\n\n```graphql\n{ a }\n```\n\nprose\n\n```json\n{"b": 1}\n```\n';
    expect(graphqlBlocks(md)).toEqual([
      { text: "query($id: ID!) { node(id: $id) { id } }\n", variables: { id: "x" }, line: 2 },
      { text: "{ a }\n", variables: {}, line: 10 },
    ]);
  });
});

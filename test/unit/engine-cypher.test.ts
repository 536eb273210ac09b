import { graphql, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { Database, type GeneratedStatement, type Row } from "../../src/db/database.js";
import { encodeCursor } from "../../src/graphql/common/cursor.js";
import { createContext } from "../../src/graphql/context.js";
import { encodeRow } from "../../src/graphql/engine/row-codec.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";

/**
 * The Cypher the engine generates, pinned per query in the spirit of neo4j/graphql's TCK: each
 * case runs a GraphQL operation against the real schema through a recording door that answers
 * without Neo4j, and compares the statements the engine sent (text and parameters) with a
 * committed file in __snapshots__/engine-cypher/. A change to the generators shows there as a
 * diff to review; `npx vitest run test/unit/engine-cypher.test.ts -u` rewrites the files.
 * What Neo4j makes of the text is the integration tests' business (query-engine.test.ts).
 * Ids and names below are fiction.
 */

/** A statement the engine sent through the door. */
interface Sent {
  name: string;
  params: Record<string, unknown>;
  /** The text of a generated statement (named statements live in cypher/ and are pinned there). */
  text?: string;
}

/** Rows to answer statements with, by statement name (a statement not named here gets none). */
type Answers = Record<string, (params: Record<string, unknown>) => Row[]>;

/**
 * A door that records what is sent and answers from `answers`, with no rows by default: what is
 * under test is the text the engine writes, not what Neo4j returns. A case answers only where the
 * engine needs rows to reach the level it pins (a search hit, a citation chain's documents).
 */
function recordingDoor(answers: Answers): { db: Database; sent: Sent[] } {
  const sent: Sent[] = [];
  const db = Object.create(Database.prototype) as Database;
  db.read = async (name: string, params: Record<string, unknown> = {}): Promise<Row[]> => {
    sent.push({ name, params });
    return answers[name]?.(params) ?? [];
  };
  db.readGenerated = async (statement: GeneratedStatement): Promise<Row[]> => {
    sent.push({ name: statement.name, params: statement.params, text: statement.text });
    return answers[statement.name]?.(statement.params) ?? [];
  };
  return { db, sent };
}

/** A search hit's row for the node `values`, projected to the properties the engine asked for. */
const hit =
  (values: Record<string, unknown>) =>
  (params: Record<string, unknown>): Row[] => [
    { values: (params.props as string[]).map((p) => values[p] ?? null), score: 1 },
  ];

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

/** The snapshot of one case: the operation, then every statement sent, generated ones with text and parameters. */
async function statementsOf(
  query: string,
  variables: Record<string, unknown> = {},
  answers: Answers = {},
): Promise<string> {
  const { db, sent } = recordingDoor(answers);
  const res = await graphql({ schema, source: query, variableValues: variables, contextValue: createContext(db) });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const vars = Object.keys(variables).length ? `\n\nvariables: \`${JSON.stringify(variables)}\`` : "";
  const parts = sent.map((s, i) =>
    s.text === undefined
      ? `## ${i + 1}. ${s.name} (cypher/${s.name}.cypher)`
      : `## ${i + 1}. ${s.name}\n\n\`\`\`cypher\n${s.text}\n\`\`\`\n\n\`\`\`json\n${JSON.stringify(s.params, null, 2)}\n\`\`\``,
  );
  return [`\`\`\`graphql\n${query.trim()}\n\`\`\`${vars}`, ...parts].join("\n\n") + "\n";
}

/** Compares a case's statements with its committed file. */
async function pin(file: string, query: string, variables?: Record<string, unknown>, answers?: Answers): Promise<void> {
  await expect(await statementsOf(query, variables, answers)).toMatchFileSnapshot(
    `__snapshots__/engine-cypher/${file}.md`,
  );
}

describe("the Cypher of a node looked up by id", () => {
  it("fetches the node and two levels of relationships below it in one statement", async () => {
    await pin(
      "node-two-levels",
      `{ node(id: "task-1") { ... on Task { id name platforms { name operator { name } } action { name document { name } } } } }`,
    );
  });

  it("reads fields through inline and named fragments on interfaces, and aliases", async () => {
    await pin(
      "fragments-on-interfaces",
      `
      { node(id: "task-1") { ...Named ... on Assignment { text } ... on Task { places: zones { ... on Node { label: name } ...Spelt } develops { intent zone { nameEn } } } } }
      fragment Named on Node { id name }
      fragment Spelt on Curated { aliases }`,
    );
  });

  it("keeps a relationship selected on one kind apart from the same one selected on another", async () => {
    await pin(
      "fields-on-some-kinds",
      `{ node(id: "task-1") { ... on Task { mentions { id } } ... on Measure { mentions { id evidence { quote } } } } }`,
    );
  });

  it("follows a relationship both ways, filtered by the far node's level", async () => {
    await pin(
      "both-directions-by-level",
      `query D($up: [Level!]) { node(id: "doc-2") { ... on PolicyDocument {
      implements(level: $up) { name issuedBy { role agency { name } } }
      implementedBy(level: [DISTRICT]) { name }
      repealsEdges { evidence { quote } repealed { name } } } } }`,
      { up: ["PROVINCIAL", "NATIONAL"] },
    );
  });
});

describe("the Cypher of a list page", () => {
  it("pages forward from a cursor and reads the count store's total", async () => {
    const after = encodeCursor({ order: "p", key: 4, id: "task-4" });
    // An empty page still has its row, with the total (totalCount is non-null).
    const answers = { "list-entities-by-position": () => [{ page: [], kids: [], total: 0 }] };
    await pin(
      "page-after-cursor-total",
      `{ tasks(first: 2, after: "${after}") { totalCount edges { cursor node { name } } pageInfo { hasNextPage } } }`,
      {},
      answers,
    );
  });

  it("pages backward in name order, filtered by level", async () => {
    const before = encodeCursor({ order: "n", key: "（虚构）某某市工业和信息化局", id: "agency-9" });
    await pin(
      "page-backward-by-name-filtered",
      `{ agencies(last: 3, before: "${before}", orderBy: NAME, level: [MUNICIPAL]) { edges { node { name level } } } }`,
    );
  });

  it("looks ahead two levels below the page's items", async () => {
    await pin(
      "page-two-levels",
      `{ tasks(first: 5) { edges { node { id name platforms { name operator { name } } zones { name } action { document { name } } } } } }`,
    );
  });

  it("keeps the filters of aliases of one relationship with different arguments apart", async () => {
    await pin(
      "aliases-with-role-filters",
      `query M($roles: [ResponsibleRole!]) { measures(first: 8) { edges { node { id
      leads: responsible(role: $roles) { role agency { name } }
      all: responsible { role agency { name } }
      leadUnit: lead { name }
      participants: responsible(role: [PARTICIPANT, JOINT]) { agency { nameEn } } } } } }`,
      { roles: ["LEAD"] },
    );
  });
});

describe("the Cypher of levels the engine cannot look through", () => {
  it("reads the levels below search hits in one more statement", async () => {
    const answers = { "search-entities": hit({ id: "task-1", kind: "Task", name: "（虚构）推进算力平台建设" }) };
    await pin(
      "below-search-hits",
      `{ search(query: "平台", first: 10) { node { id ... on Task { platforms { name operator { name } } action { document { name } } } } } }`,
      {},
      answers,
    );
  });

  it("looks ahead again from the documents of a citation chain, which no relationship field reaches", async () => {
    const answers: Answers = {
      "search-entities": hit({ id: "doc-3", kind: "PolicyDocument", name: "（虚构）某区人工智能行动方案" }),
      "find-citation-chain-up": () => [
        { hop: 1, rel: { startId: "doc-3", endId: "doc-2" } },
        { hop: 2, rel: { startId: "doc-2", endId: "doc-1" } },
      ],
      // The cited documents (cited is non-null): `self` in the order the statement reads it, nothing below.
      "lookahead-nodes": (params) =>
        (params.p0 as string[]).map((id) =>
          encodeRow({ branch: 0, id, self: [id, "PolicyDocument", `（虚构）文件 ${id}`, "MUNICIPAL"], kids: [[], []] }),
        ),
    };
    await pin(
      "below-citation-chain",
      `{ search(query: "行动方案", first: 1) { node { ... on PolicyDocument {
      citationChain { hop cited { name level issuedBy { agency { name } } tasks { name } } } } } } }`,
      {},
      answers,
    );
  });
});

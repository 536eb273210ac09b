import { buildSchema, execute, type GraphQLResolveInfo, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { fieldsOf, memoized, storedProperties } from "../../src/graphql/engine/selection.js";

const schema = buildSchema(`
  type Evidence { quote: String }
  interface Node { id: ID! kind: String! name: String evidence: [Evidence!]! }
  type Task implements Node { id: ID! kind: String! name: String evidence: [Evidence!]! text: String platforms: [Platform!]! }
  type Platform implements Node { id: ID! kind: String! name: String evidence: [Evidence!]! category: String }
  type Query { node: Node tasks: [Task!]! }
`);

/** Runs `query`, calling `look` with the resolve info of the root field. */
function withInfo(query: string | ReturnType<typeof parse>, look: (info: GraphQLResolveInfo) => void) {
  const document = typeof query === "string" ? parse(query) : query;
  const rootValue = {
    node: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => (look(info), null),
    tasks: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => (look(info), []),
  };
  return execute({ schema, document, rootValue });
}

describe("reading a selection", () => {
  it("collects stored properties through aliases, inline fragments on interfaces and named fragments", async () => {
    let props: string[] = [];
    await withInfo(
      `{ node { label: name ... on Task { text } ...P } } fragment P on Platform { category evidence { quote } }`,
      (info) => {
        props = storedProperties(fieldsOf(info), ["id", "kind"]);
      },
    );
    expect(props.sort()).toEqual(
      [
        "category",
        "evidenceDocuments",
        "evidenceEnds",
        "evidenceQuotes",
        "evidenceRawEnds",
        "evidenceRawStarts",
        "evidenceStarts",
        "id",
        "kind",
        "name",
        "text",
      ].sort(),
    );
  });

  it("leaves out relationship fields and __typename, which are not stored properties", async () => {
    let props: string[] = [];
    await withInfo(`{ tasks { __typename name platforms { name } } }`, (info) => {
      props = storedProperties(fieldsOf(info), ["id", "kind"]);
    });
    expect(props.sort()).toEqual(["id", "kind", "name"]);
  });

  it("reads the selection of a field once per document, however often the field is resolved", async () => {
    let computed = 0;
    const plan = memoized(() => ++computed);
    const document = parse(`{ tasks { name } }`);
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) await withInfo(document, (info) => seen.push(plan(info)));
    await withInfo(`{ tasks { name } }`, (info) => seen.push(plan(info)));
    expect(seen).toEqual([1, 1, 1, 2]);
  });
});

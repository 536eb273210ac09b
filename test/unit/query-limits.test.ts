import fs from "node:fs";
import path from "node:path";
import { getIntrospectionQuery, type GraphQLSchema, Kind, parse, specifiedRules, validate } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { queryCost } from "../../src/graphql/limits/query-cost.js";
import { limitValidationRules } from "../../src/graphql/limits/validation-rules.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const limits = loadConfig({}).limits;
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  queryCost(schema, parse(query), undefined, variables);
const limitErrors = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, ...limitValidationRules(limits)]).map((e) => e.message);

/** actions → tasks → action → tasks …, `levels` relationship levels below the connection. */
function cyclic(levels: number): string {
  let inner = "name";
  for (let i = levels; i >= 1; i--) inner = `${i % 2 === 1 ? "tasks" : "action"} { ${inner} }`;
  return `{ actions { edges { node { ${inner} } } } }`;
}

describe("query cost", () => {
  it("keeps every operation in examples.graphql well within the default limit", () => {
    const doc = parse(fs.readFileSync(path.join(ROOT, "examples.graphql"), "utf8"));
    for (const op of doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
      expect(queryCost(schema, doc, op.name!.value, {}), op.name!.value).toBeLessThanOrEqual(limits.maxCost / 2);
    }
  });

  it("costs one parsed document anew for other variables and another operation, as Apollo reuses documents", () => {
    const doc = parse(
      "query A($n: Int) { tasks(first: $n) { edges { node { name } } } } query B { measures(first: 2) { edges { node { name } } } }",
    );
    expect(queryCost(schema, doc, "A", { n: 10 })).toBe(1 + 10 * 3);
    expect(queryCost(schema, doc, "A", { n: 20 })).toBe(1 + 20 * 3);
    expect(queryCost(schema, doc, "A", { n: 10 })).toBe(1 + 10 * 3);
    expect(queryCost(schema, doc, "B", { n: 10 })).toBe(1 + 2 * 3);
    expect(() => queryCost(schema, doc, "A", { n: "ten" })).toThrow(/Int/);
    expect(() => queryCost(schema, doc, "A", { n: "ten" })).toThrow(/Int/);
  });

  it("multiplies the children of a list by first, and of an unpaged list by its assumed size", () => {
    expect(cost("{ tasks(first: 10) { edges { node { name } } } }")).toBe(1 + 10 * (1 + (1 + 1)));
    expect(cost("{ tasks(first: 20) { edges { node { name } } } }")).toBe(1 + 20 * 3);
    // Action.tasks has no first: 10 items assumed.
    expect(cost("{ actions(first: 1) { edges { node { tasks { name } } } } }")).toBe(1 + 1 * (1 + (1 + (1 + 10 * 1))));
  });

  it("counts a first passed as a variable as the largest page when the variable is not known", () => {
    const query = "query($n: Int) { tasks(first: $n) { edges { node { name } } } }";
    expect(cost(query)).toBe(1 + 100 * 3);
    expect(cost(query, { n: 5 })).toBe(1 + 5 * 3);
  });

  it("costs a first above the maximum as the maximum, so the resolver's own range error is what the client sees", () => {
    expect(cost("{ tasks(first: 100000) { edges { node { name } } } }")).toBe(
      cost("{ tasks(first: 100) { edges { node { name } } } }"),
    );
  });

  it("makes the heavy fields expensive: a whole-graph export, totalCount, a document's text", () => {
    // An export is its read (2,000 whole, 100 a hop) plus its rendering: GraphML's 11 an item, for
    // the 500 items this model assumes of the whole graph, or 100 a hop around a node (render-cost.ts);
    // its `text` is one field more.
    expect(cost("{ graph(format: GRAPHML) { text } }")).toBe(2000 + 11 * 500 + 1);
    expect(cost('{ graph(format: GRAPHML, around: "Zone:x", depth: 2) { text } }')).toBe(200 + 11 * 200 + 1);
    expect(cost("{ tasks { totalCount } }")).toBe(1 + 20 * 10);
    expect(cost("{ documents(first: 1) { edges { node { text } } } }")).toBe(1 + 1 * (1 + 1 + 50));
  });

  it("grows exponentially with cyclic nesting, past the limit by seven levels", () => {
    expect(cost(cyclic(3))).toBeLessThan(limits.maxCost);
    expect(cost(cyclic(7))).toBeGreaterThan(limits.maxCost);
    expect(cost(cyclic(10))).toBeGreaterThan(100 * limits.maxCost);
  });

  it("gives introspection a flat cost, so the query Sandbox sends passes", () => {
    expect(cost(getIntrospectionQuery())).toBe(100);
    expect(limitErrors(getIntrospectionQuery())).toEqual([]);
  });

  it("gives up (Infinity) on a fragment bomb instead of expanding it", () => {
    let fragments = "fragment F0 on Task { name }\n";
    for (let i = 1; i <= 40; i++)
      fragments += `fragment F${i} on Task { ...F${i - 1} action { tasks { ...F${i - 1} } } }\n`;
    expect(cost(`{ tasks { edges { node { ...F40 } } } }\n${fragments}`)).toBe(Infinity);
  });
});

describe("depth and alias limits", () => {
  it("accept every operation in examples.graphql", () => {
    const source = fs.readFileSync(path.join(ROOT, "examples.graphql"), "utf8");
    expect(limitErrors(source)).toEqual([]);
  });

  it("refuse a query nested deeper than the limit, naming the depth, the limit and the cost", () => {
    const [message, ...rest] = limitErrors(cyclic(10));
    expect(rest).toEqual([]);
    expect(message).toMatch(/nested 14 levels deep, over the limit of 12\. .*Its cost is [\d,]+ \(limit 20,000\)/);
  });

  it("do not count a fragment as a level", () => {
    expect(limitErrors('{ node(id: "x") { ... on Task { action { name } } } }')).toEqual([]);
  });

  it("refuse more aliases than the limit, naming the count, the limit and the cost", () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `g${i}: graph(format: GRAPHML) { text }`).join(" ")} }`;
    expect(limitErrors(query)).toEqual([
      expect.stringMatching(
        /^The query has 1000 aliases, over the limit of 30\. .*Its cost is 7,501,000 \(limit 20,000\)\.$/,
      ),
    ]);
  });
});

describe("the cost of the analysis arguments", () => {
  const page = "edges { node { name } }"; // 1 + (1 + 1) per item

  it("counts a backward page by last as a forward page by first, and an unknown last as the largest page", () => {
    expect(cost(`{ tasks(last: 10) { ${page} } }`)).toBe(cost(`{ tasks(first: 10) { ${page} } }`));
    expect(cost(`{ tasks(last: 10) { ${page} } }`)).toBe(1 + 10 * 3);
    expect(cost(`query($n: Int) { tasks(last: $n, before: "x") { ${page} } }`)).toBe(1 + 100 * 3);
    expect(cost(`query($n: Int) { tasks(last: $n) { ${page} } }`, { n: 4 })).toBe(1 + 4 * 3);
  });

  it("adds the counting of the whole kind to a ranked list, and a count to each degree", () => {
    const ranked = `{ agencies(first: 10, rankBy: {types: ["RESPONSIBLE"], roles: ["LEAD"]}) { ${page} } }`;
    expect(cost(ranked)).toBe(cost(`{ agencies(first: 10) { ${page} } }`) + 200);
    expect(cost(`{ agencies(first: 10) { edges { node { degree responsibleCount(role: LEAD) } } } }`)).toBe(
      1 + 10 * (1 + (1 + 5 + 5)),
    );
  });

  it("multiplies the paths of shortestPaths by its limit (default 10, or the variable's value), with evidence per edge", () => {
    const paths = (args: string, sel = "length") =>
      `query($l: Int) { shortestPaths(from: "a", to: "b"${args}) { explanation paths { ${sel} } } }`;
    // own 200, then per path: explanation 1 + paths (1 + length 1).
    expect(cost(paths(", limit: 1"))).toBe(200 + 1 * 3);
    expect(cost(paths(""))).toBe(200 + 10 * 3);
    expect(cost(paths(", limit: $l"), { l: 100 })).toBe(200 + 100 * 3);
    expect(cost(paths(", limit: 2", "edges { evidence { quote } }"))).toBe(200 + 2 * (1 + 1 + (1 + 10 * (1 + 5 * 1))));
    expect(
      cost(paths(", limit: 100", "nodes { entityId } edges { type evidence { quote start end } }")),
    ).toBeLessThanOrEqual(limits.maxCost);
  });
});

import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { executeRecorded } from "../helpers/engine.js";
import { startWithExamples } from "../helpers/examples.js";
import { useSeededGraph } from "../helpers/seeded.js";
import { executeGraphQL } from "../helpers/server.js";

// Every object a relationship or object field answers must say what it is: a client cache keys it by
// `__typename` and `id` (Apollo: `Measure:Task:…`), so a task answered as a Measure is a wrong entry.
// The query of each node is generated from the schema the service introspects, so a field added
// later is walked without a change here.

const graph = useSeededGraph();
let app: RunningApp;
let schema: GraphQLSchema;
/** Every node of the seed graph and the four example documents: id and label. */
let nodes: { id: string; kind: string }[];

beforeAll(async () => {
  ({ app } = await startWithExamples(graph, { MAX_QUERY_COST: "100000000", MAX_RESPONSE_BYTES: "200000000" }));
  const introspection = await executeGraphQL<IntrospectionQuery>(app.url, getIntrospectionQuery());
  expect(introspection.errors).toBeUndefined();
  schema = buildClientSchema(introspection.data!);
  nodes = (await graph.cypher("MATCH (n:Entity) RETURN n.id AS id, n.kind AS kind ORDER BY n.id")) as {
    id: string;
    kind: string;
  }[];
});
afterAll(async () => {
  await app?.stop();
  await graph.resetToSeed();
});

/** The object types of the graph's nodes: those implementing Node. */
const entityTypes = () =>
  Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i.name === "Node"),
  );
const isRelationship = (t: GraphQLCompositeType) =>
  isObjectType(t) && t.getInterfaces().some((i) => i.name === "Relationship");
const hasId = (t: GraphQLCompositeType) => (isObjectType(t) || isInterfaceType(t)) && "id" in t.getFields();

/**
 * The selection of `type`: `__typename` and `id`, then every field whose type is an object, an
 * interface or a union (and whose arguments all have defaults). An entity (a type with an id) spends
 * one of `depth`: at 0 it is only `__typename id`. Relationships and types without an id (evidence,
 * citation hops) spend none, so an entity's edges are read with both their ends, and a type without
 * an id is not entered twice on one path.
 */
function selection(type: GraphQLCompositeType, depth: number, path: readonly string[] = []): string {
  const id = hasId(type) ? " id" : "";
  if (isAbstractType(type)) {
    if (id) return `__typename${id}`;
    return `__typename ${schema
      .getPossibleTypes(type)
      .map((t) => `... on ${t.name} { ${selection(t, depth, path)} }`)
      .join(" ")}`;
  }
  const entity = id !== "" && !isRelationship(type);
  if (entity && depth === 0) return `__typename${id}`;
  const below = entity ? depth - 1 : depth;
  const fields = Object.values(type.getFields()).flatMap((f) => {
    const t = getNamedType(f.type);
    if (!isCompositeType(t) || f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) return [];
    if (!hasId(t) && path.includes(t.name)) return [];
    return [`${f.name} { ${selection(t, below, [...path, type.name])} }`];
  });
  return [`__typename${id}`, ...fields].join(" ");
}

/** What one answer says is wrong: objects whose `__typename` is not what their id names. */
interface Walk {
  wrong: string[];
  checked: number;
  /** Relationship typename → kinds of its start seen. */
  starts: Map<string, Set<string>>;
}

const snake = (typeName: string) => typeName.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toUpperCase();

function check(value: unknown, walk: Walk, at: string): void {
  if (Array.isArray(value)) return value.forEach((v, i) => check(v, walk, `${at}[${i}]`));
  if (value === null || typeof value !== "object") return;
  const o = value as Record<string, unknown>;
  const typename = o.__typename as string;
  if (typeof o.id === "string") {
    walk.checked++;
    const type = schema.getType(typename) as GraphQLCompositeType;
    if (isRelationship(type)) {
      const [relType, from, to] = o.id.split("|");
      if (relType !== snake(typename)) walk.wrong.push(`${at}: ${typename} answered for ${o.id}`);
      if (!walk.starts.has(typename)) walk.starts.set(typename, new Set());
      walk.starts.get(typename)!.add(from!.split(":")[0]!);
      for (const [field, end] of Object.entries(o)) {
        if (end && typeof end === "object" && !Array.isArray(end) && typeof (end as { id?: unknown }).id === "string") {
          const endId = (end as { id: string }).id;
          if (endId !== from && endId !== to) walk.wrong.push(`${at}.${field}: ${endId} is neither end of ${o.id}`);
        }
      }
    } else if (o.id.slice(0, o.id.indexOf(":")) !== typename) {
      walk.wrong.push(`${at}: ${typename} answered for ${o.id}`);
    }
  }
  for (const [field, v] of Object.entries(o)) check(v, walk, `${at}.${field}`);
}

describe("every object field over the seed and the example documents", () => {
  it("answers each object with the __typename its id names, and each edge's ends with its own ends", async () => {
    const walk: Walk = { wrong: [], checked: 0, starts: new Map() };
    const queries = new Map<string, string>();
    const queryOf = (kind: string) => {
      if (!queries.has(kind)) {
        const type = schema.getType(kind);
        expect(isObjectType(type), `the label ${kind} is a GraphQL object type`).toBe(true);
        queries.set(
          kind,
          `query($id: ID!) { node(id: $id) { ... on ${kind} { ${selection(type as GraphQLCompositeType, 1)} } } }`,
        );
      }
      return queries.get(kind)!;
    };
    for (let i = 0; i < nodes.length; i += 4) {
      await Promise.all(
        nodes.slice(i, i + 4).map(async (n) => {
          const res = await executeGraphQL(app.url, queryOf(n.kind), { id: n.id });
          expect(res.errors, `${n.id}: ${JSON.stringify(res.errors)}`).toBeUndefined();
          check(res.data!.node, walk, n.id);
        }),
      );
    }
    expect(walk.wrong).toEqual([]);
    expect(walk.checked).toBeGreaterThan(2000);
    // The walk saw what it is about: every relationship type the graph holds that an entity field answers as an edge, and tasks' responsibilities.
    const types = (await graph.cypher("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t")).map((r) => r.t as string);
    const reachable = new Set(
      entityTypes().flatMap((t) =>
        Object.values(t.getFields())
          .map((f) => getNamedType(f.type) as GraphQLCompositeType)
          .filter(isRelationship)
          .map((r) => snake(r.name)),
      ),
    );
    expect(types.filter((t) => reachable.has(t)).length).toBeGreaterThan(5);
    expect([...walk.starts.keys()].map(snake).sort()).toEqual(types.filter((t) => reachable.has(t)).sort());
    expect([...walk.starts.get("Responsible")!].sort()).toEqual(["Measure", "Task"]);
  }, 300_000);

  it("generates a query that reaches every object field of every entity type", () => {
    expect(entityTypes().length).toBeGreaterThan(10);
    for (const t of entityTypes()) {
      const q = selection(t, 1);
      for (const f of Object.values(t.getFields())) {
        if (isCompositeType(getNamedType(f.type)))
          expect(q, `${t.name}.${f.name}`).toMatch(new RegExp(`(^| )${f.name} \\{`));
      }
    }
  });

  it("answers a responsibility's task or measure with its fields, and those below it, in the statement that fetches the edge", async () => {
    const [agency] = await graph.cypher(
      `MATCH (m:Measure)-[:RESPONSIBLE]->(a:Agency)<-[:RESPONSIBLE]-(:Task) RETURN a.id AS id ORDER BY a.id LIMIT 1`,
    );
    expect(agency, "an agency responsible for a measure and a task").toBeDefined();
    const { res, sent } = await executeRecorded(
      graph,
      await buildGraphQLSchema(),
      `query($id: ID!) { node(id: $id) { ... on Agency {
      responsibleFor { role assignment { __typename id ordinal text } measure { id ordinal document { id } } task { id ordinal action { id } } } } } }`,
      { id: agency!.id },
    );
    expect(res.errors).toBeUndefined();
    expect(sent).toHaveLength(1);
    const expected = await graph.cypher(
      `MATCH (n)-[:RESPONSIBLE]->(:Agency {id: $id}) OPTIONAL MATCH (w)-[:HAS_PART]->(n) WHERE w.kind = CASE n.kind WHEN 'Task' THEN 'Action' ELSE 'PolicyDocument' END
      RETURN n.id AS id, n.kind AS kind, n.ordinal AS ordinal, n.text AS text, w.id AS whole ORDER BY id`,
      { id: agency!.id },
    );
    const answered = ((res.data as any).node.responsibleFor as any[]).map((r) => {
      const own = r.measure ?? r.task;
      expect(r.measure === null || r.task === null).toBe(true);
      expect(own.id).toBe(r.assignment.id);
      return {
        id: own.id,
        kind: r.assignment.__typename,
        ordinal: r.assignment.ordinal,
        text: r.assignment.text,
        whole: (r.measure?.document ?? r.task?.action)?.id ?? null,
      };
    });
    expect(answered.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(expected);
    expect(new Set(answered.map((a) => a.kind))).toEqual(new Set(["Measure", "Task"]));
  });
});

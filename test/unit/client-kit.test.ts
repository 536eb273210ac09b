import fs from "node:fs";
import path from "node:path";
import { plugin as fragmentMatcher } from "@graphql-codegen/fragment-matcher";
import { type GraphQLSchema, isInterfaceType, isObjectType, isUnionType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { typePolicies } from "../../client/apollo.js";
import { keys, resolvers } from "../../client/urql.js";
import { clientKitFiles } from "../../src/graphql/client-kit/client-kit.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";

const clientDir = path.resolve(import.meta.dirname, "../../client");
const committed = (name: string) => fs.readFileSync(path.join(clientDir, name), "utf8");
const PAGING = ["first", "after", "last", "before"];

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

/** The schema's object types other than the root and introspection types. */
function objectTypes() {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !t.name.startsWith("__") && !roots.has(t));
}

describe("the client kit in client/", () => {
  it("is what `npm run schema` writes from the code now (run it after changing a type)", () => {
    const generated = clientKitFiles(schema);
    expect(
      fs.readdirSync(clientDir).sort(),
      "client/ holds a file the generator no longer writes, or misses one",
    ).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) {
      expect(committed(name) === text, `client/${name} is stale: run \`npm run schema\` and commit it`).toBe(true);
    }
  });

  it("has the possibleTypes graphql-codegen's fragment-matcher writes for the schema", async () => {
    const out = await fragmentMatcher(schema, [], { deterministic: true }, { outputFile: "possible-types.json" });
    expect(committed("possible-types.json")).toBe(`${typeof out === "string" ? out : out.content}\n`);
  });

  it("lists every interface and union with every object type that implements or belongs to it", () => {
    const { possibleTypes } = JSON.parse(committed("possible-types.json")) as {
      possibleTypes: Record<string, string[]>;
    };
    const abstract = Object.values(schema.getTypeMap()).filter((t) => isInterfaceType(t) || isUnionType(t));
    expect(abstract.map((t) => t.name)).toEqual(
      expect.arrayContaining(["Node", "Curated", "Assignment", "Relationship"]),
    );
    expect(Object.keys(possibleTypes).sort()).toEqual(abstract.map((t) => t.name).sort());
    for (const t of abstract) {
      const members = isUnionType(t) ? t.getTypes() : objectTypes().filter((o) => o.getInterfaces().includes(t));
      expect(possibleTypes[t.name], t.name).toEqual(members.map((o) => o.name).sort());
    }
  });

  it("embeds every type without an id in both caches, and normalises the types with one", () => {
    for (const t of objectTypes()) {
      const identified = String(t.getFields().id?.type) === "ID!";
      expect(typePolicies[t.name]?.keyFields === false, `Apollo keyFields of ${t.name}`).toBe(!identified);
      expect(keys[t.name] !== undefined, `urql keys of ${t.name}`).toBe(!identified);
      if (!identified) expect(keys[t.name]!({ __typename: t.name }), t.name).toBeNull();
    }
  });

  it("pages every list taking first and after, keyed in Apollo by all its other arguments", () => {
    const paged = objectTypes()
      .concat(schema.getQueryType()!)
      .flatMap((t) =>
        Object.values(t.getFields())
          .filter((f) => f.args.some((a) => a.name === "first") && f.args.some((a) => a.name === "after"))
          .map((f) => ({ t, f })),
      );
    expect(paged.map(({ f }) => f.name)).toEqual(expect.arrayContaining(["tasks", "agencies", "documents"]));
    for (const { t, f } of paged) {
      const policy = typePolicies[t.name]?.fields?.[f.name];
      expect(policy && typeof policy === "object" ? policy.keyArgs : undefined, `${t.name}.${f.name}`).toEqual(
        f.args
          .map((a) => a.name)
          .filter((a) => !PAGING.includes(a))
          .sort(),
      );
      expect(typeof resolvers[t.name]?.[f.name], `urql resolver of ${t.name}.${f.name}`).toBe("function");
    }
  });
});

import type { GraphQLObjectType, GraphQLResolveInfo } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";

let schema: Awaited<ReturnType<typeof buildGraphQLSchema>>;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name]!;

describe("relationship fields called directly", () => {
  it("hands the method root, context and info, and returns what it returns, synchronously when the list is known", () => {
    const seen: unknown[] = [];
    const list = [{ rel: { id: "r" }, node: { id: "Platform:p" } }];
    const ctx = {
      loaders: { related: (id: string, info: GraphQLResolveInfo) => (seen.push(id, info.fieldName), list) },
    };
    const info = { fieldName: "platforms" } as GraphQLResolveInfo;
    const result = field("Task", "platforms").resolve!({ id: "Task:t" }, {}, ctx, info);
    expect(result).toEqual([{ id: "Platform:p" }]);
    expect(seen).toEqual(["Task:t", "platforms"]);
  });

  it("leaves fields with arguments to type-graphql, which builds their arguments class, and they still answer", async () => {
    // Task.degree takes arguments: the wrapper builds them into the args class; called with none, it still answers.
    const counted: unknown[] = [];
    const ctx = { loaders: { count: (id: string, spec: unknown) => (counted.push(id, spec), Promise.resolve(7)) } };
    const degree = field("Task", "degree").resolve!(
      { id: "Task:t" },
      { direction: "BOTH" },
      ctx,
      {} as GraphQLResolveInfo,
    );
    expect(await degree).toBe(7);
    expect(counted[0]).toBe("Task:t");
  });
});

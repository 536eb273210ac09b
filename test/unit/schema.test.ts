import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraphQLSchema, printSortedSchema } from "../../src/graphql/schema.js";

describe("schema.graphql", () => {
  it("is what the code generates (run `npm run schema` after changing a type)", async () => {
    const committed = fs.readFileSync(path.resolve(import.meta.dirname, "../../schema.graphql"), "utf8");
    expect(
      printSortedSchema(await buildGraphQLSchema()) === committed,
      "schema.graphql is stale: run `npm run schema` and commit it",
    ).toBe(true);
  });
});

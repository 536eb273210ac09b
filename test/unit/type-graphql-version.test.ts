import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  assertTypeGraphQLVersion,
  installedTypeGraphQLVersion,
  TYPE_GRAPHQL_WRITTEN_FOR,
} from "../../src/graphql/direct-resolvers.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

// src/graphql/direct-resolvers.ts reads type-graphql's internal metadata through a cast. These
// tests say so by name when type-graphql moves, before a resolver is called with wrong arguments.
const HOW_TO_FIX =
  `src/graphql/direct-resolvers.ts was written for type-graphql ${TYPE_GRAPHQL_WRITTEN_FOR}'s internal metadata: ` +
  "check that getMetadataStorage().fieldResolvers still has the fields declared there, then update TYPE_GRAPHQL_WRITTEN_FOR";

describe("the type-graphql whose internals the direct field resolvers read", () => {
  it("is the version installed", () => {
    expect(installedTypeGraphQLVersion(), HOW_TO_FIX).toBe(TYPE_GRAPHQL_WRITTEN_FOR);
  });

  it("is the version package.json pins, exactly", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies["type-graphql"], HOW_TO_FIX).toBe(TYPE_GRAPHQL_WRITTEN_FOR);
  });

  it("stops the schema build with a message naming both versions when another one is installed", () => {
    expect(() => assertTypeGraphQLVersion("2.0.0")).toThrow(
      `reads type-graphql's internal metadata as type-graphql ${TYPE_GRAPHQL_WRITTEN_FOR} lays it out, but 2.0.0 is installed`,
    );
    expect(() => assertTypeGraphQLVersion(TYPE_GRAPHQL_WRITTEN_FOR)).not.toThrow();
  });
});

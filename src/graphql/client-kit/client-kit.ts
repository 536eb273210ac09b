import type { GraphQLSchema } from "graphql";
import { apolloFile } from "./apollo-file.js";
import { minifiedIntrospection } from "./introspection.js";
import { possibleTypesOf } from "./schema-facts.js";
import { urqlFile } from "./urql-file.js";

/** First lines of the kit's TypeScript files (JSON cannot carry a comment; the README says the same of those). */
const HEADER = [
  "// Generated from policy-graph's schema by `npm run schema` (src/graphql/client-kit/). Do not edit:",
  "// a test fails when it is stale. Copy the whole client/ folder into your project.",
].join("\n");

/**
 * The files of `client/`, by name, as `npm run schema` writes them and the test expects them:
 * a cache configuration for Apollo Client and one for urql Graphcache, derived from the schema so
 * that they cannot drift from it (interfaces, id-less types, paged lists and their filters).
 */
export function clientKitFiles(schema: GraphQLSchema): Record<string, string> {
  return {
    "possible-types.json": JSON.stringify({ possibleTypes: possibleTypesOf(schema) }, null, 2) + "\n",
    "introspection.json": JSON.stringify(minifiedIntrospection(schema)) + "\n",
    "apollo.ts": apolloFile(schema, HEADER),
    "urql.ts": urqlFile(schema, HEADER),
  };
}

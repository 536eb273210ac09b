import type { GraphQLSchema } from "graphql";
import { embeddedTypes, pagedFieldsByType } from "./schema-facts.js";

/**
 * The text of `client/urql.ts`: Graphcache `keys` (id-less types embedded), `schema` (read from
 * introspection.json) and `resolvers` (`relayPagination()` on every paged list), and
 * `policyGraphCacheExchange()`. It imports only `@urql/exchange-graphcache` and the JSON.
 */
export function urqlFile(schema: GraphQLSchema, header: string): string {
  const keys = embeddedTypes(schema).map((t) => `  ${t}: () => null,`);
  const resolvers = [...pagedFieldsByType(schema)].map(([type, fields]) =>
    [`  ${type}: {`, ...fields.map((f) => `    ${f.field}: relayPagination(),`), "  },"].join("\n"),
  );
  return `${header}
import { cacheExchange, type CacheExchangeOpts, type KeyingConfig, type ResolverConfig } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import introspection from "./introspection.json" with { type: "json" };

/**
 * The schema, minified: Graphcache reads it to match fragments on interfaces (\`... on Node\`)
 * exactly instead of guessing, and to check \`keys\` and \`resolvers\` against it.
 */
export const schema: CacheExchangeOpts["schema"] = introspection;

/**
 * Types without an \`id: ID!\` are embedded in their parent (a key of \`null\`), which is what they
 * are; without this Graphcache warns "Invalid key" for each of them (Subgraph, PageInfo, Evidence, …).
 */
export const keys: KeyingConfig = {
${keys.join("\n")}
};

/**
 * Each paged list merges its pages (\`relayPagination()\`). Pages are merged only between lists
 * whose other arguments (the filters) are equal, so a filtered list never mixes with the unfiltered one.
 */
export const resolvers: ResolverConfig = {
${resolvers.join("\n")}
};

/** A Graphcache exchange for policy-graph: \`exchanges: [policyGraphCacheExchange(), fetchExchange]\`. */
export function policyGraphCacheExchange() {
  return cacheExchange({ schema, keys, resolvers });
}
`;
}

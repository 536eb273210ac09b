import type { GraphQLSchema } from "graphql";
import { embeddedTypes, type PagedField, pagedFieldsByType } from "./schema-facts.js";

/** `relayStylePagination(…)` keyed by the arguments that choose the list, or by none. */
function pagination(f: PagedField): string {
  return `relayStylePagination(${f.keyArgs.length ? `[${f.keyArgs.map((a) => JSON.stringify(a)).join(", ")}]` : "false"})`;
}

/**
 * The text of `client/apollo.ts`: `possibleTypes` (read from possible-types.json), `typePolicies`
 * (id-less types embedded, paged fields merged per filter) and `createPolicyGraphCache()`, for
 * Apollo Client 4. It imports only `@apollo/client` and the JSON, so a client project can copy it.
 */
export function apolloFile(schema: GraphQLSchema, header: string): string {
  const embedded = new Set(embeddedTypes(schema));
  const paged = pagedFieldsByType(schema);
  const policies = [...new Set([...embedded, ...paged.keys()])].sort().map((type) => {
    const fields = paged.get(type);
    if (!fields) return `  ${type}: { keyFields: false },`;
    return [
      `  ${type}: {`,
      ...(embedded.has(type) ? ["    keyFields: false,"] : []),
      "    fields: {",
      ...fields.map((f) => `      ${f.field}: ${pagination(f)},`),
      "    },",
      "  },",
    ].join("\n");
  });
  return `${header}
import { InMemoryCache, type PossibleTypesMap, type TypePolicies } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import fragmentMatcher from "./possible-types.json" with { type: "json" };

/**
 * The object types behind each interface. Without it Apollo cannot tell that a \`Task\` is a
 * \`Node\`, and \`... on Node\`, \`... on Curated\`, \`... on Assignment\` or \`... on Relationship\`
 * fields are dropped without a warning.
 */
export const possibleTypes: PossibleTypesMap = fragmentMatcher.possibleTypes;

/**
 * Types without an \`id: ID!\` are kept inside their parent (\`keyFields: false\`); the others are
 * normalised by \`id\`, Apollo's default. Each paged list merges its pages
 * (\`relayStylePagination\`), keyed by every argument except first/after/last/before, so a filtered
 * list and the unfiltered one are two cache entries.
 */
export const typePolicies: TypePolicies = {
${policies.join("\n")}
};

/** An \`InMemoryCache\` for policy-graph: \`new ApolloClient({ link, cache: createPolicyGraphCache() })\`. */
export function createPolicyGraphCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes, typePolicies });
}
`;
}

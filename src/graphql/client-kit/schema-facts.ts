import {
  type GraphQLSchema,
  getNullableType,
  isAbstractType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";

/** The arguments that choose a page of a Relay connection; every other argument chooses the list. */
export const PAGING_ARGS: readonly string[] = ["first", "after", "last", "before"];

/**
 * Every interface and union, with the object types it stands for, names sorted: the
 * `possibleTypes` of graphql-codegen's fragment-matcher (`deterministic: true`). Apollo Client needs
 * it to match `... on Node` against a `Task`; without it such a fragment silently matches nothing.
 */
export function possibleTypesOf(schema: GraphQLSchema): Record<string, string[]> {
  const byName = (a: string, b: string) => a.localeCompare(b);
  const abstract = Object.values(schema.getTypeMap())
    .filter(isAbstractType)
    .sort((a, b) => byName(a.name, b.name));
  return Object.fromEntries(
    abstract.map((t) => [
      t.name,
      schema
        .getPossibleTypes(t)
        .map((o) => o.name)
        .sort(byName),
    ]),
  );
}

/**
 * The object types a client cache must keep inside their parent instead of normalising: those
 * without an `id: ID!` field (connections, edges, PageInfo, Evidence, Subgraph, …), and the report
 * rows whose `id` is a `String` naming another entity (an ingest's LinkedDocument, whose `quote` is
 * one document's wording). GraphQL's `ID` is the scalar the spec reserves for identity, so it is the
 * test. The root operation types are left out: both caches treat them as roots.
 */
export function embeddedTypes(schema: GraphQLSchema): string[] {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !t.name.startsWith("__") && !roots.has(t))
    .filter((t) => {
      const id = t.getFields().id;
      const idType = id && isNonNullType(id.type) ? getNullableType(id.type) : undefined;
      return !(isScalarType(idType) && idType.name === "ID");
    })
    .map((t) => t.name)
    .sort();
}

/** A Relay-paged list field, and the arguments that make two of its lists different lists. */
export interface PagedField {
  type: string;
  field: string;
  /** Every argument but {@link PAGING_ARGS}: a filtered and an unfiltered list are two cache entries. */
  keyArgs: string[];
}

/** The fields paged Relay-style (they take both `first` and `after`), on any type, sorted. */
export function pagedFields(schema: GraphQLSchema): PagedField[] {
  const found: PagedField[] = [];
  for (const type of Object.values(schema.getTypeMap()).filter(isObjectType)) {
    if (type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const args = field.args.map((a) => a.name);
      if (!args.includes("first") || !args.includes("after")) continue;
      found.push({ type: type.name, field: field.name, keyArgs: args.filter((a) => !PAGING_ARGS.includes(a)).sort() });
    }
  }
  return found.sort((a, b) => `${a.type}.${a.field}`.localeCompare(`${b.type}.${b.field}`));
}

/** {@link pagedFields} grouped by their parent type, as both caches' configurations nest them. */
export function pagedFieldsByType(schema: GraphQLSchema): Map<string, PagedField[]> {
  const byType = new Map<string, PagedField[]>();
  for (const f of pagedFields(schema)) byType.set(f.type, [...(byType.get(f.type) ?? []), f]);
  return byType;
}

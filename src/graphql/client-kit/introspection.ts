import {
  type GraphQLSchema,
  type IntrospectionField,
  type IntrospectionType,
  type IntrospectionTypeRef,
  introspectionFromSchema,
  lexicographicSortSchema,
} from "graphql";

/** A type reference in the minified introspection: leaves (scalars, enums, inputs) all read `Any`. */
type MinTypeRef = { kind: string; name?: string; ofType?: MinTypeRef };

/** A named type in the minified introspection: an object or interface with its fields, or a union with its members. */
type MinType = {
  kind: string;
  name: string;
  fields?: { name: string; type: MinTypeRef; args: { name: string; type: MinTypeRef }[] }[];
  interfaces?: MinTypeRef[];
  possibleTypes?: MinTypeRef[];
};

/** The one leaf type the minified introspection keeps, standing for every scalar, enum and input. */
const ANY: MinTypeRef = { kind: "SCALAR", name: "Any" };

/**
 * The schema's introspection as urql Graphcache reads it (its `schema` option), minified as
 * `@urql/introspection`'s `minifyIntrospectionQuery` does by default: only object, interface and
 * union types, their fields' names, arguments and types, with no descriptions, directives or
 * defaults, and every leaf type folded into one `Any` scalar. Graphcache needs no more to match
 * fragments on interfaces, tell nullable fields and check its `keys` and `resolvers` config.
 */
export function minifiedIntrospection(schema: GraphQLSchema) {
  const { __schema } = introspectionFromSchema(lexicographicSortSchema(schema), { descriptions: false });
  const types = __schema.types.filter((t) => !t.name.startsWith("__")).flatMap(minifyType);
  return {
    __schema: {
      queryType: { name: __schema.queryType.name },
      mutationType: __schema.mutationType ? { name: __schema.mutationType.name } : null,
      subscriptionType: __schema.subscriptionType ? { name: __schema.subscriptionType.name } : null,
      types: [...types, ANY],
      directives: [],
    },
  };
}

function minifyType(type: IntrospectionType): MinType[] {
  switch (type.kind) {
    case "OBJECT":
    case "INTERFACE":
      return [
        {
          kind: type.kind,
          name: type.name,
          fields: type.fields.map(minifyField),
          interfaces: type.interfaces.map((i) => ({ kind: i.kind, name: i.name })),
        },
      ];
    case "UNION":
      return [
        {
          kind: type.kind,
          name: type.name,
          possibleTypes: type.possibleTypes.map((p) => ({ kind: p.kind, name: p.name })),
        },
      ];
    default:
      return [];
  }
}

function minifyField(field: IntrospectionField): NonNullable<MinType["fields"]>[number] {
  return {
    name: field.name,
    type: minifyRef(field.type),
    args: field.args.map((a) => ({ name: a.name, type: minifyRef(a.type) })),
  };
}

function minifyRef(ref: IntrospectionTypeRef): MinTypeRef {
  switch (ref.kind) {
    case "NON_NULL":
    case "LIST":
      return { kind: ref.kind, ofType: minifyRef(ref.ofType) };
    case "OBJECT":
    case "INTERFACE":
    case "UNION":
      return { kind: ref.kind, name: ref.name };
    default:
      return ANY;
  }
}

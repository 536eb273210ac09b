import type { GraphQLField, GraphQLResolveInfo } from "graphql";

export type Direction = "OUT" | "IN";

/** The relationship a field follows: its type, the direction, and the kind of node at the far end (null: any). */
export interface RelationSpec {
  type: string;
  direction: Direction;
  kind: string | null;
  /** Relationship properties the resolver itself reads (`lead` reads `role`), beyond what its selection names. */
  relProps?: readonly string[];
}

/** The relationship a field declares (see common/related.ts `relation`), or undefined. */
export function declaredRelation(def: GraphQLField<unknown, unknown> | undefined): RelationSpec | undefined {
  return def?.extensions?.relation as RelationSpec | undefined;
}

/** The relationship the field being resolved declares; a field that calls the helpers without one is a programming error. */
export function relationOf(info: GraphQLResolveInfo): RelationSpec {
  const spec = declaredRelation(info.parentType.getFields()[info.fieldName]);
  if (!spec)
    throw new Error(
      `${info.parentType.name}.${info.fieldName} follows a relationship but declares none: add @Extensions(relation(...)).`,
    );
  return spec;
}

import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  Kind,
} from "graphql";
import { EVIDENCE_PROPERTIES } from "../../model/evidence-properties.js";

/**
 * Reads what a request asks for, so the engine fetches nothing else. A selection is read through
 * fragment spreads and inline fragments (on interfaces too) and across aliases; `@skip` and
 * `@include` are ignored, so the result is a superset, never a subset, of what is needed.
 */

/** A selected field with the type it was selected on. */
export interface SelectedField {
  node: FieldNode;
  /** The field's definition on that type (undefined for `__typename` and unknown names). */
  def?: GraphQLField<unknown, unknown>;
  /** The type it was selected on (a fragment's type condition, or the field's own type). */
  on: GraphQLNamedType;
}

/** Every field selected in `sets` on `type`, inline fragments and named fragments flattened. */
export function selectedFields(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  sets: readonly (SelectionSetNode | undefined)[],
  type: GraphQLNamedType,
): SelectedField[] {
  const out: SelectedField[] = [];
  const visit = (set: SelectionSetNode | undefined, on: GraphQLNamedType) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        const fields = isObjectType(on) || isInterfaceType(on) ? on.getFields() : {};
        out.push({ node: s, def: fields[s.name.value], on });
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet, s.typeCondition ? (schema.getType(s.typeCondition.name.value) ?? on) : on);
      } else {
        const f = fragments[s.name.value];
        if (f) visit(f.selectionSet, schema.getType(f.typeCondition.name.value) ?? on);
      }
    }
  };
  for (const set of sets) visit(set, type);
  return out;
}

/** Where a selection is read from: the schema and the document's fragments (a resolve info is one). */
export interface SelectionDoc {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
}

/** The fields selected under every `name` field of `fields` (an edge's far end, `edges`, then `node`), on that field's type, merged. */
export function fieldsUnder(doc: SelectionDoc, fields: SelectedField[], name: string): SelectedField[] {
  const sub = subSelection(fields, name);
  return sub.type ? selectedFields(doc.schema, doc.fragments, sub.sets, sub.type) : [];
}

/** The fields selected under every `name` field of `fields` (e.g. `edges`, then `node`), merged. */
export function subSelection(
  fields: SelectedField[],
  name: string,
): { sets: SelectionSetNode[]; type?: GraphQLNamedType } {
  const picked = fields.filter((f) => f.node.name.value === name);
  const def = picked.find((f) => f.def)?.def;
  return {
    sets: picked.flatMap((f) => (f.node.selectionSet ? [f.node.selectionSet] : [])),
    type: def && getNamedType(def.type),
  };
}

/**
 * Stored properties a selection on a node or relationship type reads: its leaf fields by name (a
 * field's name is its property's name, unless the field declares the properties it reads as
 * `@Extensions({ reads: [...] })`), and the six evidence lists when a relationship's `evidence` is selected (a node's
 * `evidence` declares `reads: []`: it is read apart, see node-evidence.resolver.ts).
 * `always` come first; `computed` leaf fields are not stored and are left out.
 */
export function storedProperties(
  fields: SelectedField[],
  always: readonly string[],
  computed: readonly string[] = [],
): string[] {
  const props = new Set(always);
  for (const f of fields) {
    const name = f.node.name.value;
    const reads = f.def?.extensions?.reads as readonly string[] | undefined;
    if (reads) reads.forEach((p) => props.add(p));
    else if (name === "evidence") EVIDENCE_PROPERTIES.forEach((p) => props.add(p));
    else if (f.def && isLeafType(getNamedType(f.def.type)) && !computed.includes(name)) props.add(name);
  }
  return [...props];
}

/** The fields selected under the field being resolved, on its return type. */
export function fieldsOf(info: GraphQLResolveInfo): SelectedField[] {
  return selectedFields(
    info.schema,
    info.fragments,
    info.fieldNodes.map((n) => n.selectionSet),
    getNamedType(info.returnType),
  );
}

/**
 * A value computed once per field of a document: graphql-js hands every resolver of the same field
 * the same `fieldNodes[0]`, and Apollo's document cache keeps that object alive across requests of
 * the same operation, so a plan is read from the selection once, not once per parent or request.
 */
export function memoized<T>(compute: (info: GraphQLResolveInfo, variant: string) => T) {
  const cache = new WeakMap<FieldNode, Map<string, T>>();
  return (info: GraphQLResolveInfo, variant = ""): T => {
    const key = info.fieldNodes[0]!;
    let byVariant = cache.get(key);
    if (!byVariant) cache.set(key, (byVariant = new Map()));
    const k = `${info.parentType.name}|${variant}`;
    let value = byVariant.get(k);
    if (value === undefined) byVariant.set(k, (value = compute(info, variant)));
    return value;
  };
}

import {
  type FieldNode,
  getArgumentValues,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  isAbstractType,
  isObjectType,
} from "graphql";
import { EDGE_ENDS } from "../edges/edge-ends.js";
import { NODE_ALWAYS, REL_ALWAYS, REL_COMPUTED } from "./plans.js";
import { declaredRelation, type RelationSpec, relationOf } from "./relation.js";
import {
  fieldsOf,
  fieldsUnder,
  memoized,
  type SelectedField,
  type SelectionDoc,
  selectedFields,
  storedProperties,
  subSelection,
} from "./selection.js";

/**
 * Lookahead: the relationship fields selected below a node, read from the selection before any of
 * them resolves, so the statement that fetches one level fetches every level below it too. A plan
 * exists for each field that declares its relationship (`@Extensions(relation(...))`); a field that
 * does not (counts, paths, computed fields) is resolved at its own level, as before, and its own
 * selection is looked ahead from there.
 */

/** The filters of one relationship field: roles of the relationship, levels of the far node (null: all). */
export interface RelFilters {
  roles: readonly string[] | null;
  levels: readonly string[] | null;
}

/** One relationship field below a node, with what to read of its relationships and far nodes, and the fields below those. */
export interface RelPlan {
  spec: RelationSpec;
  /** Only parents of these kinds have the field (it was selected in a fragment on a concrete type); null: every parent. */
  parentKinds: readonly string[] | null;
  relProps: readonly string[];
  nodeProps: readonly string[];
  /** Where the `role`/`level` arguments are, evaluated per request against its variables. */
  args: { def: GraphQLField<unknown, unknown>; node: FieldNode } | null;
  children: readonly RelPlan[];
}

/** Normalises a filter list as resolvers pass it: an empty or absent list keeps everything. */
export const filterList = (xs: readonly string[] | null | undefined): readonly string[] | null =>
  xs?.length ? xs : null;

/** The filter values of a plan for one request's variables. */
export function filtersOf(plan: RelPlan, variables: Record<string, unknown>): RelFilters {
  if (!plan.args) return { roles: null, levels: null };
  const values = getArgumentValues(plan.args.def, plan.args.node, variables) as {
    role?: string[] | null;
    level?: string[] | null;
  };
  return { roles: filterList(values.role), levels: filterList(values.level) };
}

/** The key relationship lists are stored and looked up by: the relationship and its filters. */
export function relKey(spec: RelationSpec, filters: RelFilters): string {
  if (filters.roles || filters.levels)
    return `${unfilteredKey(spec)}|${listKey(filters.roles)}|${listKey(filters.levels)}`;
  let key = unfiltered.get(spec);
  if (key === undefined) unfiltered.set(spec, (key = `${unfilteredKey(spec)}|*|*`));
  return key;
}

/** Keys of unfiltered lists, by the field's declared relationship (one object per field): made once. */
const unfiltered = new WeakMap<RelationSpec, string>();
const listKey = (xs: readonly string[] | null) => (xs ? xs.join(",") : "*");
const unfilteredKey = (spec: RelationSpec) => `${spec.type}|${spec.direction}|${spec.kind ?? "*"}`;

function selectionOn(doc: SelectionDoc, fields: SelectedField[], type: GraphQLNamedType): SelectedField[] {
  const sets = fields.flatMap((f) => (f.node.selectionSet ? [f.node.selectionSet] : []));
  return selectedFields(doc.schema, doc.fragments, sets, type);
}

/** What to read of the relationships and far nodes of a relationship field, and the far node's own selection. */
function farSelection(
  doc: SelectionDoc,
  def: GraphQLField<unknown, unknown>,
  own: SelectedField[],
  spec: RelationSpec,
): { relProps: string[]; nodeProps: string[]; far: SelectedField[]; farType: GraphQLNamedType } {
  const returned = getNamedType(def.type);
  const ends = EDGE_ENDS[returned.name];
  const extra = spec.relProps ?? [];
  if (!ends || !isObjectType(returned))
    return { relProps: [...extra], nodeProps: storedProperties(own, NODE_ALWAYS), far: own, farType: returned };
  const endFields = spec.direction === "OUT" ? ends.end : ends.start;
  const far = endFields.flatMap((name) => fieldsUnder(doc, own, name));
  const farType = getNamedType(returned.getFields()[endFields[0]!]!.type);
  return {
    relProps: [...new Set([...storedProperties(own, REL_ALWAYS, REL_COMPUTED), ...extra])],
    nodeProps: storedProperties(far, NODE_ALWAYS),
    far,
    farType,
  };
}

/** Plans of the relationship fields among `fields`, selected on nodes whose static type is `parent`. */
function relPlans(doc: SelectionDoc, fields: SelectedField[], parent: GraphQLNamedType): RelPlan[] {
  const groups = new Map<string, SelectedField[]>();
  for (const f of fields) {
    if (!declaredRelation(f.def) || !isObjectType(f.on)) continue;
    const key = `${f.on.name}.${f.node.alias?.value ?? f.node.name.value}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((group) => {
    const { def, node, on } = group[0]!;
    const spec = declaredRelation(def)!;
    const own = selectionOn(doc, group, getNamedType(def!.type));
    const { relProps, nodeProps, far, farType } = farSelection(doc, def!, own, spec);
    const filtered = def!.args.some((a) => a.name === "role" || a.name === "level");
    return {
      spec,
      parentKinds: isAbstractType(parent) || parent.name !== on.name ? [on.name] : null,
      relProps,
      nodeProps,
      args: filtered ? { def: def!, node } : null,
      children: relPlans(doc, far, farType),
    };
  });
}

/** The plans below the node(s) the field being resolved returns (`node(id)`, an edge's end, a document). */
export const lookaheadOf = memoized((info: GraphQLResolveInfo): RelPlan[] =>
  relPlans(info, fieldsOf(info), getNamedType(info.returnType)),
);

/** What the relationship field being resolved reads of its relationships and far nodes, and the plans below those. */
export interface FieldPlan {
  spec: RelationSpec;
  relProps: readonly string[];
  nodeProps: readonly string[];
  below: readonly RelPlan[];
}

/** The plan of the relationship field being resolved (it declares its relationship; see relation.ts). */
export const fieldPlan = memoized((info: GraphQLResolveInfo): FieldPlan => {
  const spec = relationOf(info);
  const { relProps, nodeProps, far, farType } = farSelection(
    info,
    info.parentType.getFields()[info.fieldName]!,
    fieldsOf(info),
    spec,
  );
  return { spec, relProps, nodeProps, below: relPlans(info, far, farType) };
});

/** The plans below the items of the connection being resolved (`tasks { edges { node { … } } }`). */
export const lookaheadOfPage = memoized((info: GraphQLResolveInfo): RelPlan[] => {
  const edges = fieldsUnder(info, fieldsOf(info), "edges");
  const sub = subSelection(edges, "node");
  return sub.type ? relPlans(info, selectedFields(info.schema, info.fragments, sub.sets, sub.type), sub.type) : [];
});

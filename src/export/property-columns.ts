import type { SubgraphEdge, SubgraphNode, SubgraphValue } from "../subgraph/subgraph.js";

/** A property value as a subgraph carries it: a scalar, a list, or (evidence) a list of objects. */
export type PropertyValue = SubgraphValue;

/** The attribute types GraphML and GEXF both understand, spelled the same in each. */
export type AttributeType = "string" | "long" | "double" | "boolean";

/**
 * The fields every export writes for a node, before its properties. A property with one of these
 * names is renamed (see {@link propertyColumns}) in every format alike, so that a column has the
 * same name in the CSV, the GraphML and the GEXF of the same subgraph.
 *
 * `label` is the caption, the Chinese name, because that is what Gephi, Cytoscape and yEd show for
 * a column of that name; the node's type (its Neo4j label, e.g. `Task`) is `kind`. (`type` would
 * clash with a document's own `type` property, e.g. `ACTION_PLAN`.)
 */
export const NODE_FIELDS = ["id", "label", "kind", "name", "nameEn"] as const;

/** The fields every export writes for an edge, before its properties; `label` is the type again, as the caption. */
export const EDGE_FIELDS = ["id", "source", "target", "type", "label"] as const;

/** The values of {@link NODE_FIELDS} of a node. */
export function nodeFields(n: SubgraphNode): Record<(typeof NODE_FIELDS)[number], string | null> {
  return { id: n.id, label: n.name, kind: n.label, name: n.name, nameEn: n.nameEn ?? null };
}

/** The values of {@link EDGE_FIELDS} of an edge. */
export function edgeFields(e: SubgraphEdge): Record<(typeof EDGE_FIELDS)[number], string> {
  return { id: e.id, source: e.source, target: e.target, type: e.type, label: e.type };
}

/** One property key of a set of nodes (or of edges), as a column of an export. */
export interface PropertyColumn {
  /** The key in `properties`. */
  key: string;
  /** The column's name in the export: `key`, or `prop_<key>` when the format already uses `key`. */
  name: string;
  /** The narrowest type that every non-null value of the column fits. */
  type: AttributeType;
}

/**
 * The union of the property keys of `items` as columns, sorted by name in code unit order (not
 * `localeCompare`, which depends on the machine's locale) so that an export is byte-for-byte the
 * same wherever it is made.
 *
 * A key that clashes with one of the format's own fields (`reserved`, e.g. `id`, `source`) keeps
 * its value under `prop_<key>` instead of overwriting the field or being dropped; the prefix is
 * repeated until the name is free.
 */
export function propertyColumns(
  items: readonly Pick<SubgraphNode, "properties">[],
  reserved: readonly string[],
): PropertyColumn[] {
  const valuesByKey = new Map<string, PropertyValue[]>();
  for (const item of items) {
    for (const [key, value] of Object.entries(item.properties ?? {})) {
      const values = valuesByKey.get(key) ?? [];
      values.push(value ?? null);
      valuesByKey.set(key, values);
    }
  }
  const keys = [...valuesByKey.keys()].sort();
  const taken = new Set([...reserved, ...keys]);
  return keys
    .map((key) => ({
      key,
      name: reserved.includes(key) ? freeName(key, taken) : key,
      type: attributeType(valuesByKey.get(key) ?? []),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function freeName(key: string, taken: Set<string>): string {
  let name = `prop_${key}`;
  while (taken.has(name)) name = `prop_${name}`;
  taken.add(name);
  return name;
}

/**
 * Booleans only: boolean. Numbers only: long if every one is a safe integer, else double. Anything
 * else, lists and evidence (written as JSON text), mixed types, and a column holding nothing but
 * nulls: string, which every reader accepts.
 */
export function attributeType(values: readonly PropertyValue[]): AttributeType {
  const present = values.filter((v) => v !== null);
  if (present.length === 0) return "string";
  if (present.every((v) => typeof v === "boolean")) return "boolean";
  if (present.every((v) => typeof v === "number")) {
    return present.every((v) => Number.isSafeInteger(v)) ? "long" : "double";
  }
  return "string";
}

/**
 * A value as the text XML and CSV carry: `true`/`false`, numbers as JavaScript prints them (which
 * Java's and Python's parsers read back, `Infinity` and `NaN` included), a list or object (aliases,
 * evidence) as JSON text, which `json.loads` or `JSON.parse` turns back into the value; undefined
 * for null so the caller can leave the value out.
 */
export function formatValue(value: PropertyValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

import type { SubgraphNode } from "../graph/subgraph.js";

/** A property value as a subgraph carries it. */
export type PropertyValue = string | number | boolean | null;

/** The attribute types GraphML and GEXF both understand, spelled the same in each. */
export type AttributeType = "string" | "long" | "double" | "boolean";

/**
 * The fields every export writes for a node, before its properties. A property with one of these
 * names is renamed (see {@link propertyColumns}) in every format alike, so that a column has the
 * same name in the CSV, the GraphML and the GEXF of the same subgraph.
 */
export const NODE_FIELDS = ["id", "label", "name", "nameEn"] as const;

/** The fields every export writes for an edge, before its properties. */
export const EDGE_FIELDS = ["id", "source", "target", "type"] as const;

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
 * else, mixed types included, and a column holding nothing but nulls: string, which every reader
 * accepts.
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
 * Java's and Python's parsers read back, `Infinity` and `NaN` included), undefined for null so the
 * caller can leave the value out.
 */
export function formatValue(value: PropertyValue | undefined): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

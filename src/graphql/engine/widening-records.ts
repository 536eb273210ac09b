import { assignValues, type EvidenceRecord } from "../records.js";

/** Whether every one of `wanted` is among `known` (lists of a few property names; often the same list). */
export function covers(known: readonly string[], wanted: readonly string[]): boolean {
  if (known === wanted) return true;
  for (const p of wanted) if (!known.includes(p)) return false;
  return true;
}

/** `known` with whatever of `more` it lacks added at the end (itself when it lacks nothing). */
export function union(known: readonly string[], more: readonly string[]): readonly string[] {
  return covers(known, more) ? known : [...known, ...more.filter((p) => !known.includes(p))];
}

/**
 * Fetched records by id, one record per id, widened in place when a later fetch read more of its
 * properties: what the node and relationship stores of a request are made of. A record keeps the
 * property list it was read with (the plan's own list, not a copy) until it is widened.
 */
export class WideningRecords<T extends { evidence: EvidenceRecord[] }> {
  private readonly byId = new Map<string, { record: T; props: readonly string[] }>();

  /** The record `id` if it was fetched with at least `props`. */
  get(id: string, props: readonly string[]): T | undefined {
    const known = this.byId.get(id);
    return known && covers(known.props, props) ? known.record : undefined;
  }

  /** The one record of `id` with the values of `props` from `values[at]` on (made by `create` the first time), widened with what it lacked. */
  remember(id: string, props: readonly string[], values: readonly unknown[], create: () => T, at = 0): T {
    const known = this.byId.get(id);
    if (!known) {
      const record = assignValues(create(), props, values, at);
      this.byId.set(id, { record, props });
      return record;
    }
    if (covers(known.props, props)) return known.record;
    const fresh = props.filter((p) => !known.props.includes(p));
    assignValues(
      known.record,
      fresh,
      fresh.map((p) => values[at + props.indexOf(p)]),
    );
    known.props = union(known.props, fresh);
    return known.record;
  }
}

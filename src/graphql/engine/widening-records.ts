import { assignValues, type EvidenceRecord } from "../records.js";

/**
 * Fetched records by id, one record per id, widened in place when a later fetch read more of its
 * properties: what the node and relationship stores of a request are made of.
 */
export class WideningRecords<T extends { evidence: EvidenceRecord[] }> {
  private readonly byId = new Map<string, { record: T; props: Set<string> }>();

  /** The record `id` if it was fetched with at least `props`. */
  get(id: string, props: readonly string[]): T | undefined {
    const known = this.byId.get(id);
    return known && props.every((p) => known.props.has(p)) ? known.record : undefined;
  }

  /** The one record of `id` with the values of `props` from `values[at]` on (made by `create` the first time), widened with what it lacked. */
  remember(id: string, props: readonly string[], values: readonly unknown[], create: () => T, at = 0): T {
    const known = this.byId.get(id);
    if (!known) {
      const record = assignValues(create(), props, values, at);
      this.byId.set(id, { record, props: new Set(props) });
      return record;
    }
    const fresh = props.filter((p) => !known.props.has(p));
    if (fresh.length > 0) {
      assignValues(known.record, fresh, fresh.map((p) => values[at + props.indexOf(p)]));
      fresh.forEach((p) => known.props.add(p));
    }
    return known.record;
  }
}

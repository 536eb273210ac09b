import { assignValues, type NodeRecord, toNodeRecord } from "../records.js";

/**
 * The nodes one request has fetched, each with the properties fetched so far. A node met twice
 * (as a task's platform and as an edge's end) is one record, widened when a later fetch read more
 * of it, so a resolver never sees a node without a property its selection asked for.
 */
export class NodeStore {
  private readonly byId = new Map<string, { record: NodeRecord; props: Set<string> }>();

  /** The node if it was fetched with at least `props`. */
  get(id: string, props: readonly string[]): NodeRecord | undefined {
    const known = this.byId.get(id);
    return known && props.every((p) => known.props.has(p)) ? known.record : undefined;
  }

  /** Remembers a fetched row and returns the node's one record (`props[0]` is `id`). */
  remember(props: readonly string[], values: readonly unknown[]): NodeRecord {
    const id = values[0] as string;
    const known = this.byId.get(id);
    if (!known) {
      const record = toNodeRecord(props, values);
      this.byId.set(id, { record, props: new Set(props) });
      return record;
    }
    const fresh = props.filter((p) => !known.props.has(p));
    if (fresh.length > 0) {
      assignValues(known.record, fresh, fresh.map((p) => values[props.indexOf(p)]));
      fresh.forEach((p) => known.props.add(p));
    }
    return known.record;
  }
}

import type { NodeRecord } from "../records.js";
import { WideningRecords } from "./widening-records.js";

/**
 * The nodes one request has fetched, each with the properties fetched so far. A node met twice
 * (as a task's platform and as an edge's end) is one record, widened when a later fetch read more
 * of it, so a resolver never sees a node without a property its selection asked for.
 */
export class NodeStore {
  private readonly nodes = new WideningRecords<NodeRecord>();

  /** The node if it was fetched with at least `props`. */
  get(id: string, props: readonly string[]): NodeRecord | undefined {
    return this.nodes.get(id, props);
  }

  /** Remembers the values of `props` from `values[at]` on and returns the node's one record (`props[0]` is `id`). */
  remember(props: readonly string[], values: readonly unknown[], at = 0): NodeRecord {
    return this.nodes.remember(
      values[at] as string,
      props,
      values,
      () => ({ evidence: [] }) as unknown as NodeRecord,
      at,
    );
  }
}

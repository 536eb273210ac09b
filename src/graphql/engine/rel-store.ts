import { assignValues, type Related, type RelRecord } from "../records.js";
import { covers, union, WideningRecords } from "./widening-records.js";

/**
 * The relationship lists one request has fetched, by parent node and relationship field (type,
 * direction, far kind, filters), each with the properties read of its relationships and far nodes.
 * Lookahead fills it for the levels below the one being fetched; a resolver of those levels finds
 * its list here and sends nothing. A relationship met twice is one record, widened like a node in
 * the node store.
 */
export class RelStore {
  private readonly rels = new WideningRecords<RelRecord>();
  /** By parent id, then by relationship key. */
  private readonly lists = new Map<
    string,
    Map<string, { list: Related[]; relProps: readonly string[]; nodeProps: readonly string[] }>
  >();

  /** The list of `parentId`'s `key` relationships if it was fetched with at least these properties. */
  get(parentId: string, key: string, relProps: readonly string[], nodeProps: readonly string[]): Related[] | undefined {
    const known = this.lists.get(parentId)?.get(key);
    return known && covers(known.relProps, relProps) && covers(known.nodeProps, nodeProps) ? known.list : undefined;
  }

  /**
   * Stores a fetched list. Fetched again with other properties, the list is known with both when
   * its relationships were read with their ids (one record each, widened); otherwise the list read
   * with more relationship properties is kept. Far nodes are always one record each, widened.
   */
  put(parentId: string, key: string, list: Related[], relProps: readonly string[], nodeProps: readonly string[]): void {
    let byKey = this.lists.get(parentId);
    if (!byKey) this.lists.set(parentId, (byKey = new Map()));
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, { list, relProps, nodeProps });
      return;
    }
    known.nodeProps = union(known.nodeProps, nodeProps);
    if (covers(known.relProps, relProps)) return;
    known.relProps =
      relProps.includes("id") && known.relProps.includes("id") ? union(known.relProps, relProps) : relProps;
    known.list = list;
  }

  /**
   * The one record of a fetched relationship, widened with properties read now, when its `id` was
   * read (`props[0]`); a field returning nodes reads no id, and its records are its own.
   */
  remember(
    type: string,
    startId: string,
    endId: string,
    props: readonly string[],
    values: readonly unknown[],
    at = 0,
  ): RelRecord {
    const create = () => ({ type, startId, endId, evidence: [] }) as unknown as RelRecord;
    return props[0] === "id"
      ? this.rels.remember(values[at] as string, props, values, create, at)
      : assignValues(create(), props, values, at);
  }
}

import type { Database } from "../db/database.js";
import { toEvidenceProperties } from "../model/evidence-properties.js";
import type { Evidence } from "../model/graph-model.js";
import { fetchExportedEvidence } from "../subgraph/node-evidence.js";
import type { Subgraph } from "../subgraph/subgraph.js";

/** A stored property value with temporal values as ISO text (RDF literals need text). */
export type StoredValue = string | number | boolean | null | (string | number | boolean)[];

/** A node with every property it stores, evidence lists included. */
export interface FullNode {
  id: string;
  label: string;
  props: Record<string, StoredValue>;
}

/** A relationship with every property it stores, evidence lists included. */
export interface FullRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, StoredValue>;
}

/** What the RDF export writes: the nodes and relationships of a subgraph, each with all it stores. */
export interface FullGraph {
  nodes: FullNode[];
  relationships: FullRelationship[];
}

/**
 * Reads every stored property of the nodes and relationships of `g` (which the exports select
 * and bound, see subgraph-queries.ts): two statements, each an index seek per item. The order of
 * `g` is kept, so the same subgraph always gives the same RDF.
 */
export async function fetchFullGraph(db: Database, g: Subgraph): Promise<FullGraph> {
  const nodeRows = await db.read("find-entities-with-properties", { ids: g.nodes.map((n) => n.id) });
  const relRows = await db.read("find-relationships-with-properties", {
    rels: g.edges.map((e) => ({ id: e.id, from: e.source, to: e.target })),
  });
  // A node's evidence is stored apart from it: its first quotes join its properties as the lists a
  // relationship stores (a missing raw offset stays null in them, as fromEvidenceProperties reads it).
  const evidence = await fetchExportedEvidence(
    db,
    g.nodes.map((n) => n.id),
  );
  const withEvidence = (id: string, props: Record<string, StoredValue>) => {
    const items = evidence.get(id)?.items ?? [];
    return items.length === 0
      ? props
      : { ...props, ...(toEvidenceProperties(items as Evidence[]) as Record<string, StoredValue>) };
  };
  const nodes = new Map(
    nodeRows.map((r) => [
      r.id as string,
      { id: r.id as string, label: r.label as string, props: withEvidence(r.id as string, plain(r.props)) },
    ]),
  );
  const rels = new Map(
    relRows.map((r) => [
      r.id as string,
      { id: r.id as string, type: r.type as string, from: r.from as string, to: r.to as string, props: plain(r.props) },
    ]),
  );
  return {
    nodes: g.nodes.flatMap((n) => nodes.get(n.id) ?? []),
    relationships: g.edges.flatMap((e) => rels.get(e.id) ?? []),
  };
}

/** Properties as plain values: a temporal value (the driver's DateTime, Date, …) becomes its ISO text. */
function plain(props: unknown): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(props as Record<string, unknown>)) {
    out[key] = Array.isArray(value) ? value.map(scalar) : value === null ? null : scalar(value);
  }
  return out;
}

function scalar(value: unknown): string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : String(value);
}

import {
  type EvidenceRecordProps,
  evidenceRecords,
  toEvidenceProperties,
} from "../../src/model/evidence-properties.js";
import type { NodeLabel, PropertyValue } from "../../src/model/graph-model.js";
import { extractSeed } from "../../src/ingest/seed.js";

/** A node or relationship as the bench writes it: every stored property, id included. */
export interface GenNode {
  label: NodeLabel;
  props: Record<string, PropertyValue>;
  /** The node's evidence as the loader stores it apart (`:Evidence` records), with its copy's ids. */
  evidence?: EvidenceRecordProps[];
}
export interface GenRelationship {
  type: string;
  from: string;
  to: string;
  props: Record<string, PropertyValue>;
}

/** The seed graph as stored (the same properties `src/ingest/load.ts` writes), the pattern of every copy. */
export interface Template {
  documentId: string;
  nodes: GenNode[];
  relationships: GenRelationship[];
  /** Ids copied per copy; every other node (agencies, technologies, domains, cited documents) is shared by all copies. */
  copied: Set<string>;
}

/** Labels of which each copy has its own nodes; the rest are shared hubs. */
const COPIED_LABELS = new Set<NodeLabel>(["Action", "Task", "Measure", "Target", "Zone", "Platform", "Organization"]);
/** Source-order positions of copy k are shifted by k × this (longer than any document), so copies sort after the seed. */
const ORD_STRIDE = 100_000;
const UNSEEN_ORD = 1e12;
/** Each copy's plan cites this many earlier plans (IMPLEMENTS), besides the seed's national and provincial documents. */
export const CITATIONS_PER_COPY = 3;

/** Reads the seed extraction and lays it out the way the loader stores it. */
export function seedTemplate(projectRoot: string): Template {
  const g = extractSeed(projectRoot)[0]!;
  const nodes: GenNode[] = g.nodes.map((n) => ({
    label: n.label,
    props: {
      ...n.props,
      id: n.id,
      kind: n.label,
      aliasText: Array.isArray(n.props.aliases) ? n.props.aliases.join(" ") : null,
      ord: n.props.ord ?? Math.min(UNSEEN_ORD, ...n.evidence.map((e) => e.start)),
    } as Record<string, PropertyValue>,
    evidence: evidenceRecords(n.id, n.evidence),
  }));
  const relationships = g.relationships.map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    props: { ...r.props, id: r.id, document: g.documentId, ...toEvidenceProperties(r.evidence) } as Record<
      string,
      PropertyValue
    >,
  }));
  const copied = new Set(g.nodes.filter((n) => COPIED_LABELS.has(n.label) || n.id === g.documentId).map((n) => n.id));
  return { documentId: g.documentId, nodes, relationships, copied };
}

/** Copies `from`…`to` (inclusive) of the seed; copy 0 is the seed itself, loaded by the service's own loader. */
export interface CopyRange {
  from: number;
  to: number;
}

/** Node and relationship counts that copies `from`…`to` add. */
export function copyCounts(t: Template, r: CopyRange): { nodes: number; relationships: number } {
  let citations = 0;
  for (let k = r.from; k <= r.to; k++) citations += Math.min(CITATIONS_PER_COPY, k);
  const copies = Math.max(0, r.to - r.from + 1);
  return { nodes: copies * t.copied.size, relationships: copies * copiedRelationships(t).length + citations };
}

/** Template relationships with at least one end of the copy's own (those between shared nodes exist once). */
function copiedRelationships(t: Template): GenRelationship[] {
  return t.relationships.filter((r) => t.copied.has(r.from) || t.copied.has(r.to));
}

/** Copy k's id of a template id: copied ids get a suffix, shared ones stay. */
function idIn(t: Template, id: string, k: number): string {
  return t.copied.has(id) ? `${id}~${k}` : id;
}

function copyValue(t: Template, v: PropertyValue, k: number): PropertyValue {
  if (typeof v === "string") return t.copied.has(v) ? idIn(t, v, k) : v;
  if (Array.isArray(v))
    return (v as (string | number)[]).map((x) =>
      typeof x === "string" && t.copied.has(x) ? idIn(t, x, k) : x,
    ) as PropertyValue;
  return v;
}

/** The plan of copy k (0 is the seed's own plan). */
function planOf(t: Template, k: number): string {
  return k === 0 ? t.documentId : idIn(t, t.documentId, k);
}

/** A small deterministic generator (mulberry32), so every run builds the same graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Nodes of copies `range.from`…`range.to` (from ≥ 1), in batches of `batchSize`: each copy is the seed's plan with its own
 * actions, tasks, measures, targets, zones, platforms and organisations (names suffixed, source
 * positions shifted after the previous copy), pointing at the same shared agencies, technologies,
 * domains and cited documents. Only one batch is in memory at a time.
 */
export function* nodeBatches(t: Template, range: CopyRange, batchSize: number): Generator<GenNode[]> {
  let batch: GenNode[] = [];
  const pattern = t.nodes.filter((n) => t.copied.has(n.props.id as string));
  for (let k = range.from; k <= range.to; k++) {
    for (const n of pattern) {
      const props: Record<string, PropertyValue> = {};
      for (const [key, v] of Object.entries(n.props)) props[key] = copyValue(t, v, k);
      props.id = idIn(t, n.props.id as string, k);
      props.name = `${n.props.name as string} #${k}`;
      if (typeof n.props.nameEn === "string") props.nameEn = `${n.props.nameEn} #${k}`;
      const ord = n.props.ord as number;
      props.ord = ord >= UNSEEN_ORD ? ord : ord + k * ORD_STRIDE;
      // The copy's evidence: the same quotes, of the copy's plan, on the copy's node.
      const evidence = (n.evidence ?? []).map((e) => ({ ...e, node: props.id as string, document: planOf(t, k) }));
      batch.push({ label: n.label, props, evidence });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Relationships of copies `range.from`…`range.to`, in batches: the seed's relationships between the copy's own
 * nodes and the shared hubs, plus {@link CITATIONS_PER_COPY} IMPLEMENTS from the copy's plan to
 * earlier plans (the seed's included), so documents cite each other.
 */
export function* relationshipBatches(t: Template, range: CopyRange, batchSize: number): Generator<GenRelationship[]> {
  let batch: GenRelationship[] = [];
  const push = function* (r: GenRelationship) {
    batch.push(r);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  };
  const pattern = copiedRelationships(t);
  for (let k = range.from; k <= range.to; k++) {
    for (const r of pattern) {
      const from = idIn(t, r.from, k);
      const to = idIn(t, r.to, k);
      const props: Record<string, PropertyValue> = {};
      for (const [key, v] of Object.entries(r.props)) props[key] = copyValue(t, v, k);
      props.id = `${r.type}|${from}|${to}`;
      yield* push({ type: r.type, from, to, props });
    }
    const next = random(20200101 + k);
    const cited = new Set<number>();
    while (cited.size < Math.min(CITATIONS_PER_COPY, k)) cited.add(Math.floor(next() * k));
    for (const c of cited) {
      const from = planOf(t, k);
      const to = planOf(t, c);
      yield* push({
        type: "IMPLEMENTS",
        from,
        to,
        props: { id: `IMPLEMENTS|${from}|${to}`, document: from, ...toEvidenceProperties([]) },
      });
    }
  }
  if (batch.length > 0) yield batch;
}

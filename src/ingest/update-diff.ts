import type { Database } from "../db/database.js";
import type { ExtractedGraph } from "../model/graph-model.js";

/** A node as the report shows it: id, kind (label) and name, so a person can tell what it is. */
export interface DiffNode {
  id: string;
  kind: string;
  name: string;
}

/** A relationship the new text no longer makes, by type and the names of its ends. */
export interface DiffRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
}

/** What loading a document's text would do to the graph, compared with what its last load wrote. */
export interface IngestDiff {
  /** Nodes that are not in the graph yet. */
  added: DiffNode[];
  /** Nodes already in the graph that this document writes or adds evidence to. */
  changed: DiffNode[];
  /** Nodes this document produced before (its actions, tasks, measures, targets) and no longer does. */
  removed: DiffNode[];
  removedRelationships: DiffRelationship[];
  /** What the document had at its last load: its own nodes and its relationships (0 and 0 when new). */
  before: { nodes: number; relationships: number };
}

/**
 * The rule that stops a truncated or damaged copy of a loaded document from silently shrinking the
 * graph: an update is refused when it removes more than 10% of the document's own nodes and at least
 * 3 of them, or more than 10% of its relationships and at least 10 of them. The minimums let a real
 * edit of a small document through (dropping one task of five removes 1 node and 5 relationships);
 * a copy cut in half removes far more. Beyond the rule an update needs `--replace` / `replace: true`.
 */
export const SAFE_UPDATE = { share: 0.1, minNodes: 3, minRelationships: 10 } as const;

/** An empty diff, for an UNCHANGED document (nothing is read or written). */
export const NO_DIFF: IngestDiff = {
  added: [],
  changed: [],
  removed: [],
  removedRelationships: [],
  before: { nodes: 0, relationships: 0 },
};

/**
 * Reads what the graph holds of this extraction's nodes and what the document wrote last time, and
 * compares. A document never loaded in full (`loadedBefore` false) owns nothing yet, so that read is skipped.
 */
export async function readDiff(
  db: Database,
  g: ExtractedGraph,
  options: { loadedBefore: boolean },
): Promise<IngestDiff> {
  const existing = new Set(
    (await db.read("find-existing-ids", { ids: g.nodes.map((n) => n.id) })).map((r) => r.id as string),
  );
  const [owned] = options.loadedBefore ? await db.read("find-document-owned", { documentId: g.documentId }) : [];
  const ownedNodes = (owned?.nodes as { id: string; kind: string | null; name: string | null }[] | undefined) ?? [];
  const ownedRels = (owned?.relationships as DiffRelationship[] | undefined) ?? [];
  const keepNodes = new Set(g.nodes.map((n) => n.id));
  const keepRels = new Set(g.relationships.map((r) => r.id));
  const named = g.nodes.map((n) => ({ id: n.id, kind: n.label as string, name: String(n.props.name ?? n.id) }));
  return {
    added: named.filter((n) => !existing.has(n.id)),
    changed: named.filter((n) => existing.has(n.id)),
    removed: ownedNodes
      .filter((n) => !keepNodes.has(n.id))
      .map((n) => ({ id: n.id, kind: n.kind ?? n.id.split(":")[0]!, name: n.name ?? n.id })),
    removedRelationships: ownedRels.filter((r) => !keepRels.has(r.id)),
    before: { nodes: ownedNodes.length, relationships: ownedRels.length },
  };
}

/** True when the diff removes more than {@link SAFE_UPDATE} allows. */
export function removesTooMuch(diff: IngestDiff): boolean {
  const { share, minNodes, minRelationships } = SAFE_UPDATE;
  const nodes = diff.removed.length;
  const rels = diff.removedRelationships.length;
  return (
    (nodes >= minNodes && nodes > share * diff.before.nodes) ||
    (rels >= minRelationships && rels > share * diff.before.relationships)
  );
}

/** One line per removed node and relationship, as the CLI report and the refusal list them. */
export function removedLines(diff: IngestDiff): string[] {
  return [
    ...diff.removed.map((n) => `${n.kind} ${n.name}`),
    ...diff.removedRelationships.map((r) => `${r.type} ${r.from} → ${r.to}`),
  ];
}

/** Why an update was refused, with the counts, the first removed items, and what to do instead. */
export function refusalMessage(source: string, diff: IngestDiff): string {
  const nodes = diff.removed.map((n) => `${n.kind} ${n.name}`);
  const shown = nodes.slice(0, 8).join("; ") + (nodes.length > 8 ? `; and ${nodes.length - 8} more` : "");
  return (
    `${source}: this text would remove ${diff.removed.length} of the ${diff.before.nodes} nodes and ${diff.removedRelationships.length} of the ${diff.before.relationships} relationships ` +
    `the document had (${shown || "no nodes, only relationships"}). An update may remove at most ${SAFE_UPDATE.share * 100}% of either, so nothing was written. ` +
    `Check that the text is complete (a truncated copy looks like this); see the whole diff with --dry-run (dryRun: true), and if the document really lost these parts, ingest it again with --replace (replace: true).`
  );
}

import type {
  Evidence,
  GraphNode,
  GraphRelationship,
  NodeLabel,
  PropertyValue,
  RelationshipType,
} from "../model/graph-model.js";
import { relationshipId } from "../model/graph-model.js";
import type { Span } from "./span.js";

/**
 * Collects nodes and relationships while the extractor walks a document, merging repeats: the same
 * entity mentioned five times is one node with five pieces of evidence.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly relationships = new Map<string, GraphRelationship>();

  /** `toRaw` maps an offset of the normalised text back to the raw file. */
  constructor(
    private readonly documentId: string,
    private readonly toRaw: (offset: number) => number,
  ) {}

  /** Adds a node or merges `props` into the existing one; `span` (if any) becomes evidence. */
  node(id: string, label: NodeLabel, props: Record<string, PropertyValue>, span?: Span): GraphNode {
    let node = this.nodes.get(id);
    if (!node) {
      node = { id, label, props: {}, evidence: [] };
      this.nodes.set(id, node);
    }
    Object.assign(node.props, props);
    if (span) this.addEvidence(node.evidence, span);
    return node;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** The names of the nodes of `label` added so far. */
  namesOf(label: NodeLabel): Set<string> {
    return new Set([...this.nodes.values()].filter((n) => n.label === label).map((n) => String(n.props.name)));
  }

  /** The nodes of `label` added so far, in the order they were added. */
  nodesOf(label: NodeLabel): GraphNode[] {
    return [...this.nodes.values()].filter((n) => n.label === label);
  }

  /** The ids of the nodes of `label` whose name, spaces aside, is `name`. */
  idsNamed(label: NodeLabel, name: string): string[] {
    const bare = (x: unknown) => String(x).replace(/\s+/g, "");
    return this.nodesOf(label)
      .filter((n) => bare(n.props.name) === bare(name))
      .map((n) => n.id);
  }

  /** Adds a relationship or adds evidence to the existing one of the same type between the same nodes. */
  relate(
    type: RelationshipType,
    from: string,
    to: string,
    props: Record<string, PropertyValue> = {},
    span?: Span,
  ): GraphRelationship {
    const id = relationshipId(type, from, to);
    let rel = this.relationships.get(id);
    if (!rel) {
      rel = { id, type, from, to, props: {}, evidence: [] };
      this.relationships.set(id, rel);
    }
    Object.assign(rel.props, props);
    if (span) this.addEvidence(rel.evidence, span);
    return rel;
  }

  /** Whether a relationship of `type` from `from` to `to` was added. */
  hasRelationship(type: RelationshipType, from: string, to: string): boolean {
    return this.relationships.has(relationshipId(type, from, to));
  }

  /** The names of the nodes that relationships of `type` from `from` lead to. */
  namesRelatedFrom(type: RelationshipType, from: string): Set<string> {
    const names = new Set<string>();
    for (const r of this.relationships.values())
      if (r.type === type && r.from === from) names.add(String(this.nodes.get(r.to)?.props.name));
    return names;
  }

  /** How many relationships of `type` leave `from`. */
  countFrom(type: RelationshipType, from: string): number {
    let n = 0;
    for (const r of this.relationships.values()) if (r.type === type && r.from === from) n++;
    return n;
  }

  build(): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
    return { nodes: [...this.nodes.values()], relationships: [...this.relationships.values()] };
  }

  private addEvidence(list: Evidence[], span: Span): void {
    if (list.some((e) => e.start === span.start && e.end === span.end)) return;
    list.push({
      documentId: this.documentId,
      quote: span.text,
      start: span.start,
      end: span.end,
      rawStart: this.toRaw(span.start),
      rawEnd: this.toRaw(span.end),
    });
  }
}

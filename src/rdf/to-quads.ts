import { DataFactory, type NamedNode, type Quad } from "n3";
import { fromEvidenceProperties, type StoredEvidence } from "../model/evidence-properties.js";
import type { Iris } from "./iris.js";
import { numberLiteral, objectFor } from "./literals.js";
import { expand, PG, ZH } from "./namespaces.js";
import { nodePropertyTerms, type PropertyTerm, relationshipPropertyTerms } from "./property-terms.js";
import type { FullGraph, StoredValue } from "./rdf-graph.js";
import { nodeClasses, relationshipClass, relationshipPredicate } from "./type-terms.js";

const { namedNode, literal, quad } = DataFactory;
const RDF_TYPE = namedNode(expand("rdf:type"));
const iri = (curie: Parameters<typeof expand>[0]) => namedNode(expand(curie));

/**
 * The graph as RDF statements, in a stable order (node by node, then relationship by relationship,
 * then the quotations they cite, each once):
 *
 * - a node: its classes, then each stored property with its term (property-terms.ts), then
 *   `prov:wasDerivedFrom` each quotation that is its evidence;
 * - a relationship: the direct triple `(from) predicate (to)` (type-terms.ts), and a qualified
 *   resource of class `pg:Relationship` naming its ends (`pg:from`, `pg:to`), its predicate
 *   (`pg:predicate`), its stored properties (role, position, intent, …) and `prov:wasDerivedFrom`
 *   its evidence: qualifiers and provenance of an edge need a resource of their own, and this
 *   pattern needs neither RDF reification nor RDF-star;
 * - a quotation: a `prov:Entity` whose `prov:value` is the quoted words, `prov:wasQuotedFrom` the
 *   document, and, in W3C Web Annotation terms, an `oa:SpecificResource` with `oa:hasSource` the
 *   document and two selectors: `oa:TextPositionSelector` (`oa:start`, `oa:end`: offsets in the
 *   document's normalised text, in UTF-16 code units as the API counts them) and
 *   `oa:TextQuoteSelector` (`oa:exact`). `pg:rawStart`/`pg:rawEnd` locate it in the raw scraped file.
 */
export function toQuads(g: FullGraph, iris: Iris): Quad[] {
  const out: Quad[] = [];
  const quotations = new Map<string, StoredEvidence>();
  const cite = (subject: NamedNode, props: Record<string, StoredValue>) => {
    for (const e of fromEvidenceProperties(props)) {
      const q = iris.quotation(e.documentId, e.start, e.end);
      if (!quotations.has(q)) quotations.set(q, e);
      out.push(quad(subject, iri("prov:wasDerivedFrom"), namedNode(q)));
    }
  };
  for (const n of g.nodes) {
    const s = namedNode(iris.entity(n.id));
    for (const c of nodeClasses(n.label)) out.push(quad(s, RDF_TYPE, namedNode(c)));
    for (const [key, value] of sortedEntries(n.props))
      writeProperty(out, s, nodePropertyTerms(n.label, key, value), value, iris);
    cite(s, n.props);
  }
  for (const r of g.relationships) {
    const from = namedNode(iris.entity(r.from));
    const to = namedNode(iris.entity(r.to));
    const predicate = namedNode(relationshipPredicate(r.type, r.props));
    out.push(quad(from, predicate, to));
    const s = namedNode(iris.entity(r.id));
    out.push(
      quad(s, RDF_TYPE, namedNode(`${PG}Relationship`)),
      quad(s, RDF_TYPE, namedNode(relationshipClass(r.type))),
    );
    out.push(
      quad(s, namedNode(`${PG}from`), from),
      quad(s, namedNode(`${PG}predicate`), predicate),
      quad(s, namedNode(`${PG}to`), to),
    );
    for (const [key, value] of sortedEntries(r.props))
      writeProperty(out, s, relationshipPropertyTerms(key, value), value, iris);
    cite(s, r.props);
  }
  for (const [q, e] of quotations) writeQuotation(out, namedNode(q), e, iris);
  return distinct(out);
}

/**
 * An RDF graph is a set: a statement made twice (two evidence entries of one span) is written once.
 * Statements are grouped by subject, in order of first appearance, so that Turtle writes each
 * resource in one block (a node's outgoing direct triples join the node's own).
 */
function distinct(quads: Quad[]): Quad[] {
  const seen = new Set<string>();
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const group = bySubject.get(q.subject.value);
    if (group) group.push(q);
    else bySubject.set(q.subject.value, [q]);
  }
  return [...bySubject.values()].flat();
}

function sortedEntries(props: Record<string, StoredValue>): [string, StoredValue][] {
  return Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One stored property under each of its terms; a list gives one statement per item, null none. */
function writeProperty(
  out: Quad[],
  s: NamedNode,
  terms: readonly PropertyTerm[],
  value: StoredValue,
  iris: Iris,
): void {
  if (value === null) return;
  const values = Array.isArray(value) ? value : [value];
  for (const t of terms) for (const v of values) out.push(quad(s, namedNode(t.predicate), objectFor(v, t.kind, iris)));
}

function writeQuotation(out: Quad[], q: NamedNode, e: StoredEvidence, iris: Iris): void {
  const doc = namedNode(iris.entity(e.documentId));
  const position = namedNode(`${q.value}#position`);
  const exact = namedNode(`${q.value}#exact`);
  out.push(
    quad(q, RDF_TYPE, iri("prov:Entity")),
    quad(q, RDF_TYPE, iri("oa:SpecificResource")),
    quad(q, iri("prov:value"), literal(e.quote, ZH)),
    quad(q, iri("prov:wasQuotedFrom"), doc),
    quad(q, iri("oa:hasSource"), doc),
    quad(q, iri("oa:hasSelector"), position),
    quad(q, iri("oa:hasSelector"), exact),
    quad(q, iri("schema:url"), namedNode(iris.quotationPage(e.documentId, e.start, e.end))),
    quad(position, RDF_TYPE, iri("oa:TextPositionSelector")),
    quad(position, iri("oa:start"), numberLiteral(e.start)),
    quad(position, iri("oa:end"), numberLiteral(e.end)),
    quad(exact, RDF_TYPE, iri("oa:TextQuoteSelector")),
    quad(exact, iri("oa:exact"), literal(e.quote)),
  );
  if (e.rawStart !== null) out.push(quad(q, namedNode(`${PG}rawStart`), numberLiteral(e.rawStart)));
  if (e.rawEnd !== null) out.push(quad(q, namedNode(`${PG}rawEnd`), numberLiteral(e.rawEnd)));
}

import { EVIDENCE_PROPERTIES, fromEvidenceProperties } from "../model/evidence-properties.js";
import type { SubgraphEdge, SubgraphNode, SubgraphValue } from "./subgraph.js";

/**
 * Which stored properties the subgraph statements read, passed to them as `$props`, `$relProps` and
 * `$hidden`: an allow-list (null: every key the node or relationship has) minus a deny-list.
 */
export interface SubgraphProjection {
  props: readonly string[] | null;
  relProps: readonly string[] | null;
  hidden: readonly string[];
}

/**
 * A drawing (`neighborhood`, `shortestPath`): id, label, names and a few plain fields, the `role`
 * of a relationship; no node's full text or evidence lists are read.
 */
export const DRAWING: SubgraphProjection = {
  props: ["id", "kind", "name", "nameEn", "level", "docNumber", "ordinal", "value", "unit", "ticker", "role"],
  relProps: ["role"],
  hidden: [],
};

/**
 * An export: every stored property, so that a property added to the graph (e.g. a document's
 * `sourceUrl`) reaches every format without a code change, except the bookkeeping that means
 * nothing outside the database: a document's full `text` and `sourceText` (megabytes; read them from the API), the
 * sort and search keys `ord`, `aliasText` and `titleKey`, and the ingest's `extractionHash` and
 * `loadedAt`. The evidence lists become one `evidence` property.
 */
export const EXPORT: SubgraphProjection = {
  props: null,
  relProps: null,
  hidden: ["text", "sourceText", "ord", "aliasText", "titleKey", "extractionHash", "loadedAt"],
};

/** A drawing whose relationships also read `relProps` (an edge's evidence lists, when selected). */
export function drawingWith(relProps: readonly string[]): SubgraphProjection {
  return { ...DRAWING, relProps: [...DRAWING.relProps!, ...relProps] };
}

/** The statement parameters of a projection. */
export function projectionParams(p: SubgraphProjection): Record<string, unknown> {
  return { props: p.props, relProps: p.relProps, hidden: p.hidden };
}

/** A node from the [key, value] pairs a statement returns for it. */
export function toNode(pairs: unknown): SubgraphNode {
  const { id, kind, name, nameEn, ...rest } = Object.fromEntries(pairs as [string, unknown][]);
  return {
    id: id as string,
    label: kind as string,
    name: name as string,
    nameEn: (nameEn as string | null | undefined) ?? null,
    properties: properties(rest),
  };
}

/** An edge from a statement's `{id, type, startId, endId, props}` map. */
export function toEdge(raw: unknown): SubgraphEdge {
  const r = raw as { id: string; type: string; startId: string; endId: string; props: [string, unknown][] };
  const { id: _id, ...rest } = Object.fromEntries(r.props);
  return { id: r.id, source: r.startId, target: r.endId, type: r.type, properties: properties(rest) };
}

/**
 * The non-null properties as plain values (a temporal value as its ISO text), the six parallel
 * evidence lists replaced by one `evidence` list of `{documentId, quote, start, end, rawStart, rawEnd}`.
 */
function properties(stored: Record<string, unknown>): Record<string, SubgraphValue> {
  const out: Record<string, SubgraphValue> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (value === null || value === undefined || (EVIDENCE_PROPERTIES as readonly string[]).includes(key)) continue;
    out[key] = plain(value);
  }
  if (Array.isArray(stored.evidenceQuotes)) {
    out.evidence = fromEvidenceProperties(stored).map((e) => ({
      documentId: e.documentId,
      quote: e.quote,
      start: e.start,
      end: e.end,
      rawStart: e.rawStart,
      rawEnd: e.rawEnd,
    }));
  }
  return out;
}

function plain(value: unknown): SubgraphValue {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object" && value !== null) return String(value);
  return value as SubgraphValue;
}

import { createHash } from "node:crypto";
import type { AgencyEntry, CuratedEntry, GovernmentLevel, PlatformEntry, ZoneEntry } from "./gazetteer.js";
import type { GraphBuilder } from "./graph-builder.js";
import { type NodeLabel, nodeId } from "../model/graph-model.js";
import type { Span } from "./span.js";

/** A gazetteer entry tagged with the label its node gets. */
export type Named = { label: NodeLabel; entry: CuratedEntry };

/** Adds the node of a gazetteer entry (with `span` as evidence, if given) and returns its id. */
export function addNamed(b: GraphBuilder, n: Named, span?: Span): string {
  const id = nodeId(n.label, n.entry.key);
  b.node(id, n.label, namedProps(n.label, n.entry), span);
  return id;
}

/** {@link addNamed} for an agency. */
export function addAgency(b: GraphBuilder, a: AgencyEntry, span?: Span): string {
  return addNamed(b, { label: "Agency", entry: a }, span);
}

/** Properties of a curated entity: names, aliases and the facts of its kind, with their source. */
export function namedProps(
  label: NodeLabel,
  e: CuratedEntry,
): Record<string, string | boolean | null | string[] | number> {
  const x = e as CuratedEntry & Partial<AgencyEntry & PlatformEntry & ZoneEntry & { ticker: string | null }>;
  const props: Record<string, string | boolean | null | string[] | number> = {
    name: e.name,
    nameEn: e.nameEn,
    aliases: e.aliases,
    source: e.source,
    key: e.key,
  };
  if (label === "Agency")
    Object.assign(props, {
      level: x.level ?? null,
      collective: x.collective ?? false,
      jurisdiction: x.jurisdiction ?? null,
    });
  // The curated `kind` becomes `category`: every node's `kind` property is its label.
  if (label === "Organization") Object.assign(props, { category: x.kind ?? null, ticker: x.ticker ?? null });
  if (label === "Platform") Object.assign(props, { category: x.kind ?? null });
  if (label === "Zone") Object.assign(props, { category: x.kind ?? null, level: x.level ?? null });
  return props;
}

export function unknownAgency(name: string): AgencyEntry {
  return {
    key: `agency-${shortHash(name)}`,
    name,
    nameEn: "",
    aliases: [],
    level: levelFromName(name),
    source: "extracted from text; not in the gazetteer",
  };
}

function levelFromName(name: string): GovernmentLevel {
  if (/^(国家|国务院|中共中央)/.test(name) || /部$/.test(name)) return "NATIONAL";
  if (name.slice(0, 4).includes("省")) return "PROVINCIAL";
  if (/^区|区政府/.test(name)) return "DISTRICT";
  return "MUNICIPAL";
}

export function shortHash(s: string): string {
  return createHash("sha1").update(s).digest("hex").slice(0, 10);
}

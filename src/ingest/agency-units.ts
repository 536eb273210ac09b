import { addAgency, shortHash, unknownAgency } from "./entity-props.js";
import type { AgencyEntry, Gazetteer } from "./gazetteer.js";
import type { GraphBuilder } from "./graph-builder.js";
import { type Jurisdiction, Jurisdictions, type ScopedName, scopedAgencyResolver } from "./jurisdiction.js";
import { nodeId } from "./model.js";
import type { Span } from "./span.js";

/** An entity the gazetteer lacks, found by the patterns official documents use; listed in the ingest report for curators. */
export interface Discovered {
  id: string;
  label: "Agency" | "Organization" | "Platform" | "Zone";
  name: string;
  nameEn: string | null;
  /** True when `nameEn` was composed from the unit glossary rather than curated. */
  nameEnComposed: boolean;
  /** The words it was found in (or the name given as metadata). */
  quote: string;
  /** Offset of the quote in the document's text; -1 for a name given as metadata. */
  start: number;
}

/**
 * Agencies of one document: a unit name is read within the issuer's jurisdiction and resolved to a
 * curated agency, or else becomes an agency of that jurisdiction found by pattern (one node per
 * jurisdiction and short name, so `区科技局` of Huangpu is never Guangzhou's `市科技局`).
 */
export class DocumentAgencies {
  readonly jurisdiction: Jurisdiction | null;
  private readonly resolve: ReturnType<typeof scopedAgencyResolver>;
  private readonly areas: Jurisdictions;

  constructor(
    private readonly b: GraphBuilder,
    private readonly g: Gazetteer,
    issuer: string | null,
    private readonly discovered: Discovered[],
  ) {
    this.areas = new Jurisdictions(g.jurisdictions ?? []);
    this.resolve = scopedAgencyResolver(g.agencies, this.areas);
    this.jurisdiction = g.jurisdictions ? this.areas.ofIssuer(issuer) : null;
  }

  /** The curated agency a name means in this document, if any (adds no node). */
  entry(name: string, listPrefix = ""): AgencyEntry | undefined {
    return this.resolve(name, this.jurisdiction, listPrefix).entry;
  }

  /**
   * Adds the agency `named` names (curated, found by pattern, or unknown) and returns its id;
   * `curated` says which. A span becomes evidence; a bare name (ingest metadata) has none.
   */
  add(named: Span | string, listPrefix = ""): { id: string; curated: boolean } {
    const span = typeof named === "string" ? undefined : named;
    const name = typeof named === "string" ? named : named.text;
    const { entry, scoped } = this.resolve(name, this.jurisdiction, listPrefix);
    if (entry) return { id: addAgency(this.b, entry, span), curated: true };
    if (!scoped) return { id: addAgency(this.b, unknownAgency(name), span), curated: false };
    return { id: this.addFound(scoped, name, span), curated: false };
  }

  private addFound(s: ScopedName, written: string, span: Span | undefined): string {
    const j = s.jurisdiction;
    const id = nodeId("Agency", `${j.key}-${shortHash(s.short)}`);
    const unit = this.g.unitGlossary?.[s.short];
    const nameEn = unit && (j.level === "NATIONAL" || j.nameEn) ? `${j.level === "NATIONAL" ? "" : `${j.nameEn} `}${unit}` : null;
    const name = j.level === "NATIONAL" ? s.short : j.name + s.short;
    this.b.node(id, "Agency", {
      key: id.slice("Agency:".length), name, nameEn, nameEnComposed: nameEn !== null, aliases: [],
      level: j.level, collective: s.short.startsWith("各"), jurisdiction: j.key,
      foundBy: "pattern", source: "Found by pattern in the text (unit suffix, read in the issuer's jurisdiction); not in the gazetteer.",
    }, span);
    if (!this.discovered.some((d) => d.id === id)) {
      this.discovered.push({ id, label: "Agency", name, nameEn, nameEnComposed: nameEn !== null, quote: written, start: span?.start ?? -1 });
    }
    return id;
  }
}

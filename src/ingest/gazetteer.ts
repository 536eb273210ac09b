import fs from "node:fs";
import path from "node:path";
import { type Jurisdiction, Jurisdictions } from "./jurisdiction.js";
import type { GovernmentLevel } from "./jurisdiction-types.js";

/** Defined beside the jurisdictions (which the gazetteer reads, so they cannot import it); every entry has one. */
export type { GovernmentLevel } from "./jurisdiction-types.js";

/** What every curated entry has: a stable key, names, the aliases the text uses, and where its facts come from. */
export interface CuratedEntry {
  key: string;
  name: string;
  nameEn: string;
  aliases: string[];
  source: string;
}
export interface AgencyEntry extends CuratedEntry {
  level: GovernmentLevel;
  collective?: boolean;
  /** Key of the jurisdiction (`jurisdictions.json`) in which its short aliases (`市政府`, `科技局`) mean this body. */
  jurisdiction?: string;
}
export interface OrganizationEntry extends CuratedEntry {
  kind: string;
  ticker: string | null;
}
export interface PlatformEntry extends CuratedEntry {
  kind: string;
  operator: string | null;
}
export interface ZoneEntry extends CuratedEntry {
  kind: string;
  level: GovernmentLevel | null;
}
export interface DocumentEntry {
  key: string;
  title: string;
  titleEn: string;
  docNumber: string | null;
  level: GovernmentLevel;
  type: string;
  issuer: string;
  approvedBy: string | null;
  issueDate: string | null;
  period: string | null;
  /** The official web page of the document, only where a source gives it (never guessed); null otherwise. */
  sourceUrl?: string | null;
  source: string;
}
export interface Translations {
  document: Record<string, string>;
  sections: Record<string, string>;
  actions: Record<string, string>;
  tasks: Record<string, { title: string; text: string }>;
  measures: Record<string, { title: string; text: string }>;
  targets: Record<string, string>;
}

/** The curated, reviewed data in `seeds/gazetteer/`: names to match in text, and facts from outside it. */
export interface Gazetteer {
  agencies: AgencyEntry[];
  organizations: OrganizationEntry[];
  platforms: PlatformEntry[];
  zones: ZoneEntry[];
  technologies: CuratedEntry[];
  domains: CuratedEntry[];
  documents: DocumentEntry[];
  translations: Translations;
  /** Administrative areas, for reading unit names within the issuer's jurisdiction (optional). */
  jurisdictions?: Jurisdiction[];
  /** Standard unit names (`科技局`) and their English, to compose names of agencies found by pattern (optional). */
  unitGlossary?: Record<string, string>;
}

/** True for an absolute http:// or https:// URL. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

const LEVELS = new Set(["NATIONAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT"]);

/** Reads and validates `dir/*.json`; every problem is reported with its file and key. */
export function loadGazetteer(dir: string): Gazetteer {
  const read = <T>(file: string): T => {
    const full = path.join(dir, file);
    try {
      return JSON.parse(fs.readFileSync(full, "utf8")) as T;
    } catch (error) {
      throw new Error(`Cannot read curated data ${full}: ${(error as Error).message}`);
    }
  };
  const g: Gazetteer = {
    agencies: read("agencies.json"),
    organizations: read("organizations.json"),
    platforms: read("platforms.json"),
    zones: read("zones.json"),
    technologies: read("technologies.json"),
    domains: read("domains.json"),
    documents: read("documents.json"),
    translations: read("translations.json"),
    jurisdictions: fs.existsSync(path.join(dir, "jurisdictions.json")) ? read("jurisdictions.json") : undefined,
    unitGlossary: fs.existsSync(path.join(dir, "unit-glossary.json")) ? read("unit-glossary.json") : undefined,
  };
  const problems = validateGazetteer(g);
  if (problems.length > 0) throw new Error(`Curated data in ${dir} is invalid:\n- ${problems.join("\n- ")}`);
  return g;
}

/** Checks the shape and cross-references of the curated data; returns one line per problem. */
export function validateGazetteer(g: Gazetteer): string[] {
  const problems: string[] = [];
  const entries: [string, CuratedEntry[]][] = [
    ["agencies", g.agencies],
    ["organizations", g.organizations],
    ["platforms", g.platforms],
    ["zones", g.zones],
    ["technologies", g.technologies],
    ["domains", g.domains],
  ];
  for (const [file, list] of entries) {
    const keys = new Set<string>();
    for (const e of list) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.key ?? ""))
        problems.push(`${file}: key "${e.key}" must be lowercase kebab-case`);
      if (keys.has(e.key)) problems.push(`${file}: key "${e.key}" is used twice`);
      keys.add(e.key);
      if (!e.name || !e.nameEn) problems.push(`${file}/${e.key}: name and nameEn are required`);
      if (!Array.isArray(e.aliases)) problems.push(`${file}/${e.key}: aliases must be a list`);
      if (!e.source) problems.push(`${file}/${e.key}: source is required`);
    }
  }
  for (const a of g.agencies)
    if (!LEVELS.has(a.level))
      problems.push(`agencies/${a.key}: level "${a.level}" is not one of ${[...LEVELS].join(", ")}`);
  const areaKeys = new Set((g.jurisdictions ?? []).map((j) => j.key));
  for (const j of g.jurisdictions ?? [])
    if (j.parent !== null && !areaKeys.has(j.parent))
      problems.push(`jurisdictions/${j.key}: parent "${j.parent}" is not a jurisdiction key`);
  for (const a of g.agencies)
    if (a.jurisdiction !== undefined && !areaKeys.has(a.jurisdiction))
      problems.push(`agencies/${a.key}: jurisdiction "${a.jurisdiction}" is not in jurisdictions.json`);
  const orgKeys = new Set(g.organizations.map((o) => o.key));
  for (const p of g.platforms) {
    if (p.operator !== null && !orgKeys.has(p.operator))
      problems.push(`platforms/${p.key}: operator "${p.operator}" is not an organization key`);
  }
  const agencyKeys = new Set(g.agencies.map((a) => a.key));
  for (const d of g.documents) {
    if (!agencyKeys.has(d.issuer)) problems.push(`documents/${d.key}: issuer "${d.issuer}" is not an agency key`);
    if (d.approvedBy !== null && !agencyKeys.has(d.approvedBy))
      problems.push(`documents/${d.key}: approvedBy "${d.approvedBy}" is not an agency key`);
    if (!LEVELS.has(d.level)) problems.push(`documents/${d.key}: level "${d.level}" is not valid`);
    if (d.sourceUrl != null && !isHttpUrl(d.sourceUrl))
      problems.push(`documents/${d.key}: sourceUrl "${d.sourceUrl}" must be an absolute http(s) URL, or null`);
  }
  // An agency's alias means its body only within its jurisdiction, so `市政府` may belong to two
  // cities' governments; within one jurisdiction (or across kinds) an alias has one owner.
  const areas = new Jurisdictions(g.jurisdictions ?? []);
  const scopeOf = (file: string, e: CuratedEntry, alias: string): string => {
    const home =
      file === "agencies" && (e as AgencyEntry).jurisdiction ? areas.get((e as AgencyEntry).jurisdiction!) : undefined;
    const scoped = home && areas.scope(alias, home);
    return scoped ? `${scoped.jurisdiction.key}|${scoped.short}` : alias;
  };
  const owner = new Map<string, string>();
  for (const [file, list] of entries) {
    for (const e of list) {
      for (const alias of new Set([e.name, ...e.aliases])) {
        const key = scopeOf(file, e, alias);
        const prev = owner.get(key);
        if (prev && prev !== `${file}/${e.key}`)
          problems.push(`alias "${alias}" belongs to both ${prev} and ${file}/${e.key}`);
        owner.set(key, `${file}/${e.key}`);
      }
    }
  }
  return problems;
}

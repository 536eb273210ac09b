import type { AgencyEntry, GovernmentLevel } from "./gazetteer.js";

/** An administrative area whose government issues documents: the scope in which a unit's short name means one body. */
export interface Jurisdiction {
  key: string;
  /** Full name used as the prefix of its bodies' full names (`广州市`, `广州市黄埔区`). */
  name: string;
  /** English prefix of its bodies' names (`Huangpu District`); empty for the nation. */
  nameEn: string;
  level: GovernmentLevel;
  parent: string | null;
  /** Spellings that open a body's full name (`广州市黄埔区`, `黄埔区`). */
  names: string[];
  source: string;
}

/** A unit name read in the jurisdiction it belongs to: `区科技局` in a Huangpu document is (huangpu, 科技局). */
export interface ScopedName {
  jurisdiction: Jurisdiction;
  /** The name without its jurisdiction prefix, in a canonical spelling (`政府` → `人民政府`). */
  short: string;
}

const PREFIX_LEVEL: Record<string, GovernmentLevel> = { 省: "PROVINCIAL", 市: "MUNICIPAL", 区: "DISTRICT", 县: "DISTRICT" };

/**
 * The jurisdictions of the curated data, and how a unit name is read within a document's
 * jurisdiction. Areas the data lacks (`某市`) are made up from the issuer's own prefix.
 */
export class Jurisdictions {
  private readonly byKey = new Map<string, Jurisdiction>();
  private readonly spellings: { spelling: string; j: Jurisdiction }[];

  constructor(list: Jurisdiction[]) {
    for (const j of list) this.byKey.set(j.key, j);
    this.spellings = list.flatMap((j) => j.names.map((spelling) => ({ spelling, j }))).sort((a, b) => b.spelling.length - a.spelling.length);
  }

  get(key: string): Jurisdiction | undefined {
    return this.byKey.get(key);
  }

  get national(): Jurisdiction {
    return this.byKey.get("china") ?? { key: "china", name: "中华人民共和国", nameEn: "", level: "NATIONAL", parent: null, names: [], source: "" };
  }

  /** The jurisdiction of an issuing body's name (`广州市黄埔区人民政府` → huangpu, `国务院办公厅` → china), or a made-up one. */
  ofIssuer(issuer: string | null): Jurisdiction | null {
    if (!issuer) return null;
    const name = issuer.trim();
    if (isNational(name)) return this.national;
    const known = this.spellings.find((s) => name.startsWith(s.spelling));
    if (known) return known.j;
    const m = /^(.{1,6}?[省市区县])/.exec(name);
    if (!m) return null;
    const level = PREFIX_LEVEL[m[1]!.slice(-1)]!;
    return { key: `area-${[...m[1]!].map((c) => c.codePointAt(0)!.toString(36)).join("")}`, name: m[1]!, nameEn: "", level, parent: null, names: [m[1]!], source: "made up from the issuer's name" };
  }

  /** The area at `level` that contains `j` (itself included), or undefined. */
  ancestor(j: Jurisdiction, level: GovernmentLevel): Jurisdiction | undefined {
    for (let at: Jurisdiction | undefined = j; at; at = at.parent ? this.byKey.get(at.parent) : undefined) {
      if (at.level === level) return at;
    }
    return undefined;
  }

  /**
   * Reads a unit name within a document's jurisdiction. A full name opens with its area
   * (`深圳市工业和信息化局`); `省`/`市`/`区` name the document's province, city or district; a name
   * without prefix takes `listPrefix` (the first item of its list) or, failing that, its suffix's
   * level (`厅` provincial, `部` national) or the document's own area.
   */
  scope(name: string, home: Jurisdiction | null, listPrefix = ""): ScopedName | null {
    const n = name.trim();
    if (isNational(n)) return { jurisdiction: this.national, short: canonical(n.replace(/^中华人民共和国/, "")) };
    const known = this.spellings.find((s) => n.startsWith(s.spelling) && n.length > s.spelling.length);
    if (known) return { jurisdiction: known.j, short: canonical(n.slice(known.spelling.length)) };
    if (!home) return null;
    const prefix = /^[省市区县](?!场)/.exec(n)?.[0];
    const rest = prefix ? n.slice(1) : n;
    const level = PREFIX_LEVEL[prefix ?? listPrefix] ?? (/厅$/.test(n) ? "PROVINCIAL" : undefined);
    const j = level ? this.ancestor(home, level) : home;
    if (!j) return { jurisdiction: home, short: canonical(n) };
    return { jurisdiction: j, short: canonical(rest) };
  }
}

/** Bodies of the central government: named without an area (`国务院办公厅`, `工业和信息化部`, `国家发展改革委`). */
function isNational(name: string): boolean {
  return /^(国务院|中共中央|中华人民共和国|国家)/.test(name) || /部$/.test(name);
}

/** One spelling for the same body: `政府` is `人民政府`, and `科技创新委员会` is `科技创新委`. */
function canonical(short: string): string {
  return short.replace(/^政府/, "人民政府").replace(/委员会$/, "委");
}

/**
 * Resolves a unit name to its curated agency within a jurisdiction. Entries with a `jurisdiction`
 * are found only there (`市人民政府` is Guangzhou's government only in a Guangzhou document or one
 * of its districts' `市…`); entries without one match their names anywhere, as before.
 */
export function scopedAgencyResolver(list: AgencyEntry[], jurisdictions: Jurisdictions) {
  const global = new Map<string, AgencyEntry>();
  const scoped = new Map<string, AgencyEntry>();
  for (const a of list) {
    const home = a.jurisdiction ? jurisdictions.get(a.jurisdiction) : undefined;
    for (const n of [a.name, ...a.aliases]) {
      if (!home) {
        global.set(n, a);
        continue;
      }
      const s = jurisdictions.scope(n, home);
      if (s) scoped.set(`${s.jurisdiction.key}|${s.short}`, a);
    }
  }
  return (name: string, home: Jurisdiction | null, listPrefix = ""): { entry?: AgencyEntry; scoped: ScopedName | null } => {
    const plain = global.get(name.trim());
    if (plain) return { entry: plain, scoped: null };
    const s = jurisdictions.scope(name, home, listPrefix);
    return { entry: s ? scoped.get(`${s.jurisdiction.key}|${s.short}`) : undefined, scoped: s };
  };
}

export type ScopedAgencyResolver = ReturnType<typeof scopedAgencyResolver>;

import type { AgencyEntry } from "./gazetteer.js";
import type { Jurisdiction, Jurisdictions, ScopedName } from "./jurisdiction.js";

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
  return (
    name: string,
    home: Jurisdiction | null,
    listPrefix = "",
  ): { entry?: AgencyEntry; scoped: ScopedName | null } => {
    const plain = global.get(name.trim());
    if (plain) return { entry: plain, scoped: null };
    const s = jurisdictions.scope(name, home, listPrefix);
    return { entry: s ? scoped.get(`${s.jurisdiction.key}|${s.short}`) : undefined, scoped: s };
  };
}

export type ScopedAgencyResolver = ReturnType<typeof scopedAgencyResolver>;

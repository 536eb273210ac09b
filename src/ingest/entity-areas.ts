import { AREA_BODY, AREA_HEAD } from "./entity-words.js";
import type { FoundName } from "./found-name.js";

// Zones headed like areas with a government of their own (`新区`, `开发区`) are at times jurisdictions.

/**
 * A development zone among the addressees (`各区政府，X经济技术开发区、Y管委会：`) is the zone's
 * government receiving the document, a jurisdiction, not a zone the text develops.
 */
export function inSalutation(text: string, label: FoundName["label"], start: number, end: number): boolean {
  if (label !== "Zone" || !AREA_HEAD.test(text.slice(start, end))) return false;
  const lineEnd = text.indexOf("\n", end);
  const line = text.slice(text.lastIndexOf("\n", start) + 1, lineEnd < 0 ? undefined : lineEnd).trim();
  return /[：:]$/.test(line) && line.length < 120 && !/[。；]/.test(line);
}

/**
 * `浦东新区` in a text that also names `浦东新区人民政府` is an administrative area (a jurisdiction),
 * not a zone; so is `X高新区` when `X高新技术产业开发区管理委员会` (its full name) governs.
 */
export function isJurisdiction(text: string, f: FoundName): boolean {
  const name = text.slice(f.start, f.end);
  if (f.label !== "Zone" || !AREA_HEAD.test(name)) return false;
  const names = [name, name.replace(/高新区$/, "高新技术产业开发区"), name.replace(/经开区$/, "经济技术开发区")];
  return names.some((n) => new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + AREA_BODY).test(text));
}

const COUNT = "(?:\\d+|[一二三四五六七八九十百两几]+)(?:个|家|处|座)";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A name the text counts, itself or by the short form given at any of its mentions (`…先导区（以下简称
 * 先导区）` then `建设先导区20个`), is a designation many places hold, a kind of thing, not one zone.
 */
export function withoutCounted(text: string, found: FoundName[]): FoundName[] {
  const nameOf = (f: FoundName) => text.slice(f.start, f.end);
  const counted = new Set(
    found
      .filter((f) => {
        const names = found
          .filter((o) => nameOf(o) === nameOf(f))
          .flatMap((o) => o.aliases.map((a) => text.slice(a.start, a.end)));
        const any = [nameOf(f), ...names].map(escape).join("|");
        // A count after the name ends its phrase (`先导区20个左右`); `X园3家企业` counts what is in it.
        return new RegExp(
          `(?:${any})${COUNT}(?=左右|以上|[，。；、）)]|$)|(?:${COUNT}|一批|若干|多个)(?:${any})`,
          "u",
        ).test(text);
      })
      .map(nameOf),
  );
  return found.filter((f) => !counted.has(nameOf(f)));
}

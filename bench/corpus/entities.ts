// Named platforms, zones, companies and technologies, drawn Zipf-like so a few recur very often:
// a city's 算力中心 is named by many of its own and its districts' documents, 大数据 by thousands.
import { PLACES, type Place } from "./places.js";
import type { Random } from "./random.js";
import { COMPANIES, FIELDS, PLATFORMS, TECHNOLOGIES, ZONES } from "./words.js";

/** The entity slots a task body has. */
type Slot = "P" | "Z" | "O" | "T" | "D";

const CITIES = PLACES.filter((p) => p.level === "MUNICIPAL");

/** A place's own ranked pool of one kind (`青川人工智能算力中心`, …). */
function poolOf(place: Place, slot: "P" | "Z" | "O"): string[] {
  if (slot === "P") return PLATFORMS.map((w) => place.short + w);
  if (slot === "Z") return ZONES.map((w) => place.short + w);
  return COMPANIES.map((w) => `${place.short}${w}科技有限公司`);
}

/**
 * The name that fills `slot` in a document of `place`: mostly the place's own entities, sometimes
 * its parent's (a district's plan names its city's 算力中心); national documents name cities' companies.
 */
export function drawEntity(rng: Random, place: Place, slot: Slot): string {
  if (slot === "T") return rng.zipf(TECHNOLOGIES);
  if (slot === "D") return rng.zipfDistinct(FIELDS, rng.int(2, 3)).join("、");
  if (place.level === "NATIONAL" && slot === "O") return rng.zipf(poolOf(rng.zipf(CITIES), "O"), 1.2);
  const owner = place.parent && place.parent.level !== "NATIONAL" && rng.chance(0.3) ? place.parent : place;
  return rng.zipf(poolOf(owner, slot), 1.2);
}

/** `text` with each `{P}`/`{Z}`/`{O}`/`{T}`/`{D}` filled for `place`. */
export function fillSlots(rng: Random, place: Place, text: string): string {
  return text.replace(/\{([PZOTD])\}/g, (_, slot: Slot) => drawEntity(rng, place, slot));
}

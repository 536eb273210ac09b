// Which earlier documents a new one cites, and the preamble that cites them. A plan cites the plans
// of the levels above it (a district's: its city's, its province's, the nation's), now and then an
// earlier one of its own place, and now and then a document the corpus lacks (a placeholder).
import { issuersOf } from "./bodies.js";
import { chainOf, NATION, PLACES, type Place } from "./places.js";
import type { Random } from "./random.js";

/** A citable document: one of the corpus, or a placeholder the corpus only cites. */
export interface Citable {
  title: string;
  docNumber: string;
}

const NATIONAL_PLACEHOLDERS: Citable[] = [
  { title: "新一代信息技术产业创新发展规划纲要", docNumber: "国发〔2017〕41号" },
  { title: "关于促进智能算力基础设施高质量发展的指导意见", docNumber: "工信部科〔2018〕77号" },
  { title: "国家数字经济创新发展战略纲要", docNumber: "国办发〔2018〕52号" },
  { title: "关于深化科技体制改革加快智能科技创新的意见", docNumber: "国科发〔2016〕93号" },
];

/** The earlier documents of each place, in order, and the placeholders each place can be cited by. */
export class Library {
  private readonly byPlace = new Map<string, Citable[]>();
  private readonly placeholders = new Map<string, Citable[]>();

  /** Placeholders are dated 2016–2018, before the corpus starts, so their 文号 never meet a corpus document's. */
  constructor() {
    this.placeholders.set(NATION.key, NATIONAL_PLACEHOLDERS);
    for (const [i, place] of PLACES.entries()) {
      const [office, government] = issuersOf(place).map((x) => x.prefix);
      const n = (k: number) => 10 + ((i * 7 + k * 13) % 80);
      this.placeholders.set(place.key, [
        { title: `${place.titleName}数字经济发展规划（2016—2020年）`, docNumber: `${government}〔2016〕${n(0)}号` },
        {
          title: `${place.titleName}新一代信息技术产业发展三年行动计划（2018—2020年）`,
          docNumber: `${office}〔2018〕${n(1)}号`,
        },
        { title: `${place.titleName}关于推进智慧城市建设的指导意见`, docNumber: `${government}〔2017〕${n(2)}号` },
      ]);
    }
  }

  /** Every placeholder title, so no corpus document takes one. */
  placeholderTitles(): string[] {
    return [...this.placeholders.values()].flat().map((c) => c.title);
  }

  add(place: Place, doc: Citable): void {
    const list = this.byPlace.get(place.key) ?? [];
    list.push(doc);
    this.byPlace.set(place.key, list);
  }

  /**
   * 1–4 distinct documents for a new one of `place` to cite: first the nearest levels above (parent,
   * then grandparent…), then any of its chain, its own place included; recent documents most often.
   * About one in twelve, and any level without a document yet, is a placeholder.
   */
  choose(rng: Random, place: Place): Citable[] {
    const k = rng.weighted([1, 2, 3, 4], [25, 35, 25, 15]);
    const chain = chainOf(place);
    const above = chain.slice(1);
    const out: Citable[] = [];
    for (let slot = 0, tries = 0; out.length < k && tries < 20; tries++, slot++) {
      const scope =
        slot < above.length
          ? above[slot]!
          : place.level === "NATIONAL"
            ? NATION
            : rng.weighted(
                chain,
                chain.map((_, i) => (i === 0 ? 1 : 2)),
              );
      const earlier = this.byPlace.get(scope.key) ?? [];
      const doc =
        earlier.length === 0 || rng.chance(0.08)
          ? rng.pick(this.placeholders.get(scope.key)!)
          : earlier[earlier.length - 1 - rng.zipf(range(Math.min(earlier.length, 30)), 0.9)]!;
      if (!out.includes(doc)) out.push(doc);
    }
    return out;
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** `《title》（文号）`, or now and then the title alone. */
function citation(rng: Random, c: Citable): string {
  return rng.chance(0.15) ? `《${c.title}》` : `《${c.title}》（${c.docNumber}）`;
}

/** The preamble: why the plan is made (the documents it carries out) and what it calls itself. */
export function preamble(rng: Random, place: Place, cited: Citable[], topic: string, self: string): string {
  const refs = cited.map((c) => citation(rng, c));
  const list = refs.length === 1 ? refs[0]! : `${refs.slice(0, -1).join("、")}和${refs[refs.length - 1]!}`;
  const local = place.level === "NATIONAL" ? "" : `结合我${place.word}实际，`;
  const purpose = topic.replace(/^(加快|推动|推进|促进|加强)/, "");
  switch (rng.int(0, 2)) {
    case 0:
      return `为贯彻落实${list}精神，加快${purpose}，${local}制定${self}。`;
    case 1:
      return `根据${list}部署，为进一步推动${purpose}，${local}制定${self}。`;
    default:
      return refs.length === 1
        ? `为深入贯彻${list}，推动${purpose}取得新成效，${local}制定${self}。`
        : `为深入贯彻${refs[0]!}，落实${refs.slice(1).join("、")}要求，推动${purpose}，${local}制定${self}。`;
  }
}

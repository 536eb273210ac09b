// The quantified goals of 总体要求/发展目标: `到2026年，全市人工智能核心产业规模突破300亿元，…`.
// Sizes scale with the level (a nation's goals are bigger than a county's), rounded as plans round.
import type { Level, Place } from "./places.js";
import type { Random } from "./random.js";

/** Goal templates: each takes a formatted number. Ranked: the first recur most. */
const GOALS: [make: (n: string) => string, base: number][] = [
  [(n) => `人工智能核心产业规模突破${n}亿元`, 300],
  [(n) => `人工智能企业超过${n}家`, 200],
  [(n) => `建设${n}个以上行业应用示范场景`, 30],
  [(n) => `智能算力规模达到${n}PFLOPS`, 1000],
  [(n) => `培育专精特新企业不少于${n}家`, 40],
  [(n) => `建成${n}个左右人工智能公共服务平台`, 10],
  [(n) => `培养引进人工智能专业人才${n}人以上`, 2000],
];
const SHARE = (n: number) => `规模以上工业企业关键工序数控化率达到${n}%`;

const SCALE: Record<Level, number> = { NATIONAL: 40, PROVINCIAL: 8, MUNICIPAL: 2, DISTRICT: 0.5 };

/** The sentence of a plan's goals, due by `year`: 2 to 4 of them, each with a number. */
export function goalSentence(rng: Random, place: Place, year: number): string {
  const goals = rng
    .zipfDistinct(GOALS, rng.int(2, 4), 0.8)
    .map(([make, base]) => make(round(base * SCALE[place.level] * (0.4 + rng.next() * 1.2))));
  if (rng.chance(0.3)) goals.push(SHARE(rng.int(12, 18) * 5));
  return `到${year}年，全${place.word}${goals.join("，")}。`;
}

/** A number as plans write it: two significant figures, at least 2. */
function round(x: number): string {
  const digits = Math.max(0, Math.floor(Math.log10(Math.max(x, 1))) - 1);
  return String(Math.max(2, Math.round(x / 10 ** digits) * 10 ** digits));
}

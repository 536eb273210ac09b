/**
 * The quantity of a target (`超 3,000 家`, `提高到40%以上`, `300个左右`) and the words around it,
 * read with spaces allowed inside, since scraped pages put spaces around numbers and units.
 */

export type Comparator = "OVER" | "AT_LEAST" | "EXACTLY" | "APPROXIMATELY" | "AT_MOST";

export interface Quantity {
  /** Offset of the quantity (comparator words included) in the words searched. */
  index: number;
  length: number;
  value: number;
  unit: string;
  comparator: Comparator;
}

/** Words right before the number that say how it compares (`不超过` before `超过` before `超`). */
const PREFIX =
  "不超过|不少于|不低于|不高于|至少|超过|突破|高于|低于|达到|提高到|提高至|提升到|提升至|增长到|增长至|增加到|增加至|扩大到|扩大至|延长到|延长至|缩短到|缩短至|压缩到|压缩至|降低到|降低至|下降到|下降至|减少到|减少至|降至|保持在|稳定在|控制在|超|达|约占|(?<![节制预签])约";
/**
 * Units as written, longer before shorter (`个百分点` before `个`, `标准机架` before `架`), with the land,
 * output, energy, computing and time measures goals use (`200亩`, `50吨`, `10千瓦`, `200GWh`, `2000万标箱`, `20万标准箱`, `12万标准机架`, `4小时`),
 * and pieces counted by their own measure words (`1.5万组`, `20份`, `100万株`, `3000盏`, `500笔`, `120万页`,
 * `3000万画幅`, `2部`, never `部门`), waybills and trains (`300万单`, `600列`), and rates per mille (`4.5‰`),
 * and counts of times done (`50万架次`, `5000家次`).
 * A 万 or 亿 before a unit is part of the unit as written (`1.2万座` is 1.2 万座, `500亿元` 500 亿元),
 * as the document states its goal; any counter may take it.
 */
const MONEY = "万亿元|亿元|万元|亿美元|万美元|美元|元";
const COUNTERS =
  "人次|架次|家次|户次|车次|批次|亩次|台次|台套|次|批|只|间|人|家|个百分点|个工作日|个月|个|学时|项|所|座|条|台|套|款|辆|场次|场|户|件|亩|公顷|公斤|千克|斤|头|吨标准煤|吨标煤|吨二氧化碳当量|吨二氧化碳|吨|千瓦时|千瓦|千伏安|兆瓦时|兆瓦|吉瓦时|吉瓦|微克/立方米|毫克/立方米|立方米|平方米|平方公里|公里|千米|标准机架|机架|架|标准箱|标箱|TEU|空方|口(?![岸径罩号])|张|名|组|份|株|棵|盏|枚|宗|笔|画幅|幅|页|卷|部(?![门署委分长队])|种|天|课时|小时|分钟|栋|例|处|艘|期|门|片|节|类|篇|支|册|轮|毫秒|秒|[EPT][Ff][Ll][Oo][Pp][Ss]|PB|TB|GWh|MWh|GW|MW|P|路|%|‰|倍|单(?![位元独项个])|列(?![入为车])";
/** A rate's denominator after its counter (`12公里/平方公里`, `4.5张/千人`, `3名/万人`): part of the unit. */
const PER = String.raw`\s*\/\s*(?:平方公里|平方米|公顷|亩|万人|千人|百人|人|户|年|月|天|日|小时)`;
/** A price's denominator (`25元/千克`, `0.3元/千瓦时`): the price is per that measure. */
const PRICE_PER = String.raw`\s*\/\s*(?:千克|公斤|吨|千瓦时|度|立方米|平方米|亩|人|次)`;
/** The comparator words as a hard line break may split them (`不\n少于200家`). */
const SPLIT_PREFIX = PREFIX.split("|")
  .map((w) => (/^[\u4e00-\u9fff]+$/.test(w) ? [...w].join(String.raw`\s*`) : w))
  .join("|");
const QUANTITY = new RegExp(
  String.raw`(?:(?<prefix>${SPLIT_PREFIX})\s*)?(?<![\d.A-Za-z]|第\s*|\d[-—–~～\/])(?<number>\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.])|\d+(?:,\d{3})*(?:\.\d+)?)(?:(?<range>[—–~～-])(?!0)\d+(?:\.\d+)?)?\s*(?<more>余|多)?\s*` +
    String.raw`(?:(?<money>${MONEY})(?<price>${PRICE_PER})?|(?<times>万|亿)?\s*(?<more2>余|多)?\s*(?<counter>${COUNTERS})(?<per>${PER})?(?<also>[(（][台套个件座间户][)）])?|(?<bare>亿))` +
    String.raw`(?![A-Za-z])(?:\s*(?<suffix>以\s*上|左\s*右|以\s*内|以\s*下))?`,
  "g",
);

/** `至少` a verb or two before the number (`至少配备2名`, `至少建成 1 个`): a floor, as `不少于` is. */
const AT_LEAST_BEFORE = /至少[^\d,，;；。、]{0,6}$/;

/** Every quantity in `words`, in order; a line break may split 以上 (`50个以\n上`); an ordinal (`第12次`) is none. */
export function quantitiesIn(words: string): Quantity[] {
  // The count of what the text lists next (`重点实施以下10项任务`) is no goal.
  const listed = (m: RegExpMatchArray) =>
    /(?:以下|下列|如下|上述|前述)\s*$/.test(words.slice(Math.max(0, m.index! - 4), m.index!));
  return [...words.matchAll(QUANTITY)]
    .filter((m) => !listed(m))
    .map((m) => {
      const g = m.groups!;
      // A time within which a thing is done (`30分钟内到达现场`) is at most that long.
      const within =
        !g.suffix && /^(?:分钟|小时)$/.test(g.counter ?? "") && /^内/.test(words.slice(m.index! + m[0].length));
      return {
        index: m.index!,
        length: m[0].length + (within ? 1 : 0),
        value: Number(g.number!.replace(/[,\s\u00a0\u2009\u202f]/g, "")),
        // A second counter in brackets is the unit's (`5万台(套)`: machines or sets).
        unit:
          (g.money && g.money + (g.price?.replace(/\s+/g, "") ?? "")) ??
          (g.counter ? `${g.times ?? ""}${g.counter}${g.per?.replace(/\s+/g, "") ?? ""}${g.also ?? ""}` : g.bare!),
        comparator: comparator(
          g.prefix?.replace(/\s+/g, "") ??
            (AT_LEAST_BEFORE.test(words.slice(Math.max(0, m.index! - 8), m.index!)) ? "至少" : ""),
          g.more ?? g.more2 ?? "",
          within ? "以内" : (g.suffix ?? "").replace(/\s+/g, ""),
          g.range !== undefined,
        ),
      };
    });
}

/**
 * 超/超过/突破/高于 (or 100余家) is OVER, even with 以上 after it; 不超过/以内/以下 AT_MOST;
 * 约/左右 APPROXIMATELY; 以上/不少于/不低于/至少 and a range's lower bound AT_LEAST; 达到 or a bare number EXACTLY.
 */
function comparator(prefix: string, more: string, suffix: string, range = false): Comparator {
  if (/^(超过|超|突破|高于)$/.test(prefix) || more !== "") return "OVER";
  if (/^(不超过|不高于|低于)$/.test(prefix) || suffix === "以内" || suffix === "以下") return "AT_MOST";
  if (prefix === "约" || prefix === "约占" || suffix === "左右") return "APPROXIMATELY";
  // A range (`3000—5000辆`) sets its lower bound as the floor.
  if (/^(不少于|不低于|至少)$/.test(prefix) || suffix === "以上" || range) return "AT_LEAST";
  return "EXACTLY";
}

/** Words before a metric that are not part of it: the area as a whole, the whole year, each year, 力争, 其中, a dash. */
/** Words before a metric that are none of it; `二是` numbers the clause in an enumeration. */
const LEAD_IN =
  /^(?:[—\-–·•]+|第[一二三四五六七八九十百零]+条|[一二三四五六七八九十]是|全市|全省|全国|全区|全县|全州|全盟|全旗|全年|每年|力争|争取|确保|其中|同时|实现|累计)+/;
/** Verbs that open a `培育领军企业5家` clause, whose metric then lies between verb and number. */
const VERB =
  /^(?:培育|打造|建设|建成|引进|引育|集聚|聚集|新增|形成|推动|推进|实施|创建|认定|带动|吸引|培养|孵化|布局|部署|开放|发布|制定|组建|发展|新建|遴选|选派|开展|上线|支持)+/;
/** A name made of a number and letters before Chinese words (`5G基站`, `4K超高清`): a kind of thing, not a quantity. */
const NUMBER_NAME = /^\d+[A-Za-z]+$/;

/**
 * A metric as stored: no spaces, lead-in words dropped, a list kept as written (`数据集、知识库`), and no
 * numbers, so it never runs into another target. A qualifying quantity (`营业收入超10亿元企业`) is
 * dropped with the words before it rather than kept without its number (`超亿元` would misquote it);
 * a number-and-letters name before Chinese words stays (`5G基站`), any other number goes.
 */
export function cleanMetric(words: string): string {
  const w = words.replace(/\s+/g, "");
  const inner = quantitiesIn(w).at(-1);
  const rest = inner ? w.slice(inner.index + inner.length) : w;
  // Examples listed before the kind counted (`船舶代理、货运代理等港航服务企业`) are none of its name.
  const lean = rest.replace(LEAD_IN, "").replace(/^[^等]*、[^等]*等(?=\p{Script=Han}{2,})/u, "");
  return (
    lean
      .replace(/[\d.]+[A-Za-z]*/g, (m, at: number) =>
        NUMBER_NAME.test(m) && /\p{Script=Han}/u.test(lean[at + m.length] ?? "") ? m : "",
      )
      .replace(/^[的和、]+|[的和,、]+$/g, "")
      // A rule's modal before its bound (`群众满意率应当不低于95%`) is none of what is measured.
      .replace(/(?:应当|必须)$/, "")
  );
}

/** Splits `培育领军企业` into its verb and metric; the metric alone when no known verb opens it. */
export function takeVerb(words: string): { verb: string | null; rest: string } {
  const w = words.replace(/\s+/g, "").replace(LEAD_IN, "");
  const v = VERB.exec(w);
  return v && v[0].length < w.length ? { verb: v[0], rest: w.slice(v[0].length) } : { verb: null, rest: w };
}

/**
 * Radicals that CJK fonts draw with the glyph of a whole character: Noto Sans CJK SC (Source Han Sans) maps `⻘`
 * (U+2ED8 CJK RADICAL BLUE) and `青` to one glyph, `⼈` (U+2F08 KANGXI RADICAL MAN) and `人` to another. A PDF's
 * text layer names a glyph by one of its characters, and the writer often picks the radical: `⻘岚市`, `⼈⼯智能`,
 * words that match nothing. These are the CJK Radicals Supplement characters whose glyph Noto Sans CJK SC shares
 * with a unified ideograph (read from the font's cmap), each above the character it stands for.
 */
const RADICALS =
  "⺂⺃⺅⺉⺏⺐⺒⺓⺔⺕⺖⺘⺙⺛⺞⺟⺠⺡⺣⺤⺦⺨⺭⺯⺰⺱⺹⺺⺾⻂⻅⻆⻈⻉⻋⻌⻐⻑⻒⻓⻔⻖⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻮⻯⻰⻱⻲⻳";
const CHARACTERS =
  "乛乚亻刂尣尢巳幺彑彐忄扌攵旡歺母民氵灬爫丬犭礻糹纟罓耂肀艹衤见角讠贝车辶钅長镸长门阝青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐齿竜龙龜亀龟";
/** CJK Extension A characters whose glyph Noto Sans CJK SC shares with a unified ideograph (read from its cmap the same way): `㬵州湾` is `胶州湾`. */
const EXTENSION_A = new Map([
  ["㫚", "曶"],
  ["㬵", "胶"],
  ["㬺", "幐"],
  ["㮣", "槩"],
]);
const LOOK_ALIKE = new RegExp(`[\\u2e80-\\u2fdf${[...EXTENSION_A.keys()].join("")}]`, "gu");
const BY_RADICAL = new Map(Array.from(RADICALS, (radical, i) => [radical, CHARACTERS[i]!]));
/** Kangxi radicals decompose (NFKC) to their character; `⼾` to the Traditional `戶`, where a Simplified text means `户`. */
const KANGXI_SIMPLIFIED = new Map([["\u2f3e", "户"]]);

/** `text` with each radical or Extension A twin drawn as a whole character (Kangxi radicals, the maps above) read as that character. */
export function wholeCharacters(text: string): string {
  return text.replace(
    LOOK_ALIKE,
    (c) =>
      BY_RADICAL.get(c) ??
      EXTENSION_A.get(c) ??
      KANGXI_SIMPLIFIED.get(c) ??
      (c >= "\u2f00" && c <= "\u2fdf" ? c.normalize("NFKC") : c),
  );
}

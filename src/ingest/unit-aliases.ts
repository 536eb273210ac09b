import { MINISTRY_OPENING, readArea } from "./area-names.js";
import { LEVEL_PREFIX } from "./level-prefix.js";

/**
 * The short names a document gives its bodies at their first mention: `合肥市市场监督管理局(以下简称市市场监管局)`,
 * `东湖高新区人才工作局(以下简称区人才局)`. Every later unit written short is that body, named as in full.
 */
const ALIASED = /([\u4e00-\u9fff]{3,30})[(（](?:以下|下文)?简称[:：]?[“"]?([\u4e00-\u9fff]{2,14})[”"]?[)）]/gu;
/** How a body's name ends (a department, an office, a committee, a centre). */
const BODY = /(?:局|委|厅|办|办公室|委员会|管委会|中心|署|院)$/;
/**
 * Words before the body that are none of its name: an article's number, and everything up to the last
 * word that introduces a body (`由`, `会同`, `对`, `向`, and `与`/`及` after a body): `会同合肥市财政局` is `合肥市财政局`.
 */
const LEAD_IN = /^(?:第[一二三四五六七八九十百零]+条)?(?:.*(?:由|会同|对|向))?/;
/** `与`/`及` after a body (`市科技局与合肥市…局`) joins two; after other words (`网络安全与信息化…办公室`) it is the name's. */
const JOINED = /^.*(?:局|委|厅|办|部|室|院|署|中心|政府)(?:与|及)/;

/** Map of each short form to the full name it stands for; a short form given to two bodies is dropped. */
export function unitAliases(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const m of text.matchAll(ALIASED)) {
    const short = m[2]!;
    if (!BODY.test(short)) continue;
    const full = bodyAtEnd(m[1]!.replace(LEAD_IN, "").replace(JOINED, ""));
    if (!full || full === short) continue;
    if (out.has(short) && out.get(short) !== full) clash.add(short);
    out.set(short, full);
  }
  for (const c of clash) out.delete(c);
  return out;
}

/**
 * The longest name ending `words` that opens with a place or a level word and ends as a body does
 * (`…负责。合肥市市场监督管理局` → `合肥市市场监督管理局`), or null.
 */
function bodyAtEnd(words: string): string | null {
  if (!BODY.test(words)) return null;
  for (let i = 0; i < words.length - 2; i++) {
    const name = words.slice(i);
    if (
      readArea(name).places.length > 0 ||
      LEVEL_PREFIX.test(name) ||
      /^国家/.test(name) ||
      MINISTRY_OPENING.test(name)
    )
      return name;
  }
  return null;
}

import type { FoundName } from "./found-name.js";
import { readsAsTradeName } from "./entity-runs.js";
import { ENDS_IN_HEAD, droppedAtStart, isAction, isGeneric, roleOf } from "./entity-words.js";
import type { Token } from "./segmenter.js";

// The names a text gives by its own devices rather than by a head: `（以下简称“X”）` after a name, and
// the enterprises of `支持X、Y等企业`.

/** `（以下简称“X”）`: X is another name of what precedes the bracket, never an entity of its own. */
const ALIAS = /[（(](?:以下|下文|下)?(?:简称|称)[:：]?“?([^“”（）()]{1,30})”?[）)]/gu;
/** `支持X、Y等企业`: the enterprises a document names. */
const ENTERPRISES =
  /支持((?:[\p{Script=Han}A-Za-z]{2,16}、)*[\p{Script=Han}A-Za-z]{2,16})等(?:龙头|骨干|重点)?(?:企业|单位|机构)/gu;
/** Attaches `（以下简称“X”）` to the name just before it, drops names inside such brackets, and adds `支持X、Y等企业`. */
export function withAliases(text: string, tokens: Token[], runs: boolean[], found: FoundName[]): FoundName[] {
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  let out = found;
  const listed: FoundName[] = [];
  for (const m of text.matchAll(ALIAS)) {
    const end = m.index + m[0].length;
    out = out.filter((f) => f.end <= m.index || f.start >= end);
    const at = m.index + m[0].indexOf(m[1]!);
    const alias = { start: at, end: at + m[1]!.length };
    out.find((f) => f.end === m.index)?.aliases.push(alias);
  }
  for (const m of text.matchAll(ENTERPRISES)) {
    let at = m.index + 2;
    for (const part of m[1]!.split("、")) {
      const start = at;
      at += part.length + 1;
      const words = tokens.filter((t) => t.start < start + part.length && t.end > start);
      if (words[0]?.start !== start || words.at(-1)!.end !== start + part.length) continue;
      // The list delimits each name, so a verb inside a trade name (`优必选`) does not end it; one at its start does.
      const runsOf = words.map((t) => runs[byStart.get(t.start)!]!);
      const headed = ENDS_IN_HEAD.test(part);
      const inside = (t: Token, k: number) =>
        roleOf(t, runsOf[k]!) === "part" || ((k > 0 || headed) && /^v/.test(t.tag) && !isAction(t.word));
      if (droppedAtStart(words[0].word) || !words.every(inside) || words.every((t) => isGeneric(t.word))) continue;
      if (/(?:企业|单位|机构|高校|院所|部门|地区)$/.test(part)) continue;
      // A common noun alone (`票务`, `展览工程`) is a kind of business, unless its head names it.
      if (!headed && !readsAsTradeName(words, runsOf)) continue;
      if (!out.some((f) => f.start < start + part.length && start < f.end))
        listed.push({ label: "Organization", start, end: start + part.length, aliases: [] });
    }
  }
  const all = [...out, ...listed];
  for (const f of all) {
    const name = text.slice(f.start, f.end);
    // A name the text also writes after its place or its own name (`石斛产业园`, `霍山石斛产业园`) is that one,
    // short, or the kind a heading names before the body names the one it builds (`（二）建设非遗数字资源平台。
    // 建设雷山苗族非遗数字资源平台`): never an entity of its own.
    const named = (o: FoundName) => {
      const whole = text.slice(o.start, o.end);
      const place = whole.slice(0, whole.length - name.length);
      return whole.endsWith(name) && place.length >= 2;
    };
    const full = all.find((o) => o !== f && (o.aliases.some((a) => text.slice(a.start, a.end) === name) || named(o)));
    if (full) Object.assign(f, { label: full.label, aliasOf: { start: full.start, end: full.end } });
  }
  return all;
}

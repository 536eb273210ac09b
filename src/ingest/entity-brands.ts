// Platforms and zones named by a brand in quotes: `“数登通”公共数据资源登记平台`, `“宁智通”算力与模型服务平台`.
// The brand tells the thing from any other, so the words between it and the head are the name's even
// when the segmenter tags them as a clause's (`登记/v`, `与/p`, `数据共享/i`), which would end the
// walk of entity-names.ts before the brand.
import { HEAD, HEAD_AS_MODIFIER, isAction } from "./entity-words.js";
import type { FoundName } from "./found-name.js";
import type { Token } from "./segmenter.js";

/** `“brand”` then up to 16 characters of no punctuation, then a head (`平台`, `中心`, `示范区`…). */
const QUOTED = /“([^“”\s,，。;；:：、]{2,10})”([^“”\s,，。;；:：、!?()（）]{0,16}?)/gu;

/** The first head in some words (HEAD without its global flag). */
const FIRST_HEAD = new RegExp(HEAD.source, "u");

/** Names opening with a quoted brand, ending at the first head after it that ends a word. */
export function quotedBrandNames(text: string, tokens: Token[]): FoundName[] {
  const ends = new Set(tokens.map((t) => t.end));
  const found: FoundName[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 24);
    const head = FIRST_HEAD.exec(rest);
    if (!head || /[\s,，。;；:：、“”!?()（）]/.test(rest.slice(0, head.index))) continue;
    // A slogan right before a bare head (`“一网通办”平台`, `“中华药都”核心区`, `“一核多极”园区`) says what the thing
    // is for or where it lies; a brand's own kind words follow it (`“星链通”算力与数据调度平台`). A conjunction
    // after the quote (`“一票多日游”和景区`) joins two things.
    if (head.index === 0 || /^(?:和|与|及|或)/.test(rest)) continue;
    const headEnd = from + head.index + head[0].length - (head[4]?.length ?? 0);
    const end = from + head.index + head[0].length;
    if (!ends.has(headEnd) || HEAD_AS_MODIFIER.test(text.slice(end))) continue;
    // A slogan then a clause (`“一企一策”推动已建数据中心…`) names nothing: an action between ends it.
    if (tokens.some((t) => t.start >= from && t.end <= headEnd && isAction(t.word))) continue;
    if (isSlogan(tokens, m.index + 1, m.index + 1 + m[1]!.length)) continue;
    // `以下简称“X”` names an alias, which entity-aliases.ts reads.
    if (/简称\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const label = head[1] ? "Organization" : head[2] ? "Platform" : "Zone";
    found.push({ label, start: m.index, end, aliases: [] });
  }
  return found;
}

/**
 * Whether the quoted words from `start` to `end` are a slogan (`“老旧小散”数据中心`, `“放心消费”示范街区`), saying what
 * kind of thing, not which one: one adjective or verb a character, or the dictionary's words.
 */
export function isSlogan(tokens: Token[], start: number, end: number): boolean {
  const quoted = tokens.filter((t) => t.start >= start && t.end <= end);
  if (quoted.length === 0) return false;
  // …or of the dictionary's words, whole (`“放心消费”`, `“中华药都”`, `“一网通办”`), or counting (`“一核多极”`): a
  // coined brand reads as characters the dictionary lacks (`“青农通”`, `“星链通”`).
  const counted = quoted.some((t) => /^m/.test(t.tag) && /^[一二三四五六七八九十百千万两\d]/.test(t.word));
  // A field joined to another (`“人工智能+医疗”`) is a programme's slogan too.
  const words = quoted.every(
    (t) => (t.word.length > 1 && /^\p{Script=Han}+$/u.test(t.word)) || (/^[+＋]$/.test(t.word) && quoted.length > 1),
  );
  const qualities = quoted.length > 1 && quoted.every((t) => t.word.length === 1 && /^(?:a|v|d|ad)$/.test(t.tag));
  // A type (`“双师型”`, `“创新型”`) says what kind of thing.
  const type = /型$/.test(quoted.at(-1)!.word);
  return counted || words || qualities || type;
}

/**
 * A national platform named whole after the verb that uses it (`依托全国粮食收购服务信息平台`, `通过国家企业信用信息公示系统`):
 * its words may be verbs (`收购`, `转化`, `对接`), which end a name elsewhere; a clause (`的`, `和`, `、`) never, and a
 * national level (`国家级教师发展平台`) names a kind.
 */
const NATIONAL_PLATFORM =
  /(?<=(?:依托|通过|接入|利用|借助|用好|依靠|对接|登录|入驻)\s*)(?:全国|国家(?!级))(?:(?![的和及与或等、])[\u4e00-\u9fff]){3,14}?(?:服务平台|信息平台|平台|系统)(?![\u4e00-\u9fff]{0,2}(?:建设|功能|数据|应用|中|上|内))/gu;

/** Every {@link NATIONAL_PLATFORM} of the text, as a platform. */
export function governedNationalNames(text: string): FoundName[] {
  return [...text.matchAll(NATIONAL_PLATFORM)].map((m) => ({
    label: "Platform" as const,
    start: m.index,
    end: m.index + m[0].length,
    aliases: [],
  }));
}

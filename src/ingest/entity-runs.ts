import { COMPANY, ORG, isAbbreviation, isAction, isGeneric, roleOf } from "./entity-words.js";
import type { Token } from "./segmenter.js";

/**
 * A name the dictionary lacks (`青安`, `鞋服`, `云栖智标`) is segmented as single characters: a run.
 * These decide whether a run is part of a name found by its head, and where that name starts.
 */

const HAN = /^\p{Script=Han}+$/u;

/** Single characters that are grammar, counts, actions or a level of government (`县`), never a piece of an unknown name. */
export const FUNCTION_CHARS =
  /[和与及或并等的在对向为以从由把被将于之其各该本此每也且而又再同跟给让使建设推促抓一二三四五六七八九十百千万两几个批家项类所座省市县区镇乡村]/;

/** Tags of names the dictionary knows: people's and trade names, abbreviations, organisations, brands. */
const NAME_TAGS = /^(?:nr|nrt|nrfg|nt|nz|j)$/;

/**
 * Whether some words (`tokens`, with `inRun` telling which are characters of a run) read as a trade name's:
 * a word the dictionary lacks (unless a character of it is grammar: `规/上`, `上` a localiser), a name it
 * knows (not a field's word it mistags, `智慧/nr 养老/nr`), or Latin letters. A common noun alone (`票务`, `展览工程`) is a kind of business.
 */
export function readsAsTradeName(tokens: Token[], inRun: boolean[]): boolean {
  return tokens.some(
    (t, k) =>
      (inRun[k] && !/^[fmqurdp]/.test(t.tag)) ||
      (NAME_TAGS.test(t.tag) && !isGeneric(t.word)) ||
      /^[A-Za-z]{2,}$/.test(t.word),
  );
}

/** For each token: is it one of two or more single characters in a row, i.e. part of a word the dictionary lacks? */
export function unknownRuns(tokens: Token[]): boolean[] {
  const single = tokens.map((t) => t.word.length === 1 && HAN.test(t.word) && !FUNCTION_CHARS.test(t.word));
  const runs = single.map((s, i) => s && (single[i - 1] === true || single[i + 1] === true));
  // A run of adjectives (`老/a 旧/a`), or of adjectives and verbs (`老旧小散`), says what kind, as its words do one by one.
  for (let i = 0; i < runs.length; i++) {
    if (!runs[i]) continue;
    let j = i;
    while (runs[j]) j++;
    const run = tokens.slice(i, j);
    // A place may read so in two characters (`贵/a 安/v`): a mixed run counts from three, one verb at most.
    const adjectives = run.filter((t) => t.tag === "a").length;
    const qualities = adjectives === run.length || (run.length >= 3 && adjectives >= run.length - 1);
    if (qualities && run.every((t) => /^(?:a|v|d|ad)$/.test(t.tag))) runs.fill(false, i, j);
    i = j;
  }
  return runs;
}

/**
 * Heads a run may stand right before: an institution's (`鞋服研究院`, `云栖有限公司`), named by its own
 * words, and a head that holds its own kind word (`浮烟山智算中心`, `洪安物流园`). A bare head takes kind words
 * (`实训基地`) and clauses (`用好新区`), so a run right before it is no name.
 */
const NAMED_BY_RUN = new RegExp(`^(?:${ORG})$|^\\p{Script=Han}{3,}$`, "u");

/**
 * An unknown word read as single characters may hold one the dictionary tags a verb (`青/ns 安/v`).
 * The run around token `i` is a word of the name when it follows the clause's verb or a mark
 * (`建设|青安…`) or a word of the name itself (`智能|鞋服|研究院`), is no compressed clause, is short
 * (a company's trade name has up to four characters, `云栖智标`, other words three) and is not all
 * that stands before a bare head (`head`, at `headStart`). Returns the run's first index, else -1
 * (a start inside it is a guess).
 */
export function governedRun(tokens: Token[], runs: boolean[], i: number, headStart: number, head: string): number {
  if (!runs[i]) return -1;
  let k = i;
  let j = i;
  while (k > 0 && runs[k - 1]) k--;
  while (runs[j + 1]) j++;
  const before = tokens[k - 1];
  const governed =
    !before ||
    (before.tag === "x" && !/^\s+$/.test(before.word)) ||
    isAction(before.word) ||
    // `在X建设…`: a place name right after 在 or 于.
    /^(?:在|于)$/.test(before.word) ||
    (before.word.length > 1 && HAN.test(before.word) && roleOf(before, false) === "part");
  // A bound morpheme (`鸠/nr 兹/rg`) is a piece of a word, not grammar.
  // A run of verbs alone is a compressed clause (`存/v 算/v 一体`), not a place. A character read as an
  // adverb right after a noun or a bound morpheme of the run is the name's (`鸢/n 都/d`, a city's by-name
  // as `瓷都`; `甪/zg 直/d`, a town), not `all` or `directly`.
  const run = tokens.slice(k, j + 1);
  const named = (t: Token, n: number) => t.tag === "d" && n > 0 && /^(?:n.*|zg|g|ng)$/.test(run[n - 1]!.tag);
  const grammar =
    run.some((t, n) => /^(?:p|c|u.*|d|r.*|m)$/.test(t.tag) && !/g$/.test(t.tag) && !named(t, n)) ||
    run.every((t) => /^v/.test(t.tag));
  const longest = COMPANY.test(head) ? 4 : 3;
  // A brand opening with a province's or city's one-character name (`襄易办平台`, `湘运通…`) names one thing.
  const spaced = tokens[j + 1]!.start < headStart || NAMED_BY_RUN.test(head) || isAbbreviation(tokens[k]!);
  return governed && !grammar && j - k < longest && spaced ? k : -1;
}

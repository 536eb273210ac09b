import {
  AREA_HEAD,
  COMPANY,
  ENDS_IN_HEAD,
  HEAD,
  HEAD_AS_MODIFIER,
  ORG,
  TRADED_HEAD,
  droppedAtStart,
  isAbbreviation,
  isGeneric,
  verbBeforeName,
  isAction,
  isPlaceWord,
  isSpecific,
  isDivisionName,
  roleOf,
  type WordRole,
} from "./entity-words.js";
import { FUNCTION_CHARS, governedRun, unknownRuns } from "./entity-runs.js";
import { withAliases } from "./entity-aliases.js";
import { governedNationalNames, isSlogan, quotedBrandNames } from "./entity-brands.js";
import { inCopyList, inSalutation, inSiteFooter, isJurisdiction, withoutCounted } from "./entity-areas.js";
import type { FoundName } from "./found-name.js";
import { dictionaryEntry, type Token } from "./segmenter.js";
import { PLACE_BRANCH } from "./area-names.js";

/** Names are phrases, not clauses: longer than this is a walk that failed to stop. */
const MAX_NAME = 32;

/** An office, a committee or a zone's other name before its committee, right after a name: the name is an agency's. */
const OFFICE_AFTER = /^(?:[(（][^()（）]{2,12}[)）]|[)）])?(?:办公厅|办公室|管委会|管理委员会)/;

/**
 * Names of organisations, platforms and zones found by their boundaries: each ends at a head
 * (`有限公司`, `算力中心`, `先导区`, with an edition such as `Ⅲ` or `二期`) and starts where the
 * segmented words before it stop being name words. The walk stops at verbs, conjunctions,
 * punctuation, pronouns and determiners; a count before the name (`一批`, `10个`) means a kind of
 * thing, and what remains must hold a word that tells one thing from another (a place, brand,
 * unknown word), so `公共服务平台` alone is no name. A place the dictionary reads otherwise (`兴化/v`)
 * and a place in brackets after the first word (`合肥(新站)…`) are inside. The right half of
 * `A和B先导区` is a name only if A has its own head. A false name costs more than a missed one, so
 * doubt drops the candidate.
 */
export function findNames(text: string, tokens: Token[]): FoundName[] {
  const runs = unknownRuns(tokens);
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const tokenAt = (offset: number) => {
    for (let o = offset; o >= 0 && o > offset - 40; o--) if (byStart.has(o)) return byStart.get(o)!;
    return -1;
  };
  const found: FoundName[] = [];
  // National titles the text applies for: a title at one mention is one at every other (`依托国家骨干冷链物流基地`).
  const titles = new Set<string>();
  for (const m of text.matchAll(HEAD)) {
    const headEnd = m.index + m[0].length - (m[4]?.length ?? 0);
    if (!byEnd.has(headEnd) || HEAD_AS_MODIFIER.test(text.slice(m.index + m[0].length))) continue;
    // An exchange of securities, futures or power is an institution (`上海证券交易所`), one of data a platform.
    const exchange = EXCHANGE.test(text.slice(Math.max(0, m.index - 2), headEnd));
    const label = m[1] || exchange ? "Organization" : m[2] ? "Platform" : "Zone";
    const first = tokenAt(m.index);
    if (first < 0 || (tokens[first]!.start < m.index && /^v/.test(tokens[first]!.tag))) continue;
    let i = first - 1;
    let joined = false;
    let stop: { t: Token; role: WordRole } | null = null;
    for (; i >= 0; i--) {
      const t = tokens[i]!;
      // A brand in quotes (`“智谷”小镇`) is part of the name; an opening quote alone ends it.
      const open = t.word === "”" ? tokens.slice(Math.max(0, i - 8), i).findLastIndex((q) => q.word === "“") : -1;
      if (open >= 0) {
        i = Math.max(0, i - 8) + open;
        continue;
      }
      // So is a place in brackets after a name's first word (`合肥(新站)高新技术…`, `华为(深圳)…研究院`).
      const qualifier = bracketed(text, tokens, i);
      if (qualifier >= 0) {
        i = qualifier;
        continue;
      }
      // `联合` names a kind of lab only right before its head (`联合实验室`); further back it joins two parties.
      // It counts only when it touches the head: a name read as one word (`华中科技大学/nt`) is no head of its own.
      // A single dash between two words (`中国—东盟`) joins the parties of one name; a start after it is a fragment.
      // So does a `+` between Latin or digit words (`5G+AI融合创新示范区`).
      const dash =
        (/^[—－-]$/.test(t.word) &&
          HAN_WORD.test(tokens[i - 1]?.word ?? "") &&
          HAN_WORD.test(tokens[i + 1]?.word ?? "")) ||
        (/^[+＋]$/.test(t.word) &&
          ALNUM_WORD.test(tokens[i - 1]?.word ?? "") &&
          ALNUM_WORD.test(tokens[i + 1]?.word ?? ""));
      // A company's or institute's trade name may hold verbs (`恒动精工传动股份有限公司`, `赣江数字治理研究院`):
      // before such a head only an action, a mark or a word of grammar ends it.
      const traded =
        TRADED_HEAD.test(m[1] ?? "") &&
        !runs[i] &&
        /^v/.test(t.tag) &&
        !isAction(t.word) &&
        !JOINING.test(t.word) &&
        (t.word.length > 1 || runs[i]!);
      // An institute's field may join two nouns (`材料技术与工程研究所`): the name must then open with its place or body.
      const fields =
        t.word === "与" &&
        /^研究[所院]$/.test(m[1] ?? "") &&
        tokens[i - 1]?.tag === "n" &&
        tokens[i + 1]?.tag === "n" &&
        !PARTIES.test(tokens[i - 1]!.word);
      if (fields) joined = true;
      // A company is named for what it does, actions too (`…城市更新建设有限公司`, `…建设集团`).
      // …and says what it invests in (`城更/建设投资集团有限公司`).
      const business =
        COMPANY.test(m[1] ?? "") &&
        isAction(t.word) &&
        tokens.slice(i + 1, first + 1).every((b) => b.start >= m.index || BUSINESS.test(b.word));
      // A verb right before a place governs the name the place opens (`企业对接/九江线上综合服务平台`).
      const governing =
        /^v/.test(t.tag) && !runs[i] && tokens[i + 1]?.tag === "ns" && tokens[i + 1]!.word.length >= 2 && !traded;
      // A numeral opening a place's name the dictionary lacks (`钦州/三/娘/湾…基地`) is its first character.
      const numbered =
        /^[一二三四五六七八九十千万]$/.test(t.word) &&
        runs[i + 1] === true &&
        (tokens[i - 1]?.tag === "ns" || tokens[i - 1]?.tag === "x" || isAction(tokens[i - 1]?.word ?? ""));
      if (numbered) runs[i] = true;
      const role =
        dash || traded || fields || business || numbered || placeLedTrade(tokens, i, m[1]) || isPlaceWord(t, text)
          ? "part"
          : (t.word === "联合" && (t.end !== m.index || ORG_END.test(tokens[i - 1]?.word ?? ""))) ||
              CLAUSE_JOINING.test(t.word) ||
              governing
            ? "stop"
            : roleOf(t, runs[i]!);
      const run =
        role === "stop" && !CLAUSE_JOINING.test(t.word)
          ? Math.max(
              governedRun(tokens, runs, i, m.index, m[0].slice(0, m[0].length - (m[4]?.length ?? 0))),
              placeLedVerbs(tokens, i, label === "Platform"),
            )
          : -1;
      if (run >= 0) {
        i = run;
        continue;
      }
      if (role !== "part") {
        stop = { t, role };
        break;
      }
    }
    // Stopping at a character of an unknown word (`杭|研智联`, `做强做|优`, `青\n|安`): the start is a guess.
    // A mark or a line break after a whole word (`组织\n岚澜…`) is a true start.
    const edge = stop && /^\s+$/.test(stop.t.word) ? tokens[i - 1] : stop?.t;
    const guess =
      !!edge && /^\p{Script=Han}$/u.test(edge.word) && !FUNCTION_CHARS.test(edge.word) && (runs[i] || runs[i + 1]);
    // A numeral opening a trade name (`千/寻位置…有限公司`) is a character of it, as in a run.
    const numeral =
      stop?.role === "count" &&
      /^\p{Script=Han}$/u.test(stop.t.word) &&
      /^\p{Script=Han}$/u.test(tokens[i + 1]?.word ?? "") &&
      !FUNCTION_CHARS.test(tokens[i + 1]!.word);
    if (guess || stop?.role === "count") {
      // A company's trade name holds what characters it likes (`楚游互娱`, `城更`): it runs back to the verb or mark before it.
      const opened = COMPANY.test(m[1] ?? "") && (guess || numeral) ? tradeNameStart(tokens, i) : -1;
      if (opened < 0) continue;
      // The numeral and the character after it are one word the dictionary lacks.
      if (numeral) runs.fill(true, i, i + 2);
      i = opened;
      stop = { t: tokens[i]!, role: "stop" };
    }
    let s = i + 1;
    for (let skip = 1; s < first && skip > 0; s += skip)
      skip = droppedAtStart(tokens[s]!.word) || tokens[s]!.word === "”" ? 1 : verbBeforeName(tokens, s);
    const start = s < first ? tokens[s]!.start : tokens[first]!.start;
    if (joined && !/^(?:ns|nt)$/.test(tokens[s]!.tag)) continue;
    // A national centre names its host city in brackets as a university its campus (`国家…检验检测中心(郑州)`).
    // …and so does a regional base (`长三角新职业公共实训基地(嘉兴)`).
    const seat =
      (/中心$/.test(m[2] ?? "") && /^(?:国家|全国)/.test(text.slice(start, m.index))) || /基地$/.test(m[3] ?? "");
    const end = m.index + m[0].length + branchAfter(text, m.index + m[0].length, m[1], seat);
    if (end - start > MAX_NAME) continue;
    // The left half of `A和B先导区` / `A、B示范区` must be a whole name for the right half to be one
    // (after a verb, `与` is a preposition: `深化与B合作`).
    const before = tokens[i - 1];
    // `与B合作`, `与B、C等高校共建` names partners: the verb after the names makes `与` a preposition.
    const partner =
      /^(?:与|和|同)$/.test(stop?.t.word ?? "") &&
      /^(?:、[^、，。；]{2,20}?)*(?:等[\u4e00-\u9fff]{0,4}?)?(?:合作|共建|签署|对接|开展合作|联合)/.test(
        text.slice(end),
      );
    const coordinated =
      stop !== null &&
      !partner &&
      /^(?:、|和|与|及|或|以及)$/.test(stop.t.word) &&
      !(before && /^v/.test(before.tag) && stop.t.word !== "、");
    // A name that opens with its own place (`与南京邮电大学、…`) is whole whatever stands before the `与`.
    // So is one the dictionary holds whole and that opens with a place (`、大连海事大学/nt`).
    const placed = (s < first && tokens[s]!.tag === "ns") || (s === first && knownPlaced(tokens[first]!, m.index));
    // The right half of a counted pair (`一批休闲渔业精品基地和渔港特色街区`) is counted too: a kind of thing.
    if (coordinated && stop && COUNTED_LEFT.test(text.slice(Math.max(0, stop.t.start - 30), stop.t.start))) continue;
    if (coordinated && stop && !placed && !ENDS_IN_HEAD.test(text.slice(Math.max(0, stop.t.start - 12), stop.t.start)))
      continue;
    // The word holding the head counts by what precedes the head in it (`开放平台/nz` is `开放`).
    // A prefix that is a dictionary word of its own is judged by its own tag: `公立医院/nt` is a kind, `公立/b` no proper noun.
    const stem = tokens
      .slice(s, first + 1)
      .filter((t) => t.start < m.index)
      .map((t) => (t.end > m.index ? cutWord(t, text.slice(t.start, m.index)) : t));
    // A university's or an institute's words before its head name it (`清源理工大学`, `紫金智能计算研究院`), as a company's do.
    const company = TRADED_HEAD.test(m[1] ?? "") || COMPANY.test(m[1] ?? "") || m[1] === "大学";
    const brand = /“([^”]+)”/.exec(text.slice(start, m.index));
    // …and only with the brand's own kind words after it (`“星链通”算力…平台`, not `“一网通办”平台`).
    const slogan = !!brand && isSlogan(tokens, start + brand.index + 1, start + brand.index + 1 + brand[1]!.length);
    const quoted = !!brand && start + brand.index + brand[0].length < m.index && !slogan;
    // A name opening with a slogan (`“一核多极”园区`) is told by the words after it, if any.
    const afterSlogan = slogan && brand.index === 0 ? start + brand[0].length : start;
    // A national designation (`国家…创新应用先导区`) names one programme when it says more than `国家重点…`;
    // a head written in words of its own (`评测/中心`) says what kind of centre.
    const headWords = tokens.slice(first, byEnd.get(headEnd)! + 1).filter((t) => t.start >= m.index).length;
    // Counted in characters too: the dictionary may hold the words as one (`国家/人形机器人/中试验证平台`).
    const national =
      /^(?:国家|全国)$/.test(stem[0]?.word ?? "") &&
      (stem.length + Math.max(0, headWords - 1) >= 4 ||
        (stem.slice(1).reduce((n, t) => n + t.word.length, 0) >= 3 && stem.slice(1).some((t) => !isGeneric(t.word))));
    // A rare dictionary noun that is a place or a brand, opening the name right after its verb or a mark, is specific.
    const governed = stop === null || /^(?:x|p|c)$/.test(stop.t.tag) || isAction(stop.t.word);
    const rare = governed && s === i + 1 && stem[0] !== undefined && (isPlaceWord(stem[0], text) || isBrandWord(stem));
    if (
      m.index - start < 2 ||
      !(
        quoted ||
        national ||
        rare ||
        stem.some((t, k) => t.start >= afterSlogan && isSpecific(t, runs[s + k]!, company))
      )
    )
      continue;
    // `等` ends a list (`…等单位`) but is a word's in `中等`, `高等`, `平等` (`中等专业学校`).
    if (
      /[、\s]|(?<![高平同中初])等/.test(text.slice(start, end)) ||
      inSalutation(text, label, start, end) ||
      inCopyList(text, start) ||
      inSiteFooter(text, start)
    )
      continue;
    // The whole of an area (`州域医学影像诊断中心`, read as two unknown characters) says what kind, not which one.
    if (/^(?:省|市|州|县|区|全)域/.test(text.slice(start, end))) continue;
    // Nor do the bodies stationed in a place (`驻肥银行机构`, `驻区金融机构`).
    if (/^驻/.test(text.slice(start, end))) continue;
    // A walk that stopped inside a bracket (`储备(西南)基地`) has a piece, no name; one that ran over a
    // body's `会同` (`县发改委会同县…`, which the dictionary reads as the county 会同县) has a clause.
    if (
      /^[(（]/.test(text.slice(start, end)) ||
      /(?:委|局|厅|办|部|室)会同/.test(text.slice(Math.max(0, start - 1), end))
    )
      continue;
    // …and so do a level's or an area's whole kind (`县级中医医院`, `国家级教师发展平台`, `全省高等级病原微生物实验室`) and a rank said of
    // it (`全国重要先进制造业基地`).
    // A level said inside the name (`车路协同路段省级平台`) makes it a kind at that level too, and `各` one of every place.
    if (
      /^(?:国家级|[省市州县区]级|全[省市州县区]|(?:全国|国家)重要|各)|.(?<!城)[省市州县区]级/.test(
        text.slice(start, end),
      )
    )
      continue;
    // A body whose office or committee follows (`中国人民银行办公厅`, `东津新区(襄阳经开区)管委会`) is an agency's name,
    // and so is a zone before another sharing one committee (`泉州开发区、泉州台商投资区管委会`).
    if (
      OFFICE_AFTER.test(text.slice(end, end + 20)) ||
      (label === "Zone" && SHARED_OFFICE.test(text.slice(end, end + 20)))
    )
      continue;
    // A zone the nation's (`打造全国数据要素产业集聚区`) is a rank a place aims at; a platform so named serves the nation.
    if (label === "Zone" && /^全国/.test(text.slice(start, end))) continue;
    // …and so is a national title a place applies for (`创建国家绿色工业园区`, `争创国家…示范区`).
    if (
      /^(?:国家|全国)/.test(text.slice(start, end)) &&
      /(?:创建|争创|申创|创成|申报|争取|获批|获批建设|获批创建)$/.test(text.slice(Math.max(0, start - 4), start))
    ) {
      titles.add(text.slice(start, end));
      continue;
    }
    // A title's topic (`《四川省互联网医院管理办法》`, `关于印发青岛市工业互联网平台赋能…方案的通知`): a place's kind
    // of thing, its place the only word that tells one from another, is what the document is about, no one thing it names.
    const placeKind =
      s < first &&
      tokens[s]!.tag === "ns" &&
      stem.slice(1).every((t, k) => !isSpecific(t, runs[s + 1 + k]!, company) || /^[省市州县区]$/.test(t.word));
    if (placeKind && TITLE_TOPIC.test(text.slice(end, end + 40))) continue;
    // A bureau followed by what it does (`县自然资源局/保障…产业园`) is a clause's subject and verb, no name's words;
    // one followed by an area (`市公安局/经济技术开发区/分局`) names its branch, an agency.
    if (
      stem.some(
        (t, k) =>
          k < stem.length - 1 && /[局厅]$/.test(t.word) && !NOT_BUREAU.test(t.word) && (k > 0 || t.word.length > 2),
      )
    )
      continue;
    // A zone's bureau after it (`常州经开区/社会事业局`) makes the zone that agency's area.
    if (label === "Zone" && AREA_HEAD.test(text.slice(start, end)) && bureauAfter(tokens, byStart.get(end))) continue;
    found.push({ label, start, end, aliases: [] });
  }
  return withoutCounted(
    text,
    withAliases(
      text,
      tokens,
      runs,
      resolveOverlaps([...found, ...quotedBrandNames(text, tokens), ...governedNationalNames(text)]).filter(
        (f) =>
          !isJurisdiction(text, f) &&
          !CENTRAL_BANK.test(text.slice(f.start, f.end)) &&
          !titles.has(text.slice(f.start, f.end)),
      ),
    ),
  );
}

const HAN_WORD = /^\p{Script=Han}+$/u;
/** The central bank and its branches (`中国人民银行湖南省分行`) are government bodies, units of the work, no entities. */
const CENTRAL_BANK = /^(?:中国)?人民银行/;
/** Exchanges that are institutions, listed and regulated as such; a data exchange is a platform. */
const EXCHANGE = /(?:证券|期货|电力|产权|商品|黄金|票据)交易(?:所|中心)$/;
/** Kinds of party a `与` joins (`企业与…研究院`), never a field of an institute's name. */
const PARTIES = /(?:企业|高校|院所|单位|机构|政府|部门|大学|学院|公司)$/;
/** What a company's name says it does after its trade name (`建设投资集团`, `开发建设有限公司`). */
const BUSINESS = /^(?:投资|发展|运营|管理|集团|控股|工程|实业|开发|建设|经营|咨询|服务)$/;
/** An institution's name's end: `联合` right after one joins it to another (`…研究院/联合/园区龙头企业`). */
const ORG_END = new RegExp(`(?:${ORG})$`, "u");
/** Verbs that join two parties (`研究院联合某公司`), never a word of one's name. */
const JOINING = /^(?:联合|会同|携手|联手|共同|协同|合作|牵头|依托|带动|组织)$/;
/** Verbs that join two parties of a clause and are never inside a name (`财政部会同中国人民银行`, `高地是示范区`, `南通成为…先行区`); `协同创新中心` keeps its 协同. */
const CLAUSE_JOINING = /^(?:会同|携手|联手|牵头|依托|带动|是|成为|作为|变为)$/;
const ALNUM_WORD = /^[A-Za-z0-9]+$/;

/**
 * The index of the `(` of a short bracketed qualifier closed by token `i` (`(新站)`, `(深圳)`) when a
 * word stands right before it, else -1. A number in brackets (`(三)`) is an item's and ends the name.
 */
function bracketed(text: string, tokens: Token[], i: number): number {
  if (!/^[)）]$/.test(tokens[i]!.word)) return -1;
  const open = tokens.slice(Math.max(0, i - 4), i).findLastIndex((q) => /^[(（]$/.test(q.word));
  if (open < 0) return -1;
  const at = Math.max(0, i - 4) + open;
  const inside = text.slice(tokens[at]!.end, tokens[i]!.start);
  return /^\p{Script=Han}{1,6}$/u.test(inside) &&
    !/^[一二三四五六七八九十]+$/.test(inside) &&
    HAN_WORD.test(tokens[at - 1]?.word ?? "")
    ? at
    : -1;
}

/** A dictionary name (`nt`) read as one word from the name's start that opens with a place (`大连/ns`), or a university's. */
function knownPlaced(t: Token, headStart: number): boolean {
  if (t.tag !== "nt" || t.end <= headStart) return false;
  // A university the dictionary knows whole (`电子科技大学`) is one whatever it opens with.
  if (/(?:大学|学院)$/.test(t.word) && t.word.length >= 4) return true;
  for (let n = 2; n <= 3 && n < t.word.length - 1; n++) if (dictionaryPlace(t.word.slice(0, n))) return true;
  return false;
}

/**
 * A rare two-character noun opening a name right after its verb (`建设彩云文旅数据中心`, `依托丝路数据流通服务平台`)
 * is a brand: the field's words after it say what kind, it says which one. Not a scope (`区属`, `跨省`, `全县`),
 * and not a product whose industry follows (`酥梨产业…平台` is the kind of platform a pear-growing county builds).
 */
function isBrandWord(stem: Token[]): boolean {
  const [t, next] = stem;
  if (!t || !next || t.tag !== "n" || !/^\p{Script=Han}{2}$/u.test(t.word) || SCOPE.test(t.word)) return false;
  if (isGeneric(t.word) || droppedAtStart(t.word) || isAction(t.word) || /^产业/.test(next.word)) return false;
  const freq = dictionaryEntry(t.word)?.freq ?? 0;
  return freq > 0 && freq < BRAND_RARE;
}

/** Below this count in jieba's dictionary a noun opening a name is a brand (`彩云` 205, `星河` 66), not a kind (`物流` 610). */
const BRAND_RARE = 300;
/** Words that say how far a thing reaches or whose it is (`区属`, `跨省`, `全县`, `本地`), not which one it is. */
const SCOPE = /^[省市县区州乡镇村跨全各本]/;

/**
 * The length of a company's branch named right after it for a place (`…有限责任公司` + `佛山供电局`,
 * `…股份有限公司` + `长沙分公司`): one organisation, the branch; or of a university's campus in brackets.
 * 0 when none follows.
 */
function branchAfter(text: string, at: number, head: string | undefined, seat = false): number {
  // A university's campus city in brackets is its name's (`中国地质大学(武汉)`).
  const campus = head === "大学" || seat ? /^[(（]([\u4e00-\u9fff]{2,3})[)）]/u.exec(text.slice(at)) : null;
  if (campus) return dictionaryPlace(campus[1]!, ["", "市", "省"]) ? campus[0].length : 0;
  // …and a bank's or a company's branch its place names (`国家开发银行江西省分行`, `…有限公司长沙分公司`).
  if (!COMPANY.test(head ?? "") && head !== "银行") return 0;
  const m = BRANCH_AFTER.exec(text.slice(at));
  return m && dictionaryPlace(m[1]!) ? m[0].length : 0;
}

const BRANCH_AFTER = new RegExp(String.raw`^([\u4e00-\u9fff]{2,3}?)(?:市|省)?(?:${PLACE_BRANCH})`, "u");

/** Whether the dictionary knows `word` as a place, alone or with one of `levels` (`长沙` → `长沙市/ns`). */
function dictionaryPlace(word: string, levels = ["", "省", "市", "区", "县"]): boolean {
  return levels.some((l) => dictionaryEntry(word + l)?.tag === "ns");
}

/** The part of a word before its head, tagged as the dictionary tags it alone (if it has it). */
function cutWord(t: Token, word: string): Token {
  return { ...t, word, tag: dictionaryEntry(word)?.tag ?? t.tag };
}

/** Of names that overlap (`中山大学` inside `中山大学附属第一医院`), the longer is the name. */
function resolveOverlaps(found: FoundName[]): FoundName[] {
  const kept: FoundName[] = [];
  for (const f of [...found].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A single character the segmenter cut from a company's trade name right after its place
 * (`湖州/ns 莫/d 干/v 智能科技有限公司`): a piece of the name, not a word of the sentence.
 */
function placeLedTrade(tokens: Token[], i: number, org: string | undefined): boolean {
  if (!COMPANY.test(org ?? "")) return false;
  const single = (t: Token | undefined) => !!t && /^\p{Script=Han}$/u.test(t.word) && !FUNCTION_CHARS.test(t.word);
  if (!single(tokens[i])) return false;
  let k = i - 1;
  while (k >= i - 2 && single(tokens[k])) k--;
  return tokens[k]?.tag === "ns";
}

/**
 * The index of the verb or mark before a company's trade name that the walk stopped inside, at token `i`
 * (`支持/楚游互娱…有限公司`, `、/千寻位置…有限公司`), else -1: at most six words back, none of them grammar.
 */
function tradeNameStart(tokens: Token[], i: number): number {
  for (let k = i; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k]!;
    if (/^(?:x|w)$/.test(t.tag) || isAction(t.word)) return k < i || !/^\p{Script=Han}$/u.test(t.word) ? k : -1;
    if (t.word.length === 1 && GRAMMAR_CHAR.test(t.word)) return -1;
    if (/^(?:c|p|u.*|r.*|y|e|o)$/.test(t.tag)) return -1;
  }
  return -1;
}

/** Characters of grammar (`和`, `的`, `在`…), never one of a trade name; unlike FUNCTION_CHARS, numerals (`千寻`) may be. */
const GRAMMAR_CHAR = /[和与及或并等的在对向为以从由把被将于之其各该本此每也且而又再同跟给让使]/;

/** Words ending in 局 that name no bureau (`布局`, `格局`). */
const NOT_BUREAU = /^(?:布局|格局|大局|全局|结局|开局|当局)$/;

/** Whether the words at token `k` are a bureau's name (`社会事业局`, `公安分局`): nouns, then a word ending in 局. */
function bureauAfter(tokens: Token[], k: number | undefined): boolean {
  if (k === undefined) return false;
  for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
    const t = tokens[j]!;
    if (/局$/.test(t.word) && !NOT_BUREAU.test(t.word)) return true;
    if (!/^(?:n|nt|nz|vn|j)$/.test(t.tag) || isAction(t.word)) return false;
  }
  return false;
}

/** A left conjunct that a count opens (`一批…基地`, `10个…园区`), up to the conjunction. */
const COUNTED_LEFT = /(?:一批|若干|多个|[0-9一二三四五六七八九十两]+[个家座处])[^，。；：、,;:和与及]{2,24}$/u;

/** A zone listed before another whose committee ends the list: the committee is both zones'. */
const SHARED_OFFICE = /^、[\u4e00-\u9fff()（）]{2,14}?(?:管委会|管理委员会)/;

/** Verbs whose object is a platform that exists already (`依托`, `接入`, `纳入`), so the name holds what it was named. */
const USING = /^(?:依托|通过|接入|纳入|利用|用好|借助|运用|对接|登录|使用)$/;

/** What follows a title's topic up to the document's kind (`赋能产业链协同三年行动方案》`, `管理办法(征求意见稿).docx`). */
const TITLE_TOPIC =
  /^[^，。；,;:：\n《》]{0,30}?(?:方案|办法|计划|意见|规划|措施|要点|条例|规定|细则|通知|规范|指南|指引|导则|清单)(?:[(（][^()（）]{0,12}[)）])?(?:》|的通知|[.．](?:docx?|pdf|wps)|$|\n)/;

/** Nouns of things that stand alone (`中心`, `系统`, `园区`): an action after one is done to it, not named with it. */
const THING = /(?:中心|平台|基地|园|区|所|院|校|系统|馆|站|室|库|网|厂|企业|公司|机构|部门)$/;

const MODAL = /^(?:应当|应该|应|要|须|必须|需要|可|可以|能|能够|将|会|拟)$/;

/** Tags of the words a place-led name holds between its place and its head: nouns, verbs, adjectives. */
const NAME_WORD_TAGS = /^(?:n|nz|nt|ns|vn|v|vd|a|an|b|j|l|eng|ng|vg|zg)$/;

/**
 * A district's or county's name the dictionary lacks and tags as it guesses (`武侯区/nr`): three or more
 * characters ending in 区/县/市/旗, no common noun (`社区`, `园区`, `景区` are in the dictionary).
 */
function areaWord(t: Token): boolean {
  if (!/^[\u4e00-\u9fff]{2,5}[区县市旗]$/.test(t.word)) return false;
  const entry = dictionaryEntry(t.word);
  return entry === undefined || entry.tag === "ns";
}

/**
 * The index of the place that opens a name holding verbs (`滁州/封装/测试/产业园`, `浙江省/电子/处方/流转/平台`),
 * the walk having stopped at verb `i`, else -1: a place (`ns`) at most five words back, only nouns,
 * verbs and adjectives between, none an action (`建设`) or a joining verb (`联合`), and before the place
 * a verb (`运行无锡市…平台`), a mark or the text's start, so the place opens the name.
 */
function placeLedVerbs(tokens: Token[], i: number, platform = false): number {
  const t = tokens[i]!;
  // An action after its object (`农田/n 建设/vn`) is a noun of the name, when an existing thing's verb governs it (below).
  // Not after a thing that may be a name of its own (`…教育中心/建设…基地`, `…管理系统/建设…平台`): that is a clause.
  const nominal = (k: number) =>
    tokens[k]!.tag === "vn" &&
    tokens[k - 1]?.tag === "n" &&
    !THING.test(tokens[k - 1]!.word) &&
    isAction(tokens[k]!.word);
  let named = nominal(i);
  if (!/^v/.test(t.tag) || (isAction(t.word) && !named) || JOINING.test(t.word) || MODAL.test(t.word)) return -1;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]!;
    // Two provinces' one-character names (`川/j 渝/j`) name one region.
    const region = isAbbreviation(w) && !!tokens[k - 1] && isAbbreviation(tokens[k - 1]!);
    // A national platform (`全国…保护协作平台`; a zone so named, `全国…示范区`, is a rank aimed at) opens so
    // too, and a brand right after its verb (`依托天府…调解平台`).
    const opener =
      (platform && w.word === "全国") || (isAction(tokens[k - 1]?.word ?? "") && isBrandWord([w, tokens[k + 1]!]));
    if (
      (w.tag === "ns" && (w.word.length >= 2 || isAbbreviation(w))) ||
      areaWord(w) ||
      isDivisionName(w) ||
      opener ||
      region
    ) {
      // Places in a row name one place (`济南/ns 新旧/ns`, `合肥/n 滨湖/ns`, `川/j 渝/j`): the first opens it.
      while (
        k > 0 &&
        ((tokens[k - 1]!.tag === "ns" && tokens[k - 1]!.word.length >= 2) ||
          isDivisionName(tokens[k - 1]!) ||
          (isAbbreviation(tokens[k - 1]!) && isAbbreviation(tokens[k]!)))
      )
        k--;
      const before = tokens[k - 1];
      const opens =
        !before ||
        /^(?:x|w|v|vn)$/.test(before.tag) ||
        isAction(before.word) ||
        /^(?:在|于|和|与|及|、)$/.test(before.word);
      // A name holding an action is one that exists (`依托河南省农田建设…平台`); after `在` it is a clause's place.
      if (named && !USING.test(before?.word ?? "")) return -1;
      return opens ? k : -1;
    }
    if (nominal(k)) {
      named = true;
      continue;
    }
    // A word of the field is a name's word whatever the dictionary tags it (`智慧/nr`, `良种/m`).
    const nameWord = NAME_WORD_TAGS.test(w.tag) || isGeneric(w.word) || roleOf(w, false) === "part";
    if (!nameWord || !HAN_WORD.test(w.word) || isAction(w.word) || JOINING.test(w.word)) return -1;
    // A modal (`应当接入`) makes a clause, and a head on the way (`…中心`) ends another name.
    if (MODAL.test(w.word) || ENDS_IN_HEAD.test(w.word)) return -1;
    if (w.word.length === 1 && FUNCTION_CHARS.test(w.word)) return -1;
  }
  return -1;
}

import { NATIONAL_OPENING, readArea } from "./area-names.js";
import { CONCERNED_PLACES } from "./collectives.js";
import { levelPrefix } from "./level-prefix.js";
import { type Span, spanOf } from "./span.js";

/** A unit of a list: the words written (its span, the evidence) and the body a reader understands. */
export interface UnitSpan extends Span {
  /** The unit's name with what the list leaves implicit restored: `广州` in `广州、深圳市政府` is `广州市政府`. */
  reading: string;
}

/** How the names of bodies end (`局`, `委`, `政府`, `中心`…); a word ending otherwise is no body. */
export const BODY_END =
  /(局|委|厅|办|室|部|院|政府|中心|会|署|所|处|司|站|队|银行|人行|社|馆|团|公司|企业|大学|学院|学校|高校|医院|联|协会|区|县|市|镇|乡|街道|集团|机构|单位|部门|园|基地|平台|实验室|海关|组|办事处|指挥部|分行|支行)$/;
/** How government departments end: only these take a list's carried prefix (`高等学校`, `龙头企业` take none). */
export const DEPARTMENT_END = /(局|委|厅|办|(?<!实验)室|政府|中心|署|处|(?<!公)司|站|队|管委会|委员会|部)$/;
/** Words no body is named by: a kind of unit (`有关单位`), a clause's own words, a date or number. */
const NOT_A_BODY = /^各?(?:有关|相关|其他|其它)|牵头|配合|负责|参与|按职责|责任单位|完成时[间限]|时间节点|[0-9０-９]/;
/** What follows `等` when it only closes a list (`等部门`, `等有关单位`). */
const KIND_TAIL = /^(?:各?(?:有关|相关)?(?:部门|单位|机构|方面|地区|企业|高校|成员单位))?$/;
/** Kinds of local body a list names bare after a `各` collective: `街道办事处`, `乡镇政府`, `社区`, `管委会`. */
/** Kinds of zone run by a committee of their own (`开发区管委会`, `各管理区`). */
const ZONE_KIND = "开发区|高新区|经开区|园区|产业园区|功能区|管理区|片区";
const ZONE_BODY = "(?:管委会|管理委员会|党工委)";
/** A collective of zones, their committees unnamed (`各管理区`), and a bare zone kind's committee after it. */
const EACH_ZONE = new RegExp(String.raw`^各[^、]{0,6}?(?:${ZONE_KIND})$`);
const ZONE_COMMITTEE = new RegExp(String.raw`^(?:${ZONE_KIND})(${ZONE_BODY})$`);
const LOCAL_KINDS = new RegExp(
  String.raw`^(?:街道办事处|街道|街镇|乡镇(?:人民)?政府|[乡镇](?:人民)?政府|乡镇|社区|村|管委会|(?:${ZONE_KIND})${ZONE_BODY})$`,
);
/** A level word then a body, read as the part a list shares: `市政府` of `韶关市政府`, of `地级以上市政府`. */
const SHARED_TAIL = /([市区县州])((?:人民)?政府.*|[^市区县州]+)$/;

/** A collective named by its level (`各省级…`, `各市级…`), whose level a bare department later in the list shares. */
const EACH_LEVEL = /^各(?:有关)?(?:省级|市级|县级|区级|地级以上市|设区的市)/;

/** A collective of places only, bodies unnamed: `各市(州)`, `各区县`, `各县(市、区)`. */
const EACH_PLACE = /^各(?:[省市区县州盟旗]|[(（〔][省市区县州盟旗、]{1,5}[)）〕])+$/;

type Item = { span: Span; text: string; shared?: string };

/**
 * Reads the items of a unit list as a reader does:
 * - `等` ends a list: `市科技创新局等` is 市科技创新局, `…等部门` and `…等有关单位` drop their tail,
 *   and `广州、深圳等地级以上市政府` names the governments of 广州 and 深圳.
 * - a level word and body written once after places is shared by them: `广州、深圳、韶关市政府` is
 *   three city governments; a place written alone with its level (`韶关市`) is its government.
 * - a level prefix is carried to later items without one: `省发展改革委、科技厅` → `省科技厅`
 *   (also a written area: `广州市科技局、工信局` → `广州市工信局`); collectives (`各区政府`) and
 *   central bodies (`科技部`) take none.
 * - `各` opening a list's collective carries to a later kind of local body written bare:
 *   `各镇人民政府、街道办事处` is also `各街道办事处`, never one office; `各区县政府、开发区管委会`
 *   is also `各开发区管委会`, and `各管理区、开发区管委会` names both kinds' committees.
 * - a word that names no body (`有关单位`, `相关部门`, a date, a clause word) is dropped; a bare
 *   word that is neither place nor body (`华为`) is kept as written.
 * Returns each unit with the index of the item it came from.
 */
export function readUnits(text: string, items: Span[]): { unit: UnitSpan; index: number }[] {
  const parsed = items.map((span) => splitAtDeng(text, span));
  const out: { unit: UnitSpan; index: number }[] = [];
  let carry = "";
  let each = false;
  let eachLevel = "";
  let pending: { item: Item; index: number; each?: boolean }[] = [];
  parsed.forEach((item, index) => {
    if (!item) return;
    const t = item.text;
    const area = readArea(t);
    const placeOnly = area.places.length > 0 && area.rest === "" && !area.party;
    // `各市、州人民政府`: a collective naming two kinds of area, split at its 、, is one unit.
    const eachAbove = pending.at(-1);
    // …and so is `各区、县(市)`, every district and county (and county-level city), with no body after it.
    const areas = /^[市区县乡镇][(（][市区县、]{1,5}[)）]$/.test(t) && parsed[index + 1] === undefined;
    if (eachAbove?.each && pending.length === 1 && (/^[省市区县州盟旗](?:人民)?政府$/.test(t) || areas)) {
      out.push({ unit: { ...eachAbove.item.span, reading: `${eachAbove.item.text}、${t}` }, index: eachAbove.index });
      pending = [];
      return;
    }
    // `各市(州)、某新区数据管理部门`: a collective of places only shares the next item's body.
    if (EACH_PLACE.test(t)) {
      each = true;
      pending.push({ item, index, each: true });
      return;
    }
    if (placeOnly || (/^[\u4e00-\u9fff]{2,3}$/.test(t) && !BODY_END.test(t) && !t.startsWith("各"))) {
      pending.push({ item, index });
      if (!item.shared) return;
    }
    const shared =
      item.shared ??
      (area.places.length > 0 && area.rest !== ""
        ? SHARED_TAIL.exec(area.places.at(-1)!.name.slice(-1) + area.rest)
        : null)?.[0];
    const body = area.places.length > 0 && !area.party && BODY_END.test(area.rest) ? area.rest : "";
    for (const p of pending) {
      const reading = p.each ? p.item.text + body : shared ? distribute(p.item.text, shared) : alone(p.item.text);
      out.push({ unit: { ...p.item.span, reading }, index: p.index });
    }
    const wasPending = pending.some((p) => p.item === item);
    pending = [];
    if (wasPending) return;
    // …but the governments or departments of places concerned are (`有关市人民政府`, `相关县区人民政府`).
    if (NOT_A_BODY.test(t) && !CONCERNED_PLACES.test(t)) return;
    let reading = t;
    const level = levelPrefix(t);
    // `各管理区、开发区管委会`: the zones of the collective have the committee the next item names.
    const committee = EACH_ZONE.test(t) ? ZONE_COMMITTEE.exec(parsed[index + 1]?.text ?? "")?.[1] : undefined;
    if (committee) reading = t + committee;
    // `各街道党工委、办事处`: the bare office is each street's, as the party committees are.
    const party = /^各([\u4e00-\u9fff]{1,6}?)(?:党工委|党委|工委)$/.exec(parsed[index - 1]?.text ?? "");
    const ofParty = party && /^(?:办事处|管委会|管理委员会|人民政府|政府)$/.test(t);
    if (ofParty) reading = `各${party[1]}${t}`;
    if (t.startsWith("各")) {
      each = true;
      eachLevel = EACH_LEVEL.exec(t)?.[0] ?? "";
    } else if (each && LOCAL_KINDS.test(t) && !ofParty) reading = `各${t}`;
    // `各省级发展改革委、数据管理部门`: the level collective carries to a bare department after it.
    else if (eachLevel && !level && area.places.length === 0 && /(?:部门|委|局|厅|办)$/.test(t) && !/部$/.test(t))
      reading = eachLevel + t;
    if (level) carry = level;
    else if (area.places.length > 0) carry = area.party ? "" : area.places.map((p) => p.name).join("");
    else if (
      carry &&
      DEPARTMENT_END.test(t) &&
      !reading.startsWith("各") &&
      !NATIONAL_OPENING.test(t) &&
      !/^中共/.test(t) &&
      !/(?<!委.{0,8})部$/.test(t) &&
      // An enterprise's unit (`广东电网佛山供电局`) belongs to no level of government.
      !/公司|集团|电网|银行|供电/.test(t)
    )
      reading = carry + t;
    out.push({ unit: { ...item.span, reading }, index });
  });
  for (const p of pending)
    out.push({ unit: { ...p.item.span, reading: p.each ? p.item.text : alone(p.item.text) }, index: p.index });
  return out.sort((a, b) => a.index - b.index);
}

/**
 * `广州` + `市政府` → `广州市政府`; `广州市` + `市政府` → `广州市政府`; a place with a level of its own keeps it
 * (`雷州市` + `县人民政府` → `雷州市人民政府`, in `徐闻县、雷州市、遂溪县人民政府`).
 */
function distribute(place: string, shared: string): string {
  // A level of its own after a name of two characters or more: `广州` is a name, not `广` of a prefecture.
  const leveled = /^[\u4e00-\u9fff]{2,}[市县区旗]$/.test(place) && /^[市县区旗]/.test(shared);
  return place.endsWith(shared[0]!) || leveled ? place + shared.slice(1) : place + shared;
}

/** A place named alone is its government (`韶关市` → `韶关市人民政府`); a bare word (`华为`) stays as written. */
function alone(t: string): string {
  return isPlace(t) ? `${t}人民政府` : t;
}

function isPlace(t: string): boolean {
  const a = readArea(t);
  return a.places.length > 0 && a.rest === "";
}

/**
 * An item cut at `等` when what precedes it is a body or a place (`高等学校` is not cut). The tail
 * is dropped, or kept as the part its places share (`等地级以上市政府` → `市政府`).
 */
function splitAtDeng(text: string, written: Span): Item | null {
  const span = withoutAlias(text, written);
  // `由…` (`此项工作由…负责`) and an approval's words (`经区人民政府同意`) are not part of the body's name.
  const lead = span.text
    .replace(/^(?:(?:此项|该项|本项)(?:工作|任务))?由/, "")
    .replace(/^(?:已经|经)(.{2,}?)同意$/, "$1");
  const at = lead.indexOf("等");
  const start = span.end - lead.length;
  if (at <= 0) return lead === "" ? null : { span: spanOf(text, start, span.end), text: lead };
  const head = lead.slice(0, at);
  const tail = lead.slice(at + 1);
  // A short head (`广州等…`) is a place only when a list's tail follows: in `厅高等教育处` the `等` is a word's.
  const shortPlace = /^[\u4e00-\u9fff]{2,3}$/.test(head) && (KIND_TAIL.test(tail) || /[市区县州盟]/.test(tail));
  // A collective's bracket closes its name (`各镇(街道)等`): the body is read before it.
  const named = head.replace(/[(（〔][^()（）〔〕]{1,8}[)）〕]$/, "");
  if (!BODY_END.test(named) && !shortPlace && !isPlace(head))
    return { span: spanOf(text, start, span.end), text: lead };
  const shared =
    KIND_TAIL.test(tail) || (BODY_END.test(head) && !isPlace(head)) ? undefined : SHARED_TAIL.exec(tail)?.[0];
  return { span: spanOf(text, start, start + at), text: head, ...(shared ? { shared } : {}) };
}

/**
 * A body with two names (一个机构两块牌子) is often written `市经信局(市新经济委)`: the name before the
 * parenthesis is the unit, the one inside its other name. A parenthesis inside a name
 * (`各区(市)县政府`) or after a non-body (`各乡镇(街道)`) is part of the name, and so is one closing a
 * collective: `各县(区)人民政府(管委会)` names the zones' committees beside the governments, one set of bodies.
 */
function withoutAlias(text: string, span: Span): Span {
  const m = /^(.+?)\s*\(([^()]{2,20})\)$/.exec(span.text);
  return m && !m[1]!.startsWith("各") && DEPARTMENT_END.test(m[1]!) && DEPARTMENT_END.test(m[2]!)
    ? spanOf(text, span.start, span.start + m[1]!.length)
    : span;
}

/** The items of a list, split at 、 , ; outside brackets (`各县(市、区)人民政府` is one); a dash or 无 is no unit. */
export function splitList(text: string, list: Span): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = 0;
  const joined = collectiveRanges(list.text);
  for (let i = 0; i <= list.text.length; i++) {
    const c = list.text[i] ?? "、";
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (
      (depth === 0 || i === list.text.length) &&
      /[、,;；，]/.test(c) &&
      !joined.some(([a, b]) => i > a && i < b)
    ) {
      const part = list.text.slice(from, i);
      const lead = part.length - part.trimStart().length;
      const name = part.trim();
      if (name !== "" && !/^[—\-－/无]+$/.test(name))
        out.push(spanOf(text, list.start + from + lead, list.start + from + lead + name.length));
      from = i + 1;
    }
  }
  return out;
}

/**
 * Where a collective naming several kinds of area stands in `s`: one unit, not split at its `、`
 * (`各市、区政府`, `各区、县(市)人民政府`, `各市、州、直管市人民政府`, and their departments of a kind, `各区、县(市)民政局`).
 */
export function collectiveRanges(s: string): [number, number][] {
  return [
    ...s.matchAll(
      /各(?:辖市|[市区县州盟旗乡镇])(?:、(?:直管市|林区|[市区县州盟旗乡镇])(?:[(（〔][市区县][)）〕])?)+(?:(?:人民)?政府|[\u4e00-\u9fff]{1,10}?(?:局|委|办|部门|单位))/g,
    ),
  ].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
}

import {
  areaKey,
  CENTRAL_OFFICE_END,
  DIRECT_CITY,
  MINISTRY,
  NATIONAL_OPENING,
  PLACE_BRANCH,
  readArea,
  shortForms,
} from "./area-names.js";
import type { GovernmentLevel, Jurisdiction, ScopedName } from "./jurisdiction-types.js";
import { type HomeHint, homeSources, selfLevel } from "./home-area.js";
import { levelPrefix, prefixLevel } from "./level-prefix.js";
import { DIVISION_SEATS } from "./division-stems.js";

/** Each county's and city's area above it, where the country has one area of that name. */
const SEATS = new Map(DIVISION_SEATS.split(" ").map((entry) => entry.split(":") as [string, string]));

export type { Jurisdiction, ScopedName } from "./jurisdiction-types.js";

const ABOVE: Record<GovernmentLevel, GovernmentLevel | null> = {
  NATIONAL: null,
  PROVINCIAL: "NATIONAL",
  MUNICIPAL: "PROVINCIAL",
  DISTRICT: "MUNICIPAL",
};

/**
 * The jurisdictions of the curated data, and how a unit name is read within a document's
 * jurisdiction. Areas the data lacks (`武威市`, `天津市滨海新区`) are made up from the names that
 * open a body's name ({@link readArea}) and registered, so later names of the document find them.
 */
/** A central body's branch in a province or city: `中国人民银行广东省分行`, `国家金融监督管理总局广东监管局`. */
const REGIONAL_BRANCH =
  /^(?:中国人民银行|国家|中国)\S*?(?:省|市|自治区|[\u4e00-\u9fff]{2})(?:分行|支行|监管局|分局|调查总队)$/;

export class Jurisdictions {
  private readonly byKey = new Map<string, Jurisdiction>();
  private spellings: { spelling: string; j: Jurisdiction }[] = [];

  /** Keys of the curated data's areas (never changed here; made-up ones may be). */
  private readonly curated = new Set<string>();

  constructor(list: Jurisdiction[]) {
    for (const j of list) {
      this.register(j);
      this.curated.add(j.key);
    }
  }

  private register(j: Jurisdiction): Jurisdiction {
    this.byKey.set(j.key, j);
    this.spellings.push(...j.names.map((spelling) => ({ spelling, j })));
    this.spellings.sort((a, b) => b.spelling.length - a.spelling.length);
    return j;
  }

  get(key: string): Jurisdiction | undefined {
    return this.byKey.get(key);
  }

  get national(): Jurisdiction {
    return (
      this.byKey.get("china") ?? {
        key: "china",
        name: "中华人民共和国",
        nameEn: "",
        level: "NATIONAL",
        parent: null,
        names: [],
        source: "",
      }
    );
  }

  /**
   * The place issuing bodies share: `中共深圳市委办公厅` and `深圳市人民政府办公厅` are both Shenzhen's;
   * bodies of different places share their nearest common area. Names given as one string are one body.
   * Without an issuer, the area the text calls its own (`全省`, `我市`) where `hint` names it.
   */
  ofIssuer(issuer: string | string[] | null, hint: HomeHint = { title: "", text: "" }): Jurisdiction | null {
    const home = this.issuerArea(issuer, hint);
    // A 市 that addresses its towns and streets (`各镇人民政府、街道办事处`), no districts or counties, is
    // a county-level city (`义乌市`): county in rank.
    if (
      home &&
      home.level === "MUNICIPAL" &&
      /市$/.test(home.name) &&
      !this.curated.has(home.key) &&
      addressesTowns(hint.text)
    )
      home.level = "DISTRICT";
    return home;
  }

  private issuerArea(issuer: string | string[] | null, hint: HomeHint): Jurisdiction | null {
    const names = Array.isArray(issuer) ? issuer : issuer ? [issuer] : [];
    if (names.length === 0) {
      const level = selfLevel(hint.text);
      return level ? this.hinted(level, hint) : null;
    }
    const areas = names.map(
      (n) =>
        this.scope(n, null)?.jurisdiction ??
        this.areaOf(n.trim(), null)?.j ??
        this.hinted(prefixLevel(levelPrefix(n.trim())), hint),
    );
    if (areas.includes(null)) return areas[0] ?? null;
    // A central body's branch in the place (`中国人民银行广东省分行`) signing with its bodies leaves the place the home.
    const local = areas.filter((a, i) => a!.level !== "NATIONAL" || !REGIONAL_BRANCH.test(names[i]!.trim()));
    const own = local.length > 0 ? local : areas;
    return this.chain(own[0]!).find((a) => own.every((j) => this.chain(j!).includes(a))) ?? own[0]!;
  }

  /**
   * The area at `level` of a document whose issuer is named by level only (`市人民政府办公室`) or not
   * at all: the place of that level opening the first of {@link homeSources} that has one
   * (`合肥市打造…方案` → 合肥市; `按照《天津市…计划》` → 天津市), or null.
   */
  private hinted(level: GovernmentLevel | undefined, hint: HomeHint): Jurisdiction | null {
    if (!level) return null;
    for (const source of homeSources(hint)) {
      const { places } = readArea(source);
      let upTo = places.findIndex((p) => p.level === level);
      // `市人民政府办公室` under a 直辖市's title (`天津市…方案`): the 直辖市 is the city.
      if (upTo < 0 && level === "MUNICIPAL") upTo = places.findIndex((p) => DIRECT_CITY.test(p.name));
      // …and under a county-level city's (`监利市…方案`), that city, its 市 a county's.
      if (upTo < 0 && level === "MUNICIPAL")
        upTo = places.findIndex((p) => p.level === "DISTRICT" && /市$/.test(p.name));
      if (upTo < 0) continue;
      const area = this.areaOf(
        places
          .slice(0, upTo + 1)
          .map((p) => p.name)
          .join(""),
        null,
      )?.j;
      if (area) return area;
    }
    return null;
  }

  /** The area at `level` that contains `j` (itself included), or undefined. */
  ancestor(j: Jurisdiction, level: GovernmentLevel): Jurisdiction | undefined {
    return this.chain(j).find((at) => at.level === level);
  }

  /**
   * {@link ancestor}, except that a 直辖市 is its own districts' city: `市科技局` in a document of
   * `天津市滨海新区` (or of 天津市 itself) is 天津市's, which is provincial in rank.
   */
  private ancestorOrDirectCity(home: Jurisdiction, level: GovernmentLevel): Jurisdiction | undefined {
    const found = this.ancestor(home, level);
    if (found || level !== "MUNICIPAL") return found;
    const province = this.ancestor(home, "PROVINCIAL");
    return province && isDirectCity(province) ? province : undefined;
  }

  /** `j` and the areas that contain it, smallest first. */
  private chain(j: Jurisdiction): Jurisdiction[] {
    const out: Jurisdiction[] = [];
    for (
      let at: Jurisdiction | undefined = j;
      at && !out.includes(at);
      at = at.parent ? this.byKey.get(at.parent) : undefined
    )
      out.push(at);
    return out;
  }

  /**
   * Reads a unit name within a document's jurisdiction. A full name opens with its area
   * (`深圳市工业和信息化局`, `韶关市政府`, `中共深圳市委`); `省`/`市`/`区` name the document's province,
   * city or district; a name without prefix takes `listPrefix` (the first item of its list) or,
   * failing that, its suffix's level (`厅` provincial, `部` national) or the document's own area.
   */
  scope(name: string, home: Jurisdiction | null, listPrefix = ""): ScopedName | null {
    const n = name.trim();
    const body = /^中共(?!中央)/.test(n) ? n.slice(2) : n;
    // A branch named for a place (`中国电信股份有限公司长沙分公司`, `中国人民银行广东省分行`) serves that place.
    const served = this.servedArea(n, home);
    if (served) return { jurisdiction: served, short: canonical(n) };
    if (NATIONAL_OPENING.test(n) || CUSTOMS.test(n))
      return { jurisdiction: this.national, short: canonical(n.replace(/^中华人民共和国/, "")) };
    // A general administration named short (`体育总局`, `税务总局办公厅`) is the State Council's `国家…总局`,
    // named as written.
    if (ADMINISTRATION.test(n)) return { jurisdiction: this.national, short: canonical(n) };
    const prefix = levelPrefix(body) || undefined;
    // `自治区数据局` names the document's own autonomous region, not a place called 自治区.
    const area = prefix?.startsWith("自治") ? undefined : this.areaOf(body, home);
    if (area && body.length > area.length) {
      const branch = this.branchArea(body, area.j);
      return {
        jurisdiction: branch ?? area.j,
        short: canonical(body.slice(area.length)),
        spelling: body.slice(0, area.length),
        ...(branch ? { openedWith: area.j } : {}),
      };
    }
    // A ministry (`科技部`, `工业和信息化部办公厅`) has no area; a party department (`市委宣传部`) has one,
    // and so has a zone's department (`科技经济部`).
    if (!prefix && body === n && (MINISTRY.test(n) || (!home && /^[^各]{2,10}?部(办公厅|办公室)?$/.test(n))))
      return { jurisdiction: this.national, short: canonical(n) };
    if (!home) return null;
    const rest = prefix ? body.slice(prefix.length) : body;
    const level = prefixLevel(prefix ?? listPrefix) ?? (/厅$/.test(body) ? "PROVINCIAL" : undefined);
    // In a county-level city's document `市` is the city itself (`市经信局` is 义乌市's).
    const ownCity = home.level === "DISTRICT" && /市$/.test(home.name) && (prefix ?? listPrefix) === "市";
    const j = ownCity
      ? home
      : level
        ? (this.ancestorOrDirectCity(home, level) ?? this.unnamed(home, level, prefix ?? listPrefix))
        : home;
    // The city bureau's branch in a county (`市生态环境局浠水分局` in 浠水县's document) serves the county.
    const branch = this.branchArea(rest, j);
    if (branch) return { jurisdiction: branch, short: canonical(rest), openedWith: j };
    return { jurisdiction: j, short: canonical(rest) };
  }

  /**
   * The known area a company's or a central body's branch is named for (`…有限公司长沙分公司`, `广东电网佛山供电局`,
   * `中国人民银行广东省分行`): the place before `分公司`/`供电局`/`分行`/`监管局`, one of the document's own area or
   * the areas around or inside it; else undefined.
   */
  private servedArea(name: string, home: Jurisdiction | null): Jurisdiction | undefined {
    const central = CENTRAL_BRANCH.exec(name);
    const m = COMPANY_BRANCH.exec(name) ?? central;
    if (!m || !home) return undefined;
    const place = m[1]!;
    // The place is the document's own, around or inside it, or another of its province (`佛山` in 广州's).
    const province = this.ancestor(home, "PROVINCIAL");
    const near = (j: Jurisdiction) =>
      this.chain(j).includes(home) || this.chain(home).includes(j) || (!!province && this.chain(j).includes(province));
    const named = (s: { spelling: string; j: Jurisdiction }) =>
      s.j.level !== "NATIONAL" &&
      [place, `${place}市`, `${place}省`, ...AUTONOMOUS.map((a) => `${place}${a}`)].includes(s.spelling);
    const known = this.spellings.find((s) => named(s) && near(s.j))?.j ?? this.spellings.find(named)?.j;
    // A central body's branch serves a place the data knows (`中国人民银行广东省分行`), or a city the country's
    // divisions name (`中国人民银行珠海市分行`); `南方监管局` names a region.
    if (known) return known;
    if (central) return this.dividedCity(place);
    // A place the data lacks (`长沙分公司`, `佛山供电局`) is made up as a city of the document's province.
    const city = `${place}市`;
    return this.register({
      key: areaKey(city),
      name: city,
      nameEn: "",
      level: "MUNICIPAL",
      parent: province?.key ?? null,
      names: [city, place],
      source: "made up from a company branch's name (not in the curated data)",
    });
  }

  /**
   * The district or county a city body's branch is named for (`宁波市生态环境局镇海分局`, `市公安局江北分局`):
   * a known area of that name inside the city, whose level the branch serves at; else undefined.
   */
  private branchArea(body: string, city: Jurisdiction): Jurisdiction | undefined {
    const m = /局([\u4e00-\u9fff]{1,4}?)分局$/.exec(body);
    if (!m || city.level !== "MUNICIPAL") return undefined;
    const names = ["区", "县", "市", ""].map((l) => m[1]! + l);
    return this.spellings.find(
      (s) => s.j.level === "DISTRICT" && names.includes(s.spelling) && this.chain(s.j).includes(city),
    )?.j;
  }

  /**
   * The area that opens `name` and how many characters name it: the longest curated spelling, or
   * the areas {@link readArea} finds, each matched to the data or made up. A first area smaller
   * than `home`'s level lies in `home` (`韶关市` in a Guangdong document is Guangdong's city).
   */
  private areaOf(name: string, home: Jurisdiction | null): { j: Jurisdiction; length: number } | undefined {
    if (NATIONAL_OPENING.test(name)) return { j: this.national, length: 0 };
    const known = this.spellings.find((s) => name.startsWith(s.spelling));
    const { places } = readArea(name);
    const length = places.reduce((sum, p) => sum + p.name.length, 0);
    if (known && known.spelling.length >= length) return { j: known.j, length: known.spelling.length };
    if (places.length === 0) return undefined;
    const above = home && ABOVE[places[0]!.level];
    let parent = above ? this.ancestorOrDirectCity(home, above) : undefined;
    let written = "";
    for (const [i, p] of places.entries()) {
      written += p.name;
      // A county or a city named alone, with nothing known above it, is where the country's divisions put it
      // (`浠水县` in 黄冈市, in 湖北省): `市生态环境局` in its document is 黄冈市's.
      if (i === 0 && parent === undefined && p.level !== "PROVINCIAL") parent = this.seatOf(p.name);
      // A city named in a city's (or district's) document is a county-level city (`胶州市` in Qingdao's).
      // A zone's document whose city is unknown (`钦州港经济技术开发区`) names its city so: that stays a city.
      if (
        i === 0 &&
        home &&
        p.level === "MUNICIPAL" &&
        home.level !== "PROVINCIAL" &&
        home.level !== "NATIONAL" &&
        this.ancestor(home, "MUNICIPAL") !== undefined &&
        !this.spellings.some((s) => s.spelling === p.name)
      ) {
        parent = this.ancestor(home, "MUNICIPAL");
        p.level = "DISTRICT";
      }
      // A zone opening with the name of the document's own district (`江宁开发区` in 江宁区's) stands alone too.
      const homeNamed =
        i === 0 &&
        ZONE_AREA.test(p.name) &&
        home !== null &&
        this.chain(home).some(
          (h) =>
            h.level === "DISTRICT" &&
            [h.name, ...h.names].some((n) => shortArea(n).length >= 2 && p.name.startsWith(shortArea(n))),
        );
      // A zone written short (`临港经开区`) that the document's own zone's name ends with (`宜宾临港经开区`) is that zone.
      const own =
        i === 0 && ZONE_AREA.test(p.name) && p.name.length >= 4 && home
          ? this.chain(home).find((h) => h.level === "DISTRICT" && h.names.some((n) => n.endsWith(p.name)))
          : undefined;
      if (own) {
        parent = own;
        continue;
      }
      const full =
        p.level === "DISTRICT" &&
        (parent?.level === "MUNICIPAL" || (parent !== undefined && isDirectCity(parent))) &&
        !(i === 0 && standsAlone(p.name, parent)) &&
        !homeNamed
          ? parent.name + p.name
          : p.name;
      const same = (j: Jurisdiction) =>
        j.level === p.level &&
        (j.names.includes(full) || (j.names.includes(p.name) && (!parent || j.parent === parent.key)));
      parent =
        this.spellings.find((s) => same(s.j))?.j ??
        this.register({
          key: areaKey(full),
          name: full,
          nameEn: "",
          level: p.level,
          parent: parent?.key ?? null,
          names: [...new Set([full, p.name, written, ...shortForms(full), ...shortForms(p.name)])],
          source: "made up from a body's name (not in the curated data)",
        });
    }
    return { j: parent!, length };
  }

  /** The city named `place` (`珠海`) where the country's divisions know it under a province, made an area; else undefined. */
  private dividedCity(place: string): Jurisdiction | undefined {
    const city = `${place}市`;
    const province = SEATS.has(city) ? this.seatOf(city) : undefined;
    if (!province || province.level !== "PROVINCIAL") return undefined;
    return this.register({
      key: areaKey(city),
      name: city,
      nameEn: "",
      level: "MUNICIPAL",
      parent: province.key,
      names: [city, place],
      source: "the city a central body's branch serves, from the national division codes (not in the curated data)",
    });
  }

  /** The area above a county or a city the divisions name once in the country (`浠水县` → 黄冈市 → 湖北省). */
  private seatOf(name: string): Jurisdiction | undefined {
    const above = SEATS.get(name);
    if (!above) return undefined;
    const known = this.spellings.find((s) => s.spelling === above)?.j;
    if (known) return known;
    const level: GovernmentLevel = /(?:省|自治区)$/.test(above) || DIRECT_CITY.test(above) ? "PROVINCIAL" : "MUNICIPAL";
    const parent = level === "MUNICIPAL" ? this.seatOf(above) : undefined;
    return this.register({
      key: areaKey(above),
      name: above,
      nameEn: "",
      level,
      parent: parent?.key ?? null,
      names: [...new Set([above, ...shortForms(above)])],
      source: "the area above a county or a city, from the national division codes (not in the curated data)",
    });
  }

  /** The unnamed province (or city) of an area the data does not place: `省科技厅` in a `武威市` document. */
  private unnamed(home: Jurisdiction, level: GovernmentLevel, prefix: string): Jurisdiction {
    const key = `${home.key}~${level.toLowerCase()}`;
    return (
      this.byKey.get(key) ??
      this.register({
        key,
        name: prefix,
        nameEn: "",
        level,
        parent: null,
        names: [],
        source: `the ${level.toLowerCase()} area of ${home.name}, which the data does not name`,
      })
    );
  }
}

/** Zones run as districts (`江宁开发区`, `前湾新区`). */
const ZONE_AREA = /(?:新区|开发区|高新区|经开区|园区|保税区)$/;

/** A company's (or grid's) branch closing with the place it serves: `…有限公司长沙分公司`, `广东电网佛山供电局`. */
const COMPANY_BRANCH = new RegExp(
  String.raw`(?:有限公司|有限责任公司|集团|电网|电信|移动|联通|铁塔)([\u4e00-\u9fff]{2,3}?)(?:市|省)?(?:${PLACE_BRANCH})$`,
  "u",
);

/**
 * A central body's branch in a province or city (`中国人民银行广东省分行`, `国家金融监督管理总局广东监管局`, `国家税务总局泉州市税务局`,
 * `国家统计局广东调查总队`): it serves that place, as a province's 通信管理局 does.
 */
const CENTRAL_BRANCH = new RegExp(
  String.raw`^(?:中国人民银行|国家[\u4e00-\u9fff]{2,12}?(?:总局|局))([\u4e00-\u9fff]{2,3}?)(?:省|市|(?:壮族|回族|维吾尔)?自治区|区|县)?(?:分行|${CENTRAL_OFFICE_END})$`,
  "u",
);

/** The endings of the autonomous regions' names (`广西壮族自治区`, `宁夏回族自治区`, `西藏自治区`). */
const AUTONOMOUS = ["自治区", "壮族自治区", "回族自治区", "维吾尔自治区"];

/** An area's name without its level word: `江宁区` → `江宁`. */
/** A general administration under the State Council written without its `国家` (`体育总局`, `市场监管总局经济司`). */
const ADMINISTRATION = /^(?!各|[省区县州]|市(?!场))[\u4e00-\u9fff]{2,4}总局(?:$|办公厅|[\u4e00-\u9fff]{2,8}?司$)/;

/** A customs house (`厦门海关`, `福州海关`) is the General Administration of Customs' own, under no local government. */
const CUSTOMS = /^[\u4e00-\u9fff]{2,6}海关$/;

const shortArea = (name: string): string => name.replace(/(?:市|区|县|地区|盟)$/, "");

/**
 * Whether a document is addressed to towns and streets and to no district or county: the first
 * line that opens with 各 and ends with `:` names 镇, 乡 or 街道 and neither 区 nor 县.
 */
function addressesTowns(text: string): boolean {
  const line = /^[ \t\u3000]*各[^\n。]{0,80}[:：][ \t\u3000]*$/m.exec(text.slice(0, 3000))?.[0] ?? "";
  return /镇|乡|街道/.test(line) && !/区|县/.test(line);
}

/** Whether `j` is one of the four 直辖市 (provincial in rank). */
function isDirectCity(j: Jurisdiction): boolean {
  return j.level === "PROVINCIAL" && DIRECT_CITY.test(j.name);
}

/**
 * Whether a district-level area is named by itself rather than after its city. A district is named
 * with its city (`天津市滨海新区`: many cities have a `鼓楼区`), but a county, banner or county-level
 * city is unique and named alone (`凤凰县人民政府`, not `湘西…州凤凰县…`), and so is a zone whose name
 * already opens with its city's (`长沙高新区`, not `长沙市长沙高新区`). Written after its city
 * (`遵义市湄潭县`), an area keeps the name the document gives it.
 */
function standsAlone(name: string, city: Jurisdiction): boolean {
  if (/(市|县|旗)$/.test(name)) return true;
  return [city.name, ...city.names].some((n) => n.length >= 2 && name.startsWith(n.replace(/(市|地区|盟)$/, "")));
}

/**
 * One spelling for the same body: `政府` is `人民政府` (`各区政府`, `政府办公室` too), `科技创新委员会` is `科技创新委`,
 * and a zone's `管理委员会` its `管委会` (never `管理委`, which no one writes).
 */
function canonical(short: string): string {
  return short
    .replace(/(?<!人民)政府/g, "人民政府")
    .replace(/^管理委员会$/, "管委会")
    .replace(/委员会$/, "委");
}

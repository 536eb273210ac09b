import { addAgency, shortHash, unknownAgency } from "./entity-props.js";
import type { AgencyEntry, Gazetteer } from "./gazetteer.js";
import type { GraphBuilder } from "./graph-builder.js";
import { scopedAgencyResolver } from "./agency-resolver.js";
import { collectiveLevel, isCollective } from "./collectives.js";
import { DEPARTMENT_END } from "./unit-readings.js";
import { LEVEL_PREFIX } from "./level-prefix.js";
import type { HomeHint } from "./home-area.js";
import { type Jurisdiction, Jurisdictions, type ScopedName } from "./jurisdiction.js";
import { nodeId } from "../model/graph-model.js";
import { ownBodyName } from "./own-body.js";
import { isSubsequence } from "./signer-names.js";
import { unitAliases } from "./unit-aliases.js";
import type { Span } from "./span.js";

/** The Youth League's committee of a place written short (`团市委`, `团省委`, `团区委`, `团县委`). */
const YOUTH_LEAGUE = /^团[省市区县]委$/;
/** An entity the gazetteer lacks, found by the patterns official documents use; listed in the ingest report for curators. */
export interface Discovered {
  id: string;
  label: "Agency" | "Organization" | "Platform" | "Zone";
  name: string;
  nameEn: string | null;
  /** True when `nameEn` was composed from the unit glossary rather than curated. */
  nameEnComposed: boolean;
  /** The words it was found in (or the name given as metadata). */
  quote: string;
  /** Offset of the quote in the document's text; -1 for a name given as metadata. */
  start: number;
}

/**
 * Whether `name`, written bare in a central body's document, is one of `ministry`'s own departments
 * (`科技司`, `办公室`, `新闻宣传中心`). A bureau's own units are 司 and 室, so a 局 written bare in a
 * bureau's document is another body; a name that already holds a ministry or bureau
 * (`工业和信息化部装备工业一司`) is named in full.
 */
function ownDepartment(name: string, ministry: string): boolean {
  return (
    /^(?:[^国省市区县各]{2,12}(?:(?<!公)司|局|中心)|办公室|办公厅)$/.test(name) &&
    !(/局$/.test(name) && !/部$/.test(ministry)) &&
    !/^中/.test(name) &&
    !/[部局署]/.test(name.slice(0, -1)) &&
    // A general administration (`金融监管总局`) is a central body of its own.
    !/总局$/.test(name)
  );
}

/** Whether `short` is `full` written short: its characters in order, the same last one, and no more than `full`'s words. */
function shortens(short: string, full: string): boolean {
  if (short.length < 3 || short.at(-1) !== full.at(-1) || short.slice(0, 2) === full.slice(0, 2)) return false;
  return isSubsequence(short, full) && full.includes(short.slice(0, 2));
}

/**
 * A body's name as it is officially spelt where documents write it short: the central bank's `人民银行…`
 * (`人民银行江西省分行`, `人民银行金融市场司`) is `中国人民银行…`, so both spellings make one node.
 */
export function officialName(name: string): string {
  return /^人民银行/.test(name) ? `中国${name}` : name;
}

/**
 * Agencies of one document: a unit name is read within the issuer's jurisdiction and resolved to a
 * curated agency, or else becomes an agency of that jurisdiction found by pattern (one node per
 * jurisdiction and short name, so `区科技局` of Huangpu is never Guangzhou's `市科技局`).
 */
export class DocumentAgencies {
  readonly jurisdiction: Jurisdiction | null;
  private readonly resolve: ReturnType<typeof scopedAgencyResolver>;
  private readonly areas: Jurisdictions;
  private readonly ministry: string | null;
  private readonly issuers: string[];
  /** The short names the text gives its bodies (`以下简称市市场监管局`), each to the full name. */
  private readonly aliases: Map<string, string>;

  constructor(
    private readonly b: GraphBuilder,
    private readonly g: Gazetteer,
    /** The issuing bodies' names (one each for a joint notice): the document's area is the one they share. */
    issuer: string | string[] | null,
    private readonly discovered: Discovered[],
    /** What names the document's area when its issuers are named by level only (`市人民政府办公室`) or not at all. */
    hint: HomeHint = { title: "", text: "" },
  ) {
    this.areas = new Jurisdictions(g.jurisdictions ?? []);
    this.resolve = scopedAgencyResolver(g.agencies, this.areas);
    this.jurisdiction = g.jurisdictions ? this.areas.ofIssuer(issuer, hint) : null;
    // A central body's document (`工业和信息化部办公厅`, `国家数据局`) names its own departments bare
    // (`科技司`, `办公室`, `新闻宣传中心`).
    const first = Array.isArray(issuer) ? issuer[0] : issuer;
    this.ministry =
      this.jurisdiction?.level === "NATIONAL"
        ? (/^[^、\s]{2,12}?(?:部|总局|局|署)/.exec(first ?? "")?.[0] ?? null)
        : null;
    this.aliases = unitAliases(hint.text);
    this.issuers = (Array.isArray(issuer) ? issuer : issuer ? [issuer] : []).map((i) => i.replace(/\s+/g, ""));
  }

  /** The curated agency a name means in this document, if any (adds no node). */
  entry(name: string, listPrefix = ""): AgencyEntry | undefined {
    return this.resolve(name, this.jurisdiction, listPrefix).entry;
  }

  /**
   * Adds the agency `named` names (curated, found by pattern, or unknown) and returns its id;
   * `curated` says which. A span becomes evidence; a bare name (ingest metadata) has none.
   */
  add(named: (Span & { reading?: string }) | string, listPrefix = ""): { id: string; curated: boolean } {
    const span = typeof named === "string" ? undefined : named;
    // A unit read from its list (`广州` of `广州、深圳市政府`) is resolved by its reading; the span stays the evidence.
    // A division named after its own department or street (`厅基础教育处`, `街道平安办`) is the issuer's.
    // A short name the text gave a body (`市市场监管局` after `合肥市市场监督管理局(以下简称市市场监管局)`) is that body.
    const written = (typeof named === "string" ? named : (named.reading ?? named.text)).replace(/\s+/g, "");
    const official = ownBodyName(officialName(this.aliases.get(written) ?? written), this.issuers);
    // A party body the document issued under its full name (`中共安徽省委社会工作部`), named later by its
    // level alone (`省委社会工作部`), is that issuer.
    // So is a central body that issued it in full, named short (`税务总局`, `外汇局` of 国家外汇管理局).
    const read =
      (/^[省市区县州]委/.test(official) && this.issuers.find((i) => /^中共/.test(i) && i.endsWith(official))) ||
      this.issuers.find((i) => /^国家/.test(i) && i !== official && shortens(official, i)) ||
      official;
    const name = this.ministry && ownDepartment(read, this.ministry) ? this.ministry + read : read;
    const { entry, scoped } = this.resolve(name, this.jurisdiction, listPrefix);
    if (entry) return { id: addAgency(this.b, entry, span), curated: true };
    if (!scoped) return { id: addAgency(this.b, unknownAgency(name), span), curated: false };
    return { id: this.addFound(scoped, name, span), curated: false };
  }

  private addFound(s: ScopedName, written: string, span: Span | undefined): string {
    const j = s.jurisdiction;
    const id = nodeId("Agency", `${j.key}-${shortHash(s.short)}`);
    const unit = this.g.unitGlossary?.[s.short];
    const nameEn =
      unit && (j.level === "NATIONAL" || j.nameEn) ? `${j.level === "NATIONAL" ? "" : `${j.nameEn} `}${unit}` : null;
    // A collective opening with its level (`省直有关部门`) is named as written, its level word kept.
    const levelled = isCollective(written) && (!isCollective(s.short) || /^[直级]/.test(s.short));
    const collective = levelled || isCollective(s.short);
    // The area's name then the body, never doubled (`天津市滨海新区` + `科技局`); a collective stays as
    // written (`各区人民政府`); a party committee's body is `中共` + area + body (`中共深圳市委办公厅`).
    // An area written in part (`高新区…`) is completed from its longest spelling ending so (`成都高新区`).
    // A city body's district branch (`宁波市生态环境局镇海分局`) keeps the city's name it opened with.
    const named = s.openedWith ?? j;
    const area =
      (s.spelling && named.names.filter((n) => n.endsWith(s.spelling!)).sort((a, b) => b.length - a.length)[0]) ||
      named.name;
    // The party committee itself is `中共…市委`; its offices keep the written form (`市委网信办` → `深圳市委网信办`).
    const party = /^中共/.test(written) || /^委(员会)?$/.test(s.short);
    // A body that is no government department (`高等学校`, `龙头企业`) written without area keeps its words.
    const bare = !s.spelling && !LEVEL_PREFIX.test(written.replace(/^中共/, "")) && !DEPARTMENT_END.test(s.short);
    // A name that holds its area already (`广东电网佛山供电局`) is never given it twice.
    const holdsArea = [named.name, ...named.names].some((n) => {
      const short = n.replace(/(?:(?:壮族|回族|维吾尔)?自治区|省|市|区|县|地区|盟)$/, "");
      return short.length >= 2 && s.short.includes(short);
    });
    // …nor a level word carried to it from its list (`省` before `江西金融监管局`).
    // The Youth League's committee written short (`团市委`, `团区委`) is named as the League names it: `共青团` + area + `委`.
    const league = YOUTH_LEAGUE.test(s.short) && !collective;
    const name = levelled
      ? written
      : league
        ? `共青团${area}委`
        : holdsArea || j.level === "NATIONAL" || collective || bare
          ? s.short
          : (party ? "中共" : "") + area + oneCharacterLevel(area, s.short) + s.short;
    this.b.node(
      id,
      "Agency",
      {
        key: id.slice("Agency:".length),
        name,
        nameEn,
        nameEnComposed: nameEn !== null,
        aliases: [],
        level: collective ? collectiveLevel(s.short, j.level) : j.level,
        collective,
        jurisdiction: j.key,
        foundBy: "pattern",
        source: "Found by pattern in the text (unit suffix, read in the issuer's jurisdiction); not in the gazetteer.",
      },
      span,
    );
    if (!this.discovered.some((d) => d.id === id)) {
      this.discovered.push({
        id,
        label: "Agency",
        name,
        nameEn,
        nameEnComposed: nameEn !== null,
        quote: span?.text ?? written,
        start: span?.start ?? -1,
      });
    }
    return id;
  }
}

/**
 * The level word a one-character county's committee keeps after the county's name (`眉县` + `县委`, not
 * `眉县委`): a longer name shares it (`深圳市` + `委`).
 */
function oneCharacterLevel(area: string, short: string): string {
  return /^\p{Script=Han}县$/u.test(area) && /^委/.test(short) ? "县" : "";
}

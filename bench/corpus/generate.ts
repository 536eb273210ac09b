// A generator of realistic policy corpora for the ingest benchmark: national, provincial, municipal
// and district AI-policy documents (fiction) that cite each other and share agencies and entities in
// the proportions of real collections. Deterministic: the same seed gives byte-identical texts.
import { type Issuer, issuersOf } from "./bodies.js";
import { Library, preamble } from "./citations.js";
import { type BodyStyle, bodyLines } from "./content.js";
import { type Header, layOut } from "./layouts.js";
import { type Level, NATION, type Place, PLACES, placesOf } from "./places.js";
import { Random } from "./random.js";
import { type Kind, KINDS, NATIONAL_KINDS, TOPICS } from "./words.js";

/** One generated document: its file name, text, and the facts the extractor should read from it. */
export interface GeneratedDocument {
  /** `00001-national-national.txt`: names sort in generation order, so cited documents come first. */
  file: string;
  text: string;
  level: Level;
  docNumber: string;
  title: string;
  /** 文号 of the documents it cites, corpus documents and placeholders alike. */
  cites: string[];
  /** Full name of the issuing body (`青川市人民政府办公室`). */
  issuer: string;
  /** Key of its jurisdiction (`qingchuan`, `national`). */
  place: string;
  /** `header/body`: `notice|title|bare` and `items|actions|table`. */
  layout: string;
  /** ISO date of issue. */
  issueDate: string;
}

export interface CorpusOptions {
  count: number;
  seed: number;
}

/** Documents per level in every hundred: 1 national, 5 provincial, 30 municipal, 64 district. */
const LEVEL_SHARES: Record<Level, number> = { NATIONAL: 1, PROVINCIAL: 5, MUNICIPAL: 30, DISTRICT: 64 };
const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAYS = 7 * 365;
const HEADERS: Header[] = ["notice", "title", "bare"];
const STYLES: BodyStyle[] = ["items", "actions", "table"];

/** The corpus as an array (10,000 documents take some 60 MB). */
export function generateCorpus(options: CorpusOptions): GeneratedDocument[] {
  return [...corpus(options)];
}

/**
 * The corpus one document at a time, in issue order. Between documents it keeps only titles and 文号
 * (to cite them and to keep both distinct), never texts: 10,000 documents stream in a few tens of MB.
 */
export function* corpus({ count, seed }: CorpusOptions): Generator<GeneratedDocument> {
  const rng = new Random(seed);
  const library = new Library();
  const titles = new Set(library.placeholderTitles());
  const numbers = new Set<string>();
  const sequence = new Map<string, number>();
  const width = Math.max(5, String(count).length);
  let deck: Level[] = [];
  for (let i = 0; i < count; i++) {
    if (deck.length === 0) deck = levelDeck(rng, i === 0);
    const level = deck.pop()!;
    const place = choosePlace(rng, level);
    const date = new Date(FIRST_DAY + Math.floor((i * DAYS) / count) * 86_400_000).toISOString().slice(0, 10);
    const year = Number(date.slice(0, 4));
    const issuer = rng.weighted(
      issuersOf(place),
      issuersOf(place).map((x) => x.weight),
    );
    const docNumber = nextNumber(rng, issuer, year, sequence, numbers);
    const { title, kind, topic, deadline } = newTitle(rng, place, year, titles);
    const header = rng.weighted(HEADERS, [45, 30, 25]);
    const style = rng.weighted(STYLES, [5, 3, 2]);
    const cited = library.choose(rng, place);
    const text = layOut(
      rng,
      { header, place, issuer, title, docNumber, date },
      preamble(rng, place, cited, topic, kind.self),
      bodyLines(rng, { place, style, deadline, issueYear: year }),
    );
    library.add(place, { title, docNumber });
    yield {
      file: `${String(i + 1).padStart(width, "0")}-${level.toLowerCase()}-${place.key}.txt`,
      text,
      level,
      docNumber,
      title,
      cites: cited.map((c) => c.docNumber),
      issuer: issuer.name,
      place: place.key,
      layout: `${header}/${style}`,
      issueDate: date,
    };
  }
}

/** A hundred levels in the corpus's shares, shuffled; the very first deck opens with a national document. */
function levelDeck(rng: Random, first: boolean): Level[] {
  const deck = rng.shuffle(
    (Object.keys(LEVEL_SHARES) as Level[]).flatMap((l) => Array<Level>(LEVEL_SHARES[l]).fill(l)),
  );
  // Drawn from the end: the first document drawn is national, so the first plans have one above them.
  if (first) deck.push(deck.splice(deck.indexOf("NATIONAL"), 1)[0]!);
  return deck;
}

/** A place of the level, Zipf-like: a few provinces and cities issue far more than the rest. */
function choosePlace(rng: Random, level: Level): Place {
  if (level === "NATIONAL") return NATION;
  if (level !== "DISTRICT") return rng.zipf(placesOf(level), 0.8);
  const city = rng.zipf(placesOf("MUNICIPAL"), 0.8);
  return rng.zipf(
    PLACES.filter((p) => p.parent === city),
    0.8,
  );
}

/** The issuer's next 文号 of the year (`青川府办发〔2024〕17号`), numbers rising with gaps as other files take some. */
function nextNumber(
  rng: Random,
  issuer: Issuer,
  year: number,
  sequence: Map<string, number>,
  numbers: Set<string>,
): string {
  const key = `${issuer.prefix}〔${year}〕`;
  const n = (sequence.get(key) ?? 0) + rng.int(1, 3);
  sequence.set(key, n);
  const docNumber = `${key}${n}号`;
  if (numbers.has(docNumber))
    throw new Error(`Generated 文号 ${docNumber} twice: two issuers share the prefix ${issuer.prefix}.`);
  numbers.add(docNumber);
  return docNumber;
}

/** A title no other document has: place, topic and kind, with a period or year where the kind has one. */
function newTitle(
  rng: Random,
  place: Place,
  year: number,
  titles: Set<string>,
): { title: string; kind: Kind; topic: string; deadline: number } {
  for (let attempt = 0; ; attempt++) {
    const kind = rng.pick(place.level === "NATIONAL" ? NATIONAL_KINDS : KINDS);
    const topic = rng.pick(TOPICS);
    const end = kind.period ? year + 2 : kind.year ? year : year + rng.int(2, 4);
    // After many collisions (a busy place late in a long corpus) a revision year tells titles apart.
    const revised = attempt >= 20 ? `（${year}年第${attempt - 19}次修订）` : "";
    const title = kind.about
      ? `${place.titleName}关于${topic}的${kind.word}${revised}`
      : kind.year
        ? `${place.titleName}${year}年${topic}${kind.word}${revised}`
        : `${place.titleName}${topic}${kind.word}${kind.period ? `（${year}—${year + 2}年）` : ""}${revised}`;
    if (titles.has(title)) continue;
    titles.add(title);
    return { title, kind, topic, deadline: end };
  }
}

// Sections and their numbered items in whichever numbering a document uses: `一、` sections (a space
// before 、 allowed) or `第一章` chapters (over `一、` or `第一节` items); `(一)` items over `1.`/`1、` subitems, `(1)` only where nothing
// else numbers the section (elsewhere it is a part of a task's body), and `第一条` articles (with or
// without chapters). An item runs to the next item, so a body and a responsibility clause written on
// the lines under a heading stay with it.
import { dictionaryEntry } from "./segmenter.js";
import { chineseNumeral, type Span, spanOf, trimSpan } from "./span.js";
import type { Item, Section, Table } from "./structure-types.js";

const SECTION = /^\s*([一二三四五六七八九十]+)\s*、\s*(\S.*?)\s*$/;
/** A `一、` item under a chapter: its number only, the heading after it. */
const SECTION_ITEM = /^\s*([一二三四五六七八九十]+)\s*、\s*/;
const CHAPTER = /^\s*第([一二三四五六七八九十]+)章(?:\s*(\S.*?))?\s*$/;
/** A `第一节` item under a chapter: its number only, the heading after it. */
const DIVISION_ITEM = /^\s*第([一二三四五六七八九十]+)节\s*/;
const ARTICLE = /^\s*第([一二三四五六七八九十百零〇]+)条\s*/;
const PAREN = /^\s*\(\s*([一二三四五六七八九十]+)\s*\)\s*/;
/** `1.`, `1、`, and a key task's `1*.` (the sign before the dot, as some lists print it). */
const NUMBERED = /^\s*(\d{1,3})\s*[*＊☆★▲△◆●]?\s*[.、](?!\d)\s*/;
const PAREN_ARABIC = /^\s*\(\s*(\d{1,2})\s*\)\s*/;

/** Words a part's heading ends with (`总体要求`, `发展现状`). */
const PART_WORDS =
  "目标|要求|原则|思想|思路|保障|措施|实施|机制|任务|背景|形势|基础|范围|定义|总则|附则|职责|分工|考核|监督|其他|说明|条件|情况|现状";

/**
 * Headings of a document's standard parts, never an action of their own: a part word closing a
 * short heading (`总体要求`, `重点任务`, `加强组织保障`), `重点行动`, or a safeguards heading. A longer heading that
 * only ends so (`建立算力供给保障机制`) or holds a part word inside (`夯实基础支撑`) is an action, and so
 * is one that builds a base (`夯实产业基础`, unlike the part `发展基础` that tells of it).
 */
export const PART = new RegExp(
  String.raw`^(?:\d{4}\s*年度?)?(?!(?:夯实|筑牢|巩固|打牢|厚植|提升|增强|做强|壮大|加快|推进|推动|打造|构建|建设|培育|优化|拓展)\S*基础$)` +
    // Two parts may be named together (`工作目标和思路`).
    String.raw`(?:\S{0,4}(?:${PART_WORDS})[和与及、])?\S{0,4}(?:${PART_WORDS})$|^(?:重点|主要|专项)(?:行动|工程|举措)$|保障措施|组织实施|组织保障`,
);

/** A heading's own words: up to its first `。`/`:`, without a closing `(2025—2027年)`. */
export function headingWords(heading: string): string {
  return heading
    .split(/[。:：]/)[0]!
    .replace(/\s*[(（][^()（）]*[)）]\s*$/, "")
    .trim();
}

interface Marker {
  line: Span;
  match: RegExpExecArray;
  ordinal: number;
}

/**
 * The sections of a document, up to `until` (the text's end unless a commentary follows it); a
 * document numbered without sections gets one untitled section.
 */
export function parseSections(text: string, lines: Span[], tables: Table[], until = text.length): Section[] {
  const rowLines = new Set(
    tables.flatMap((t) => [t.header.start, ...t.rows.map((r) => r.line.start), ...t.groupLines.map((l) => l.start)]),
  );
  const chapters = lastOfEach(markers(lines, CHAPTER));
  // A table's section rows (`一、…` between its rows) group the table's rows, not the document.
  const sections =
    chapters.length > 0
      ? chapters
      : markers(
          lines.filter((l) => !rowLines.has(l.start)),
          SECTION,
        );
  const articles = chapters.length > 0 || (sections.length === 0 && markers(lines, ARTICLE).length > 0);
  const tableStarts = tables.map((t) => t.header.start);
  if (sections.length === 0) {
    const first = Math.min(
      ...tableStarts,
      ...lines
        .filter((l) => !rowLines.has(l.start) && [ARTICLE, PAREN, NUMBERED, PAREN_ARABIC].some((p) => p.test(l.text)))
        .map((l) => l.start),
    );
    if (!Number.isFinite(first)) return [];
    const heading = spanOf(text, first, first);
    return [
      fill(
        text,
        lines,
        { ordinal: 1, heading, content: spanOf(text, first, until), items: [], numbered: [], rows: [] },
        first,
        articles,
        rowLines,
        tables,
      ),
    ];
  }
  // A second document issued with the first (`关于印发甲和乙的通知`) follows it under its own title, in articles.
  const second = chapters.length > 0 ? null : secondDocument(lines, sections, rowLines, until);
  const all = second ? [...sections, second].sort((a, b) => a.line.start - b.line.start) : sections;
  return all.map((s, i) => {
    const end = all[i + 1]?.line.start ?? until;
    const words = s.match[2] ?? s.match[0];
    const at = s.line.start + s.match[0].lastIndexOf(words);
    const section: Section = {
      ordinal: s.ordinal,
      heading: trimSpan(text, spanOf(text, at, at + words.length)),
      content: spanOf(text, s.line.end, end),
      items: [],
      numbered: [],
      rows: [],
    };
    return fill(text, lines, section, s.line.end, articles || s === second, rowLines, tables);
  });
}

/** A title line alone: words ending in a document's kind, perhaps a `(2025—2027年)` after them, no sentence marks. */
const TITLE_LINE =
  /^\s*(\S{4,60}?(?:方案|计划|规划|意见|办法|措施|规定|细则|规则|指引|指南)(?:\s*[(（][^()（）]{1,20}[)）])?)\s*$/;

/**
 * A part of the text that is a document of its own: a title line after the first section's heading
 * with `第一条` right under it (a notice issuing a plan and its 管理办法, or its requirements over the
 * 办法 and a 指引 in sections). It is read as a section of articles headed by its title; null when
 * the text has none.
 */
function secondDocument(lines: Span[], sections: Marker[], rowLines: Set<number>, until: number): Marker | null {
  const first = sections[0];
  if (!first) return null;
  const content = lines.filter((l) => l.start > first.line.start && l.start < until && l.text.trim() !== "");
  for (const [i, line] of content.entries()) {
    const match = TITLE_LINE.exec(line.text);
    // A draft's mark may stand on its own line under the title (`(征求意见稿)`), above 第一条.
    const next = /^\s*[(（](?:征求意见稿|草案|试行|送审稿)[)）]\s*$/.test(content[i + 1]?.text ?? "")
      ? content[i + 2]
      : content[i + 1];
    if (!match || !next || rowLines.has(line.start) || /[。,，;；:：]/.test(line.text)) continue;
    const opening = ARTICLE.exec(next.text);
    const before = sections.filter((s) => s.line.start < line.start).at(-1)!;
    if (opening && chineseNumeral(opening[1]!) === 1) return { line, match, ordinal: before.ordinal + 1 };
  }
  return null;
}

function markers(lines: Span[], pattern: RegExp): Marker[] {
  return lines.flatMap((line) => {
    const match = pattern.exec(line.text);
    const ordinal = match ? chineseNumeral(match[1]!) : NaN;
    return match ? [{ line, match, ordinal: Number.isNaN(ordinal) ? Number(match[1]) : ordinal }] : [];
  });
}

/** Chapters, without a table of contents that lists them once before the text does. */
function lastOfEach(chapters: Marker[]): Marker[] {
  return chapters.filter((c, i) => !chapters.slice(i + 1).some((d) => d.ordinal === c.ordinal));
}

function fill(
  text: string,
  lines: Span[],
  section: Section,
  from: number,
  articles: boolean,
  rowLines: Set<number>,
  tables: Table[],
): Section {
  const end = section.content.end;
  const inside = lines.filter((l) => l.start >= from && l.start < end && !rowLines.has(l.start));
  const found = (p: RegExp) =>
    markers(inside, p).map((m) => ({ ...m, ordinal: Number.isNaN(m.ordinal) ? 0 : m.ordinal }));
  const stops = [...rowLines].filter((s) => s >= from && s < end);
  const parens = found(PAREN);
  const numbered = found(NUMBERED);
  const own = found(ARTICLE);
  // Articles in a chapter, or in a `一、总则` section that numbers nothing else.
  const byArticle = own.length > 0 && (articles || (parens.length === 0 && numbered.length === 0));
  // A chapter without articles numbers its items `一、` (`第一章 实施…工程` over `一、建立梯度培育库。…`).
  // …or `第一节` (`第三章 突破核心技术` over `第一节 攻关MEMS设计与工艺`).
  const chapterItems = articles && own.length === 0 ? found(SECTION_ITEM) : [];
  const sectioned = articles && own.length === 0 && chapterItems.length === 0 ? found(DIVISION_ITEM) : chapterItems;
  if (byArticle) {
    const all = own.map((m, i) => ({ ...m, ordinal: m.ordinal || i + 1 }));
    section.items = all.map((m) => item(text, m, boundary(all, stops, m, end)));
  } else {
    const top =
      sectioned.length > 0
        ? sectioned
        : parens.length > 0
          ? parens
          : numbered.length > 0
            ? numbered
            : found(PAREN_ARABIC);
    // `1.搭建承接载体平台` or `(一)集聚低空产业主体` headings alone (no sentence of their own) over `(1)` tasks.
    // …or some of them (`1.实施平台培育工程` over `(1)…`, then `2.推进….一是…`): the `(1)` tasks under a heading alone.
    const alone = (m: Marker) => !/[。;；]/.test(m.line.text);
    const twoLevels = top === numbered || (top === parens && numbered.length === 0);
    const headingsAlone = twoLevels && top.every(alone);
    const arabic = !twoLevels
      ? []
      : found(PAREN_ARABIC).filter((m) => {
          const owner = top.filter((o) => o.line.start < m.line.start).at(-1);
          return owner ? alone(owner) : headingsAlone;
        });
    const sub =
      top === sectioned
        ? parens.length > 0
          ? parens
          : numbered
        : top === parens && numbered.length > 0
          ? numbered
          : arabic;
    // A third level: a `3.实施…工程` heading alone on its line, under `(一)` actions, over `(1)` tasks.
    // …or a part's heading (`2.重点任务。`), whose `(1)` tasks are the action's own.
    const ownerOf = (m: Marker) =>
      [...top, ...sub].filter((o) => o.line.start < m.line.start).sort((a, b) => b.line.start - a.line.start)[0];
    const third =
      top === parens && sub === numbered
        ? found(PAREN_ARABIC).filter((m) => {
            const owner = ownerOf(m);
            return (
              owner !== undefined && sub.includes(owner) && (!/[。;；]/.test(owner.line.text) || isPartLine(owner))
            );
          })
        : [];
    const parts = new Set(third.map(ownerOf).filter((o): o is Marker => o !== undefined && isPartLine(o)));
    const all = [...top, ...sub, ...third].sort((a, b) => a.line.start - b.line.start);
    const tops = top.map((m) => ({ m, item: item(text, m, boundary(all, stops, m, end)) }));
    section.items = tops.map((t) => t.item);
    const subs = sub.map((m) => ({ m, item: item(text, m, boundary(all, stops, m, end)) }));
    const topOf = (m: Marker) => tops.filter((t) => t.m.line.start < m.line.start).at(-1)?.item ?? null;
    // A part's heading over tasks (`2.重点任务。` over `(1)…`) and the goals part beside it (`1.主要目标。`) are
    // parts of the action, no tasks.
    const partOf = (m: Marker) => parts.has(m) || (isPartLine(m) && [...parts].some((p) => topOf(p) === topOf(m)));
    section.numbered = [
      ...subs.filter(({ m }) => !partOf(m)).map(({ m, item: i }) => ({ item: i, parent: topOf(m) })),
      ...third.map((m) => ({
        item: item(text, m, boundary(all, stops, m, end)),
        parent: parts.has(ownerOf(m)!) ? topOf(m) : subs.find((o) => o.m === ownerOf(m))!.item,
      })),
    ];
    // `一、推进算力建设` over `1.` tasks, or over `(一)` tasks with no subitems (numbered on across
    // sections), is itself the action they belong to (a part such as 保障措施 is not).
    if (
      (top !== parens || sub.length === 0) &&
      tops.length > 0 &&
      section.heading.text !== "" &&
      !PART.test(headingWords(section.heading.text))
    ) {
      // What the section writes under its heading before its first task is the action's own text.
      const intro = trimSpan(text, spanOf(text, from, Math.max(from, tops[0]!.item.full.start)));
      const action: Item = {
        ordinal: section.ordinal,
        full: intro.text === "" ? section.heading : spanOf(text, section.heading.start, intro.end),
        // `一、鼓励社会资本建设孵化器。` closes its heading with a 。 that is no part of it.
        title: spanOf(text, section.heading.start, section.heading.end - (section.heading.text.endsWith("。") ? 1 : 0)),
        body: intro.text === "" ? null : intro,
      };
      section.numbered = section.items.map((i) => ({ item: i, parent: action }));
      section.items = [action];
    }
  }
  section.rows = tables.flatMap((t) => t.rows).filter((r) => r.line.start >= from && r.line.start < end);
  if (!byArticle && section.items.length === 0 && section.numbered.length === 0 && section.rows.length === 0) {
    section.items = sentenceSection(text, section);
    if (section.items.length === 0) section.items = labelledSection(text, section);
    if (section.items.length === 0) section.items = headedProse(text, section);
  } else if (!byArticle && section.items.length === 0 && section.numbered.length === 0) {
    // The last `七、强化金融支持。…` of a policy list over the attachment's table (a 分工表 restating the list):
    // the section up to the table is its item, as the sections before it are.
    const table = Math.min(...tables.map((t) => t.header.start).filter((s) => s > section.heading.start));
    const before = { ...section, content: spanOf(text, section.content.start, Math.min(section.content.end, table)) };
    section.items = sentenceSection(text, before);
  }
  return section;
}

/** A numbered line that is only a part's heading closed by 。 (`2.重点任务。`, `1.主要目标。`). */
function isPartLine(m: Marker): boolean {
  const words = m.line.text.slice(m.match[0].length).trim();
  return /^[^。;；,，]{2,8}。?$/.test(words) && PART.test(words.replace(/。$/, ""));
}

/** Where an item ends: at the next item of its section, a table, or the section's end. */
function boundary(all: Marker[], stops: number[], m: Marker, end: number): number {
  return Math.min(
    end,
    ...all.filter((o) => o.line.start > m.line.start).map((o) => o.line.start),
    ...stops.filter((s) => s > m.line.start),
  );
}

/**
 * A heading line a hard break cuts inside a word (`(二)加快实施燃气管` / `道改造。优先…`, `6.提升…数字` /
 * `化水平。一是…`): the next line closes the heading within a few characters, and the characters
 * either side of the break make a word of the dictionary (`管道`, `数字化`). A heading standing
 * alone over its body (`(一)加强组织领导` / `成立领导小组。`) makes none (`导成`).
 */
function brokenWord(text: string, line: Span): boolean {
  const words = line.text.trimEnd();
  if (/[。,;:!?]$/.test(words) || !/\p{Script=Han}$/u.test(words)) return false;
  const next = /^\n[ \t\u3000]*([^\n]*)/.exec(text.slice(line.end))?.[1] ?? "";
  const stop = next.indexOf("。");
  if (stop < 1 || stop > 8 || !/^\p{Script=Han}/u.test(next)) return false;
  for (const k of [1, 2])
    for (const j of [1, 2]) {
      const word = words.slice(-k) + next.slice(0, j);
      if (/^\p{Script=Han}+$/u.test(word) && (dictionaryEntry(word)?.freq ?? 0) >= 10) return true;
    }
  return false;
}

/** Splits `heading。body` at the first 。 of the heading line; a heading line without 。 is the heading. */
function item(text: string, m: Marker, end: number): Item {
  const full = trimSpan(text, spanOf(text, m.line.start, end));
  // A sign after the number (`1.*建设…`, `3.★招引…`) marks a key task, as a note says; it is no word of the heading.
  const after = m.line.start + m.match[0].length;
  const contentStart = after + (/^\s*[*＊☆★▲△◆●]\s*/.exec(text.slice(after, after + 4))?.[0].length ?? 0);
  const stop = text.indexOf("。", contentStart);
  // A heading line that breaks off mid-sentence (`…下列用途:`) runs on to the sentence's end, and so does an
  // article's first sentence, its name, wherever a line breaks it (`…根据《中华人民` / `共和国预算法》…`).
  const article = /^\s*第[一二三四五六七八九十百零]+条/.test(m.match[0]);
  const lineEnd = article || /[:;,]\s*$/.test(m.line.text) || brokenWord(text, m.line) ? full.end : m.line.end;
  const titleEnd = Math.min(stop === -1 || stop >= lineEnd ? lineEnd : stop, full.end);
  const title = trimSpan(text, spanOf(text, contentStart, titleEnd));
  const rest = trimSpan(text, spanOf(text, Math.min(titleEnd + 1, full.end), full.end));
  // A name broken over lines is read whole (the title still quotes the text as written).
  const name = title.text.includes("\n") ? title.text.replace(/\s*\n\s*/g, "") : undefined;
  return { ordinal: m.ordinal, full, title, body: rest.text === "" ? null : rest, ...(name ? { name } : {}) };
}

/**
 * A heading that says what to do about safeguards, a mechanism or duties (`七、强化安全保障。`,
 * `九、建立工作机制。`), its work written after it: an item like its siblings, not a part's name.
 */
const WORK_HEADING = /^(?:强化|加强|健全|完善|建立|落实|压实|严格)\S{0,4}(?:保障|机制|职责|考核|监督)$/;

/**
 * A section written as one paragraph, `一、支持技术改造。对企业…给予补助。(责任单位:…)`, with no
 * items under it (若干政策 numbered only by 一、二、) is itself an item: its heading up to the first
 * 。 and the rest of the section as its body. A part heading (`一、指导思想。以…`) is not.
 */
export function sentenceSection(text: string, section: Section, parts = false): Item[] {
  const heading = section.heading;
  const stop = heading.text.indexOf("。");
  const words = headingWords(heading.text);
  if (stop <= 0 || (!parts && PART.test(words) && !WORK_HEADING.test(words))) return [];
  const full = trimSpan(text, spanOf(text, heading.start, section.content.end));
  const body = trimSpan(text, spanOf(text, heading.start + stop + 1, full.end));
  if (body.text.length < 4) return [];
  return [{ ordinal: section.ordinal, full, title: spanOf(text, heading.start, heading.start + stop), body }];
}

/**
 * A measure whose heading stands alone on its line (`一、支持金融机构设立人工智能创新中心`) over a paragraph of
 * prose and nothing else: the heading its title, the prose its body. A part heading (`一、总体要求`) is not,
 * nor a short one (`起草依据`), nor a heading over a second paragraph (an action's introduction).
 */
function headedProse(text: string, section: Section): Item[] {
  const heading = section.heading;
  const words = headingWords(heading.text);
  // A short heading names a part of an explanation (`起草依据`, `主要特点`), no measure.
  if (/[。,，;；:：]/.test(heading.text) || PART.test(words) || words.length < 6) return [];
  const content = trimSpan(text, spanOf(text, heading.end, section.content.end));
  const paragraphs = content.text.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  if (paragraphs.length !== 1 || !/。/.test(content.text) || content.text.length < 12) return [];
  return [headedItem(text, section, content)];
}

/** A section as one item: its heading's words the title, `body` under it the body. */
function headedItem(text: string, section: Section, body: Span): Item {
  const heading = section.heading;
  const full = trimSpan(text, spanOf(text, heading.start, section.content.end));
  const at = heading.text.indexOf(headingWords(heading.text));
  const title = trimSpan(text, spanOf(text, heading.start + Math.max(0, at), heading.end));
  return { ordinal: section.ordinal, full, title, body };
}

/** A line that only names who is responsible (`责任单位:省数据局、省发展改革委`). */
const UNITS_LINE = /^\s*[(（]?\s*(?:牵头单位|牵头部门|责任单位|责任部门|主责单位)\s*[:：]\S/;
/** The lines naming those who take part, under a lead's line. */
const OTHER_UNITS_LINE = /^\s*(?:配合单位|配合部门|参与单位|协同单位|协办单位)\s*[:：]\S/;

/**
 * A section whose heading stands alone on its line (`二、提升数据资源供给质量`) over prose with no
 * items, closed by a line naming its responsible units (`责任单位:…`), is itself an item: the
 * heading its title, the prose and the units line its body. A part heading (`一、总体要求`) is not.
 */
function labelledSection(text: string, section: Section): Item[] {
  const heading = section.heading;
  if (/[。,，;；]/.test(heading.text) || PART.test(headingWords(heading.text))) return [];
  const content = trimSpan(text, spanOf(text, heading.end, section.content.end));
  const lines = content.text.split("\n").filter((l) => l.trim() !== "");
  // The units may take two lines (`牵头单位:…` / `配合单位:…`), and the document's closing words may follow the last.
  const labelled = lines.findIndex((l) => UNITS_LINE.test(l));
  // A printed footer (`抄送:…`, `…办公室 2025年3月7日印发`) is no closing word of the text.
  const closing = lines
    .slice(labelled + 1)
    .filter((l) => !OTHER_UNITS_LINE.test(l) && !/^\s*(?:抄送|抄报|—\s*\d+\s*—)|印发\s*$/.test(l)).length;
  if (lines.length < 2 || labelled < 1 || closing > 1) return [];
  return [headedItem(text, section, content)];
}

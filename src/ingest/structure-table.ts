// Tables of tasks and responsible units (`序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限`), as a page
// or a converted file leaves them: one row a line, cells apart by `|`, tabs or runs of spaces. Each
// row is a task whose responsibility comes from its 牵头单位 (LEAD) and 配合单位 (PARTICIPANT) cells.
// A table copied one cell a line is read by table-vertical.ts.
import { chineseNumeral, type Span, spanOf, trimSpan } from "./span.js";
import type { Item, Table, TaskRow } from "./structure-types.js";
import { clauseOf, type UnitGroup } from "./unit-labels.js";
import { sectionRow } from "./table-sections.js";
import { type Columns, type Separator, spannedRow, type Wrap, wrapOf } from "./table-wraps.js";
import { verticalTable } from "./table-vertical.js";
import { COPY_LIST_LINE } from "./structure-furniture.js";

const TASK_HEAD = /任务|事项|内容|措施|工作|条款/;
/**
 * A column that names each row's task, project or scene (`项目名称`, `场景名称`): the row's name, its
 * 建设内容 its body. A body's name (`单位名称`) names who, not what.
 */
const NAME_HEAD = /^(?!单位|部门|企业|机构|指标)[\u4e00-\u9fff]{2,4}名称$|^(?:支持|政策|奖补|扶持|补贴)?项目$/;
/** What a named task is: `建设内容`, `主要内容`, `工作目标`, a policy list's `政策条款` or `支持标准`. */
const CONTENT_HEAD = /内容|目标|任务|措施|条款|标准/;
const LEAD_HEAD = /牵头|主责/;
/** A 责任单位 column, or a table ordered by unit (`单位名称 | 重点工作任务`): the unit of each row leads. */
const LIST_HEAD =
  /责任单位|责任部门|责任主体|负责单位|负责部门|承担单位|承办单位|落实单位|兑现部门|兑现单位|实施部门|^(?:单位|部门)(?:名称)?$/;
/** Those that take part: 配合单位, and in a policy-redemption list (兑现清单) the 受理部门 that takes the claims. */
const PART_HEAD = /配合|参与|协同|协助|受理部门|受理单位/;
const SEQ_HEAD = /序号|编号/;
/** A column of actions over the task rows of a two-level table (`重点行动 | 序号 | 主要任务 | …`). */
const GROUP_HEAD = /^(?:重点|主要)?(?:行动|领域|方向|类别|板块|工程|专项行动)$/;
/** When a row is due: a 完成时限, or a project's years (`建设年限` `2025—2027年`, due by the last). */
const DUE_HEAD =
  /时限|完成时间|时间节点|完成期限|截止时间|进度安排|建设年限|实施年限|建设期限|建设周期|起止年限|实施期限/;
/** Columns that state what is to be done, where a row's goals are written (not `备注`, which may look back). */
const GOAL_HEAD = /目标|任务|内容|措施|举措|工作|事项|成果|指标/;
/** A line that ends a table: a section heading or a paragraph of prose. */
const PROSE = /^\s*(?:[一二三四五六七八九十]+\s*、|第[一二三四五六七八九十]+章)|。.{10,}/;

/** How a unit's whole name ends (`市数据局`, `区人民政府`, `开发区管委会`, `等`). */
const UNIT_END = /(?:局|委|厅|办|室|部|院|署|中心|政府|管委会|委员会|公司|集团|单位|部门|等)$/;

/** Words that open with an item's or a section's number. */
const NUMBERED_START = /^\s*(?:[一二三四五六七八九十]+\s*、|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[.、．])/;

/** A row as read: its cells, and the words of lines below it that carry it on. */
interface Found {
  line: Span;
  row: Span;
  cells: Span[];
  wraps: Wrap[];
  group: Item | null;
}

/** Every task table of the text with its rows. */
export function findTables(text: string, given: Span[]): Table[] {
  const lines = joinCutRows(text, given);
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const headerLine = lines[i]!;
    const header = trimSpan(text, headerLine);
    const sep = separatorOf(header.text);
    if (!sep) {
      const vertical = verticalTable(
        text,
        lines,
        i,
        (l) => columns(l) !== null,
        (l) => columns(l)?.seq ?? -1,
        (l) => columns(l)?.group ?? -1,
      );
      if (!vertical) continue;
      const cols = columns(vertical.labels)!;
      const rows = vertical.rows.flatMap((r, n) => rowOf(text, { ...r, group: null }, cols, n + 1, false) ?? []);
      tables.push({ header: headerLine, rows, groupLines: vertical.covered });
      i = vertical.last;
      continue;
    }
    const headerCells = cellsOf(text, header, sep);
    const cols = columns(headerCells.map((c) => c.text));
    if (!cols) continue;
    const found: Found[] = [];
    const groupLines: Span[] = [];
    let group: Item | null = null;
    let carried = -1;
    for (i++; i < lines.length; i++) {
      const line = trimSpan(text, lines[i]!);
      if (line.text === "" || /^[\s|:\-—]+$/.test(line.text)) continue;
      // The printed footer under the last row (`抄送:…`) ends the table.
      if (COPY_LIST_LINE.test(line.text)) {
        i--;
        break;
      }
      const heading = sectionRow(text, line, lines.slice(i + 1), sep.re, cols);
      if (heading) {
        group = heading;
        groupLines.push(lines[i]!);
        continue;
      }
      const split = separatorOf(line.text) !== null;
      const cells = split ? tabCells(text, line, sep, headerCells.length, found.at(-1)?.cells, cols.lead) : [line];
      if (split && columns(cells.map((c) => c.text))) {
        i--;
        break;
      }
      // A two-level table names each action once, in its first row's action cell (`一、智能化改造提速行动`).
      const named =
        cols.group !== undefined && split ? groupCell(text, cells[cols.group], groupLines.length + 1) : null;
      if (named) {
        group = named;
        groupLines.push(lines[i]!);
      }
      const last = found.at(-1);
      // A printed table numbers every row: a line without its 序号 carries the row above on, whatever it fills.
      const merged = last && split && sep.kind === "pipe" ? spannedRow(cells, last.cells, cols) : null;
      // A line right under a row (or its carried-on words) may carry the row on.
      const wraps =
        last && carried === i - 1 && (split || sep.kind !== "pipe") && !merged
          ? wrapOf(
              text,
              lines[i]!,
              cells,
              sep,
              { cells: headerCells, line: headerLine },
              { line: last.line, cells: last.cells },
              cols,
            )
          : null;
      if (merged) found.push({ line: lines[i]!, row: line, cells: merged, wraps: [], group });
      else if (wraps) last!.wraps.push(...wraps);
      else if (split && cells.length > Math.max(cols.task, cols.lead))
        found.push({ line: lines[i]!, row: line, cells, wraps: [], group });
      else if (PROSE.test(line.text)) {
        i--;
        break;
      } else continue;
      carried = i;
    }
    const rows = found.flatMap((f, n) => rowOf(text, f, cols, n + 1, sep.kind !== "pipe") ?? []);
    if (rows.length > 0) tables.push({ header: headerLine, rows, groupLines });
  }
  return tables;
}

/**
 * The lines with each `|` row that a line break cut (`| 4 | 开展社区微更新 | …公共空间和` / `适老化设施 | 区住建局 |`)
 * made one line over both: the row opens with `|` and its second line closes with one.
 */
function joinCutRows(text: string, lines: Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [line, next] = [lines[i]!, lines[i + 1]];
    const cut =
      /^\s*\|/.test(line.text) &&
      !/\|\s*$/.test(line.text) &&
      next &&
      !/^\s*\|/.test(next.text) &&
      /\|\s*$/.test(next.text);
    out.push(cut ? spanOf(text, line.start, next.end) : line);
    if (cut) i++;
  }
  return out;
}

/**
 * The action an action cell names (`一、智能化改造提速行动` → 智能化改造提速行动, ordinal 1; unnumbered,
 * the `nth` of its table), or null when empty.
 */
function groupCell(text: string, cell: Span | undefined, nth: number): Item | null {
  if (!cell || cell.text === "") return null;
  const m = /^([一二三四五六七八九十]+)\s*[、.．]\s*/.exec(cell.text);
  const title = m ? spanOf(text, cell.start + m[0].length, cell.end) : cell;
  return { ordinal: m ? chineseNumeral(m[1]!) : nth, full: cell, title, body: null };
}

/** Column indices of a header row, or null when the row is not one (no task or no unit column). */
function columns(cells: string[]): Columns | null {
  if (cells.length < 3) return null;
  const find = (p: RegExp, not: number[] = []) =>
    cells.findIndex((c, i) => c.length <= 12 && p.test(c) && !not.includes(i));
  const leadByName = find(LEAD_HEAD);
  const listed = leadByName !== -1 ? leadByName : find(LIST_HEAD);
  // A policy list whose only unit column is where claims go (`受理部门`): that department answers for the row.
  const accepting = listed === -1 ? find(/^受理(?:部门|单位)$/) : -1;
  const lead = listed !== -1 ? listed : accepting;
  if (lead === -1) return null;
  const part =
    accepting !== -1
      ? -1
      : find(PART_HEAD, [lead]) !== -1
        ? find(PART_HEAD, [lead])
        : leadByName !== -1
          ? find(LIST_HEAD, [lead])
          : -1;
  const seq = find(SEQ_HEAD);
  const due = find(DUE_HEAD, [lead, part, seq]);
  const named = find(NAME_HEAD, [lead, part, seq, due]);
  const task = named !== -1 ? named : find(TASK_HEAD, [lead, part, seq, due]);
  const content = named !== -1 ? find(CONTENT_HEAD, [lead, part, seq, due, named]) : -1;
  const group = find(GROUP_HEAD, [lead, part, seq, due, task]);
  const goals = cells.flatMap((c, i) =>
    i === task || (GOAL_HEAD.test(c) && ![seq, lead, part, due, group].includes(i)) ? [i] : [],
  );
  // A 责任单位-like column leads by its first unit (a list); a 牵头 column leads with every unit in it.
  return task === -1
    ? null
    : {
        seq,
        task,
        lead,
        part,
        due,
        list: leadByName === -1,
        goals,
        ...(group !== -1 && group < task ? { group } : {}),
        ...(content !== -1 ? { content } : {}),
      };
}

export function separatorOf(line: string): Separator | null {
  if ((line.match(/\|/g) ?? []).length >= 2) return { kind: "pipe", re: /\s*\|\s*/g };
  if (/\t/.test(line)) return { kind: "tab", re: /[ \u3000]*\t[\s]*/g };
  if (/\S(?: {2,}|\u3000+)\S/.test(line)) return { kind: "space", re: /(?: {2,}|\u3000)[ \u3000]*/g };
  return null;
}

/** One tab, which a tab-separated row puts between two cells even when the cell is empty. */
const EACH_TAB = /[ \u3000]*\t[ \u3000]*/g;

/**
 * A row's cells. A tab-separated row that leaves a cell empty (`2\t建设…\t\t市自然资源和规划局…`) has
 * the header's count of cells only when each tab is read as one: then a blank 牵头 cell is the one
 * merged with the row above, whose lead it shares (the evidence is that cell).
 */
function tabCells(text: string, line: Span, sep: Separator, width: number, above: Span[] | undefined, lead: number) {
  const cells = cellsOf(text, line, sep);
  if (sep.kind !== "tab" || cells.length === width) return cells;
  const each = cellsOf(text, line, { kind: "tab", re: EACH_TAB });
  if (each.length !== width) return cells;
  const merged = above?.[lead];
  if (each[lead]?.text === "" && merged && merged.text !== "") each[lead] = merged;
  return each;
}

/** The cells of a trimmed row with their spans (the empty cells outside a `| a | b |` row dropped). */
export function cellsOf(text: string, row: Span, sep: Separator): Span[] {
  const cells: Span[] = [];
  let at = row.start;
  for (const m of row.text.matchAll(sep.re)) {
    cells.push(trimSpan(text, spanOf(text, at, row.start + m.index!)));
    at = row.start + m.index! + m[0].length;
  }
  cells.push(trimSpan(text, spanOf(text, at, row.end)));
  if (cells[0]?.text === "") cells.shift();
  if (cells.at(-1)?.text === "") cells.pop();
  return cells;
}

/** A named task's content cell through its last carried-on words: the row's body. */
function contentBody(text: string, cell: Span, wraps: Wrap[], cols: Columns): Span {
  const last = wraps.filter((w) => w.col === cols.content).at(-1);
  return last ? spanOf(text, cell.start, last.span.end) : cell;
}

/**
 * The task of a row: its heading up to the first 。 of its task cell, its body the rest through the last
 * line that carries the cell on; its units those of its 牵头/配合 cells and of their carried-on words.
 */
function rowOf(text: string, f: Found, cols: Columns, count: number, wrapsWords: boolean): TaskRow | null {
  const { cells, wraps } = f;
  const task = cells[cols.task];
  if (!task || task.text === "") return null;
  const seq = cols.seq === -1 ? NaN : Number(cells[cols.seq]?.text);
  const stop = task.text.indexOf("。");
  const title = stop === -1 ? task : spanOf(text, task.start, task.start + stop);
  // The body is the task cell after its heading, through its last carried-on words (the row's other cells between).
  const taskWraps = wraps.filter((w) => w.col === cols.task);
  const bodyEnd = taskWraps.at(-1)?.span.end ?? task.end;
  const rest =
    stop === -1 && bodyEnd === task.end
      ? null
      : trimSpan(text, spanOf(text, stop === -1 ? task.end : task.start + stop + 1, bodyEnd));
  const end = Math.max(f.row.end, ...wraps.map((w) => w.span.end));
  const content = cols.content === undefined ? null : cells[cols.content];
  // A heading a printed table wrapped over the cell's lines (cells apart by spaces or tabs) reads on
  // through them to its first 。; a page's `| | 续文 |` row is a sentence of its own.
  // A numbered line (`四、保障措施`, `(一)…`, `1.…`) under the table starts a part of its own, never a heading's words.
  const carried = taskWraps.map((w) => w.span.text);
  const own = carried.findIndex((t) => NUMBERED_START.test(t));
  const wrapped = stop === -1 ? [task.text, ...(own === -1 ? carried : carried.slice(0, own))].join("") : "";
  const name =
    wrapsWords && taskWraps.length > 0 && stop === -1
      ? wrapped.slice(0, (wrapped.indexOf("。") + 1 || wrapped.length + 1) - 1)
      : null;
  const item: Item = {
    ordinal: Number.isInteger(seq) && seq > 0 ? seq : count,
    full: spanOf(text, f.row.start, end),
    title,
    body:
      rest && rest.text !== "" ? rest : content && content.text !== "" ? contentBody(text, content, wraps, cols) : null,
    ...(name && name !== title.text ? { name } : {}),
  };
  const spansOf = (col: number) =>
    col === -1
      ? []
      : [cells[col], ...wraps.filter((w) => w.col === col).map((w) => w.span)].filter(
          (c): c is Span => !!c && c.text !== "",
        );
  // In a printed table a unit's name may wrap inside its cell (`县通信` / `发展服务中心`): a carried-on
  // piece with no list mark between continues the piece above. A page's `| | 续文 |` rows wrap so
  // only when the piece above stops inside a name (`市自然资源和` / `规划局`).
  const continues = (above: string, piece: string) =>
    !/[、,，;；]$/.test(above) && !/^[、,，;；]/.test(piece) && (wrapsWords || !UNIT_END.test(above));
  const groups: UnitGroup[] = [cols.lead, cols.part].flatMap((c) =>
    spansOf(c).map((span, k, pieces) => ({
      span,
      role: c !== cols.lead ? ("PARTICIPANT" as const) : cols.list ? ("LIST" as const) : ("LEAD" as const),
      ...(k > 0 && continues(pieces[k - 1]!.text, span.text) ? { continues: true } : {}),
    })),
  );
  const whole =
    groups.length === 0
      ? null
      : spanOf(text, Math.min(...groups.map((g) => g.span.start)), Math.max(...groups.map((g) => g.span.end)));
  return {
    line: f.line,
    item,
    clause: whole ? clauseOf(text, whole, groups) : null,
    group: f.group,
    goals: cols.goals.flatMap(spansOf),
    due: cols.due === -1 ? null : (cells[cols.due] ?? null),
  };
}

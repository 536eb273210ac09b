// Goals of single-year work plans (`2025年工作要点`), recurring goals (`每年…`), goals inside task-table
// cells, and the quantities they are written with (`1.2万座`, `12万标准机架`, `4小时以内`). All text is invented.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { type Span, spanOf } from "../../src/ingest/span.js";
import { rowTargets } from "../../src/ingest/target-cells.js";
import { horizonOf, planYearOf } from "../../src/ingest/target-deadlines.js";
import { quantitiesIn } from "../../src/ingest/target-quantity.js";
import { type ParsedTarget, parseTargets, type TargetContext } from "../../src/ingest/targets.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const row = (t: ParsedTarget) => [t.value, t.unit, t.comparator, t.deadlineYear, t.metric];
const read = (words: string, goalSection: boolean, context: TargetContext) =>
  parseTargets(words, spanOf(words, 0, words.length), goalSection, context).map(row);

describe("the year of a plan", () => {
  it("is the single year a title's work plan is for, never a range's end", () => {
    const titles = [
      "甲市2025年工作要点",
      "乙省2024年数字经济工作要点",
      "丙区2025年度人工智能产业工作计划",
      "丁市智能制造2025年重点任务",
      "戊市2024—2026年重点任务",
      "己市人工智能行动计划(2024—2026年)",
    ];
    expect(titles.map(planYearOf)).toEqual([2025, 2024, 2025, 2025, undefined, undefined]);
  });

  it("bounds a recurring goal: the plan's year, else the title's period, else the last deadline named", () => {
    expect([
      horizonOf("甲市2025年工作要点", "到2027年", 2025),
      horizonOf("乙市方案(2024—2026年)", "到2025年"),
      horizonOf("丙市方案", "到2025年…到2027年底"),
      horizonOf("丁市办法", ""),
    ]).toEqual([2025, 2026, 2027, undefined]);
  });
});

describe("goals of a single year's plan", () => {
  it("reads 全年, 年内, 年底前, a month's end and 力争 as that year's goals, and nothing that looks back or gives money", () => {
    const words =
      "2024年,全市智能产业规模达到460亿元。今年以来,新增企业30家。全年新增智能企业50家以上。推进平台建设,年内建成算力节点12个。6月底前上线服务专区2个。力争培育上市企业3家。对入选项目给予最高200万元奖励。";
    expect(read(words, false, { planYear: 2025 })).toEqual([
      [50, "家", "AT_LEAST", 2025, "智能企业"],
      [12, "个", "EXACTLY", 2025, "算力节点"],
      [2, "个", "EXACTLY", 2025, "服务专区"],
      [3, "家", "EXACTLY", 2025, "上市企业"],
    ]);
    expect(read(words, false, {})).toEqual([]);
  });

  it("reads a bound or a level to reach as that year's goal wherever it stands, and no other number", () => {
    const words =
      "围绕5个重点领域开展试点。集聚生态企业累计达到150家。培育10个以上行业应用标杆,打造100个以上典型场景。组织3次观摩活动。对入选企业给予不少于10万元补助。";
    expect(read(words, false, { planYear: 2026 })).toEqual([
      [150, "家", "EXACTLY", 2026, "生态企业累计"],
      [10, "个", "AT_LEAST", 2026, "行业应用标杆"],
      [100, "个", "AT_LEAST", 2026, "典型场景"],
    ]);
    // In a plan of several years, such a sentence has no year of its own: it is read only after a deadline.
    expect(read(words, false, {})).toEqual([]);
  });

  it("gives a 目标 section without a year the plan's year", () => {
    expect(read("全市智能产业规模达到520亿元,数字经济核心产业增加值占比达到11%。", true, { planYear: 2025 })).toEqual([
      [520, "亿元", "EXACTLY", 2025, "智能产业规模"],
      [11, "%", "EXACTLY", 2025, "数字经济核心产业增加值占比"],
    ]);
  });

  it("sets no plan-year goals in a section that looks back on the year before", () => {
    const g = extractDocument(
      [
        "甲市2025年数字经济工作要点",
        "一、2024年工作回顾",
        "全年新增数字企业80家。",
        "二、2025年主要目标",
        "全年新增数字企业100家以上。",
      ].join("\n"),
      loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer")),
    );
    expect(g.nodes.filter((n) => n.label === "Target").map((n) => [n.props.value, n.props.deadlineYear])).toEqual([
      [100, 2025],
    ]);
  });
});

describe("recurring goals", () => {
  it("reads a 每年 clause as a goal due by the horizon, not an award, and nothing without a horizon", () => {
    const words =
      "定期发布场景清单,每年发布不少于20个应用场景。全市每年组织200家以上中小企业参加诊断服务。每年给予最高100万元补助。";
    expect(read(words, false, { horizon: 2026 })).toEqual([
      [20, "个", "AT_LEAST", 2026, "应用场景"],
      [200, "家", "AT_LEAST", 2026, "中小企业参加诊断服务"],
    ]);
    expect(read(words, false, {})).toEqual([]);
  });
});

describe("quantities", () => {
  it("keeps 万 and 亿 in the unit as written, reads long units and time limits", () => {
    const found = [
      "建成5G基站1.2万座",
      "机架规模突破12万标准机架",
      "恢复时间控制在4小时以内",
      "办理时限压缩至3个工作日",
      "产值约1.5万亿元",
      "培育1万余家企业",
    ].map((w) => quantitiesIn(w).map((q) => [q.value, q.unit, q.comparator]));
    expect(found).toEqual([
      [[1.2, "万座", "EXACTLY"]],
      [[12, "万标准机架", "OVER"]],
      [[4, "小时", "AT_MOST"]],
      [[3, "个工作日", "EXACTLY"]],
      [[1.5, "万亿元", "APPROXIMATELY"]],
      [[1, "万家", "OVER"]],
    ]);
  });
});

describe("goals in a task table's cells", () => {
  const cell = (words: string): Span[] => [spanOf(words, 0, words.length)];
  const due = (words: string, at: string): Span => spanOf(words, words.indexOf(at), words.indexOf(at) + at.length);

  it("are due in the year of the row's 完成时限, else the plan's year", () => {
    const words = "建设算力节点,新增智能算力2000PFLOPS 2026年6月";
    const [task] = cell(words.split(" ")[0]!);
    expect(rowTargets(words, [task!], due(words, "2026年6月"), { planYear: 2025 }).map(row)).toEqual([
      [2000, "PFLOPS", "EXACTLY", 2026, "智能算力"],
    ]);
    expect(rowTargets(words, [task!], null, { planYear: 2025 }).map(row)).toEqual([
      [2000, "PFLOPS", "EXACTLY", 2025, "智能算力"],
    ]);
    expect(rowTargets(words, [task!], null, {})).toEqual([]);
  });

  it("come from clauses that set a goal, not from where a task is done or what it pays", () => {
    const words = "在10个区县开展试点,覆盖80%以上高频事项,年内接入企业200家以上,对入选企业给予最高50万元支持";
    expect(rowTargets(words, cell(words), null, { planYear: 2024 }).map(row)).toEqual([
      [80, "%", "AT_LEAST", 2024, "高频事项"],
      [200, "家", "AT_LEAST", 2024, "接入企业"],
    ]);
  });
});

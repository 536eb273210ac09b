import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/ingest/extract.js";
import type { Gazetteer } from "../../src/ingest/gazetteer.js";
import { spanOf } from "../../src/ingest/span.js";
import { type ParsedTarget, parseTargets } from "../../src/ingest/targets.js";

// Invented goal sentences: the layouts of real plans (lists joined by 、, spaces around numbers,
// several deadlines in one section), none of their words.
const read = (text: string, goalSection = true) => parseTargets(text, spanOf(text, 0, text.length), goalSection);
const row = (t: ParsedTarget) => [t.metric, t.value, t.unit, t.comparator, t.deadlineYear];

describe("parseTargets", () => {
  it("makes one target per quantity of a 、 list, each with its own metric and the verb of the list", () => {
    const [a, b] = read("到2026年,培育示范工厂8家、标杆车间40家。");
    expect([row(a!), row(b!)]).toEqual([
      ["示范工厂", 8, "家", "EXACTLY", 2026],
      ["标杆车间", 40, "家", "EXACTLY", 2026],
    ]);
    expect([a!.clause.text, b!.clause.text, b!.verb]).toEqual(["培育示范工厂8家", "标杆车间40家", "培育"]);
  });

  it("reads OVER, AT_LEAST, APPROXIMATELY, AT_MOST and EXACTLY from the words around the number", () => {
    const targets = read(
      "到2027年,智能终端企业超1500家,数据集突破200个,骨干企业超过60家以上,孵化器不少于12所,专利不低于900项,算力中心6座左右,产值约450亿元,能耗增幅不超过3%,误差率控制在1%以内,示范项目达到75项,新建实训基地9个。",
    );
    expect(targets.map((t) => [t.value, t.comparator])).toEqual([
      [1500, "OVER"],
      [200, "OVER"],
      [60, "OVER"],
      [12, "AT_LEAST"],
      [900, "AT_LEAST"],
      [6, "APPROXIMATELY"],
      [450, "APPROXIMATELY"],
      [3, "AT_MOST"],
      [1, "AT_MOST"],
      [75, "EXACTLY"],
      [9, "EXACTLY"],
    ]);
  });

  it("reads numbers with spaces, thousands separators, decimals and percentages, counting out 万 outside money", () => {
    const targets = read(
      "到 2028 年底,服务机器人企业超 2,400 家,智能算力达到 35 EFLOPS,存储规模 80 TB,渗透率提高到 45%以上,产业规模约 1.5 万亿元,带动就业12万人,效率提升2倍。",
    );
    expect(targets.map(row)).toEqual([
      ["服务机器人企业", 2400, "家", "OVER", 2028],
      ["智能算力", 35, "EFLOPS", "EXACTLY", 2028],
      ["存储规模", 80, "TB", "EXACTLY", 2028],
      ["渗透率", 45, "%", "AT_LEAST", 2028],
      ["产业规模", 1.5, "万亿元", "APPROXIMATELY", 2028],
      ["就业", 12, "万人", "EXACTLY", 2028],
      ["效率提升", 2, "倍", "EXACTLY", 2028],
    ]);
  });

  it("gives each sentence its own deadline: 到…年, 至…年, …年前, and a later 到…年 in the same section", () => {
    const targets = read(
      "至2025年,开放数据集50个。力争2026年前,建成创新中心3个。到2029年,培育独角兽企业5家;到2031年,独角兽企业10家。",
    );
    expect(targets.map((t) => [t.metric, t.deadlineYear])).toEqual([
      ["数据集", 2025],
      ["创新中心", 2026],
      ["独角兽企业", 2029],
      ["独角兽企业", 2031],
    ]);
  });

  it("keeps a metric's own list as written, never opens or ends one with 、 or puts a number in it, and keeps a name such as 5G", () => {
    const targets = read("到2026年,建成国家级、省级孵化平台14个,部署5G专网300个,上市企业12家、专精特新企业85家。");
    for (const t of targets) expect(t.metric.replace(/\d+[A-Za-z]+/g, "")).not.toMatch(/^、|、$|\d/);
    expect(targets.map((t) => t.metric)).toEqual(["国家级、省级孵化平台", "5G专网", "上市企业", "专精特新企业"]);
  });

  it("reads computing power in FLOPS however it is capitalised, with the unit as written", () => {
    const text = "到2031年,全区智算规模达到1500PFlops,通用算力超过20EFLOPS。";
    expect(read(text).map(row)).toEqual([
      ["智算规模", 1500, "PFlops", "EXACTLY", 2031],
      ["通用算力", 20, "EFLOPS", "OVER", 2031],
    ]);
  });

  it("outside a 目标 section reads only from a clause that opens with a deadline or a year's 目标 lead-in, not subsidies", () => {
    const text = [
      "截至2024年底,已集聚企业900家。对首次认定的企业给予最高300万元奖励,每家补助不超过50万元。到2027年,建成数据标注基地4个。",
      "  推广算力券,降低使用成本,力争到2026年惠及中小企业超过700家。",
      "2026年工作目标:新增数字车间不少于45个。",
    ].join("\n");
    expect(read(text, false).map(row)).toEqual([
      ["数据标注基地", 4, "个", "EXACTLY", 2027],
      ["惠及中小企业", 700, "家", "OVER", 2026],
      ["数字车间", 45, "个", "AT_LEAST", 2026],
    ]);
  });

  it("reads across a hard line break inside a sentence, and takes the number that closes the clause", () => {
    const text = "到2027年,培育开源模型社区不少于8个,建成语料库60个以\n上,年营收超5亿元企业不少于16家。";
    expect(read(text).map(row)).toEqual([
      ["开源模型社区", 8, "个", "AT_LEAST", 2027],
      ["语料库", 60, "个", "AT_LEAST", 2027],
      ["企业", 16, "家", "AT_LEAST", 2027],
    ]);
  });
});

const GAZETTEER: Gazetteer = {
  agencies: [],
  organizations: [],
  platforms: [],
  zones: [],
  technologies: [],
  domains: [],
  documents: [],
  translations: { document: {}, sections: {}, actions: {}, tasks: {}, measures: {}, targets: {} },
};

describe("targets of an extracted document", () => {
  const g = extractDocument(
    [
      "某县智能制造推进方案",
      "各乡镇人民政府:",
      "一、发展目标",
      "到2026年,全县培育智能工厂6家、数字车间30家,智能制造产值约80亿元。",
      "二、重点任务",
      "(一)建设平台。到2027年,建成工业互联网平台3个。对新建平台给予最高200万元补助。",
    ].join("\n"),
    GAZETTEER,
  );
  const targets = g.nodes.filter((n) => n.label === "Target");

  it("sets one target per quantity, numbered across sections, with the clause as evidence", () => {
    expect(
      targets.map((n) => [n.id.split("/")[1], n.props.metric, n.props.value, n.props.comparator, n.props.deadlineYear]),
    ).toEqual([
      ["target-1", "智能工厂", 6, "EXACTLY", 2026],
      ["target-2", "数字车间", 30, "EXACTLY", 2026],
      ["target-3", "智能制造产值", 80, "APPROXIMATELY", 2026],
      ["target-4", "工业互联网平台", 3, "EXACTLY", 2027],
    ]);
    for (const n of targets) expect(g.text.slice(n.evidence[0]!.start, n.evidence[0]!.end)).toBe(n.props.name);
    expect(g.relationships.filter((r) => r.type === "SETS")).toHaveLength(4);
  });
});

import { describe, expect, it } from "vitest";
import { chineseNumeral } from "../../src/ingest/span.js";
import { parseStructure } from "../../src/ingest/structure.js";
import { parseTargets } from "../../src/ingest/targets.js";
import { parseResponsibleUnits } from "../../src/ingest/responsibility.js";
import { NameMatcher } from "../../src/ingest/mentions.js";

const SAMPLE = [
  "各区人民政府:经市人民政府同意,现将《某市行动方案(2021-2023年)》印发给你们。",
  "  某市科技局",
  "  2021年3月5日",
  "某市科技局关于印发《某市行动方案(2021-2023年)》的通知",
  "  某市行动方案(2021-2023年)",
  "  为贯彻落实《甲规划》(国发〔2020〕1号)《乙方案》(粤府〔2020〕12号)等文件精神,制定本方案。",
  "  一、总体目标",
  "  到2023年,全市产业规模达到50亿元,建设3个产业园,培育20家以上企业。",
  "  二、重点任务",
  "  (一)创新行动。",
  "  1.建设平台。建设甲平台。",
  "  2.培育企业。支持乙企业。",
  "  (二)应用行动。",
  "  3.推广应用。推进应用。",
  "  三、保障措施",
  "  (一)加强领导。统筹推进。(责任单位:市科技局、财政局,各区政府)",
].join("\n");

describe("parseStructure", () => {
  const s = parseStructure(SAMPLE);

  it("finds the title, issuer, approving government and date of the notice", () => {
    expect(s.title?.text).toBe("某市行动方案(2021-2023年)");
    expect(s.issuer?.text).toBe("某市科技局");
    expect(s.approvedBy?.text).toBe("市人民政府");
    expect(s.issueDate?.iso).toBe("2021-03-05");
  });

  it("finds every cited document with its 文号, at offsets that quote it", () => {
    expect(s.citations.map((c) => [c.title.text, c.docNumber.text])).toEqual([
      ["甲规划", "国发〔2020〕1号"],
      ["乙方案", "粤府〔2020〕12号"],
    ]);
    for (const c of s.citations) expect(SAMPLE.slice(c.docNumber.start, c.docNumber.end)).toBe(c.docNumber.text);
  });

  it("puts each numbered task under the action heading before it", () => {
    const tasks = s.sections[1]!.numbered.map(({ item, parent }) => [
      item.ordinal,
      item.title.text,
      parent?.title.text,
    ]);
    expect(tasks).toEqual([
      [1, "建设平台", "创新行动"],
      [2, "培育企业", "创新行动"],
      [3, "推广应用", "应用行动"],
    ]);
  });

  it("tells heading-only actions from measures that carry a body", () => {
    expect(s.sections[1]!.items.map((i) => i.body)).toEqual([null, null]);
    expect(s.sections[2]!.items[0]!.body?.text).toBe("统筹推进。(责任单位:市科技局、财政局,各区政府)");
  });
});

describe("parseTargets", () => {
  it("reads value, unit, comparator and metric from each clause with a number", () => {
    const s = parseStructure(SAMPLE);
    const targets = parseTargets(SAMPLE, s.sections[0]!.content);
    expect(targets.map((t) => [t.metric, t.value, t.unit, t.comparator, t.deadlineYear])).toEqual([
      ["产业规模", 50, "亿元", "EXACTLY", 2023],
      ["产业园", 3, "个", "EXACTLY", 2023],
      ["企业", 20, "家", "AT_LEAST", 2023],
    ]);
  });
});

describe("parseResponsibleUnits", () => {
  it("gives later units the first unit's level prefix and makes the first the lead", () => {
    const text = "市科技局、财政局,各区政府";
    const known = new Map([
      ["市科技局", "tech"],
      ["市财政局", "finance"],
      ["各区政府", "districts"],
    ]);
    const units = parseResponsibleUnits(text, { start: 0, end: text.length, text }, (n) => {
      const key = known.get(n);
      return key ? { key, name: n, nameEn: key, aliases: [], level: "MUNICIPAL", source: "test" } : undefined;
    });
    expect(units.map((u) => [u.span.text, u.agency?.key, u.position])).toEqual([
      ["市科技局", "tech", 0],
      ["财政局", "finance", 1],
      ["各区政府", "districts", 2],
    ]);
  });
});

describe("NameMatcher", () => {
  it("takes the longest name at each place and never overlaps", () => {
    const m = new NameMatcher([
      { name: "科大讯飞", entry: "org" },
      { name: "科大讯飞机器人智能交互平台", entry: "platform" },
      { name: "平台", entry: "word" },
    ]);
    expect(m.find("支持科大讯飞机器人智能交互平台和科大讯飞").map((x) => [x.entry, x.span.start])).toEqual([
      ["platform", 2],
      ["org", 16],
    ]);
  });
});

describe("chineseNumeral", () => {
  it("reads ordinals from 一 to 九十九", () => {
    expect(["一", "五", "十", "十二", "二十", "二十三"].map(chineseNumeral)).toEqual([1, 5, 10, 12, 20, 23]);
    expect(chineseNumeral("甲")).toBeNaN();
  });
});

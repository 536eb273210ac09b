import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { normalise, removePinyinReadings, toSimplified } from "../../src/ingest/normalise.js";

const seed = readFileSync(new URL("../../seeds/guangzhou-ai-action-plan-2020-2022.raw.txt", import.meta.url), "utf8");

/** Anything in parentheses with a lowercase Latin letter in it, tone marks included, looks like a leftover reading. */
const LEFTOVER_READING = /\([^()]*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ][^()]*\)/u;

const countOpeningParentheses = (text: string): number => text.split("(").length - 1;

describe("removePinyinReadings", () => {
  it("removes a reading that follows a character", () => {
    expect(removePinyinReadings("各區(qū)人民政府").text).toBe("各區人民政府");
  });

  it("removes several readings in one word", () => {
    expect(removePinyinReadings("產(chǎn)業(yè)發(fā)展").text).toBe("產業發展");
  });

  it("removes a reading inside real parentheses and keeps the parentheses", () => {
    expect(removePinyinReadings("(國發(fā)〔2017〕35號)").text).toBe("(國發〔2017〕35號)");
  });

  it("keeps parentheses holding Chinese, digits or uppercase letters", () => {
    const raw = "(第五代移動通信)(2020-2022年)(平臺)(廣州)(含技工院校)(IAB)(套)(重點)(5G)";
    expect(removePinyinReadings(raw).text).toBe(raw);
  });

  it("keeps lowercase Latin in parentheses that follow punctuation, Latin text or nothing", () => {
    const raw = "(fā)開始。(fā)見IAB(ai)";
    expect(removePinyinReadings(raw).text).toBe(raw);
  });

  it("removes a reading on the first character of the input", () => {
    const { text, rawOffsets } = removePinyinReadings("發(fā)展");
    expect(text).toBe("發展");
    expect(Array.from(rawOffsets)).toEqual([0, 5, 6]);
  });

  it("removes a reading at the very end of the input and maps the end of the text to the end of the raw input", () => {
    const { text, rawOffsets } = removePinyinReadings("推進發(fā)");
    expect(text).toBe("推進發");
    expect(Array.from(rawOffsets)).toEqual([0, 1, 2, 7]);
  });

  it("returns empty text with one offset for empty input", () => {
    const { text, rawOffsets } = removePinyinReadings("");
    expect(text).toBe("");
    expect(Array.from(rawOffsets)).toEqual([0]);
  });

  it("removes all 522 readings from the seed and leaves no lowercase Latin in parentheses", () => {
    const { text } = removePinyinReadings(seed);
    expect(countOpeningParentheses(seed) - countOpeningParentheses(text)).toBe(522);
    expect(text).not.toMatch(LEFTOVER_READING);
  });
});

describe("toSimplified", () => {
  it("converts Traditional characters to their Simplified forms", () => {
    expect(toSimplified("廣州市工業和信息化局")).toBe("广州市工业和信息化局");
  });

  it("keeps line breaks and whitespace where they were", () => {
    expect(toSimplified("  廣州市\n\n  2020年2月27日\n")).toBe("  广州市\n\n  2020年2月27日\n");
  });

  it("returns the empty string for empty input", () => {
    expect(toSimplified("")).toBe("");
  });

  it("keeps the length of the whole seed so offsets survive conversion", () => {
    const { text } = removePinyinReadings(seed);
    expect(toSimplified(text)).toHaveLength(text.length);
    expect(toSimplified(seed)).toHaveLength(seed.length);
  });

  it("converts a line character by character when OpenCC's phrase conversion would change its length", () => {
    // OpenCC turns the phrase 二噁英 into 二𫫇英, whose 𫫇 is a surrogate pair.
    expect(toSimplified("治理二噁英排放\n產業")).toBe("治理二恶英排放\n产业");
  });

  it("keeps a character whose only Simplified form would change the length", () => {
    // OpenCC's Simplified form of 勣 is 𪟝, outside the Basic Multilingual Plane.
    expect(toSimplified("業績勣")).toBe("业绩勣");
  });
});

describe("normalise", () => {
  it("turns a word with several readings into Simplified Chinese", () => {
    expect(normalise("發(fā)展").text).toBe("发展");
  });

  it("converts the document number inside real parentheses", () => {
    expect(normalise("(國發(fā)〔2017〕35號)").text).toBe("(国发〔2017〕35号)");
  });

  it("keeps real parenthetical text, converted", () => {
    expect(normalise("(第五代移動通信)(平臺)(廣州)(含技工院校)(套)(重點)").text).toBe(
      "(第五代移动通信)(平台)(广州)(含技工院校)(套)(重点)",
    );
  });

  it("returns empty text whose only offset maps to the start of the raw input", () => {
    const normalised = normalise("");
    expect(normalised.text).toBe("");
    expect(normalised.toRaw(0)).toBe(0);
  });

  it("gives the raw span of a phrase including the readings removed from inside it", () => {
    const raw = "推進產(chǎn)業(yè)發(fā)展。";
    const normalised = normalise(raw);
    const start = normalised.text.indexOf("产业发展");
    const end = start + "产业发展".length;
    expect(raw.slice(normalised.toRaw(start), normalised.toRaw(end))).toBe("產(chǎn)業(yè)發(fā)展");
  });

  it("maps the end of the text past a trailing reading to the end of the raw input", () => {
    const raw = "推進發(fā)";
    expect(normalise(raw).toRaw(3)).toBe(raw.length);
  });

  it("rejects offsets outside the text", () => {
    const normalised = normalise("發(fā)展");
    expect(() => normalised.toRaw(3)).toThrow(RangeError);
    expect(() => normalised.toRaw(-1)).toThrow(RangeError);
    expect(() => normalised.toRaw(0.5)).toThrow(RangeError);
  });

  describe("on the Guangzhou action plan seed", () => {
    const normalised = normalise(seed);

    it("contains the plan's title, its predecessor's document number and the companies it names", () => {
      for (const phrase of [
        "广州市关于推进新一代人工智能产业发展的行动计划(2020-2022年)",
        "穗府〔2018〕9号",
        "科大讯飞",
        "云从科技",
        "欧派",
      ]) {
        expect(normalised.text).toContain(phrase);
      }
    });

    it("keeps the real parenthetical text", () => {
      for (const phrase of ["(第五代移动通信)", "(平台)", "(广州)", "(含技工院校)", "(套)", "(重点)", "IAB"]) {
        expect(normalised.text).toContain(phrase);
      }
    });

    it("leaves no Traditional characters and no pinyin", () => {
      expect(normalised.text).not.toMatch(/[區發與業關產經現規創]/u);
      expect(normalised.text).not.toMatch(LEFTOVER_READING);
    });

    it("maps known phrases back to raw spans that normalise to the same phrases", () => {
      for (const phrase of [
        "广州市关于推进新一代人工智能产业发展的行动计划(2020-2022年)",
        "(国发〔2017〕35号)",
        "穗府〔2018〕9号",
        "科大讯飞",
        "创新平台",
        "首台(套)",
        "各区人民政府",
      ]) {
        const start = normalised.text.indexOf(phrase);
        expect(start).toBeGreaterThanOrEqual(0);
        const rawSpan = seed.slice(normalised.toRaw(start), normalised.toRaw(start + phrase.length));
        expect(normalise(rawSpan).text).toBe(phrase);
      }
    });

    it("maps the start and end of the text to the start and end of the raw input", () => {
      expect(normalised.toRaw(0)).toBe(0);
      expect(normalised.toRaw(normalised.text.length)).toBe(seed.length);
    });
  });
});

import { describe, expect, it } from "vitest";
import { normalise, toSimplified } from "../../src/ingest/normalise.js";

describe("toSimplified leaves Simplified text alone", () => {
  it("keeps 显著, 着力, 干部 and 发展 in a Simplified line", () => {
    const line = "显著提升服务能力,着力降低成本,加强干部队伍建设,推动产业发展。";
    expect(toSimplified(line)).toBe(line);
  });

  it("keeps a Simplified line that has no Simplified-only character when the text is Simplified", () => {
    const text = "推动产业发展,显著增强。\n著名企业\n着力推进";
    expect(toSimplified(text)).toBe(text);
  });

  it("still converts Traditional lines: 區塊鏈, 發展, 著名", () => {
    expect(toSimplified("推動區塊鏈產業發展,支持著名企業。")).toBe("推动区块链产业发展,支持著名企业。");
    expect(toSimplified("顯著提升")).toBe("显著提升");
  });

  it("converts the Traditional lines of a mixed text and keeps its Simplified lines, keeping the length", () => {
    const mixed = "推动产业显著发展。\n推動產業發展。\n着力干部培养";
    const converted = toSimplified(mixed);
    expect(converted).toBe("推动产业显著发展。\n推动产业发展。\n着力干部培养");
    expect(converted).toHaveLength(mixed.length);
  });

  it("converts a short text without script evidence as before (a search, a quote)", () => {
    expect(toSimplified("著名")).toBe("著名");
    expect(toSimplified("區")).toBe("区");
  });

  it("normalises Simplified input with readings removed and 显著 kept", () => {
    expect(normalise("服务能力显(xiǎn)著提升,推动发展。").text).toBe("服务能力显著提升,推动发展。");
  });
});

import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/ingest/extract.js";
import type { Gazetteer } from "../../src/ingest/gazetteer.js";

// A document of another city in the same common layout, in Traditional characters with a pasted
// reading, and a gazetteer that knows only two names: the extractor finds its structure by itself.
const RAW = [
  "各區(qū)人民政府:經市人民政府同意,現將《某市人工智能行動方案(2021-2023年)》印發給你們。",
  "  2021年3月5日",
  "某市科技局關于印發《某市人工智能行動方案(2021-2023年)》的通知",
  "  某市人工智能行動方案(2021-2023年)",
  "  為貫徹落實《新一代人工智能發展規劃》(國發〔2017〕35號)等文件精神,制定本方案。",
  "  一、總體目標",
  "  到2023年,全市產業規模超過50億元,建設3個產業園。",
  "  二、重點任務",
  "  (一)創新行動。",
  "  1.建設平臺。支持區塊鏈應用,創建示範區。",
  "  三、保障措施",
  "  (一)加強領導。統籌推進。(責任單位:市科技局、財政局)",
].join("\n");

const entry = (key: string, name: string, aliases: string[] = []) => ({
  key,
  name,
  nameEn: key,
  aliases,
  source: "test",
});
const GAZETTEER: Gazetteer = {
  agencies: [{ ...entry("city-tech", "某市科技局", ["市科技局"]), level: "MUNICIPAL" }],
  organizations: [],
  platforms: [],
  zones: [],
  domains: [],
  technologies: [entry("blockchain", "区块链")],
  documents: [],
  translations: { document: {}, sections: {}, actions: {}, tasks: {}, measures: {}, targets: {} },
};

describe("extractDocument on another document of the common layout", () => {
  const g = extractDocument(RAW, GAZETTEER);
  const byLabel = (label: string) => g.nodes.filter((n) => n.label === label);

  it("finds its title, cited document, action, task, measure and targets", () => {
    expect(g.nodes.find((n) => n.id === g.documentId)?.props.name).toBe("某市人工智能行动方案(2021-2023年)");
    expect(byLabel("PolicyDocument").map((n) => n.props.docNumber)).toContain("国发〔2017〕35号");
    expect(byLabel("Action").map((n) => n.props.name)).toEqual(["创新行动"]);
    expect(byLabel("Task").map((n) => n.props.name)).toEqual(["建设平台"]);
    expect(byLabel("Measure").map((n) => n.props.name)).toEqual(["加强领导"]);
    expect(byLabel("Target").map((n) => [n.props.metric, n.props.value, n.props.comparator])).toEqual([
      ["产业规模", 50, "OVER"],
      ["产业园", 3, "EXACTLY"],
    ]);
  });

  it("resolves known units and keeps unknown ones as agencies of their own, with a warning", () => {
    const responsible = g.relationships.filter((r) => r.type === "RESPONSIBLE").map((r) => [r.to, r.props.role]);
    expect(responsible[0]).toEqual(["Agency:city-tech", "LEAD"]);
    expect(responsible[1]![1]).toBe("PARTICIPANT");
    expect(g.warnings.join(" ")).toContain("财政局");
  });

  it("quotes the normalised text exactly for every piece of evidence", () => {
    const all = [...g.nodes, ...g.relationships].flatMap((x) => x.evidence);
    expect(all.length).toBeGreaterThan(10);
    for (const e of all) expect(g.text.slice(e.start, e.end)).toBe(e.quote);
    expect(
      g.relationships.find((r) => r.type === "MENTIONS" && r.to === "Technology:blockchain")?.evidence[0]?.quote,
    ).toBe("区块链");
  });
});

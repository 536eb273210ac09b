import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { homeSources, selfLevel } from "../../src/ingest/home-area.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

// Invented texts (fiction): the layouts of a bureau's notice that names its city only in the plan
// it follows, and of a work plan copied from its first sentence on, with no issuer line at all.
const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const units = (raw: string) => {
  const g = extractDocument(raw, gazetteer, { discover: true });
  const node = (id: string) => g.nodes.find((n) => n.id === id)!;
  const of = (type: string) =>
    g.relationships.filter((r) => r.type === type).map((r) => [node(r.to).props.name, node(r.to).props.level]);
  return { doc: node(g.documentId).props, issued: of("ISSUED_BY"), responsible: of("RESPONSIBLE") };
};

describe("the area of a document whose issuer does not name it", () => {
  it("reads the level a text calls its own, and none when two levels tie", () => {
    expect(selfLevel("推动全省算力建设，我省将……")).toBe("PROVINCIAL");
    expect(selfLevel("全市场主体。我市推进……全市统筹")).toBe("MUNICIPAL");
    expect(selfLevel("全区域覆盖，本县试点")).toBe("DISTRICT");
    expect(selfLevel("全省与全市各一次")).toBeUndefined();
    expect(selfLevel("没有自称的文字")).toBeUndefined();
  });

  it("takes a cited title's area only when the text names it again, and a province by its short name", () => {
    const text = "按照《某川市智能产业三年行动计划》和《促进城市更新的意见》……某川大学……";
    expect(homeSources({ title: "市科技局关于印发重点工作的通知", text })).toEqual([
      "市科技局关于印发重点工作的通知",
      "某川市智能产业三年行动计划",
    ]);
    expect(homeSources({ title: "数智云南建设工作要点", text: "培育云南数据集团，全省推进" }).at(-1)).toBe("云南省");
    // Named once only: no province is guessed.
    expect(homeSources({ title: "工作要点", text: "与云南企业合作" })).toEqual(["工作要点"]);
  });

  it("qualifies a bureau named by level from the plan it follows (a 直辖市: provincial in rank)", () => {
    const r = units(
      [
        "市工业和信息化局关于印发智能产业重点工作的通知",
        "各委、局:",
        "为推进我市智能产业发展，按照《重庆市智能产业三年行动计划》，现将重点工作印发给你们。重庆各区县配合。",
        "一、建设算力平台。推进算力建设。(责任单位:市发展改革委、市科技局)",
      ].join("\n"),
    );
    expect(r.issued).toEqual([["重庆市工业和信息化局", "PROVINCIAL"]]);
    expect(r.doc.level).toBe("PROVINCIAL");
    expect(r.responsible).toEqual([
      ["重庆市发展改革委", "PROVINCIAL"],
      ["重庆市科技局", "PROVINCIAL"],
    ]);
  });

  it("places a text with no issuer in the province it calls its own", () => {
    const r = units(
      [
        "《数智云南建设2030年工作要点》已经省领导同意，现印发给你们，请认真贯彻落实。",
        "为加快建设数智云南，推动全省数字经济发展，制定本工作要点。",
        "1.发展算力产业。加快培育算力硬件产业。(责任单位:省大数据局、省工业和信息化厅)",
      ].join("\n"),
    );
    expect(r.doc.level).toBe("PROVINCIAL");
    expect(r.responsible).toEqual([
      ["云南省大数据局", "PROVINCIAL"],
      ["云南省工业和信息化厅", "PROVINCIAL"],
    ]);
  });
});

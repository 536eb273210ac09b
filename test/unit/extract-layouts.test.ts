// Extraction of invented texts in layouts the curated fixtures lack: task tables, labelled unit
// lines, a sentence-long article, and documents whose title only the person ingesting knows.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const extract = (lines: string[], title?: string) =>
  extractDocument(lines.join("\n"), gazetteer, { discover: true, example: true, metadata: title ? { title } : {} });
const nameOf = (g: ReturnType<typeof extract>, id: string) => g.nodes.find((n) => n.id === id)?.props.name;
const responsible = (g: ReturnType<typeof extract>) =>
  g.relationships
    .filter((r) => r.type === "RESPONSIBLE")
    .map((r) => [
      nameOf(g, r.from),
      g.nodes.find((n) => n.id === r.to)?.evidence[0]?.quote ?? nameOf(g, r.to),
      r.props.role,
    ]);

describe("extracting layouts beyond the common notice", () => {
  it("makes each row of a task table a task with the units of its 牵头/配合 cells", () => {
    const g = extract([
      "广州市某局关于印发广州市智能算力任务清单的通知",
      "各区人民政府:",
      "  《广州市智能算力任务清单》已经市政府同意,现印发给你们。",
      "广州市智能算力任务清单",
      "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
      "1\t建设智算中心。新增算力部署\t市工业和信息化局\t市科技局\t2025年底",
    ]);
    expect(g.title).toBe("广州市智能算力任务清单");
    expect(g.nodes.filter((n) => n.label === "Task").map((n) => n.props.name)).toEqual(["建设智算中心"]);
    expect(responsible(g).map(([task, , role]) => [task, role])).toEqual([
      ["建设智算中心", "LEAD"],
      ["建设智算中心", "PARTICIPANT"],
    ]);
  });

  it("reads 牵头单位: and 责任单位: lines under an item, and a one-sentence article as a task", () => {
    const g = extract([
      "广州市某区智能产业办法",
      "  为发展智能产业,制定本办法。",
      "一、重点工作",
      "1.建设产业园。建设智能产业园。",
      "牵头单位:区科技局",
      "责任单位:区财政局、区发展改革局",
      "二、附则",
    ]);
    expect(responsible(g).map(([task, , role]) => [task, role])).toEqual([
      ["建设产业园", "LEAD"],
      ["建设产业园", "PARTICIPANT"],
      ["建设产业园", "PARTICIPANT"],
    ]);
    const article = extract(["某市算力办法", "第一条 为规范算力,制定本办法。", "第二条 本办法自印发之日起施行。"]);
    expect(article.nodes.filter((n) => n.label === "Task").map((n) => n.props.name)).toEqual([
      "为规范算力,制定本办法",
      "本办法自印发之日起施行",
    ]);
  });

  it("refuses a text without a title, saying how to give one, and takes the title given", () => {
    const untitled = ["各区人民政府:", "  请做好有关工作。", "一、任务", "(一)建设平台。建设算力平台。"];
    expect(() => extract(untitled)).toThrow(/No document title found.*--title ".*metadata: \{ title \}/s);
    const g = extract(untitled, "某市算力工作安排");
    expect(g.title).toBe("某市算力工作安排");
    expect(g.nodes.find((n) => n.id === g.documentId)?.evidence).toEqual([]);
    expect(g.nodes.filter((n) => n.label === "Task").map((n) => n.props.name)).toEqual(["建设平台"]);
  });
});

// Unit lists as copies cut them and as provinces write them: a responsibility clause cut off before
// its closing bracket (the copy ends inside it), a collective of places that shares the next item's
// body (`各市(州)、某新区数据管理部门`), and a body the notice issues that is no organisation besides.
// All names and text are invented.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const read = (lines: string[]) => {
  const g = extractDocument(lines.join("\n"), gazetteer, { discover: true });
  const node = (id: string) => g.nodes.find((n) => n.id === id)!;
  const units = (task: string) =>
    g.relationships
      .filter((r) => r.type === "RESPONSIBLE" && String(node(r.from).props.name).startsWith(task))
      .map((r) => [node(r.to).props.name, node(r.to).props.level, r.props.role]);
  return { g, units };
};
const HEAD = ["云岭省智能产业工作要点", "各市(州)人民政府:", "为推动全省智能产业发展,制定本要点。"];

describe("unit lists as copies cut them and provinces write them", () => {
  it("reads a clause cut off before its bracket, leaving out the name cut inside", () => {
    const { units } = read([
      ...HEAD,
      "1.建设算力平台。推进算力建设。(责任单位:省大数据局、省科技厅)",
      "2.培育数据产业。支持数据标注。(责任单位:省大数据局、省广电局、省工业和",
    ]);
    expect(units("培育数据产业")).toEqual([
      ["云岭省大数据局", "PROVINCIAL", "LEAD"],
      ["云岭省广电局", "PROVINCIAL", "PARTICIPANT"],
    ]);
    expect(units("建设算力平台")).toHaveLength(2);
  });

  it("gives a collective of places the body of the item after it, at the places' level", () => {
    const { units } = read([
      ...HEAD,
      "1.建设算力平台。推进算力建设。(责任单位:省大数据局,各市(州)、青川新区数据管理部门)",
    ]);
    expect(units("建设算力平台")).toEqual([
      ["云岭省大数据局", "PROVINCIAL", "LEAD"],
      ["各市(州)数据管理部门", "MUNICIPAL", "PARTICIPANT"],
      ["青川新区数据管理部门", "DISTRICT", "PARTICIPANT"],
    ]);
    // Followed by a body with no place, the collective keeps its own words.
    const alone = read([...HEAD, "1.建设算力平台。推进算力建设。(责任单位:省大数据局,各市(州)、省科技厅)"]);
    expect(alone.units("建设算力平台").map((u) => u[0])).toEqual(["云岭省大数据局", "各市(州)", "云岭省科技厅"]);
  });

  it("finds no organisation in the name of a body the document names as its issuer", () => {
    const { g } = read([
      "云岭省数据局 云岭省科学院关于印发数据工作要点的通知",
      "各市(州)人民政府:",
      "现将要点印发给你们。云岭省科学院将牵头建设青川数据实验室。",
      "1.建设数据平台。推进数据建设。(责任单位:省数据局)",
    ]);
    const named = (label: string) => g.nodes.filter((n) => n.label === label).map((n) => n.props.name);
    expect(named("Agency")).toContain("云岭省科学院");
    expect(named("Organization")).not.toContain("云岭省科学院");
  });
});

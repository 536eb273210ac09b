import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArea } from "../../src/ingest/area-names.js";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { splitApprovers, splitIssuerNames, splitIssuers } from "../../src/ingest/issuers.js";
import { findResponsibility } from "../../src/ingest/responsibility-forms.js";
import { spanOf } from "../../src/ingest/span.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

// Invented documents: only the layout of real notices (a notice line, an approval, items with
// responsibility parentheses), read with the curated gazetteer (Guangdong, Guangzhou, Shenzhen…).
const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const notice = (issuer: string, approval: string, clauses: string[]) =>
  [
    `${issuer}关于印发《某地智能产业试点方案》的通知`,
    `各有关单位:${approval},现将《某地智能产业试点方案》印发给你们。`,
    "  2024年4月8日",
    "  某地智能产业试点方案",
    "  一、主要任务",
    ...clauses.map((c, i) => `  (${"一二三四五"[i]})试点任务${"甲乙丙丁戊"[i]}。开展试点。${c}`),
  ].join("\n");
const read = (raw: string, issuer?: string) => {
  const g = extractDocument(raw, gazetteer, { discover: true, ...(issuer ? { metadata: { issuer } } : {}) });
  const node = (id: string) => g.nodes.find((n) => n.id === id)!;
  const rel = (type: string) =>
    g.relationships
      .filter((r) => r.type === type)
      .map((r): Record<string, unknown> => ({ ...node(r.to).props, id: r.to, role: r.props.role }));
  return { g, doc: node(g.documentId).props, issued: rel("ISSUED_BY"), units: rel("RESPONSIBLE") };
};
const names = (list: { name?: unknown; level?: unknown; role?: unknown }[]) =>
  list.map((x) => [x.name, x.level, x.role]);

describe("reading the areas that open a body's name", () => {
  it("finds province, city, district and county, each at its level, and no area in a body's own words", () => {
    const areas = (n: string) => readArea(n).places.map((p) => [p.name, p.level]);
    expect(areas("甘肃省人民政府")).toEqual([["甘肃省", "PROVINCIAL"]]);
    // A 直辖市 is a city provincial in rank; its districts lie directly in it.
    expect(areas("天津市滨海新区人民政府")).toEqual([
      ["天津市", "PROVINCIAL"],
      ["滨海新区", "DISTRICT"],
    ]);
    expect(areas("遵义市湄潭县农业农村局")).toEqual([
      ["遵义市", "MUNICIPAL"],
      ["湄潭县", "DISTRICT"],
    ]);
    expect(areas("甘孜藏族自治州人民政府")).toEqual([["甘孜藏族自治州", "MUNICIPAL"]]);
    expect(areas("深圳市市场监督管理局")).toEqual([["深圳市", "MUNICIPAL"]]);
    expect(areas("城市管理局")).toEqual([]);
    expect(readArea("中共某市委办公室")).toMatchObject({ party: true, rest: "委办公室" });
  });
});

describe("splitting joint issuers and approvers", () => {
  const split = (t: string) => splitIssuers(t, spanOf(t, 0, t.length)).map((s) => s.text);
  it("splits at spaces, 、 and where a body of the same place or the centre opens", () => {
    expect(split("中共某江市委办公室 某江市人民政府办公室")).toEqual(["中共某江市委办公室", "某江市人民政府办公室"]);
    expect(split("中共临川市委办公室临川市人民政府办公室")).toEqual(["中共临川市委办公室", "临川市人民政府办公室"]);
    expect(split("中共中央办公厅国务院办公厅")).toEqual(["中共中央办公厅", "国务院办公厅"]);
    expect(splitIssuerNames("工业和信息化部、国家发展改革委 科技部")).toEqual([
      "工业和信息化部",
      "国家发展改革委",
      "科技部",
    ]);
    expect(split("国务院国有资产监督管理委员会")).toEqual(["国务院国有资产监督管理委员会"]);
  });
  it("reads each approver of 经…同意 without the approval's words", () => {
    const approvers = (t: string) => splitApprovers(t, spanOf(t, 0, t.length)).map((s) => s.text);
    expect(approvers("已经市委、市政府")).toEqual(["市委", "市政府"]);
    expect(approvers("市委和市政府")).toEqual(["市委", "市政府"]);
    expect(approvers("区人民政府常务会议审议")).toEqual(["区人民政府"]);
    expect(approvers("市发展和改革委员会")).toEqual(["市发展和改革委员会"]);
  });
});

describe("a joint party–government notice", () => {
  const { doc, issued, units } = read(
    notice("中共深圳市委办公厅 深圳市人民政府办公厅", "已经市委、市政府同意", [
      "(责任单位:市科技创新局等,市财政局、各区政府)",
      "(市发展改革委牵头,南山区政府、有关单位配合)",
    ]),
  );
  it("makes one ISSUER per body, all Shenzhen's, and each approver its own APPROVER", () => {
    expect(doc).toMatchObject({ jurisdiction: "shenzhen", level: "MUNICIPAL" });
    expect(names(issued)).toEqual([
      ["中共深圳市委办公厅", "MUNICIPAL", "ISSUER"],
      ["深圳市人民政府办公厅", "MUNICIPAL", "ISSUER"],
      ["中共深圳市委", "MUNICIPAL", "APPROVER"],
      ["深圳市人民政府", "MUNICIPAL", "APPROVER"],
    ]);
    expect(new Set(issued.map((x) => x.id)).size).toBe(4);
  });
  it("drops 等 and non-bodies, keeps collectives at their bodies' level, and reads a district of the city", () => {
    expect(names(units)).toEqual([
      ["深圳市科技创新局", "MUNICIPAL", "LEAD"],
      ["深圳市财政局", "MUNICIPAL", "PARTICIPANT"],
      ["各区人民政府", "DISTRICT", "PARTICIPANT"],
      ["深圳市发展改革委", "MUNICIPAL", "LEAD"],
      ["深圳市南山区人民政府", "DISTRICT", "PARTICIPANT"],
    ]);
    expect(units.find((u) => u.name === "各区人民政府")!.collective).toBe(true);
    for (const u of units) expect(String(u.name)).not.toMatch(/[、等0-9]|牵头|配合/);
  });
});

describe("a provincial list naming cities", () => {
  const { doc, units } = read(
    notice("广东省人民政府办公厅", "经省人民政府同意", [
      "(省工业和信息化厅牵头,省发展改革委、科技厅,广州、深圳、韶关市政府配合)",
    ]),
  );
  it("carries the province's prefix and shares 市政府 among the bare city names, each in its own city", () => {
    expect(doc).toMatchObject({ jurisdiction: "guangdong", level: "PROVINCIAL" });
    expect(names(units)).toEqual([
      ["广东省工业和信息化厅", "PROVINCIAL", "LEAD"],
      ["广东省发展改革委", "PROVINCIAL", "PARTICIPANT"],
      ["广东省科技厅", "PROVINCIAL", "PARTICIPANT"],
      ["广州市人民政府", "MUNICIPAL", "PARTICIPANT"],
      ["深圳市人民政府", "MUNICIPAL", "PARTICIPANT"],
      ["韶关市人民政府", "MUNICIPAL", "PARTICIPANT"],
    ]);
    expect(units.map((u) => u.jurisdiction).slice(3, 5)).toEqual(["guangzhou", "shenzhen"]);
    expect(units[3]!.id).toBe("Agency:gz-gov");
  });
  it("reads places before 等 and a collective kind as that kind's bodies, and keeps non-departments as written", () => {
    const { units: read2 } = read(
      notice("广东省人民政府", "经省人民政府同意", ["(责任单位:省教育厅、高等学校,广州、深圳等地级以上市政府)"]),
    );
    expect(names(read2).map((u) => u[0])).toEqual(["广东省教育厅", "高等学校", "广州市人民政府", "深圳市人民政府"]);
  });
  it("keeps the written words as evidence of each read unit", () => {
    const { g } = read(notice("广东省人民政府办公厅", "经省人民政府同意", ["(省科技厅牵头,广州、深圳市政府配合)"]));
    const quotes = g.relationships.filter((r) => r.type === "RESPONSIBLE").map((r) => r.evidence[0]!.quote);
    expect(quotes).toEqual(["省科技厅", "广州", "深圳市政府"]);
  });
});

describe("issuers outside the curated data", () => {
  it("derives a district of a city at DISTRICT level and never doubles its name, also from --issuer", () => {
    for (const issuer of [undefined, "天津市滨海新区科技局"]) {
      const { doc, issued, units } = read(
        notice("天津市滨海新区科技局", "经区人民政府同意", ["(责任单位:区工信局、滨海新区财政局,市科技局)"]),
        issuer,
      );
      expect(doc.level).toBe("DISTRICT");
      expect(names(issued)).toEqual([
        ["天津市滨海新区科技局", "DISTRICT", "ISSUER"],
        ["天津市滨海新区人民政府", "DISTRICT", "APPROVER"],
      ]);
      expect(names(units).map((u) => u[0])).toEqual(["天津市滨海新区工信局", "天津市滨海新区财政局", "天津市科技局"]);
    }
  });
  it("reads a county of a city, a province and a city by their names", () => {
    expect(
      read(
        notice("遵义市湄潭县人民政府办公室", "经县人民政府同意", ["(县科技局、各乡镇人民政府按职责分工负责)"]),
      ).units.map((u) => [u.name, u.level]),
    ).toEqual([
      ["遵义市湄潭县科技局", "DISTRICT"],
      ["各乡镇人民政府", "DISTRICT"],
    ]);
    expect(read(notice("某川省人民政府", "经省人民政府同意", [])).doc.level).toBe("PROVINCIAL");
    expect(names(read(notice("武威市人民政府办公室", "经市政府同意", [])).issued)).toEqual([
      ["武威市人民政府办公室", "MUNICIPAL", "ISSUER"],
      ["武威市人民政府", "MUNICIPAL", "APPROVER"],
    ]);
  });
  it("reads a collective of several kinds one level below a city, and a city named in a city's document as county-level", () => {
    const { units } = read(
      notice("某江市人民政府办公室", "经市人民政府同意", ["(责任单位:市工信局,各市、区政府,青河市政府)"]),
    );
    expect(names(units)).toEqual([
      ["某江市工信局", "MUNICIPAL", "LEAD"],
      ["各市、区人民政府", "DISTRICT", "PARTICIPANT"],
      ["青河市人民政府", "DISTRICT", "PARTICIPANT"],
    ]);
  });
  it("reads a 直辖市's bodies at provincial level, in its own documents and in its districts'", () => {
    const city = read(notice("上海市经济和信息化委员会", "经市人民政府同意", ["(责任单位:市科委、浦东新区人民政府)"]));
    expect(city.doc.level).toBe("PROVINCIAL");
    expect(names(city.issued)).toEqual([
      ["上海市经济和信息化委", "PROVINCIAL", "ISSUER"],
      ["上海市人民政府", "PROVINCIAL", "APPROVER"],
    ]);
    expect(city.units.map((u) => [u.name, u.level])).toEqual([
      ["上海市科委", "PROVINCIAL"],
      ["上海市浦东新区人民政府", "DISTRICT"],
    ]);
    const district = read(notice("天津市滨海新区科技局", "经区人民政府同意", ["(责任单位:市科技局、区财政局)"]));
    expect(district.units.map((u) => [u.name, u.level])).toEqual([
      ["天津市科技局", "PROVINCIAL"],
      ["天津市滨海新区财政局", "DISTRICT"],
    ]);
  });
  it("keeps one node per body across documents and apart between places", () => {
    const a = read(notice("天津市滨海新区科技局", "经区人民政府同意", ["(责任单位:市科技局)"])).units[0]!.id;
    const b = read(notice("天津市科技局", "经市人民政府同意", ["(责任单位:市科技局)"])).units[0]!.id;
    const c = read(notice("武威市科技局", "经市人民政府同意", ["(责任单位:市科技局)"])).units[0]!.id;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });
});

describe("responsibility parentheses", () => {
  const units = (t: string) =>
    findResponsibility(t, spanOf(t, 0, t.length))?.units.map((u) => [u.span.reading ?? u.span.text, u.role]);
  it("keeps a bracketed collective whole and reads role words inside a 责任单位 list", () => {
    expect(units("推进。(责任单位:各县(市、区)人民政府,市科技局)")).toEqual([
      ["各县(市、区)人民政府", "LEAD"],
      ["市科技局", "PARTICIPANT"],
    ]);
    expect(units("推进。(责任单位:县农业局牵头,县科技局、县工信局等部门配合,各乡镇人民政府负责落实)")).toEqual([
      ["县农业局", "LEAD"],
      ["县科技局", "PARTICIPANT"],
      ["县工信局", "PARTICIPANT"],
      ["各乡镇人民政府", "PARTICIPANT"],
    ]);
    expect(units("推进。(责任单位:市工信局,各市、区政府)")).toEqual([
      ["市工信局", "LEAD"],
      ["各市、区政府", "PARTICIPANT"],
    ]);
  });
  it("reads a bare 负责 list of bodies as a 责任单位 list (its first leads), and no aside", () => {
    expect(units("推进。(市人社局、市财政局负责)")).toEqual([
      ["市人社局", "LEAD"],
      ["市财政局", "PARTICIPANT"],
    ]);
    // Only work shared by duties is JOINT.
    expect(units("推进。(市人社局、市财政局按职责分工负责)")).toEqual([
      ["市人社局", "JOINT"],
      ["市财政局", "JOINT"],
    ]);
    expect(units("推进。(由企业自行负责)")).toBeUndefined();
  });
});

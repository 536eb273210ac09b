// Forms real government documents use that a first reading missed (issue 16): duties inside the
// articles of a 管理办法, collectives with a second bracket, zones' committees, joint issuers printed
// over two lines, and names the segmenter cuts. Every sentence here is invented; the names are fictional.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { namesText } from "../../src/ingest/entity-lines.js";
import { findNames } from "../../src/ingest/entity-names.js";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { canonicalPunctuation } from "../../src/ingest/punctuation.js";
import { findResponsibility } from "../../src/ingest/responsibility-forms.js";
import { tagWords } from "../../src/ingest/segmenter.js";
import { spanOf } from "../../src/ingest/span.js";
import { parseStructure } from "../../src/ingest/structure.js";
import { readLines } from "../helpers/extract-read.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const units = (t: string) =>
  findResponsibility(t, spanOf(t, 0, t.length))?.units.map((u) => [u.span.reading ?? u.span.text, u.role]);
const names = (raw: string) => {
  const text = canonicalPunctuation(raw);
  return findNames(text, tagWords(text, gazetteer)).map((f) => [f.label, text.slice(f.start, f.end)]);
};

describe("duties written in a regulation's articles", () => {
  it("reads those who work 按职责 after a lead as taking part", () => {
    expect(units("第三条  市科技局牵头负责资金的征集和评审,市财政局、市数据局按职责做好资金保障工作。")).toEqual([
      ["市科技局", "LEAD"],
      ["市财政局", "PARTICIPANT"],
      ["市数据局", "PARTICIPANT"],
    ]);
  });

  it("reads a subject acting 会同 later in its own sentence, but not another's 由…会同", () => {
    expect(units("第七条  市科技局按季度受理项目申报,会同市财政局拨付补助资金。")).toEqual([
      ["市科技局", "LEAD"],
      ["市财政局", "PARTICIPANT"],
    ]);
    expect(units("第七条  项目按季度受理,由市财政局会同市审计局开展核查。")).toEqual([
      ["市财政局", "LEAD"],
      ["市审计局", "PARTICIPANT"],
    ]);
    expect(units("第八条  申报单位按季度报送材料,会同合作企业完善方案。")).toBeUndefined();
  });

  it("reads the subject that 应当 act in the sentence after an article's short heading", () => {
    expect(units("第四条  算力资源实行统一目录管理。市数据局应当每年编制并公布目录。")).toEqual([["市数据局", "LEAD"]]);
  });
});

describe("collectives as written, at their bodies' level", () => {
  const notice = (list: string) =>
    readLines([
      "临川市人民政府办公室关于印发临川市智能制造推进方案的通知",
      "各县(区)人民政府(管委会):经市政府同意,现将《临川市智能制造推进方案》印发给你们。",
      "  2024年6月3日",
      "  临川市智能制造推进方案",
      "  一、重点任务",
      `  (一)建设平台。推进建设。(责任单位:${list})`,
    ]).units;

  it("keeps a collective's second bracket and reads zones' committees as DISTRICT in a city's document", () => {
    expect(notice("市工信局,各县(区)人民政府(管委会),各开发区管委会")).toEqual([
      ["临川市工信局", "MUNICIPAL", "LEAD"],
      ["各县(区)人民政府(管委会)", "DISTRICT", "PARTICIPANT"],
      ["各开发区管委会", "DISTRICT", "PARTICIPANT"],
    ]);
  });

  it("carries 各 to a bare kind of local body, and names a level's departments concerned as written", () => {
    expect(notice("市科技局,各镇人民政府、街道办事处")).toEqual([
      ["临川市科技局", "MUNICIPAL", "LEAD"],
      ["各镇人民政府", "DISTRICT", "PARTICIPANT"],
      ["各街道办事处", "DISTRICT", "PARTICIPANT"],
    ]);
    expect(notice("市科技局、市直有关部门")).toEqual([
      ["临川市科技局", "MUNICIPAL", "LEAD"],
      ["市直有关部门", "MUNICIPAL", "PARTICIPANT"],
    ]);
  });
});

describe("joint issuers printed over two lines", () => {
  const issuer = (lines: string[]) =>
    parseStructure(canonicalPunctuation(lines.join("\n"))).issuer?.text.replace(/\s+/g, " ");

  it("takes every line of names above the notice line, and only lines that touch", () => {
    const joint = [
      "甲省发展和改革委员会 甲省工业和信息化厅",
      "甲省科学技术厅 甲省数据局",
      "关于印发《甲省算力行动方案》的通知",
      "各市州发展改革委:",
      "一、总体要求",
    ];
    expect(issuer(joint)).toBe("甲省发展和改革委员会 甲省工业和信息化厅 甲省科学技术厅 甲省数据局");
    expect(
      issuer([
        "甲省发展和改革委员会 甲省工业和信息化厅",
        "甲省科学技术厅 甲省数据局关于印发《甲省算力行动方案》的通知",
        "一、总体要求",
      ]),
    ).toBe("甲省发展和改革委员会 甲省工业和信息化厅 甲省科学技术厅 甲省数据局");
    expect(
      issuer(["甲省人民政府", "", "甲省科学技术厅 甲省数据局关于印发《甲省算力行动方案》的通知", "一、总体要求"]),
    ).toBe("甲省科学技术厅 甲省数据局");
  });

  it("reads a signature of one body a line as every body's", () => {
    const g = extractDocument(
      [
        "关于印发《乙市算力补助办法》的通知",
        "各区人民政府:",
        "  现将《乙市算力补助办法》印发给你们。",
        "乙市科学技术局",
        "乙市财政局",
        "2025年5月12日",
        "乙市算力补助办法",
        "第一条 为规范补助,制定本办法。",
      ].join("\n"),
      gazetteer,
    );
    const issuers = g.relationships
      .filter((r) => r.type === "ISSUED_BY")
      .map((r) => g.nodes.find((n) => n.id === r.to)!.props.name);
    expect(issuers).toEqual(["乙市科学技术局", "乙市财政局"]);
  });
});

describe("names the segmenter cuts", () => {
  it("reads schools and institutes, a place read as a verb, and a four-character trade name", () => {
    expect(names("鼓励丙江职业技术学校、丙江智能鞋服研究院与企业共建实训基地。")).toEqual([
      ["Organization", "丙江职业技术学校"],
      ["Organization", "丙江智能鞋服研究院"],
    ]);
    // A kind of school is not a school: it needs a name of its own.
    expect(names("推动区内学校、普通高等学校和中等职业学校开设人工智能课程。")).toEqual([]);
    expect(names("支持兴化智联科技有限公司、云栖智标科技有限公司建设行业大模型。")).toEqual([
      ["Organization", "兴化智联科技有限公司"],
      ["Organization", "云栖智标科技有限公司"],
    ]);
  });

  it("reads a name at a sentence's start, one with 和 inside an industry's name, and one with a place in brackets", () => {
    expect(names("浮烟山智算中心面向企业提供算力服务。")).toEqual([["Platform", "浮烟山智算中心"]]);
    expect(names("高标准建设滨海软件和信息服务产业基地。")).toEqual([["Zone", "滨海软件和信息服务产业基地"]]);
    expect(names("支持华岳(深圳)人工智能研究院开展研究。")).toEqual([["Organization", "华岳(深圳)人工智能研究院"]]);
    expect(names("推进丁市一体化大数据平台建设。")).toEqual([["Platform", "丁市一体化大数据平台"]]);
  });

  it("still reads no kind of thing as a name", () => {
    for (const text of [
      "建设一体化政务服务平台。",
      "建设高技能实训基地。",
      "企业都要建设数据平台。",
      "(三)鹏城实验室建设",
      "打造差异化发展平台。",
    ]) {
      expect(names(text).filter(([, n]) => n !== "鹏城实验室")).toEqual([]);
    }
  });

  it("reads a name cut by a line break inside a sentence whole, but keeps the break after a heading or a short line", () => {
    const text =
      "统筹建设并依托吴中区人工智能训练数据\n服务平台汇聚制造、文旅等行业数据,面向企业提供服务。\n(一)建设平台\n深圳人工智能产业园";
    const read = namesText(text);
    expect(read.text).toBe(
      "统筹建设并依托吴中区人工智能训练数据服务平台汇聚制造、文旅等行业数据,面向企业提供服务。\n(一)建设平台\n深圳人工智能产业园",
    );
    expect(text.slice(read.offsets[7]!, read.offsets[21]! + 1)).toBe("吴中区人工智能训练数据\n服务平台");
  });

  it("keeps the name without the break and quotes the text across it", () => {
    const g = extractDocument(
      [
        "临川市关于推进数据服务的方案",
        "一、重点任务",
        "  (一)建设平台。统筹各方资源,依托临川市人工智能训练数据",
        "服务平台汇聚行业数据,面向企业提供数据清洗服务。",
      ].join("\n"),
      gazetteer,
      { discover: true },
    );
    const platform = g.nodes.find((n) => n.label === "Platform")!;
    expect(platform.props.name).toBe("临川市人工智能训练数据服务平台");
    expect(platform.evidence[0]!.quote).toBe("临川市人工智能训练数据\n服务平台");
  });
});

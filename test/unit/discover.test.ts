import path from "node:path";
import { describe, expect, it } from "vitest";
import { findNames } from "../../src/ingest/entity-names.js";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { tagWords } from "../../src/ingest/segmenter.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

// Every sentence here is invented for the tests; the names are fictional.
const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const names = (text: string) =>
  findNames(text, tagWords(text, gazetteer)).map((f) => [f.label, text.slice(f.start, f.end)]);

describe("names found by their boundaries", () => {
  it("starts a name after the verbs of its clause and keeps places, brands and modifiers", () => {
    expect(names("谋划共建粤港澳跨境人工智能算力中心，建设青岚实验室智算集群Ⅲ。")).toEqual([
      ["Platform", "粤港澳跨境人工智能算力中心"],
      ["Platform", "青岚实验室智算集群Ⅲ"],
    ]);
    expect(names("争取创建南湖人工智能创新应用先导区，布局“智谷”小镇。")).toEqual([
      ["Zone", "南湖人工智能创新应用先导区"],
      ["Zone", "“智谷”小镇"],
    ]);
  });

  it("keeps a build phase (二期) outside the name", () => {
    expect(names("加快建设东湖人工智能计算中心二期。")).toEqual([["Platform", "东湖人工智能计算中心"]]);
  });

  it("reads organisations whole, including one unit inside another", () => {
    expect(names("依托华南理工大学、中山大学附属第一医院和深圳市大数据研究院开展研究。")).toEqual([
      ["Organization", "华南理工大学"],
      ["Organization", "中山大学附属第一医院"],
      ["Organization", "深圳市大数据研究院"],
    ]);
  });

  it("names each enterprise of `支持X、Y等企业`, skipping kinds of enterprise", () => {
    expect(names("支持星河智能科技有限公司、云川数据股份有限公司等企业开展应用。")).toEqual([
      ["Organization", "星河智能科技有限公司"],
      ["Organization", "云川数据股份有限公司"],
    ]);
    expect(names("支持龙头企业、高校等单位参与。")).toEqual([]);
  });

  it("finds no name in a count, a kind of thing or a generic phrase", () => {
    for (const text of [
      "建设一批创新平台。",
      "打造10个人工智能产业园。",
      "推进各类公共服务平台建设。",
      "建设数据中心。",
      "建设若干重点实验室。",
      "建设智慧园区。",
      "布局多个产业园区。",
    ]) {
      expect(names(text)).toEqual([]);
    }
  });

  it("reads `A和B先导区` as two names only when each has its own head", () => {
    expect(names("推动南湖新区和北岸高新区建设。")).toEqual([
      ["Zone", "南湖新区"],
      ["Zone", "北岸高新区"],
    ]);
    expect(names("支持南湖和北岸先导区建设。")).toEqual([]);
    expect(names("支持南湖、北岸示范区建设。")).toEqual([]);
  });

  it("takes `（以下简称“X”）` as an alias of the name before it, never a name of its own", () => {
    const text = "建设青山人工智能公共算力平台（以下简称“青山算力平台”）。企业可接入青山算力平台。";
    const found = findNames(text, tagWords(text, gazetteer));
    expect(found.map((f) => [text.slice(f.start, f.end), f.aliases.map((a) => text.slice(a.start, a.end))])).toEqual([
      ["青山人工智能公共算力平台", ["青山算力平台"]],
      ["青山算力平台", []],
    ]);
    expect(found[1]!.aliasOf).toEqual({ start: found[0]!.start, end: found[0]!.end });
  });

  it("reads an area that has a government of its own as a jurisdiction, not a zone", () => {
    expect(names("临江市东海新区人民政府印发本方案。东海新区将建设人工智能产业园。")).toEqual([]);
  });

  it("keeps noun-verbs of the field inside a name (`数据流通`, `统一调度`, `多模态`)", () => {
    expect(names("依托南湖数据流通服务平台开展交易。")).toEqual([["Platform", "南湖数据流通服务平台"]]);
    expect(names("接入南湖算力统一调度平台。")).toEqual([["Platform", "南湖算力统一调度平台"]]);
    expect(names("建设南湖算力统筹调度平台。")).toEqual([["Platform", "南湖算力统筹调度平台"]]);
    expect(names("建设南湖多模态大模型开放平台。")).toEqual([["Platform", "南湖多模态大模型开放平台"]]);
    expect(names("建设多模态大模型开放平台。建立统一调度平台。")).toEqual([]);
  });

  it("reads a rare dictionary noun opening a name as a place or a brand, but a new industry as a kind", () => {
    expect(names("海棠区政府、西湖区政府负责。建设海棠人工智能产业园。")).toEqual([["Zone", "海棠人工智能产业园"]]);
    // A rare noun right after the verb names the park (`彩云`, `海棠`); an industry (`氢能`), a scope or a count does not.
    expect(names("建设海棠人工智能产业园。")).toEqual([["Zone", "海棠人工智能产业园"]]);
    for (const text of [
      "建设氢能人工智能产业园。",
      "建设储能数据中心。",
      "打造区域算力中心。",
      "建设全省人工智能产业园。",
    ])
      expect(names(text)).toEqual([]);
  });

  it("reads an unknown word of single characters whole after its verb, but not a clause or a kind", () => {
    expect(names("加快建设青安智能计算中心。")).toEqual([["Platform", "青安智能计算中心"]]);
    for (const text of ["建设存算一体智算中心。", "统筹用好新区产业发展资金。", "建成校企共建实训基地10个。"])
      expect(names(text)).toEqual([]);
  });

  it("starts a name after a line break and reads `与B合作` as one partner", () => {
    expect(names("组织\n岚澜科技股份有限公司开展治理。")).toEqual([["Organization", "岚澜科技股份有限公司"]]);
    expect(names("深化与青岚大学合作。")).toEqual([["Organization", "青岚大学"]]);
  });

  it("never returns a name holding 、, 等, a count or a verb at its start", () => {
    const text =
      "加快建设南湖人工智能产业园、北岸科技园等园区，推动建设一批算力中心，支持3个示范区，推进试验区和国家先导区建设。";
    for (const [, name] of names(text)) expect(name).not.toMatch(/[、等\d]|^(?:建设|推动|推进|加快|支持)/);
  });

  it("ends a name at `联合` between two parties even when the second is one dictionary word", () => {
    expect(names("支持青岚智能实验室联合复旦大学开展攻关。")).toEqual([
      ["Platform", "青岚智能实验室"],
      ["Organization", "复旦大学"],
    ]);
  });
  it("reads `A—B…中心` whole or not at all, never from the dash", () => {
    expect(names("加快中国—东盟数字经济创新中心建设。")).toEqual([["Platform", "中国—东盟数字经济创新中心"]]);
  });
  it("judges the part of a dictionary word before its head by that part's own tag (`公立医院` is a kind)", () => {
    expect(names("推动二级以上公立医院开展智能诊断。")).toEqual([]);
  });
  it("reads a name the text counts, itself or by its short form, as a designation, not one zone", () => {
    expect(
      names(
        "推动国家智能农业创新应用先导区（以下简称先导区）建设，到2030年建设先导区15个左右。国家智能农业创新应用先导区由部认定。",
      ),
    ).toEqual([]);
    expect(names("推动国家智能农业创新应用先导区建设。")).toEqual([["Zone", "国家智能农业创新应用先导区"]]);
    expect(names("推动南湖智能农业先导区（以下简称先导区）建设，先导区3家企业获奖。")).toEqual([
      ["Zone", "南湖智能农业先导区"],
    ]);
  });
  it("keeps attribute verbs of a name's kind inside it (`实践基地`, `验证平台`), never at its start", () => {
    expect(names("依托青州人工智能教育实践基地开展培训。")).toEqual([["Zone", "青州人工智能教育实践基地"]]);
    expect(names("建设实践基地和中试验证平台。")).toEqual([]);
  });
  it("reads exchanges of securities and power as institutions, data exchanges as platforms", () => {
    expect(names("支持上海证券交易所优化审核，依托青岚电力交易中心结算，建设白鹭数据交易中心。")).toEqual([
      ["Organization", "上海证券交易所"],
      ["Organization", "青岚电力交易中心"],
      ["Platform", "白鹭数据交易中心"],
    ]);
  });
  it("reads associations and societies as organisations, but not a kind of them", () => {
    expect(names("支持中国资产评估协会制定规范。")).toEqual([["Organization", "中国资产评估协会"]]);
    expect(names("发挥行业协会作用，支持各类商会参与。")).toEqual([]);
  });
  it("keeps a company's line of business in its name, actions too (`…建设有限公司`)", () => {
    expect(names("支持青岚东郊城市更新建设有限公司实施项目。")).toEqual([
      ["Organization", "青岚东郊城市更新建设有限公司"],
    ]);
    expect(names("对青岚新能源汽车零部件有限公司给予支持。")).toEqual([
      ["Organization", "青岚新能源汽车零部件有限公司"],
    ]);
  });
  it("reads a city's or county's platform named for its public service, whatever the tags of its words", () => {
    expect(names("依托保定市基层卫生信息平台，上线鄞州区智慧就业服务平台。")).toEqual([
      ["Platform", "保定市基层卫生信息平台"],
      ["Platform", "鄞州区智慧就业服务平台"],
    ]);
  });
  it("reads port areas and start-up parks as zones, and centres named for resources and start-ups", () => {
    expect(names("在青岚港前湾港区开展试点，依托星沙青年创业园和江夏青年创新创业中心孵化项目。")).toEqual([
      ["Zone", "青岚港前湾港区"],
      ["Zone", "星沙青年创业园"],
      ["Platform", "江夏青年创新创业中心"],
    ]);
  });
  it("reads a service's brand opening with a province's one-character name, but not a common word", () => {
    expect(names("依托湘易办平台推送政策，建设赣运通客货邮融合信息平台。")).toEqual([
      ["Platform", "湘易办平台"],
      ["Platform", "赣运通客货邮融合信息平台"],
    ]);
    expect(names("依托云易办平台推送政策。")).toEqual([]);
  });
  it("reads no name in a notice's copy list", () => {
    expect(names("抄送：中国气象学会，青岚大学。")).toEqual([]);
  });
  it("reads a character tagged as a count inside a run of unknown characters as part of the name", () => {
    expect(names("支持青山智元科技有限公司发展。")).toEqual([["Organization", "青山智元科技有限公司"]]);
  });
  it("reads a development zone among the addressees as a government, not a zone", () => {
    expect(names("各区政府，南湖经济技术开发区、北岸新区管委会：\n现将方案印发给你们。")).toEqual([]);
  });
});

describe("entities found in an extracted document", () => {
  const text = [
    "临江市人民政府办公室关于印发临江市人工智能算力设施建设方案的通知",
    "各区人民政府，市政府各部门：",
    "一、重点任务",
    "（一）建设算力平台。加快建设东湖人工智能计算中心，建设青山人工智能公共算力平台（以下简称“青山算力平台”）。",
    "（二）建设产业载体。争取创建南湖人工智能创新应用先导区，建设北岸人工智能产业园。（市科技局牵头）",
    "（三）培育企业。支持星河智能科技有限公司、云川数据股份有限公司等企业接入青山算力平台。",
    "临江市人民政府办公室",
    "2024年3月1日",
  ].join("\n");
  const g = extractDocument(text, gazetteer, { discover: true });
  const nameOf = (id: string) => g.nodes.find((n) => n.id === id)?.props.name;
  const rels = g.relationships.filter(
    (r) => /SUPPORTS|DEVELOPS|MENTIONS/.test(r.type) && g.nodes.find((n) => n.id === r.to)?.props.foundBy === "pattern",
  );

  it("links a task's platforms (SUPPORTS), zones (DEVELOPS, CREATE after 争取创建) and the rest (MENTIONS)", () => {
    expect(rels.map((r) => [r.from.split("/")[1], r.type, nameOf(r.to), r.props.intent ?? null])).toEqual([
      ["task-01", "SUPPORTS", "东湖人工智能计算中心", null],
      ["task-01", "SUPPORTS", "青山人工智能公共算力平台", null],
      ["task-02", "DEVELOPS", "南湖人工智能创新应用先导区", "CREATE"],
      ["task-02", "DEVELOPS", "北岸人工智能产业园", "BUILD"],
      ["task-03", "MENTIONS", "星河智能科技有限公司", null],
      ["task-03", "MENTIONS", "云川数据股份有限公司", null],
      ["task-03", "SUPPORTS", "青山人工智能公共算力平台", null],
    ]);
  });

  it("records the alias on the node and a later use of the alias as its evidence, quoted exactly", () => {
    const platform = g.nodes.find((n) => n.props.name === "青山人工智能公共算力平台")!;
    expect(platform.props).toMatchObject({ foundBy: "pattern", aliases: ["青山算力平台"] });
    expect(platform.evidence.map((e) => e.quote)).toEqual(["青山人工智能公共算力平台", "青山算力平台"]);
    for (const e of [...g.nodes, ...g.relationships].flatMap((x) => x.evidence))
      expect(g.text.slice(e.start, e.end)).toBe(e.quote);
  });
});

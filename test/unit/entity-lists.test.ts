// Companies named in a list a kind closes (`…等重点企业`), and the lists of industries and kinds of
// company that close the same way and name none. Sentences and trade names are invented.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findListedCompanies } from "../../src/ingest/entity-lists.js";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { tagWords } from "../../src/ingest/segmenter.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const listed = (s: string) => findListedCompanies(s, tagWords(s, gazetteer)).map((x) => s.slice(x.start, x.end));

describe("companies named in a list closed by their kind", () => {
  it("reads trade names the dictionary lacks, and known ones, whatever the kind word", () => {
    expect(listed("服务青松光电、岚川智控、星桥微电子等重点企业。")).toEqual(["青松光电", "岚川智控", "星桥微电子"]);
    expect(listed("做好云岭喜川、溪桥电子等重大项目跟踪服务。")).toEqual(["云岭喜川", "溪桥电子"]);
    expect(listed("支持华为、腾讯、百度等龙头企业设立研发中心。")).toEqual(["华为", "腾讯", "百度"]);
  });

  it("finds none in a list of industries or of kinds of company", () => {
    for (const s of [
      "培育软件、集成电路、智能制造等企业。",
      "支持新能源汽车、生物医药等企业发展。",
      "推动工业互联网、人工智能等重点项目建设。",
      "推进数据中心、算力平台等重大项目。",
      "鼓励金融、物流、医药等企业上云。",
      "推动鞋服、陶瓷、家具等企业数字化转型。",
      "引导国企、民企、外企等企业参与。",
      "支持规上、限上等企业。",
      "培育独角兽、瞪羚、雏鹰等企业。",
      "支持专精特新、隐形冠军、单项冠军等企业。",
      "推动高校、科研院所等单位与企业合作。",
    ])
      expect(listed(s), s).toEqual([]);
  });

  it("adds them to the graph as organisations the task mentions, with their evidence", () => {
    const raw = [
      "云岭市智能产业工作要点",
      "一、发展电子信息产业。做好青松光电、岚川智控等重大项目跟踪服务。(责任单位:市工业和信息化局)",
    ].join("\n");
    const g = extractDocument(raw, gazetteer, { discover: true });
    const orgs = g.nodes.filter((n) => n.label === "Organization");
    expect(orgs.map((n) => n.props.name)).toEqual(["青松光电", "岚川智控"]);
    for (const n of orgs) {
      expect(raw.slice(n.evidence[0]!.start, n.evidence[0]!.end)).toBe(n.props.name);
      const from = g.relationships.filter((r) => r.type === "MENTIONS" && r.to === n.id).map((r) => r.from);
      expect(from.map((id) => g.nodes.find((x) => x.id === id)!.props.name)).toEqual(["发展电子信息产业"]);
    }
  });
});

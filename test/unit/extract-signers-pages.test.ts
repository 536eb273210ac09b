// Issuers and dates as web pages and joint notices print them: a list bullet before the notice line,
// a 成文日期 whose value sits on the next line, a body's second name in parentheses, a bare title
// that opens with its issuer and has no signature, and a joint notice abbreviated `…等部门` signed by
// many bodies, one a line and spaced out letter by letter. All names and text are invented.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const extract = (lines: string[]) => extractDocument(lines.join("\n"), gazetteer, { discover: true });
const doc = (g: ReturnType<typeof extract>) => g.nodes.find((n) => n.label === "PolicyDocument")!.props;
const issuers = (g: ReturnType<typeof extract>) =>
  g.relationships
    .filter((r) => r.type === "ISSUED_BY" && r.props.role !== "APPROVER")
    .map((r) => g.nodes.find((n) => n.id === r.to)!.props.name);

const BODY = ["一、重点任务", "(一)建设算力平台。建成智能算力中心2个。"];

describe("issuers and dates as pages print them", () => {
  it("reads a notice line under a list bullet, and a 成文日期 whose value is on the next line", () => {
    const g = extract([
      "• 成文日期:",
      "",
      "    2031-04-09",
      "",
      "  • 云岭市青川区人民政府关于印发青川区智能产业行动方案的通知",
      "",
      "各乡镇人民政府:",
      "《青川区智能产业行动方案》已经区政府同意,现印发给你们。",
      ...BODY,
    ]);
    expect(doc(g).name).toBe("青川区智能产业行动方案");
    expect(issuers(g)).toEqual(["云岭市青川区人民政府"]);
    expect(doc(g).level).toBe("DISTRICT");
    expect(doc(g).issueDate).toBe("2031-04-09");
  });

  it("takes a body's second name in parentheses as that body, not a second issuer", () => {
    const g = extract([
      "云岭省发展和改革委员会(云岭省数据局)关于印发《云岭省数据登记办法》的通知",
      "各市发展改革委:",
      "现将《云岭省数据登记办法》印发给你们,请遵照执行。",
      ...BODY,
    ]);
    expect(issuers(g)).toEqual(["云岭省发展和改革委"]);
  });

  it("takes the issuer a bare title opens with when the text has no signature", () => {
    const g = extract(["云岭省人民政府关于推进智能制造的意见", "", "云府发〔2031〕2号", "", "各市人民政府:", ...BODY]);
    expect(doc(g).name).toBe("云岭省人民政府关于推进智能制造的意见");
    expect(issuers(g)).toEqual(["云岭省人民政府"]);
    expect(doc(g).level).toBe("PROVINCIAL");
  });

  it("reads every signer of a notice abbreviated `…等部门`, one a line and spaced out, a bank among them", () => {
    const signers = [
      "数 据 管 理 署",
      "科     技     部",
      "海洋资源部",
      "中国北方银行",
      "农 业 农 村 部",
      "文化和旅游部",
    ];
    const g = extract([
      "数据管理署等部门关于印发《数据应用三年行动计划》的通知",
      "各省数据管理部门:",
      "现将《数据应用三年行动计划》印发给你们,请认真组织实施。",
      ...signers,
      "",
      "2031年1月5日",
      ...BODY,
    ]);
    expect(issuers(g).sort()).toEqual(
      ["中国北方银行", "农业农村部", "海洋资源部", "文化和旅游部", "数据管理署", "科技部"].sort(),
    );
  });

  it("takes an area's government that opens a title without 关于, and no other words", () => {
    const g = extract(["", "青川县人民政府深化数字政府建设的实施意见", "", "各乡镇人民政府:", ...BODY]);
    expect(issuers(g)).toEqual(["青川县人民政府"]);
    expect(doc(g).level).toBe("DISTRICT");
    expect(issuers(extract(["青川县数字政府建设实施意见", "", "各乡镇人民政府:", ...BODY]))).toEqual([]);
  });
});

describe("a section of general requirements", () => {
  it("makes no task of an item that only names a standard part, but keeps the tasks of the next section", () => {
    const g = extract([
      "云岭省人民政府关于推进智能制造的意见",
      "各市人民政府:",
      "一、总体要求",
      "(一)指导思想",
      "以创新为引领,推动智能制造发展。",
      "(二)总体目标",
      "到2031年,建成智能工厂20个。",
      "二、重点任务",
      "(一)完善体制机制。建立智能制造推进机制。",
      "(二)建设算力平台。建成智能算力中心2个。",
    ]);
    const tasks = g.nodes.filter((n) => n.label === "Task").map((n) => n.props.name);
    expect(tasks).toEqual(["完善体制机制", "建设算力平台"]);
    const targets = g.nodes.filter((n) => n.label === "Target").map((n) => n.props.metric);
    expect(targets).toContain("智能工厂");
  });
});

// 虚构示例(EXAMPLE): an invented municipal AI action plan (city, 文号, units, figures are all made up), not
// real policy. The PDF and Word reader tests print or build it, read it back and compare with its plain text.
import path from "node:path";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

/** One block of the plan: a line of some kind (`attachment` the 附件 mark that opens an attachment on a new page), or a table (first row its header). */
export type Block =
  | {
      kind:
        "title" | "docNumber" | "salutation" | "heading" | "item" | "units" | "paragraph" | "signature" | "attachment";
      text: string;
    }
  | { kind: "table"; rows: string[][] };

const item = (text: string): Block => ({ kind: "item", text });
const units = (text: string): Block => ({ kind: "units", text: `责任单位：${text}` });

/** The plan's title, its first line. */
export const PLAN_TITLE = "青岚市人工智能产业发展行动计划（2024—2026年）";

export const PLAN: Block[] = [
  { kind: "title", text: PLAN_TITLE },
  { kind: "docNumber", text: "青府办〔2024〕15号" },
  { kind: "salutation", text: "各区人民政府，市政府各部门、各直属机构：" },
  {
    kind: "paragraph",
    text: "为加快人工智能产业发展，培育壮大新质生产力，推动人工智能与实体经济深度融合，经市人民政府同意，制定本行动计划，请结合实际认真贯彻执行。",
  },
  { kind: "heading", text: "一、总体目标" },
  {
    kind: "paragraph",
    text: "到2025年，全市人工智能核心企业超过100家，公共智能算力规模达到2000PFLOPS。到2026年，人工智能核心产业规模突破500亿元，打造典型应用场景30个以上，形成具有区域影响力的人工智能产业集群。",
  },
  { kind: "heading", text: "二、重点任务" },
  item(
    "（一）建设智能算力底座。统筹布局公共算力资源，推进青岚智算中心二期建设，建立全市算力调度平台，通过发放算力券等方式为中小企业提供普惠算力服务，降低企业研发成本。",
  ),
  units("市发展改革委、市工业和信息化局"),
  item(
    "（二）推动大模型研发应用。支持企业和高校联合开展行业大模型研发，围绕政务服务、医疗健康、智能制造等领域开放一批应用场景，每年发布应用场景清单，组织企业揭榜攻关。",
  ),
  units("市科技局、市政务服务数据管理局"),
  item(
    "（三）培育人工智能企业集群。实施人工智能企业梯度培育计划，引进一批具有核心技术的龙头企业，支持专精特新企业做大做强，建设青岚人工智能产业园，完善孵化服务体系。",
  ),
  units("市工业和信息化局、市商务局"),
  item(
    "（四）加强数据要素供给。建设高质量行业数据集和语料库，完善公共数据授权运营机制，探索数据交易服务，推动数据资源依法合规流通利用，提升数据供给质量。",
  ),
  units("市政务服务数据管理局"),
  item(
    "（五）强化人才引进培养。实施人工智能高端人才引进计划，支持在青高校设置人工智能相关专业，建设产教融合实训基地，每年培养人工智能技能人才1000名以上。",
  ),
  units("市人力资源社会保障局、市教育局"),
  item(
    "（六）营造产业发展生态。举办人工智能创新应用大赛，建设开源社区和公共服务平台，支持行业协会开展标准研制、供需对接和交流合作，营造良好发展氛围。",
  ),
  units("市科技局、市工业和信息化局"),
  { kind: "heading", text: "三、保障措施" },
  item(
    "（一）加强组织领导。成立市人工智能产业发展工作专班，统筹推进行动计划实施，建立重点任务台账，定期调度工作进展，协调解决重大问题。",
  ),
  units("市工业和信息化局"),
  item(
    "（二）加大政策支持。市财政每年安排专项资金支持人工智能产业发展，对符合条件的重大项目给予最高500万元补助，引导社会资本加大投入。",
  ),
  units("市财政局"),
  item(
    "（三）加强安全治理。落实生成式人工智能服务管理要求，健全数据安全和算法评估机制，防范技术应用风险，保障产业健康有序发展。",
  ),
  units("市委网信办、市公安局"),
  { kind: "paragraph", text: "附件：重点任务分工表" },
  { kind: "signature", text: "青岚市人民政府办公室" },
  { kind: "signature", text: "2024年3月15日" },
  { kind: "attachment", text: "附件" },
  { kind: "title", text: "重点任务分工表" },
  {
    kind: "table",
    rows: [
      ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
      ["1", "建成青岚智算中心二期", "市发展改革委", "市工业和信息化局", "2025年底"],
      ["2", "发布大模型应用场景清单", "市科技局", "市政务服务数据管理局", "每年6月"],
      ["3", "建设人工智能产业园", "市工业和信息化局", "市商务局", "2026年底"],
    ],
  },
];

/** The plan's lines as plain text: a block a line, a table row a line with its cells apart by tabs. */
export function planLines(plan: Block[] = PLAN): string[] {
  return plan.flatMap((b) => (b.kind === "table" ? b.rows.map((row) => row.join("\t")) : [b.text]));
}

/** Every text of the plan that must come out of a reader, in order: each line, each table row's cells. */
export function expectedPieces(plan: Block[] = PLAN): string[] {
  return plan.flatMap((b) => (b.kind === "table" ? b.rows.flat() : [b.text]));
}

/** The `pieces` that do not occur in `text` in this order (each after the end of the one found before it). */
export function inOrder(text: string, pieces: string[]): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const piece of pieces) {
    const found = text.indexOf(piece, at);
    if (found === -1) missing.push(piece);
    else at = found + piece.length;
  }
  return missing;
}

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));

/** What the comparison looks at in an extraction: title, 文号, the items with their units, the targets. */
export function extractionSummary(text: string) {
  const g = extractDocument(text, gazetteer, { discover: true });
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.props.name;
  return {
    title: g.title,
    docNumber: g.docNumber,
    items: g.nodes.filter((n) => ["Action", "Task", "Measure"].includes(n.label)).map((n) => [n.label, n.props.name]),
    responsible: g.relationships
      .filter((r) => r.type === "RESPONSIBLE")
      .map((r) => [name(r.from), name(r.to), r.props.role]),
    targets: g.nodes
      .filter((n) => n.label === "Target")
      .map((n) => [n.props.metric, n.props.value, n.props.unit, n.props.comparator, n.props.deadlineYear]),
  };
}

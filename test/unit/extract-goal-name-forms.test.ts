// Goals and names two blind held-out sets (heldout6 and heldout7) found unread: thousands apart by a
// space and more units, money given beside a goal, and entities found by their boundaries (brands in
// quotes, trade names holding verbs, units that are companies). All text is invented.
import { describe, expect, it } from "vitest";
import { quantitiesIn } from "../../src/ingest/target-quantity.js";
import { extractLines as read, noticeWithPlan as plan } from "../helpers/extract-read.js";

describe("numbers and units of goals", () => {
  it("reads thousands apart by a space as one number, and 毫秒 as a unit", () => {
    expect(
      [
        "超过5 000个",
        "建设基站1 200个",
        "规模约5 000亿元",
        "时延控制在20毫秒以内",
        "到2027年 100家",
        "评估不少于200次",
        "点位不少于 5 000 路",
        "算力规模达到8 000P",
        "普惠算力约占20%",
        "连接设备超过5万台(套)",
        "建成实验室200间",
        "接通时长不超过15秒",
      ].map((w) => quantitiesIn(w).map((q) => [q.value, q.unit, q.comparator])),
    ).toEqual([
      [[5000, "个", "OVER"]],
      [[1200, "个", "EXACTLY"]],
      [[5000, "亿元", "APPROXIMATELY"]],
      [[20, "毫秒", "AT_MOST"]],
      [[100, "家", "EXACTLY"]],
      [[200, "次", "AT_LEAST"]],
      [[5000, "路", "AT_LEAST"]],
      [[8000, "P", "EXACTLY"]],
      [[20, "%", "APPROXIMATELY"]],
      [[5, "万台(套)", "OVER"]],
      [[200, "间", "EXACTLY"]],
      [[15, "秒", "AT_MOST"]],
    ]);
  });
});

describe("money given beside a goal", () => {
  it("reads no goal in `给予设备投资额10%、最高200万元补助` after a year's goal", () => {
    const g = read([
      "青峰市人民政府办公室关于印发《青峰市2026年机器人产业工作要点》的通知",
      "各有关单位:",
      "  现将《青峰市2026年机器人产业工作要点》印发给你们。",
      "青峰市2026年机器人产业工作要点",
      "一、重点工作",
      "1.推广机器人应用。全年新增工业机器人应用2000台以上,对购置机器人的企业给予设备投资额10%、最高200万元补助。(市工业和信息化局牵头)",
    ]);
    expect(
      g.nodes.filter((n) => n.label === "Target").map((n) => [n.props.value, n.props.unit, n.props.deadlineYear]),
    ).toEqual([[2000, "台", 2026]]);
  });
});

describe("entities by their boundaries", () => {
  const found = (sentence: string) =>
    read(plan("青峰市人民政府办公室", ["一、重点任务", `1.推进建设。${sentence}(责任单位:市科技局)`]))
      .nodes.filter((n) => ["Organization", "Platform", "Zone"].includes(n.label))
      .map((n) => [n.label, n.props.name]);

  it("reads exchanges, 经济区 and 检验中心 heads, a university's own name, and 5G+AI inside a zone's name", () => {
    expect(found("推动与北方数据交易所对接,支持清源理工大学在云岭临空经济区建设江宁5G+AI融合创新示范区。")).toEqual([
      ["Platform", "北方数据交易所"],
      ["Organization", "清源理工大学"],
      ["Zone", "云岭临空经济区"],
      ["Zone", "江宁5G+AI融合创新示范区"],
    ]);
  });

  it("reads a platform named by a brand in quotes whole, whatever the words between brand and head", () => {
    expect(found("依托“数登通”公共数据资源登记平台,上线“宁智通”算力与模型服务平台。")).toEqual([
      ["Platform", "“数登通”公共数据资源登记平台"],
      ["Platform", "“宁智通”算力与模型服务平台"],
    ]);
    // A slogan then a clause names nothing.
    expect(found("按照“一企一策”推动已建数据中心改造。")).toEqual([]);
  });

  it("reads an enterprise or university named as a unit as the organisation it names too", () => {
    const g = read(
      plan("青峰市人民政府办公室", [
        "一、重点任务",
        "1.建设数据平台。开展建设。(牵头单位:市数据局;配合单位:青峰数字城市集团有限公司、榕江科技大学)",
      ]),
    );
    expect(g.nodes.filter((n) => n.label === "Organization").map((n) => n.props.name)).toEqual([
      "青峰数字城市集团有限公司",
      "榕江科技大学",
    ]);
    // Still the units of the task.
    expect(g.relationships.filter((r) => r.type === "RESPONSIBLE")).toHaveLength(3);
  });

  it("reads a trade name holding verbs before a company's or institute's head, and stops at a verb joining two parties", () => {
    expect(found("支持恒动精工传动股份有限公司扩产,依托赣江数字治理研究院联合晋云智联科技有限公司开展研究。")).toEqual([
      ["Organization", "恒动精工传动股份有限公司"],
      ["Organization", "赣江数字治理研究院"],
      ["Organization", "晋云智联科技有限公司"],
    ]);
    expect(found("在硒都数字产业园建设人工智能应用中心。")).toEqual([["Zone", "硒都数字产业园"]]);
  });

  it("still finds no name in a kind of thing", () => {
    expect(found("建设一批数据交易所,支持高等学校建设应用中心和5G+AI示范区。")).toEqual([]);
    expect(found("建设州域医学影像智能诊断中心,依托黔东南州医学影像智能诊断中心开展诊断。")).toEqual([
      ["Platform", "黔东南州医学影像智能诊断中心"],
    ]);
  });
});

// Forms a fifteenth blind held-out set found unread: a repost whose lead stands above a ——全文——
// divider, a page explaining a policy (《X》政策解读), a gazette copy with its running header, 第X节
// items under chapters, a draft followed by its 起草说明, a national bureau's own 司, a table of
// indicators by year, and a notice issuing two documents at once. All text is invented.
import { describe, expect, it } from "vitest";
import { extractLines as read, readLines, unitTriples as units } from "../helpers/extract-read.js";

const targets = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => n.label === "Target")
    .map((n) => [n.props.value, n.props.unit, n.props.comparator, n.props.deadlineYear, n.props.metric]);

const items = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => ["Action", "Task", "Measure"].includes(n.label))
    .map((n) => [n.label, n.props.name]);

describe("a repost above a ——全文—— divider", () => {
  const repost = [
    "青峰发布  2026-05-14 08:30  青川",
    "【政策】青峰县“人工智能+农业”行动方案出炉!",
    "近日,青峰县人民政府办公室印发行动方案。一起来看:",
    "划重点:",
    "▶ 到2027年,建成智慧果园示范基地20个",
    "——————全文——————",
    "青峰县“人工智能+农业”行动方案",
    "(2026—2027年)",
    "为推动人工智能技术在特色产业中应用,制定本方案。",
    "一、主要目标",
    "到2027年,全县建成智慧果园示范基地20个。",
    "二、重点任务",
    "1.打造产业服务平台。建设果业数字化服务平台。",
  ];

  it("is titled by the first line under the divider, and its lead retells no goal of its own", () => {
    expect(readLines(repost).doc.name).toBe("青峰县“人工智能+农业”行动方案(2026—2027年)");
    expect(targets(repost)).toEqual([[20, "个", "EXACTLY", 2027, "智慧果园示范基地"]]);
  });
});

describe("a page explaining a policy", () => {
  it("stands for the policy it explains (`《X》政策解读`)", () => {
    const { doc } = readLines([
      "首页 > 政务公开 > 政策解读",
      "《青峰市人工智能赋能文化创意产业发展若干措施》政策解读",
      "一、出台背景",
      "    经市政府同意,市文化和旅游局印发《青峰市人工智能赋能文化创意产业发展若干措施》。",
      "二、主要内容",
      "    第一条  支持文化大模型研发。对研发投入给予补助。(责任单位:市科技局)",
    ]);
    expect(doc.name).toBe("青峰市人工智能赋能文化创意产业发展若干措施");
  });

  it("takes who issued the policy, its 文号 and its day from a lead that dates the issue", () => {
    const { doc, issued } = readLines([
      "青峰县人民政府",
      "首页 > 政务公开 > 政策解读 > 部门解读",
      "《青峰县城乡供水数字化提升实施方案（2031—2033年）》政策解读",
      "发布时间：2031-04-07 09:32　　来源：县水利局",
      "　　2031年3月28日，经县政府同意，县政府办公室印发了《青峰县城乡供水数字化提升实施方案（2031—2033年）》（青县政办发〔2031〕18号）。",
      "　　一、起草背景",
      "　　近年来，我县推进城乡供水一体化建设。",
    ]);
    expect(doc.docNumber).toBe("青县政办发〔2031〕18号");
    expect(doc.issueDate).toBe("2031-03-28");
    expect(issued).toContainEqual(["青峰县人民政府办公室", "DISTRICT", "ISSUER"]);
  });
});

describe("a gazette copy", () => {
  it("leaves its running header, a 【…文件】 label and ·18· page numbers out, and finds the title under them", () => {
    const doc = [
      "青川省人民政府公报                                        2026年第16期",
      "",
      "【省政府办公厅文件】",
      "",
      "青川省人民政府办公厅关于推进公共数据",
      "资源授权运营的实施意见",
      "",
      "青政办〔2026〕14号",
      "",
      "各市、县人民政府,省政府各部门:",
      "    经省政府同意,现就推进公共数据资源授权运营提出如下实施意见。",
      "    一、健全授权运营机制",
      "    (一)明确授权主体。设区的市人民政府是本级授权主体。(省数据局牵头,省司法厅配合)",
      "",
      "·18·",
      "青川省人民政府公报                                        2026年第16期",
      "",
      "    (二)规范运营机构选择。通过公开招标方式确定运营机构。(省数据局牵头,省财政厅配合)",
    ];
    expect(readLines(doc).doc.name).toBe("青川省人民政府办公厅关于推进公共数据资源授权运营的实施意见");
    expect(items(doc)).toEqual([
      ["Action", "健全授权运营机制"],
      ["Task", "明确授权主体"],
      ["Task", "规范运营机构选择"],
    ]);
  });
});

describe("chapters over 第X节", () => {
  it("read each 节 as an item of its chapter, the standard parts left out", () => {
    expect(
      items([
        "青峰市智能传感器产业发展规划(2026—2030年)",
        "第一章　总体要求",
        "第一节　指导思想",
        "　　以感知和智能为主线,打造传感器产业基地。",
        "第二章　突破核心技术",
        "第一节　攻关MEMS设计与工艺",
        "　　支持企业联合攻关器件设计和封装工艺。(市科技局牵头,市经济和信息化局配合)",
        "第二节　发展智能传感芯片",
        "　　推动传感芯片与边缘计算融合。(市科技局负责)",
      ]),
    ).toEqual([
      ["Action", "突破核心技术"],
      ["Task", "攻关MEMS设计与工艺"],
      ["Task", "发展智能传感芯片"],
    ]);
  });
});

describe("a draft followed by its 起草说明", () => {
  it("is read without the explanation's sections", () => {
    expect(
      items([
        "青峰经开区推动人工智能赋能制造业技术改造若干政策",
        "(征求意见稿)",
        "    第一条  支持智能化技术改造项目。按设备投资额的10%给予补助。",
        "    第二条  支持工业大模型场景应用。按合同额的20%给予补助。",
        "附件2",
        "起草说明",
        "一、起草背景",
        "为加快推动制造业智能化改造,起草本政策。",
        "二、主要内容",
        "本政策共两条。",
      ]),
    ).toEqual([
      ["Task", "支持智能化技术改造项目"],
      ["Task", "支持工业大模型场景应用"],
    ]);
  });
});

describe("a national bureau's own 司", () => {
  it("named bare in its table of tasks is the bureau's, at the national level", () => {
    const doc = [
      "中国气象局关于印发《2026年人工智能气象应用工作要点》的通知",
      "各省、自治区、直辖市气象局:",
      "现将《2026年人工智能气象应用工作要点》印发给你们,请认真贯彻落实。",
      "中国气象局",
      "2026年3月4日",
      "2026年人工智能气象应用工作要点",
      "一、夯实数据算力基础",
      "1.建设气象算力资源池。统筹整合算力资源。",
      "附件",
      "重点任务分工表",
      "序号\t任务\t牵头单位\t配合单位",
      "1\t建设气象算力资源池\t计划财务司\t预报与网络司",
    ];
    expect(readLines(doc).doc.level).toBe("NATIONAL");
    expect(readLines(doc).units).toEqual([
      ["中国气象局计划财务司", "NATIONAL", "LEAD"],
      ["中国气象局预报与网络司", "NATIONAL", "PARTICIPANT"],
    ]);
    expect(units(doc).map(([item]) => item)).toEqual(["建设气象算力资源池", "建设气象算力资源池"]);
  });
});

describe("a table of indicators", () => {
  it("sets a goal for each indicator and year column, not for the base year, and once for a goal the text set", () => {
    expect(
      targets([
        "青川省“人工智能+交通运输”行动方案(2026—2028年)",
        "一、总体要求",
        "到2028年,人工智能典型应用场景达到60个。",
        "二、保障措施",
        "(一)加强组织协调。建立工作协调机制。",
        "附表",
        "| 序号 | 指标 | 2025年(基期) | 2026年 | 2028年 | 指标属性 |",
        "| 1 | 人工智能典型应用场景(个) | 12 | 30 | 60 | 预期性 |",
        "| 2 | 高速公路智能巡检覆盖率(%) | 35 | 60 | ≥90 | 约束性 |",
        "| 3 | 智能网联公交线路(条) | 8 | — | 50左右 | 预期性 |",
      ]),
    ).toEqual([
      [60, "个", "EXACTLY", 2028, "人工智能典型应用场景"],
      [30, "个", "EXACTLY", 2026, "人工智能典型应用场景"],
      [60, "%", "EXACTLY", 2026, "高速公路智能巡检覆盖率"],
      [90, "%", "AT_LEAST", 2028, "高速公路智能巡检覆盖率"],
      [50, "条", "APPROXIMATELY", 2028, "智能网联公交线路"],
    ]);
  });
});

describe("a notice issuing two documents at once", () => {
  it("is titled by the first (`关于印发《甲》《乙》的通知`)", () => {
    const { doc } = readLines([
      "国家互联网信息办公室关于印发《生成式服务备案管理办法》《合成内容标识工作指引》的通知",
      "各省、自治区、直辖市网信办:",
      "现将《生成式服务备案管理办法》和《合成内容标识工作指引》印发给你们,请认真贯彻执行。",
      "国家互联网信息办公室",
      "2026年6月11日",
      "附件1",
      "生成式服务备案管理办法",
      "第一条 为规范备案管理,制定本办法。",
    ]);
    expect(doc.name).toBe("生成式服务备案管理办法");
  });
});

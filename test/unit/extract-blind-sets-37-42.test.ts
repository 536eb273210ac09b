// Forms the held-out sets heldout37–42 found after their blind reading: a news lead closing its last
// sentence with 全文如下, a notice line a page's bar repeats after site words, a bulleted field grid, an
// article's bodies sharing its work, each street office, the State Council's commissions' bureaus, a
// 分工表 keyed by 政策条款, a year's own 行动方案, `1*.` tasks, a news story naming its document only in
// the headline, and a draft for comment under a column tag. All text is invented.
import { describe, expect, it } from "vitest";
import { readLines, targetRows, unitQuads } from "../helpers/extract-read.js";

describe("page furniture", () => {
  it("finds the title under a news lead whose last sentence closes with 全文如下", () => {
    const { doc, issued } = readLines([
      "关于我们 | English | 网站地图",
      "首页 > 行业资讯 > 政策法规 > 正文",
      "",
      "国家能源局:进一步加强青川储能电站安全管理",
      "",
      "发布时间:2031-03-18 10:26:41    浏览次数:2317次    来源:国家能源局网站",
      "",
      "  近日,国家能源局印发通知,部署进一步加强青川储能电站安全管理工作。全文如下。",
      "",
      "  国家能源局关于进一步加强青川储能电站安全管理工作的通知",
      "",
      "  国能发安全〔2031〕19号",
      "",
      "各省(自治区、直辖市)能源局:",
      "  一、压实安全管理责任",
      "  (一)落实项目单位主体责任。项目单位是电站安全生产的责任主体。",
    ]);
    expect(doc.name).toBe("国家能源局关于进一步加强青川储能电站安全管理工作的通知");
    expect(doc.docNumber).toBe("国能发安全〔2031〕19号");
    expect(issued).toEqual([["国家能源局", "NATIONAL", "ISSUER"]]);
  });

  it("takes no site words into the issuer of a notice line a page's bar repeats, nor a bulleted field's label", () => {
    const bar = readLines([
      "欢迎来到EHS平台!  设为首页  收藏",
      "EHS中国  法规首页  江西省安全生产委员会关于印发《江西省青川有限空间整治方案》的通知",
      "",
      "江西省安全生产委员会关于印发《江西省青川有限空间整治方案》的通知",
      "",
      "发文字号:赣安〔2031〕6号",
      "各设区市安委会:",
      "  现将《江西省青川有限空间整治方案》印发给你们。",
      "江西省青川有限空间整治方案",
      "  一、重点任务",
      "  (一)开展底数清查。全面摸清底数。(责任单位:省应急管理厅)",
    ]);
    expect(bar.issued[0]).toEqual(["江西省安全生产委", "PROVINCIAL", "ISSUER"]);
    expect(bar.units).toEqual([["江西省应急管理厅", "PROVINCIAL", "LEAD"]]);
    const bulleted = readLines([
      "首页>政务公开>政策文件",
      "  • 标    题: 长沙经济技术开发区管理委员会关于印发《青川应急物资储备管理办法》的通知",
      "  • 发文机关: 长沙经济技术开发区管理委员会",
      "  • 发文字号: 长经开管规〔2031〕2号",
      "",
      "长沙经济技术开发区管理委员会关于印发《青川应急物资储备管理办法》的通知",
      "各街道办事处:",
      "  现将《青川应急物资储备管理办法》印发给你们。",
      "青川应急物资储备管理办法",
      "  第一条 为规范应急物资储备,制定本办法。",
    ]);
    expect(bulleted.issued[0]).toEqual(["长沙经济技术开发区管委会", "DISTRICT", "ISSUER"]);
  });
});

describe("units", () => {
  const regulation = (articles: string[]) => [
    "青川经济技术开发区管理委员会关于印发《青川经济技术开发区应急物资储备管理办法》的通知",
    "各街道办事处:",
    "  现将《青川经济技术开发区应急物资储备管理办法》印发给你们。",
    "青川经济技术开发区应急物资储备管理办法",
    "第一条  为规范应急物资储备,制定本办法。",
    ...articles,
  ];
  const byItem = (lines: string[]) => {
    const found = unitQuads(lines);
    return (words: string) => found.filter((u) => String(u[0]).includes(words)).map((u) => u.slice(1, 3));
  };

  it("reads an article's bodies sharing its work as joint, the lead's 会同 in its next sentence, 由X委托 and each street office", () => {
    const of = byItem(
      regulation([
        "第二条  经开区应急管理局负责应急物资储备的统筹管理。经开区应急管理局会同经开区财政局编制年度储备计划。",
        "第三条  经开区经济发展局、社会事业局按照职责分工负责本行业领域应急物资的储备和管理。",
        "第四条  各街道办事处负责本辖区应急物资的储备管理。",
        "第五条  区级应急物资集中存放于保障中心,由经开区应急管理局委托专业机构进行日常管理。",
      ]),
    );
    expect(of("统筹管理")).toEqual([
      ["青川经开区应急管理局", "LEAD"],
      ["青川经开区财政局", "PARTICIPANT"],
    ]);
    expect(of("按照职责分工")).toEqual([
      ["青川经开区经济发展局", "JOINT"],
      ["青川经开区社会事业局", "JOINT"],
    ]);
    expect(of("本辖区")).toEqual([["各街道办事处", "LEAD"]]);
    expect(of("集中存放")).toEqual([["青川经开区应急管理局", "LEAD"]]);
  });

  it("reads the State Council's commission's bureaus as national units", () => {
    const { units } = readLines([
      "国务院国资委办公厅关于印发《青川中央企业数字化转型行动方案》的通知",
      "各中央企业:",
      "  现将《青川中央企业数字化转型行动方案》印发给你们。",
      "青川中央企业数字化转型行动方案",
      "  一、保障措施",
      "  (一)加强组织领导。国务院国资委科技创新局牵头建立工作机制,会同国务院国资委规划发展局加强统筹指导。",
    ]);
    expect(units).toEqual([
      ["国务院国资委科技创新局", "NATIONAL", "LEAD"],
      ["国务院国资委规划发展局", "NATIONAL", "PARTICIPANT"],
    ]);
  });

  it("reads a policy list's 分工表 by its 政策条款 column, the last policy kept whole above the table", () => {
    const of = byItem([
      "青川高新区管理委员会关于印发《青川高新区科技成果转化若干政策》的通知",
      "各部门:",
      "  现将《青川高新区科技成果转化若干政策》印发给你们。",
      "青川高新区科技成果转化若干政策",
      "  一、支持建设概念验证中心。对经认定的概念验证中心给予补助。",
      "  二、强化金融支持。引导创投机构设立成果转化子基金,按实际投资额的5%给予风险补偿。",
      "附件",
      "青川高新区科技成果转化若干政策责任分工表",
      "| 序号 | 政策条款 | 牵头部门 | 配合部门 |",
      "|---|---|---|---|",
      "| 1 | 支持建设概念验证中心 | 高新区科技创新局 | 高新区财政局 |",
      "| 2 | 强化金融支持 | 高新区财政局 | 高新区科技创新局 |",
    ]);
    expect(of("概念验证")).toEqual([
      ["青川高新区科技创新局", "LEAD"],
      ["青川高新区财政局", "PARTICIPANT"],
    ]);
    expect(of("金融支持")).toEqual([
      ["青川高新区财政局", "LEAD"],
      ["青川高新区科技创新局", "PARTICIPANT"],
    ]);
  });
});

describe("targets", () => {
  it("reads a year's own 行动方案 as a single year's plan, its 全年 goals due that year, and tonnes of standard coal as a unit", () => {
    const found = targetRows([
      "青川市2031年夜间经济提质扩容行动方案",
      "一、主要目标",
      "全年打造夜间经济集聚区12个左右，新增夜间经营主体不少于800户；能源消费总量控制在1.9亿吨标准煤以内。",
    ]);
    expect(found).toEqual([
      [12, "个", "APPROXIMATELY", 2031, "夜间经济集聚区"],
      [800, "户", "AT_LEAST", 2031, "夜间经营主体"],
      [1.9, "亿吨标准煤", "AT_MOST", 2031, expect.stringContaining("能源消费总量")],
    ]);
  });
});

describe("structure", () => {
  it("reads `1*.` (a key task's sign before the dot) as a numbered task", () => {
    const found = unitQuads([
      "青川经开区支持个体工商户发展若干措施",
      "  一、优化准入准营服务",
      "  1*.推行“个转企”一件事套餐。实现一次申请、一次办结。（责任单位：经开区市场监管分局、经开区行政审批服务局）",
      "  2.开展“一证多址”改革。简化分店登记。（责任单位：经开区行政审批服务局）",
      "  3*.建设个体工商户服务站。提供登记代办。（责任单位：经开区市场监管分局）",
    ]).map((u) => u.slice(0, 3));
    expect(found).toEqual([
      ["推行“个转企”一件事套餐", "经开区市场监管分局", "LEAD"],
      ["推行“个转企”一件事套餐", "经开区行政审批服务局", "PARTICIPANT"],
      ["开展“一证多址”改革", "经开区行政审批服务局", "LEAD"],
      ["建设个体工商户服务站", "经开区市场监管分局", "LEAD"],
    ]);
  });
});

describe("a news story reporting a document", () => {
  it("is read as the document its headline says was issued, not refused", () => {
    const { doc } = readLines([
      "当前位置：首页 > 新闻中心 > 行业动态",
      "",
      "五部门联合印发《青川智能算力普惠服务行动方案》 到2033年智能算力规模超过1500EFLOPS",
      "",
      "发布时间：2031-06-23 09:41  来源：青川日报",
      "",
      "    记者22日从国家发展改革委获悉，国家发展改革委、国家数据局等五部门近日联合印发行动方案。",
      "    方案部署了五方面18项重点任务。",
    ]);
    expect(doc.name).toBe("青川智能算力普惠服务行动方案");
  });
});

describe("a draft put out for comment under a column tag", () => {
  it("reads the draft's articles under its title and its (征求意见稿) line, the announcement's body its issuer", () => {
    const lines = [
      "【意见征集】关于公开征求《青川县校外培训机构监督管理实施细则（征求意见稿）》意见的公告",
      "",
      "  为规范校外培训机构办学行为，现公开征求意见。",
      "  一、征求意见内容",
      "  《青川县校外培训机构监督管理实施细则（征求意见稿）》",
      "  二、意见反馈方式",
      "  1.电子邮件发送至qc@example.cn；",
      "  2.信函寄至青川县教育局。",
      "                                              青川县教育局",
      "                                              2031年7月21日",
      "附件1",
      "青川县校外培训机构监督管理实施细则",
      "（征求意见稿）",
      "  第一条 为加强校外培训机构监督管理，制定本细则。",
      "  第二条 县教育局负责校外培训机构的审批和日常监管，会同县市场监督管理局建立联合执法机制。",
    ];
    const { doc, issued } = readLines(lines);
    expect(doc.name).toBe("青川县校外培训机构监督管理实施细则");
    expect(issued[0]).toEqual(["青川县教育局", "DISTRICT", "ISSUER"]);
    expect(unitQuads(lines).map((u) => u.slice(1, 3))).toEqual([
      ["青川县教育局", "LEAD"],
      ["青川县市场监督管理局", "PARTICIPANT"],
    ]);
  });
});

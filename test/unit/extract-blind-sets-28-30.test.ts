// Forms three more held-out sets (heldout28–30) found unread: a county named by one character, two
// issuers spaced apart before 关于 and signing as a ministry's 司, a regulation's articles whose subject
// is the province's government or a central body's regional bureau, actions' own units, goals under a
// deadline's paragraph, cut table rows and names the dictionary splits. All text is invented.
import { describe, expect, it } from "vitest";
import {
  extractLines as read,
  itemPairs as items,
  readLines,
  targetRows as targets,
  unitQuads as units4,
} from "../helpers/extract-read.js";

describe("a county named by one character", () => {
  it("reads 眉县-like names whole, never doubling the county's 县, and names the Youth League's 团县委 as the League does", () => {
    const { issued, units } = readLines([
      "中共青县县委办公室",
      "青县人民政府办公室",
      "关于印发《青县数字乡村行动方案》的通知",
      "各镇人民政府：",
      "　　经县委、县政府同意，现将《青县数字乡村行动方案》印发给你们。",
      "中共青县县委办公室　　青县人民政府办公室",
      "2031年3月18日",
      "青县数字乡村行动方案",
      "一、重点任务",
      "（一）推进农村网络提档升级。加快基站建设。",
      "牵头单位：县工信局　　责任单位：县农业农村局、团县委",
    ]);
    expect(issued).toEqual([
      ["中共青县县委办公室", "DISTRICT", "ISSUER"],
      ["青县人民政府办公室", "DISTRICT", "ISSUER"],
      ["中共青县县委", "DISTRICT", "APPROVER"],
      ["青县人民政府", "DISTRICT", "APPROVER"],
    ]);
    expect(units.map((u) => u[0])).toEqual(["青县工信局", "青县农业农村局", "共青团青县委"]);
  });
});

describe("issuers before 关于", () => {
  it("reads two bodies spaced apart on the title line, a ministry's 司 among them, as the issuers", () => {
    const { doc, issued } = readLines([
      "首页 > 政策发布",
      "农业农村部办公厅 中国民用航空局综合司关于推进青川农业低空作业服务的通知",
      "农办机〔2031〕7号",
      "各省、自治区、直辖市农业农村厅（局）：",
      "　　现就有关事项通知如下。",
      "　　一、重点任务",
      "　　（一）优化作业空域服务。推动划设适飞空域。",
      "　　农业农村部办公厅        中国民用航空局综合司",
      "　　2031年4月11日",
    ]);
    expect(doc.level).toBe("NATIONAL");
    expect(issued.filter((i) => i[2] === "ISSUER")).toEqual([
      ["农业农村部办公厅", "NATIONAL", "ISSUER"],
      ["中国民用航空局综合司", "NATIONAL", "ISSUER"],
    ]);
  });
});

describe("a regulation's subjects", () => {
  const regulation = (articles: string[]) =>
    units4([
      "四川省发展和改革委员会关于印发《四川省青川低空飞行服务保障管理办法》的通知",
      "各市(州)发展改革委：",
      "　　现将《四川省青川低空飞行服务保障管理办法》印发给你们，请遵照执行。",
      "四川省青川低空飞行服务保障管理办法",
      "第一章　总则",
      "第一条　为规范低空飞行服务保障活动，制定本办法。",
      ...articles,
    ]);

  it("reads the province's government named by its level alone, and a collective of cities that must act", () => {
    expect(
      regulation([
        "第二条　省人民政府建立低空经济发展协调机制，统筹解决重大问题。",
        "第三条　各市(州)人民政府应当将低空飞行服务保障设施纳入国土空间规划。",
      ]).map((u) => u.slice(1)),
    ).toEqual([
      ["四川省人民政府", "LEAD", "PROVINCIAL"],
      ["各市(州)人民政府", "LEAD", "MUNICIPAL"],
    ]);
  });

  it("reads a central body's regional bureau 会同 names as national", () => {
    expect(
      regulation(["第二条　省公安厅负责低空飞行公共安全管理，会同民航西南地区管理局依法查处违法违规飞行行为。"]).map(
        (u) => u.slice(1),
      ),
    ).toEqual([
      ["四川省公安厅", "LEAD", "PROVINCIAL"],
      ["民航西南地区管理局", "PARTICIPANT", "NATIONAL"],
    ]);
  });
});

describe("tasks, tables and footers", () => {
  it("keeps a key-task sign after the number (`1.*建设…`) out of the task's name", () => {
    expect(
      items([
        "青川市智能网联汽车行动方案",
        "一、重点任务",
        "（注：标注“*”的任务为年度重点推进事项）",
        "（一）车路云基础设施提升行动",
        "1.*建设车路云一体化云控平台。统一接入路侧感知设备。",
        "2.扩大开放测试道路。分批开放测试道路。",
      ]),
    ).toEqual([
      ["Action", "车路云基础设施提升行动"],
      ["Task", "建设车路云一体化云控平台"],
      ["Task", "扩大开放测试道路"],
    ]);
  });

  it("ends a task table at the printed copy list, and reads customs houses as national", () => {
    const rows = units4([
      "福建省人民政府办公厅关于印发青川海洋经济行动方案的通知",
      "各设区市人民政府，省直有关单位：",
      "　　现将《青川海洋经济行动方案》印发给你们，请认真贯彻执行。",
      "青川海洋经济行动方案",
      "一、重点任务",
      "（一）推进海洋牧场建设。建设海洋牧场示范区。",
      "（二）深化海洋开放合作。拓展国际航线。",
      "重点任务分工表",
      "序号　任务名称　　　　　牵头单位　　　　配合单位　　　　　　　完成时限",
      "1　　推进海洋牧场建设　省海洋与渔业局　省自然资源厅，　　　　2027年12月",
      "　　　　　　　　　　　　　　　　　　　沿海各设区市人民政府",
      "2　　深化海洋开放合作　省商务厅　　　　省交通运输厅、　　　　2026年12月",
      "　　　　　　　　　　　　　　　　　　　福州海关、厦门海关",
      "",
      "抄送：省委各部门，省人大常委会办公厅，省法院。",
    ]);
    expect(rows.map((u) => u.slice(1))).toEqual([
      ["福建省海洋与渔业局", "LEAD", "PROVINCIAL"],
      ["福建省自然资源厅", "PARTICIPANT", "PROVINCIAL"],
      ["沿海各设区市人民政府", "PARTICIPANT", "MUNICIPAL"],
      ["福建省商务厅", "LEAD", "PROVINCIAL"],
      ["福建省交通运输厅", "PARTICIPANT", "PROVINCIAL"],
      ["福州海关", "PARTICIPANT", "NATIONAL"],
      ["厦门海关", "PARTICIPANT", "NATIONAL"],
    ]);
  });

  it("reads a `|` row whose cell a line break cut as one row", () => {
    expect(
      units4([
        "成都市武侯区社区治理三年行动方案",
        "| 序号 | 重点任务 | 主要内容 | 责任单位 | 完成时限 |",
        "| 1 | 开展社区微更新 | 实施社区微更新项目，优先改造老旧院落公共空间和",
        "适老化设施 | 区住建交通局、区民政局 | 2031年12月 |",
        "| 2 | 培育社区社会组织 | 依托社会组织孵化园培育社区社会组织 | 区民政局 | 2031年12月 |",
      ]).map((u) => u.slice(0, 3)),
    ).toEqual([
      ["开展社区微更新", "区住建交通局", "LEAD"],
      ["开展社区微更新", "区民政局", "PARTICIPANT"],
      ["培育社区社会组织", "区民政局", "LEAD"],
    ]);
  });

  it("reads `各区、县(市)民政局` as one collective of departments", () => {
    expect(
      units4([
        "绍兴市民政局关于印发2031年全市民政工作要点的通知",
        "各区、县（市）民政局：",
        "　　现将《2031年全市民政工作要点》印发给你们。",
        "2031年全市民政工作要点",
        "　　1.深化婚俗改革。推进婚姻登记跨省通办。（市民政局社会事务处牵头，各区、县（市）民政局配合）",
      ]).map((u) => u.slice(1)),
    ).toEqual([
      ["绍兴市民政局社会事务处", "LEAD", "MUNICIPAL"],
      ["各区、县(市)民政局", "PARTICIPANT", "DISTRICT"],
    ]);
  });
});

describe("targets", () => {
  it("gives the `——` lines under a paragraph opening with its deadline that deadline", () => {
    expect(
      targets([
        "青川算力互联互通行动方案",
        "一、总体要求",
        "到2031年,全国公共算力资源标准化互联基本实现。",
        "——互联互通水平明显提升。接入平台的算力中心超过200家,调度网络时延控制在20毫秒以内。",
        "——普惠服务能力显著增强。培育算力普惠服务商不少于100家。",
        "二、重点任务",
        "（一）制定标准。制定算力互联标准。",
      ]),
    ).toEqual([
      [200, "家", "OVER", 2031, "接入平台的算力中心"],
      [20, "毫秒", "AT_MOST", 2031, "调度网络时延"],
      [100, "家", "AT_LEAST", 2031, "算力普惠服务商"],
    ]);
  });

  it("reads no goal in a year before the document was dated, and a goal whose deadline stands inside its clause", () => {
    expect(
      targets([
        "青川区促进消费若干措施",
        "　　为提振消费，制定如下措施。力争到2032年，全区社会消费品零售总额突破900亿元。2030年，全区社会消费品零售总额达到812亿元。",
        "　　一、重点任务",
        "　　（一）培育商圈。细颗粒物平均浓度到2032年控制在33微克/立方米以内，全区产业规模到2032年突破2000亿元。",
        "青川区人民政府办公室",
        "2031年3月12日",
      ]),
    ).toEqual([
      [900, "亿元", "OVER", 2032, "社会消费品零售总额"],
      [33, "微克/立方米", "AT_MOST", 2032, "细颗粒物平均浓度"],
      [2000, "亿元", "OVER", 2032, "产业规模"],
    ]);
  });

  it("reads farm units (亩次, 斤, 头), a goal of 创建, and the metric before what the counted do", () => {
    expect(
      targets([
        "青川县2031年乡村振兴工作要点",
        "　　1.稳定粮食生产。全年粮食产量稳定在62亿斤以上,飞防作业面积超过35亿亩次。",
        "　　2.稳定生猪供给。生猪出栏稳定在560万头左右,新创建省级现代农业园区2个。",
        "　　3.加强人才队伍建设。选派科技特派员300名服务农业生产一线。",
      ]),
    ).toEqual([
      [62, "亿斤", "AT_LEAST", 2031, "粮食产量"],
      [35, "亿亩次", "OVER", 2031, "飞防作业面积"],
      [560, "万头", "APPROXIMATELY", 2031, "生猪出栏"],
      [2, "个", "EXACTLY", 2031, "新创建省级现代农业园区"],
      [300, "名", "EXACTLY", 2031, "科技特派员"],
    ]);
  });
});

describe("articles", () => {
  it("names an article by its first sentence wherever a line breaks it", () => {
    expect(
      items([
        "青川市专项资金管理办法",
        "第一章 总 则",
        "  第一条 为规范专项资金管理，根据《中华人民",
        "共和国预算法》等规定，制定本办法。",
        "  第二条 本办法所称专项资金，是指市级财政预算安排的资金。",
      ]),
    ).toEqual([
      ["Task", "为规范专项资金管理,根据《中华人民共和国预算法》等规定,制定本办法"],
      ["Task", "本办法所称专项资金,是指市级财政预算安排的资金"],
    ]);
  });
});

describe("units of an action", () => {
  it("gives the action the units its heading names", () => {
    expect(
      units4([
        "青川市人民政府办公室关于印发青川市具身智能机器人若干措施的通知",
        "各区人民政府：",
        "　　现将《青川市具身智能机器人若干措施》印发给你们。",
        "青川市具身智能机器人若干措施",
        "一、强化创新策源（市科技局牵头）",
        "（一）建设创新平台。支持企业建设具身智能创新平台。",
        "（二）突破核心零部件。实施揭榜挂帅项目。",
      ]).map((u) => u.slice(0, 3)),
    ).toEqual([["强化创新策源", "青川市科技局", "LEAD"]]);
  });

  it("gives the action the block of unit lines that closes it when its tasks name none, and each task its own", () => {
    const plan = (second: string[]) => [
      "四川省市场监督管理局关于印发青川放心消费行动方案的通知",
      "各市(州)市场监管局：",
      "　　现将《青川放心消费行动方案》印发给你们。",
      "青川放心消费行动方案",
      "一、重点行动",
      "（一）放心消费示范创建行动",
      "【推进措施】",
      "1.扩大示范单位覆盖面。推动经营者作出放心消费承诺。",
      ...second,
      "2.推行线下无理由退货。鼓励大型商场率先承诺。",
      "责任单位：省市场监管局",
      "配合单位：省商务厅",
    ];
    expect(units4(plan([])).map((u) => u.slice(0, 3))).toEqual([
      ["放心消费示范创建行动", "四川省市场监管局", "LEAD"],
      ["放心消费示范创建行动", "四川省商务厅", "PARTICIPANT"],
    ]);
    expect(units4(plan(["责任单位：省文化和旅游厅"])).map((u) => u.slice(0, 3))).toEqual([
      ["扩大示范单位覆盖面", "四川省文化和旅游厅", "LEAD"],
      ["推行线下无理由退货", "四川省市场监管局", "LEAD"],
      ["推行线下无理由退货", "四川省商务厅", "PARTICIPANT"],
    ]);
  });
});

describe("names of public service and the sea", () => {
  const found = (lines: string[]) =>
    read(lines)
      .nodes.filter((n) => ["Organization", "Platform", "Zone"].includes(n.label))
      .map((n) => `${n.label} ${n.props.name}`)
      .sort();

  it("reads names holding field terms the dictionary splits into verbs (社会组织, 云控, 深远海, 智能驾驶), not a scope's kind", () => {
    expect(
      found([
        "青川市民政事业发展方案",
        "一、重点任务",
        "（一）培育社区社会组织。依托青川市社会组织孵化基地开展培训。",
        "（二）建设云控平台。建成星沙车路云一体化云控平台，布局建设宁德深远海养殖装备产业基地。",
        "（三）推动校企合作。支持青川大学共建星沙智能驾驶联合实验室，建设涉海重大科技创新平台。",
      ]),
    ).toEqual([
      "Organization 青川大学",
      "Platform 星沙智能驾驶联合实验室",
      "Platform 星沙车路云一体化云控平台",
      "Zone 宁德深远海养殖装备产业基地",
      "Zone 青川市社会组织孵化基地",
    ]);
  });
});

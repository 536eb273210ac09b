// Forms four more blind held-out sets (heldout22–25) found unread: a page's fields printed label over
// value, a title printed twice or opening its block with the issuer's line, a notice in a table cell or
// signed under it with a compact date, an attachment list, three levels of items, sections closed by
// 牵头单位/配合单位 lines, zones' and enterprises' units, targets of a year still ahead, and names the old
// dictionary cuts. All text is invented.
import { describe, expect, it } from "vitest";
import {
  extractLines as read,
  itemPairs as items,
  readLines,
  unitQuads as units4,
  unitTriples as units,
} from "../helpers/extract-read.js";

const targets = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => n.label === "Target")
    .map((n) => [n.props.value, n.props.unit, n.props.comparator, n.props.deadlineYear]);

const entities = (lines: string[]) =>
  read(lines)
    .nodes.filter((n) => ["Organization", "Platform", "Zone"].includes(n.label))
    .map((n) => `${n.label} ${n.props.name}`)
    .sort();

describe("the page and the title", () => {
  it("reads a page's fields printed label over value, and a title wrapped over two lines under them", () => {
    const { doc, issued } = readLines([
      "首页 > 政策 > 文件库",
      "索  引  号：",
      "000014349/2031-00031",
      "发文机关：",
      "国务院办公厅",
      "标      题：",
      "国务院办公厅关于深化青川“一网通办”进一步提升办事体验的指导意见",
      "发文字号：",
      "国办发〔2031〕17号",
      "",
      "国务院办公厅关于深化青川“一网通办”",
      "进一步提升办事体验的指导意见",
      "国办发〔2031〕17号",
      "",
      "各省、自治区、直辖市人民政府：",
      "　　为提升办事体验，现提出以下意见。",
      "　　一、重点任务",
      "　　（一）统一事项标准。全面推行事项目录管理。（国务院办公厅负责）",
    ]);
    expect(doc.name).toBe("国务院办公厅关于深化青川“一网通办”进一步提升办事体验的指导意见");
    expect(doc.docNumber).toBe("国办发〔2031〕17号");
    expect(issued).toEqual([["国务院办公厅", "NATIONAL", "ISSUER"]]);
  });

  it("takes no title line for the value of an empty field over a blank line, and keeps one body's line over 关于 in the title", () => {
    const grid = readLines([
      "首页 > 政策 > 国务院文件",
      "标　　题：国务院办公厅关于推进青川危旧房屋更新改造的意见",
      "发文字号：国办发〔2031〕31号",
      "主 题 词：",
      "",
      "国务院办公厅关于推进青川危旧房屋更新改造的意见",
      "国办发〔2031〕31号",
      "各省、自治区、直辖市人民政府：",
      "　　一、重点任务",
      "　　（一）开展安全排查。逐栋开展排查。（住房城乡建设部负责）",
    ]);
    expect(grid.doc.name).toBe("国务院办公厅关于推进青川危旧房屋更新改造的意见");
    const block = readLines([
      "青川省人民政府办公厅",
      "关于推进体医融合促进全民健康的",
      "实施意见",
      "青政办发〔2031〕14号",
      "各市州人民政府：",
      "    一、重点任务",
      "    (一)建设运动促进健康中心。建设一批中心。(责任单位:省卫生健康委,省体育局;如无特别说明，排在首位的为牵头单位，下同)",
    ]);
    expect(block.doc.name).toBe("青川省人民政府办公厅关于推进体医融合促进全民健康的实施意见");
    expect(block.units).toEqual([
      ["青川省卫生健康委", "PROVINCIAL", "LEAD"],
      ["青川省体育局", "PROVINCIAL", "PARTICIPANT"],
    ]);
  });

  it("takes a title printed twice, a headline and then the document's own line, once", () => {
    const { doc } = readLines([
      "教育部办公厅关于推进青川人工智能通识教育的通知",
      "",
      "教育部办公厅关于推进青川人工智能通识教育的通知",
      "教高厅函〔2031〕27号",
      "各省、自治区、直辖市教育厅：",
      "一、重点任务",
      "（一）建设课程。建设通识课程。",
    ]);
    expect(doc.name).toBe("教育部办公厅关于推进青川人工智能通识教育的通知");
  });

  it("keeps the issuer's line that opens a title block under the 文号", () => {
    const { doc, issued } = readLines([
      "青峰市人民政府办公厅文件",
      "青政办发〔2031〕9号",
      "青峰市人民政府办公厅",
      "关于加快新型研发机构高质量发展的",
      "实施意见",
      "各区县人民政府：",
      "　　为加快发展，经市政府同意，现提出以下意见。",
      "　　一、重点任务",
      "　　（一）建设研发机构。支持建设研发机构。（市科技局负责）",
    ]);
    expect(doc.name).toBe("青峰市人民政府办公厅关于加快新型研发机构高质量发展的实施意见");
    expect(issued).toEqual([
      ["青峰市人民政府办公厅", "MUNICIPAL", "ISSUER"],
      ["青峰市人民政府", "MUNICIPAL", "APPROVER"],
    ]);
  });

  it("reads a notice line in a table cell without its border, and a notice signed under it with a compact date", () => {
    const cell = readLines([
      "| 青峰市教育局关于印发《青峰市中小学人工智能教育行动计划》的通知 |",
      "各县（市）区教育主管部门：",
      "现将《青峰市中小学人工智能教育行动计划》印发给你们。",
      "青峰市中小学人工智能教育行动计划",
      "一、重点任务",
      "（一）完善课程。建设课程体系。（责任单位：市教育局）",
    ]);
    expect(cell.issued).toEqual([["青峰市教育局", "MUNICIPAL", "ISSUER"]]);
    const signed = readLines([
      "关于印发《青峰经开区2031年科技创新工作要点》的通知",
      "各局（办、中心）：",
      "现将《青峰经开区2031年科技创新工作要点》印发给你们，请抓好落实。",
      "",
      "青峰经济技术开发区管理委员会办公室",
      "203135",
      "",
      "青峰经开区2031年科技创新工作要点",
      "一、建强创新平台",
      "1.争创国家级平台。支持企业争创国家级平台。（责任部门：科技创新局）",
    ]);
    expect(signed.issued).toEqual([["青峰经济技术开发区管理委员会办公室", "DISTRICT", "ISSUER"]]);
    expect(signed.doc.issueDate).toBe("2031-03-05");
  });

  it("reads an approval after a salutation that names an 经济技术开发区, not from its 经济", () => {
    const { issued } = readLines([
      "青峰市青川区人民政府办公室关于印发青川区新材料产业若干政策的通知",
      "各镇人民政府，区政府各部门，青峰石化经济技术开发区管委会：",
      "    经区政府同意，现将《青川区新材料产业若干政策》印发给你们。",
      "青川区新材料产业若干政策",
      "一、支持企业做大做强。对企业给予奖励。（责任单位：区经信局）",
    ]);
    expect(issued.filter((i) => i[2] === "APPROVER")).toEqual([["青峰市青川区人民政府", "DISTRICT", "APPROVER"]]);
  });
});

describe("items", () => {
  it("reads no item in a notice's numbered attachment list", () => {
    expect(
      items([
        "青川省教育厅关于推进人工智能教育的通知",
        "各市教育局：",
        "一、重点任务",
        "（一）建设课程。建设通识课程。",
        "二、组织实施",
        "（一）做好总结宣传。省教育厅将适时遴选发布典型案例。",
        "附件：1.人工智能通识课程基本要求",
        "　　　2.人工智能教学改革试点申报表",
        "青川省教育厅",
        "2031年6月18日",
      ]),
    ).toEqual([
      ["Task", "建设课程"],
      ["Measure", "做好总结宣传"],
    ]);
  });

  it("reads a numbered heading alone over (1) tasks as an action, under (一) actions or among numbered tasks", () => {
    const threeLevels = [
      "青川省人工智能+学科建设方案",
      "一、重点任务",
      "（一）推动专业智能化改造",
      "2.建设课程群。分层建设人工智能通识课程群。",
      "3.实施专业改造工程",
      "责任单位：省教育厅高等教育处",
      "（1）改造传统工科专业。在机械专业融入智能设计课程。",
      "（2）升级文科医科专业。开设智能应用课程。",
    ];
    expect(items(threeLevels)).toEqual([
      ["Action", "推动专业智能化改造"],
      ["Task", "建设课程群"],
      ["Action", "实施专业改造工程"],
      ["Task", "改造传统工科专业"],
      ["Task", "升级文科医科专业"],
    ]);
    const mixed = [
      "青峰经济技术开发区管理委员会关于印发《青峰经开区工业互联网方案》的通知",
      "各部门：",
      "青峰经开区工业互联网方案",
      "二、重点任务",
      "1.实施平台培育工程",
      "（1）培育综合平台。支持平台提供服务。（牵头：经开区产业发展局；配合：经开区科技创新局）",
      "（2）发展工业APP。每年新增工业APP。（牵头：经开区科技创新局）",
      "2.推进企业上云。一是编制指南；二是给予补贴。",
    ];
    expect(items(mixed)).toEqual([
      ["Action", "实施平台培育工程"],
      ["Task", "推进企业上云"],
      ["Task", "培育综合平台"],
      ["Task", "发展工业APP"],
    ]);
    expect(units(mixed)).toEqual([
      ["培育综合平台", "青峰经开区产业发展局", "LEAD"],
      ["培育综合平台", "青峰经开区科技创新局", "PARTICIPANT"],
      ["发展工业APP", "青峰经开区科技创新局", "LEAD"],
    ]);
  });

  it("reads a policy list's 项目 rows answered by its 受理部门, and labels in square brackets cut by a line break", () => {
    const list = [
      "青峰高新区管委会关于印发青峰高新区知识产权金融补贴细则的通知",
      "各部门：",
      "青峰高新区知识产权金融补贴细则",
      "第一条 为促进知识产权金融发展，制定本细则。",
      "序号 | 项目 | 政策条款 | 受理部门 | 联系人 |",
      "---|---|---|---|---|",
      "1 | 质押融资贴息 | 按实际支付利息的50%给予贴息。 | 高新区科技创新局 | 周工 |",
      "2 | 专利保险补贴 | 按实缴保费的60%给予补贴。 | 高新区科技创新局、高新区财政局 | 谭工 |",
    ];
    expect(items(list)).toEqual([
      ["Task", "为促进知识产权金融发展,制定本细则"],
      ["Task", "质押融资贴息"],
      ["Task", "专利保险补贴"],
    ]);
    expect(units(list).filter((u) => u[0] !== "为促进知识产权金融发展,制定本细则")).toEqual([
      ["质押融资贴息", "青峰高新区科技创新局", "LEAD"],
      ["专利保险补贴", "青峰高新区科技创新局", "LEAD"],
      ["专利保险补贴", "青峰高新区财政局", "PARTICIPANT"],
    ]);
    expect(
      units([
        "青川县人民政府办公室关于印发青川县预付式消费整治方案的通知",
        "各乡镇人民政府：",
        "青川县预付式消费整治方案",
        "一、重点任务",
        "    1、建立经营主体台账。前建立台账。[牵头单位:县市场监管局;责任单",
        "位:县教体局、县商务局]",
      ]),
    ).toEqual([
      ["建立经营主体台账", "青川县市场监管局", "LEAD"],
      ["建立经营主体台账", "青川县教体局", "PARTICIPANT"],
      ["建立经营主体台账", "青川县商务局", "PARTICIPANT"],
    ]);
  });

  it("reads a section over prose closed by 牵头单位 and 配合单位 lines, and the closing words after the last", () => {
    const plan = [
      "青峰市安全生产委员会办公室关于印发《青峰市2031年电动自行车安全整治工作要点》的通知",
      "各县（市、区）安委会：",
      "  现将《青峰市2031年电动自行车安全整治工作要点》印发给你们。",
      "青峰市2031年电动自行车安全整治工作要点",
      "一、强化源头管控",
      "  一是开展生产企业全覆盖检查；二是全年抽检不少于200批次。",
      "  牵头单位：市市场监管局",
      "  配合单位：市工业和信息化局、市公安局",
      "二、压实监管责任",
      "  一是各县（市、区）要将电动自行车安全纳入网格化管理。",
      "  牵头单位：市应急管理局",
      "  配合单位：各县（市、区）人民政府",
      "  各县（市、区）、各有关单位要对照本工作要点，细化工作举措。",
    ];
    expect(items(plan)).toEqual([
      ["Task", "强化源头管控"],
      ["Task", "压实监管责任"],
    ]);
    expect(units(plan)).toEqual([
      ["强化源头管控", "青峰市市场监管局", "LEAD"],
      ["强化源头管控", "青峰市工业和信息化局", "PARTICIPANT"],
      ["强化源头管控", "青峰市公安局", "PARTICIPANT"],
      ["压实监管责任", "青峰市应急管理局", "LEAD"],
      ["压实监管责任", "各县(市、区)人民政府", "PARTICIPANT"],
    ]);
    expect(targets(plan)).toEqual([[200, "批次", "AT_LEAST", 2031]]);
  });
});

describe("units", () => {
  it("closes a list at a note after ;, and lets 按职责分工负责 share the work when the note is for the 责任单位 lists", () => {
    const plan = [
      "青川省人民政府办公厅关于印发青川省高校人才若干措施的通知",
      "各市人民政府：",
      "青川省高校人才若干措施",
      "为加快发展，制定以下措施。（各项措施责任单位中排名第一的为牵头单位）",
      "1.实施梯度培育。建立培育库。（责任单位：省工业和信息化厅、省发展改革委，各县区人民政府；排名第一的为牵头单位，下同）",
      "2.柔性引进人才。鼓励高校柔性引才。（省教育厅、省人力资源社会保障厅按职责分工负责）",
    ];
    expect(units(plan)).toEqual([
      ["实施梯度培育", "青川省工业和信息化厅", "LEAD"],
      ["实施梯度培育", "青川省发展改革委", "PARTICIPANT"],
      ["实施梯度培育", "各县区人民政府", "PARTICIPANT"],
      ["柔性引进人才", "青川省教育厅", "JOINT"],
      ["柔性引进人才", "青川省人力资源社会保障厅", "JOINT"],
    ]);
  });

  it("gives a city bureau's district 分局 and a company's branch the place they serve, never doubling a name", () => {
    const district = units4([
      "宁波市镇海区人民政府办公室关于印发镇海区新材料若干政策的通知",
      "各镇人民政府、街道办事处：",
      "镇海区新材料若干政策",
      "一、支持绿色转型。对企业给予奖励。（责任单位：区经信局、宁波市生态环境局镇海分局）",
    ]);
    expect(district.map((u) => [u[1], u[3]])).toEqual([
      ["宁波市镇海区经信局", "DISTRICT"],
      ["宁波市生态环境局镇海分局", "DISTRICT"],
    ]);
    const grid = units4([
      "广州市发展和改革委员会关于印发2031年能源工作要点的通知",
      "各区发展和改革局：",
      "广州市2031年能源工作要点",
      "一、重点任务",
      "（一）提升供电保障。建设输变电工程。（责任单位：市发展改革委、广东电网佛山供电局，各区人民政府）",
      "（二）推进上云。支持企业上云。（责任单位：市工业和信息化局、中国电信股份有限公司长沙分公司）",
    ]);
    expect(grid.map((u) => [u[1], u[3]])).toEqual([
      ["广州市发展和改革委员会", "MUNICIPAL"],
      ["广东电网佛山供电局", "MUNICIPAL"],
      ["各区人民政府", "DISTRICT"],
      ["广州市工业和信息化局", "MUNICIPAL"],
      ["中国电信股份有限公司长沙分公司", "MUNICIPAL"],
    ]);
  });

  it("keeps a level's departments written with 各, and gives a body that names its province no carried level word", () => {
    expect(
      units([
        "青川省人民政府办公厅关于印发青川省文旅消费若干措施的通知",
        "各市人民政府：",
        "青川省文旅消费若干措施",
        "一、加大金融支持。鼓励银行开发产品。（责任单位：省财政厅、青川金融监管局；配合单位：省直各有关部门）",
      ]),
    ).toEqual([
      ["加大金融支持", "青川省财政厅", "LEAD"],
      ["加大金融支持", "青川金融监管局", "PARTICIPANT"],
      ["加大金融支持", "省直各有关部门", "PARTICIPANT"],
    ]);
  });

  it("gives a central body's branch in a province that province's level", () => {
    const plan = units4([
      "广东省人民政府办公厅关于印发广东省金融监管智能化工作方案的通知",
      "各地级以上市人民政府：",
      "广东省金融监管智能化工作方案",
      "一、重点任务",
      "（一）推进联合监测。建立风险监测模型。（责任单位：中国人民银行广东省分行、国家金融监督管理总局广东监管局）",
    ]);
    expect(plan.map((u) => [u[1], u[3]])).toEqual([
      ["中国人民银行广东省分行", "PROVINCIAL"],
      ["国家金融监督管理总局广东监管局", "PROVINCIAL"],
    ]);
  });

  it("reads a list that must act after a heading, a court as a subject, and a section closed by a bracketed units line over a footer", () => {
    expect(
      units([
        "青川省卫生健康委员会关于印发2031年全省智慧医疗工作要点的通知",
        "各市州卫生健康委：",
        "2031年全省智慧医疗工作要点",
        "一、强化安全与伦理管理",
        "    建立医疗人工智能应用伦理审查机制，落实备案要求。",
        "    （牵头单位：省卫生健康委；配合单位：省委网信办）",
        "",
        "抄送：国家卫生健康委规划发展与信息化司。",
        "青川省卫生健康委员会办公室                  2031年3月7日印发",
      ]),
    ).toEqual([
      ["强化安全与伦理管理", "青川省卫生健康委", "LEAD"],
      ["强化安全与伦理管理", "青川省委网信办", "PARTICIPANT"],
    ]);
    expect(
      units([
        "青峰市青川区人民政府办公室关于印发2031年平安法治工作要点的通知",
        "各街道办事处：",
        "2031年平安法治工作要点",
        "一、保障措施",
        "（一）加强组织领导。区委政法委、区司法局要加强统筹调度，每季度通报工作进展。",
      ]),
    ).toEqual([
      ["加强组织领导", "青峰市青川区委政法委", "LEAD"],
      ["加强组织领导", "青峰市青川区司法局", "PARTICIPANT"],
    ]);
    expect(
      units([
        "司法部关于印发《青川智能法律服务管理办法》的通知",
        "各省司法厅：",
        "青川智能法律服务管理办法",
        "第一章 总则",
        "第一条 最高人民法院、司法部推动诉调对接平台数据互通。",
      ]),
    ).toEqual([
      ["最高人民法院、司法部推动诉调对接平台数据互通", "最高人民法院", "LEAD"],
      ["最高人民法院、司法部推动诉调对接平台数据互通", "司法部", "PARTICIPANT"],
    ]);
  });

  it("reads a zone named at length before its committee as district level, in a list or alone", () => {
    const plan = units4([
      "青峰市人民政府办公厅关于加快新型研发机构发展的实施意见",
      "各区县人民政府：",
      "一、重点任务",
      "（一）提升共建机构。支持共建机构发展。（市科技局、青峰新旧动能转换起步区管委会按职责分工负责）",
      "（二）提升企业机构。支持企业发展。（青峰新旧动能转换起步区管委会负责）",
    ]);
    expect(plan.map((u) => [u[1], u[2], u[3]])).toEqual([
      ["青峰市科技局", "JOINT", "MUNICIPAL"],
      ["青峰新旧动能转换起步区管委会", "JOINT", "DISTRICT"],
      ["青峰新旧动能转换起步区管委会", "LEAD", "DISTRICT"],
    ]);
  });

  it("reads prose subjects: a party department, 督查室 lists, a zone's departments by its short name, a ministry before 在", () => {
    expect(
      units([
        "中共青峰市委办公室 青峰市人民政府办公室关于印发青峰市社区治理若干措施的通知",
        "各县市区委、县市区人民政府：",
        "青峰市社区治理若干措施",
        "一、保障措施",
        "9.压实工作责任。市委社会工作部牵头建立推进机制，市直有关部门按职责做好保障。",
        "10.强化督查考核。由市委督查室会同市政府督查室每半年开展一次专项督查。",
        "11.严格考核。区委督查室、区政府督查室将落实情况纳入年度督查。",
      ]),
    ).toEqual([
      ["压实工作责任", "青峰市委社会工作部", "LEAD"],
      ["压实工作责任", "市直有关部门", "PARTICIPANT"],
      ["强化督查考核", "青峰市委督查室", "LEAD"],
      ["强化督查考核", "青峰市人民政府督查室", "PARTICIPANT"],
      ["严格考核", "区委督查室", "LEAD"],
      ["严格考核", "区人民政府督查室", "PARTICIPANT"],
    ]);
    expect(
      units([
        "宜宾临港经济技术开发区管理委员会关于印发帮办代办服务管理办法的通知",
        "各部门：",
        "宜宾临港经开区帮办代办服务管理办法",
        "第一章 总则",
        "第一条 临港经开区政务服务中心负责帮办代办工作的统筹协调。",
        "第二条 临港经开区党政办公室会同纪工委开展常态化督查。",
      ]),
    ).toEqual([
      ["临港经开区政务服务中心负责帮办代办工作的统筹协调", "宜宾临港经开区政务服务中心", "LEAD"],
      ["临港经开区党政办公室会同纪工委开展常态化督查", "宜宾临港经开区党政办公室", "LEAD"],
      ["临港经开区党政办公室会同纪工委开展常态化督查", "宜宾临港经开区纪工委", "PARTICIPANT"],
    ]);
  });

  it("reads enterprises a regulation's article charges, a bureau's 派出机构, and a ministry acting 在 somewhere", () => {
    const reg = units4([
      "国家能源局关于印发《青川电力需求响应管理办法》的通知",
      "各省能源局：",
      "青川电力需求响应管理办法",
      "第一章 总则",
      "第一条 国家能源局派出机构负责对辖区内需求响应开展监管。",
      "第二条 国家电网有限公司、中国南方电网有限责任公司负责需求响应平台的建设运维。",
      "第三条 教育部会同科技部在学位授权点布局中给予倾斜。",
    ]);
    expect(reg.map((u) => [u[1], u[2], u[3]])).toEqual([
      ["国家能源局派出机构", "LEAD", "NATIONAL"],
      ["国家电网有限公司", "LEAD", "NATIONAL"],
      ["中国南方电网有限责任公司", "PARTICIPANT", "NATIONAL"],
      ["教育部", "LEAD", "NATIONAL"],
      ["科技部", "PARTICIPANT", "NATIONAL"],
    ]);
  });
});

describe("targets", () => {
  it("reads a clause opening with a year still ahead when the document was dated, and new counters", () => {
    const plan = [
      "青川省人民政府办公厅关于印发进一步激发文旅消费若干措施的通知",
      "各市人民政府：",
      "现将《进一步激发文旅消费若干措施》印发给你们。",
      "青川省人民政府办公厅",
      "2031年3月21日",
      "进一步激发文旅消费若干措施",
      "一、丰富产品供给。组织开展主题活动，2031年全省举办文旅消费活动不少于1500场。对节庆活动给予最高50万元补助。（责任单位：省文化和旅游厅）",
      "二、回顾。2030年全省举办活动超过1000场。（责任单位：省文化和旅游厅）",
      "三、扩大供给。到2033年新增变电容量300万千伏安以上，储气能力提升至1.2万立方米，汇聚优质课例1万节，电子证照不少于100类。（责任单位：省能源局）",
    ];
    expect(targets(plan)).toEqual([
      [1500, "场", "AT_LEAST", 2031],
      [300, "万千伏安", "AT_LEAST", 2033],
      [1.2, "万立方米", "EXACTLY", 2033],
      [1, "万节", "EXACTLY", 2033],
      [100, "类", "AT_LEAST", 2033],
    ]);
  });
});

describe("names", () => {
  const task = (sentence: string) => ["青峰市智能产业行动方案", "一、重点任务", `1.推进应用。${sentence}`];

  it("reads names holding the field's newer words, and a rare noun opening a name as its brand", () => {
    expect(entities(task("建设赣江元宇宙算力中心，依托洛阳市公共数据授权运营平台开发产品。"))).toEqual([
      "Platform 洛阳市公共数据授权运营平台",
      "Platform 赣江元宇宙算力中心",
    ]);
    expect(entities(task("支持鸠江区智慧康养产业园建设，支持建设烟台海上风电智慧运维基地。"))).toEqual([
      "Zone 烟台海上风电智慧运维基地",
      "Zone 鸠江区智慧康养产业园",
    ]);
    expect(entities(task("建设彩云文旅数据中心，建设宁波市具身智能数据训练中心。"))).toEqual([
      "Platform 宁波市具身智能数据训练中心",
      "Platform 彩云文旅数据中心",
    ]);
    // A scope (`区属`) or a product whose industry follows (`酥梨产业`) is no brand.
    expect(entities(task("推动区属公立医院上线服务，打造酥梨产业智能服务平台。"))).toEqual([]);
  });

  it("reads a company's branch named for its place, a zone under its place, and no name after a building verb", () => {
    expect(entities(task("依托青峰经开区产教融合实训基地，联合广东电网有限责任公司佛山供电局开展培训。"))).toEqual([
      "Organization 广东电网有限责任公司佛山供电局",
      "Zone 青峰经开区产教融合实训基地",
    ]);
    expect(entities(["青峰市方案", "一、建强高能级创新平台", "1.推进应用。支持企业发展。"])).toEqual([]);
  });

  it("reads a scenic area as a zone", () => {
    expect(entities(task("完善九华山风景区游客集散设施，推进重点景区智慧化改造。"))).toEqual(["Zone 九华山风景区"]);
  });

  it("reads a kind, not a name, when a count follows the name before a comma or a line's end", () => {
    expect(entities(task("建设VR智能制造示范基地1个,累计培训学员5000人次。"))).toEqual([]);
  });
});

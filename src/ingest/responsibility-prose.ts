import type { ResponsibilityClause, ResponsibleRole, RoleUnit } from "./responsibility-types.js";
import { levelPrefix } from "./level-prefix.js";
import { type Span, spanOf } from "./span.js";
import { CENTRAL_OFFICE_END, readArea } from "./area-names.js";
import { readUnits, splitList } from "./unit-readings.js";

// A department named with its level (`市数据资源管理局`, `自治区财政厅`, a zone's `开发区经济发展局`):
// the shortest name ending in a department word.
// …or by its zone's short name (`临港经开区政务服务中心`, `东湖高新区管委会`).
const LEVEL = String.raw`(?:(?![在对为向从按于将把与和及由经]|支持|鼓励|推动|依托|引导|推进)[\u4e00-\u9fff]{2,4}?(?:经开区|高新区|开发区)|自治区|自治州|新区|开发区|经开区|高新区|示范区|园区|[省市区县州盟旗])`;
/** The departments of a kind at a level, in every place of it: `省级网信部门`, `省级公安机关`. */
// …and every county's or city's so named (`县(市、区)住房城乡建设主管部门`, `设区的市住房城乡建设主管部门`).
const OF_LEVEL = String.raw`(?:(?:省级|市级|县级)[\u4e00-\u9fff]{1,10}?(?:部门|机关)|(?:设区的市|[省市县区]\([市区县、]{1,5}\))[\u4e00-\u9fff]{2,12}?主管部门)`;
// A level's mass bodies, named by their short names (`市总工会`, `市贸促会`, `市科协`).
const MASS_BODY =
  "贸促会|工商联|总工会|科协|妇联|残联|侨联|文联|团委|妇女联合会|残疾人联合会|工商业联合会|归国华侨联合会|科学技术协会|红十字会";
// A party committee's department (`市委社会工作部`, `区委组织部`) is a local body too, and so is a
// fire or enforcement detachment (`市消防救援支队`, `区综合行政执法大队`).
// A zone's committee is named whole (`…开发区管委会`), and an office (`党政办公室`) is not cut at its 办.
const LOCAL = String.raw`(?:${LEVEL}(?:管委会|管理委员会|${MASS_BODY}|(?!场)[\u4e00-\u9fff]{1,14}?(?:局|委(?!员会|会(?!同)|办)|委员会|厅|办(?!公室)|办公室|中心|署|督查室|工作部|总队|支队|大队|${MASS_BODY}))|${LEVEL}委[\u4e00-\u9fff]{2,8}?部|${OF_LEVEL})`;
// A central body, which a national document names with no level word: `国家数据局`, or a ministry
// by how ministries' names end before 部 (`科技部`, `教育部`, `工业和信息化部`), never `干部`, `全部`.
// A national body's own division may follow it (`国家卫生健康委医政司`, `…医院管理研究所`).
// …or its branches in the regions (`国家能源局派出机构`); and the Party centre's offices (`中央网信办`, `中央网信办信息化发展局`).
const DIVISION = String.raw`(?:[\u4e00-\u9fff]{2,10}?(?<!公)司|[\u4e00-\u9fff]{2,8}?研究所|派出机构)`;
// …and a ministry's (`司法部公共法律服务管理局`, `司法部信息中心`), never words of what it does.
// A preposition after the ministry opens what it does (`科技部在学位授权点布局…`), and `布局` is no bureau.
const MINISTRY_DIVISION = String.raw`(?:(?!牵头|会同|负责|支持|推动|建设|指导|组织|提供|开展|加强|依托|统筹|[在对为向从按于将把与和及等])[\u4e00-\u9fff]{2,10}?(?:管理局|信息中心|中心|司|(?<!布)局))`;
// A general administration's office in a province or a city (`国家金融监督管理总局辽宁监管局`, `国家税务总局佛山市税务局`,
// `国家统计局佛山调查队`), named whole before any 会同.
const CENTRAL_BRANCH = String.raw`国家[\u4e00-\u9fff]{2,10}?(?:总局|局)[\u4e00-\u9fff]{2,3}?(?:省|市|自治区|区|县)?(?:${CENTRAL_OFFICE_END})`;
const CENTRAL = String.raw`(?:${CENTRAL_BRANCH}|中央(?!企业|财政|预算)[\u4e00-\u9fff]{1,6}?(?:办|委|部)(?:[\u4e00-\u9fff]{2,8}?(?:局|司))?|国务院(?:国资委|[\u4e00-\u9fff]{2,8}?(?:委员会|办公室|办))(?:[\u4e00-\u9fff]{2,8}?(?:局|司|厅))?|(?:中国)?人民银行(?![\u4e00-\u9fff]{1,6}?(?:分行|支行|中心支行))|(?:中国)?证监会|最高人民法院|最高人民检察院|中国贸促会|全国总工会|中国科协|全国妇联|全国工商联|民航[\u4e00-\u9fff]{0,8}?局|[\u4e00-\u9fff]{2,4}海关|海关总署${DIVISION}?|国家[\u4e00-\u9fff]{1,8}?(?:局|委|署|办公室|办)${DIVISION}?|[\u4e00-\u9fff]{2,8}?总局|[\u4e00-\u9fff]{1,8}?(?<=[育技术务政化村安法交障源境设输利游理防传织战])部(?!门)${MINISTRY_DIVISION}?)`;
// A government named with its place (`陕西省人民政府`, `西安市人民政府`).
// It is read only as the subject that leads (`…要`, `…会同`, `…牵头`), never as any sentence's first words.
const PLACED_GOVERNMENT = String.raw`(?![各全本该])(?:(?!由|成立|建立)[\u4e00-\u9fff]){2,6}?[省市县区州](?:人民)?政府`;
// A ministry's or a bureau's own 司, named bare in its documents (`数据资源司会同综合司…`); never 司法, 司机.
const BARE_DIVISION = String.raw`(?<![各本该])[\u4e00-\u9fff]{2,10}?(?<![公上])司(?![法机])`;
/** The central bank's branch in a place (`中国人民银行湖南省分行`, `人民银行曹县支行`), a unit at the place's level. */
const BANK_BRANCH = String.raw`(?:中国)?人民银行[\u4e00-\u9fff]{2,8}?(?:中心支行|分行|支行)`;
/** A department's own division, named after a bare word for it in its own document (`厅水旱灾害防御处`). */
const OWN_DIVISION = String.raw`厅[\u4e00-\u9fff]{2,12}?处`;
const UNIT = String.raw`(?:${LOCAL}|${CENTRAL}|${BANK_BRANCH}|${OWN_DIVISION}|${BARE_DIVISION})`;
/** A province's or a city's department under its place's name (`合肥市市场监督管理局`, `江西省教育厅`). */
const PLACED_DEPARTMENT = String.raw`(?![各全本该])(?:(?!由|建立|成立|设立)[\u4e00-\u9fff]){2,3}[省市](?!场)[\u4e00-\u9fff]{1,12}?(?:局|委(?!员会|会(?!同)|办)|委员会|厅|办公室)`;
const LEADING_UNIT = String.raw`(?:${UNIT}|${PLACED_GOVERNMENT}|${PLACED_DEPARTMENT})`;
// Later names of a list may leave the level to the first (`市经信局、科技局`).
// …and may be a level's departments concerned (`市有关部门`) or the offices of every street (`各街道办事处`),
// or a court (`省知识产权局会同省高级人民法院…`).
const LATER = String.raw`(?:${OWN_DIVISION}|${CENTRAL}|${PLACED_GOVERNMENT}|${OF_LEVEL}|${LEVEL}(?:直|级)?(?:有关|相关)(?:部门|单位)|各[\u4e00-\u9fff]{1,6}?(?:办事处|人民政府)|${LEVEL}(?:管委会|管理委员会|${MASS_BODY})|${LEVEL}?(?!场)[\u4e00-\u9fff]{1,14}?(?:督查室|局|委(?!员会|会(?!同)|办)|委员会|厅|办(?!公室)|办公室|中心|署|工作部|总队|支队|大队|${MASS_BODY}|领导小组)|${LEVEL}委[\u4e00-\u9fff]{2,8}?部|${LEVEL}?(?:高级|中级)?人民(?:法院|检察院)|[\u4e00-\u9fff]{2,12}?(?<!公)司)`;
const LIST = String.raw`${UNIT}(?:、${LATER})*`;
/** The short name a document gives a body at its first mention (`市市场监督管理局(以下简称市市场监管局)负责…`). */
const ALIAS = String.raw`(?:[(（](?:以下|下文)?简称[“"]?[\u4e00-\u9fff]{2,16}[”"]?[)）])?`;
// The item's number (`第三条`, `(一)`, `(1)`, `1.`), then the sentence's subject.
// An article's closing `本措施由…负责解释` names its subject after `本措施`.
const ARTICLE = String.raw`第[一二三四五六七八九十百零]+条`;
const OPENING = String.raw`^\s*(?:${ARTICLE}|[(（](?:[一二三四五六七八九十]+|\d{1,2})[)）]|\d+\s*[*＊☆★]?[.、．])?\s*(?:本(?:措施|办法|细则|规定|政策|方案|指引|指南|意见|规则|条例|计划|条)\s*(?:具体(?:应用|执行|适用)(?:中的)?问题)?)?(?:由)?`;
// Those who take part after a lead: `配合`, or work `按职责` (`市乙局、市丙局按职责做好…`).
const TAKE_PART = String.raw`(?:(?:按职责|按照职责|按职能)(?:分工)?|(?:按照|依据|根据|按)各自职责|配合|协助|参与|参加)`;
/** A sentence after the lead's whose list works by its own duties: `市乙局、市丙局等部门按照各自职责做好相关工作`. */
const PARTS_NEXT = new RegExp(
  String.raw`^\s*(${LIST})(?:等(?:有关)?(?:部门|单位))?(?:要|应当)?(?:(?:按照|依据|根据|按)各自职责|按职责|按照职责)`,
);
// Two may lead together (`市水利局、市气象局牵头…,市级有关部门按职责做好协同`).
const LEADS = new RegExp(
  String.raw`${OPENING}(${LEADING_UNIT}(?:、${LATER})*)牵头[^。]*?[,，;；]((?:${UNIT}|${LATER})(?:、${LATER})*)(?:等(?:有关)?(?:部门|单位))?${TAKE_PART}`,
);
// …or later in its sentence, after what the item does (`围绕…方向,市科技局牵头组织…;市经信局、市财政局按职责做好配合`).
const LEADS_LATER = new RegExp(
  String.raw`[,，;；]\s*(${UNIT})牵头[^。]*?[,，;；](${LIST})(?:等(?:有关)?(?:部门|单位))?${TAKE_PART}`,
);
// Those 会同 names may leave the level to the subject (`高新区财政金融局会同经济运行局…`).
const WITH = new RegExp(
  String.raw`${OPENING}(${LEADING_UNIT})${ALIAS}(?:要|应当|应|须|将)?(?:牵头)?会同(${LATER}(?:、${LATER})*)`,
);
// A subject opening a later clause of the sentence with those it works with (`发挥…作用,省发展改革委会同省能源局建立…`).
const CLAUSE_WITH = new RegExp(
  String.raw`[,，;；]\s*(?:由)?(${LEADING_UNIT})${ALIAS}(?:要|应当|应|须|将)?(?:牵头)?会同(${LATER}(?:、${LATER})*)`,
);
// The subject acting `会同` later in its own sentence: `市甲局按季度受理申报,会同市乙局拨付资金`.
const LATER_WITH = new RegExp(
  String.raw`${OPENING}(${UNIT})[^。；;]*?[,，]\s*(?:并|同时)?(?:要|应当|应|须|将)?会同(${LATER}(?:、${LATER})*)`,
);
// `市数据局是本市数据流通交易的主管部门`, `市甲局应当…`: an article's subject charged with the work.
const ALONE = new RegExp(
  String.raw`${OPENING}(${LEADING_UNIT})${ALIAS}(?:要|牵头|负责|依法|会同有关|应当|是[^。,，;；]{0,24}?(?:主管|主责|牵头)(?:部门|单位))`,
);
// `本办法由市甲局、市乙局负责解释`: a list as the subject, the first leading as in 责任单位 lists.
const LISTED = new RegExp(String.raw`${OPENING}(${UNIT}|${PLACED_DEPARTMENT})、(${LATER}(?:、${LATER})*)(?:共同)?负责`);
// What the department after a heading does (`(二)强化要素保障。自治区财政厅统筹…`, `区财政局将…纳入`).
// …or only that it must (`区委政法委、区司法局要加强统筹调度`).
// …or what it sets up and carries on (`国家知识产权局、海关总署建立联络员制度`).
const ACTS = String.raw`(?:(?:要|须|应)?(?:牵头|负责|依法|会同有关|统筹|将|组织|指导|应当|建立|制定|开展|做好|推动|推进|完善|健全|督促|定期|联合|加强|加大|强化|对)|要|须)`;
/**
 * The department acting after a heading's `。` (`…保障。区财政局将…`), or a list of them (`(三)严格督查考核。区委督查室、
 * 区政府督查室将…`): the first named leads, as in a 责任单位 list.
 */
const AFTER_HEADING = new RegExp(String.raw`(?<=。)\s*(?:由)?(${UNIT})(?:、(${LATER}(?:、${LATER})*))?${ACTS}`);
/**
 * Departments that share the work by their duties, no one leading (`…,市人社局、市委人才办按职责分工落实…`,
 * `市委网信办、市科技局按职责分工负责。`): JOINT, wherever the clause stands.
 */
const SHARED = new RegExp(
  String.raw`(?:^|[,，;；。])\s*(${UNIT}(?:、${LATER})+)(?:等(?:有关)?(?:部门|单位))?(?:按照|按)职责分工(?:负责|落实|[,，])`,
);

/** A collective of local governments (`各市(县)、区人民政府`, `各区政府`, `各沿海设区市人民政府`), one unit though a 、 is inside. */
const COLLECTIVE = String.raw`各(?:沿海|沿江|沿边|山区)?(?:设区的?市|城区|[省市区县州盟旗乡镇]{1,3})(?:\([市区县州盟旗乡镇、]{1,5}\))?(?:、[市区县州旗乡镇](?:\([市区县州盟旗乡镇、]{1,5}\))?)*(?:人民)?政府(?:\((?:管委会|管理委员会)\))?`;
const COLLECTIVE_ALONE = new RegExp(`^${COLLECTIVE}$`);
/** A kind of local body the list's `各` carries to (`各街道办事处、乡镇人民政府应当…`), or bare as those who help (`…,街道办事处、乡镇人民政府配合…`). */
const CARRIED_STREET = String.raw`(?:街道|乡镇|镇|乡)(?:办事处|人民政府|政府)`;
/**
 * The departments of a kind in every place of a level: `各县市区数据管理部门`, `各市(州)数据局`, `各设区市工信局`,
 * and a party committee's (`各市委社会工作部`).
 */
const EACH_DEPARTMENT = String.raw`各(?:设区的?市|[省市区县州盟旗]|[(（][市区县州级、]{1,6}[)）]){1,5}[\u4e00-\u9fff]{2,10}?(?:部门|局|委|办公室|(?<=委[\u4e00-\u9fff]{2,8})部)`;
/** The department a working group's office sits in: `领导小组办公室设在市发展改革委`. */
const HOSTED = new RegExp(String.raw`办公室设在(${UNIT})(?:[^。；;]*?[,，]\s*(?:并)?会同(${LATER}(?:、${LATER})*))?`);
/** The offices of every street or township: `各街道办事处`, `各乡镇人民政府`. */
const EACH_STREET = String.raw`各(?:街道|乡镇|镇|乡)(?:[(（、][^()（）]{1,6}[)）]?)?(?:办事处|人民政府|政府)`;
/** The same, later in the lead's own sentence: `…;各区(县、市)人民政府、市级有关部门按职责开放…`. */
// …a level's departments concerned among them (`县直有关部门按职责分工抓好落实`), and those who carry it out or
// help (`各乡(镇)人民政府具体实施`, `…配合开展…`), or take their share (`…,各县(市)区经信部门负责本辖区…`).
const PARTS_LATER = new RegExp(
  String.raw`[;；,，]\s*((?:${LIST}|${COLLECTIVE}|${EACH_DEPARTMENT}|${EACH_STREET}|${LEVEL}(?:直|级)?(?:有关|相关)(?:部门|单位)|${CARRIED_STREET})(?:、(?:${LATER}|${COLLECTIVE}|${CARRIED_STREET}))*)(?:等(?:有关)?(?:部门|单位))?(?:要|应当)?(?:(?:按照|依据|根据|按)各自职责|按职责|按照职责|配合|协助|参与|具体(?:实施|负责|落实)|负责)`,
);
/**
 * A collective of governments or offices that must act: `各市(县)、区人民政府应当结合本地…`, `各街道办事处负责…`,
 * with those it works with (`各市民政局要会同各市财政局…`).
 */
const EACH_ACTS = new RegExp(
  String.raw`${OPENING}(${COLLECTIVE}|${EACH_DEPARTMENT}|${EACH_STREET})(?:(?:要|应当|须)?会同((?:${EACH_DEPARTMENT}|${LATER})(?:、(?:${EACH_DEPARTMENT}|${LATER}))*)|应当|要|须|负责|牵头|可以|是[^。,，;；]{0,20}?(?:责任主体|第一责任人))`,
);
/** Collectives listed as the subject (`各市委社会工作部、各市民政局要…`): the first leads, as in a 责任单位 list. */
const EACH_LISTED = new RegExp(
  String.raw`${OPENING}(${COLLECTIVE}|${EACH_DEPARTMENT}|${EACH_STREET})、((?:${COLLECTIVE}|${EACH_DEPARTMENT}|${EACH_STREET}|${CARRIED_STREET})(?:、(?:${COLLECTIVE}|${EACH_DEPARTMENT}|${EACH_STREET}|${CARRIED_STREET}))*)(?:要|应当|须|负责|牵头)`,
);
/**
 * A clause opened by the bodies that do its work (`市财政局负责…`, `各县(市)区人民政府、各开发区管委会负责…`), or that must
 * (`各设区市人民政府要成立…`), or that answer for it (`各设区市人民政府是本地…的责任主体`).
 */
const ACTING = new RegExp(
  String.raw`^\s*(?:由)?((?:${UNIT}|${COLLECTIVE}|${EACH_DEPARTMENT}|${EACH_STREET})(?:、(?:${LATER}|${COLLECTIVE}|${EACH_DEPARTMENT}|${EACH_STREET}))*)${ALIAS}(?:等(?:有关)?(?:部门|单位))?(?:(?:要|应当|应|须|可以)?(?:会同(${LATER}(?:、${LATER})*)|负责|依法|按职责|按照职责|(?:按照|依据|根据|按)各自职责|配合|协助|做好|牵头)|要|应当|须|是[^。,，;；]{0,20}?(?:责任主体|第一责任人))`,
);
/** An article's number opening an item (`第三条`). */
const ARTICLE_OPENING = new RegExp(String.raw`^\s*${ARTICLE}`);
/**
 * An enterprise a regulation charges with work (`国家电网有限公司`, `内蒙古电力(集团)有限责任公司`), named whole.
 */
const ENTERPRISE = String.raw`(?:[\u4e00-\u9fff]{2,14}?(?:[(（][\u4e00-\u9fff]{2,4}[)）][\u4e00-\u9fff]{0,6}?)?(?:有限责任公司|股份有限公司|有限公司))`;
/** The government of the document's own level, named by its level alone (`省人民政府建立…机制`). */
// …or a level's governments everywhere (`县级人民政府`, `县级以上地方人民政府`, `乡镇人民政府`).
const LEVEL_GOVERNMENT = String.raw`(?:[省市县区州](?:\([市区县、]{1,5}\))?|(?:省|市|县|乡)级(?:以上)?(?:地方)?(?:各级)?|乡镇)(?:人民)?政府(?![办令])`;
/** The department, or the list of them, opening an article's first sentence as its subject. */
const ARTICLE_SUBJECT = new RegExp(
  String.raw`^\s*${ARTICLE}\s*(${UNIT}|${ENTERPRISE}|${LEVEL_GOVERNMENT})(?:、((?:${ENTERPRISE}|${LATER})(?:、(?:${ENTERPRISE}|${LATER}))*))?(?![的、和与及])(?=[\u4e00-\u9fff])`,
);
/**
 * A zone's or district's bureau an article names bare, without its level (`经贸发展局`, `财政局`), acting as
 * its subject: `第十条 经贸发展局会同财政局…`, `第十三条 …的,由经贸发展局会同财政局追回…`,
 * `第十一条 科技创新局负责…,并会同经贸发展局…`, `第十七条 经济发展局按季度受理申报,会同财政金融局…`. Not a word's own 局 (`格局`, `布局`, `当局`).
 */
// `政局` is a word of its own, but not in `财政局`, `民政局`, `邮政局`.
const BARE_BUREAU = String.raw`(?:[\u4e00-\u9fff]{0,6}?(?:财政|民政|邮政)局|[\u4e00-\u9fff]{2,8}?(?<![格布结当大全时残开政])局)`;
/**
 * A bureau named bare after a heading's `。`, as a zone's or a district's measures name their own
 * (`(一)加强组织领导。港航物流局牵头建立…`, `财政局会同港航物流局…`, `党政办公室将…纳入…`): it leads.
 */
const HEADING_BARE = new RegExp(
  String.raw`(?<=。)\s*(${BARE_BUREAU}|[\u4e00-\u9fff]{2,4}?办公室)(?:(?:将)?会同(${LATER}(?:、${LATER})*)|牵头[^。；;]*?[,，]\s*(?:并|同时)?会同(${LATER}(?:、${LATER})*)|牵头|负责|将|统筹|对)`,
);
const ARTICLE_BARE = [
  new RegExp(
    String.raw`^\s*${ARTICLE}\s*(?:[^。；;]*?[,，]\s*由)?(${BARE_BUREAU})(?:要|应当|应|须|将)?会同(${LATER}(?:、${LATER})*)`,
  ),
  new RegExp(
    String.raw`^\s*${ARTICLE}\s*(${BARE_BUREAU})(?![的、和与及])[^。；;]*?[,，]\s*(?:并|同时)?(?:要|应当|应|须|将)?会同(${LATER}(?:、${LATER})*)`,
  ),
];
/** An article's bodies sharing its work by their duties: JOINT, no one leading. */
const ARTICLE_SHARED = new RegExp(
  String.raw`^\s*${ARTICLE}\s*(${UNIT}(?:、${LATER})+)(?:等(?:有关)?(?:部门|单位))?(?:按照|按)职责分工(?:负责|落实|[,，])`,
);
/** A sentence opened by its subject: a department, or a collective of governments, that does something. */
const SUBJECT = new RegExp(
  String.raw`^\s*(?:由)?(${UNIT}|${COLLECTIVE}|${EACH_DEPARTMENT})(?![的、和与及])(?=[\u4e00-\u9fff])`,
);

/**
 * `…,由X局会同Y局组织兑现`, `由X委牵头,会同Y局、Z局建立…`, `建立由X委牵头,Y厅、Z局等单位参加的…机制`:
 * a clause later in the sentence whose agent 由 names, the department perhaps under its place's name
 * (`合肥高新区经贸局`); 由 makes it the subject however it is named.
 */
const BY = new RegExp(
  String.raw`(?<![理自缘经])由([\u4e00-\u9fff]{0,6}?${UNIT})${ALIAS}(?:(?:牵头[,，]\s*)?会同(${LATER}(?:、${LATER})*)|牵头[,，、]\s*(${LATER}(?:、${LATER})*)(?:等(?:有关)?(?:单位|部门))?(?:参加|参与|配合)|(?:按[\u4e00-\u9fff]{1,3})?(?:受理|审核)[^。；;]*?[,，]\s*(?:并)?会同(${LATER}(?:、${LATER})*)|牵头|负责|统一|另行|收回|(?:按[\u4e00-\u9fff]{1,3})?(?:受理|审核)|组织|依法|承担|委托|按照)`,
);

/**
 * An article's subject after the case it answers (`考古调查发现重要文物遗存的,省文物局应当及时组织…`,
 * `…擅自开工建设的,由省文物局依照…处理`): the body that acts.
 */
const CONDITIONED = new RegExp(
  String.raw`${OPENING}[^。；;]{2,60}?的[\u4e00-\u9fff]{0,8}[,，]\s*(?:由)?(${LEADING_UNIT})${ALIAS}(?:应当|要|须|可以|负责|依照|依法|会同(${LATER}(?:、${LATER})*))`,
);
/** A {@link BY} clause whose department opens with a level word or a place, or is a central body (`由财政部牵头`). */
function byPlacedUnit(sentence: string): RegExpExecArray | null {
  const m = BY.exec(sentence);
  return m && (new RegExp(`^(?:${LEVEL}|${CENTRAL}$)`).test(m[1]!) || readArea(m[1]!).places.length > 0) ? m : null;
}

/**
 * Responsibility written as the subject of an item's first sentence, as regulations do:
 * `市甲局牵头负责…,市乙局、市丙局配合…` or `…按职责做好…` (LEAD, PARTICIPANTs), `市甲局会同市乙局…`
 * and `市甲局按季度受理…,会同市乙局拨付…` (LEAD, PARTICIPANT), `市甲局依法…`/`市甲局负责…` (LEAD); after
 * an article's short heading, its next sentence's subject (`…目录管理。市甲局应当…`). Only level-prefixed
 * departments count, so an ordinary sentence is never read as one. Once a body leads, every later clause
 * that another body opens as its subject (`…;市财政局负责资金拨付`), or the lead's own `会同` list in a later
 * sentence, names one that takes part; bodies sharing an article's work by their duties are JOINT. The
 * words stay in the item's text: `whole` is empty.
 */
export function findProseResponsibility(text: string, within: Span): ResponsibilityClause | null {
  // The subject opens the item, or the body after a short heading (`(一)加强组织领导。科技部会同…`).
  const [head, next] = within.text.split("。");
  const found = (sentence: string) =>
    LEADS.exec(sentence) ??
    LEADS_LATER.exec(sentence) ??
    WITH.exec(sentence) ??
    LATER_WITH.exec(sentence) ??
    LISTED.exec(sentence) ??
    ALONE.exec(sentence) ??
    EACH_LISTED.exec(sentence) ??
    EACH_ACTS.exec(sentence) ??
    byPlacedUnit(sentence) ??
    CLAUSE_WITH.exec(sentence) ??
    CONDITIONED.exec(sentence);
  const afterHeading =
    next !== undefined &&
    /^[^,，;；]{2,20}$/.test(
      head!.replace(
        /^\s*(?:第[一二三四五六七八九十百零]+条|[(（](?:[一二三四五六七八九十]+|\d{1,2})[)）]|\d+[.、．]|[一二三四五六七八九十]+、)\s*/,
        "",
      ),
    );
  let first = head!;
  let m = found(first);
  // An article whose first sentence a department opens does what it says (`第三条 司法部建设…平台`,
  // `第五条 最高人民法院、司法部推动…`): the first named leads, as a 责任单位 list reads.
  // …unless they share it by their duties (`第七条 区经济发展局、社会事业局按照职责分工负责…`).
  let shared = false;
  if (!m && ARTICLE_OPENING.test(within.text) && !afterHeading) {
    m = ARTICLE_SHARED.exec(first);
    shared = m !== null;
    m ??= ARTICLE_SUBJECT.exec(first) ?? ARTICLE_BARE[0]!.exec(first) ?? ARTICLE_BARE[1]!.exec(first);
  }
  if (!m && afterHeading) {
    first = within.text.slice(0, head!.length + 1 + next.length);
    // The next sentence read as an item's first (`(一)加强统筹协调。工业和信息化部会同国家发展改革委…`).
    m = found(next);
    if (m) m.index += head!.length + 1;
    else m = AFTER_HEADING.exec(first) ?? HEADING_BARE.exec(first);
  }
  // A later sentence's agent (`…名单由市经信局另行公布`, `…,由开发区经济发展局统一受理`) is the item's unit too.
  if (!m) {
    first = within.text;
    m = byPlacedUnit(first);
  }
  // A working group's office is the department that runs the work (`领导小组办公室设在区发改委`).
  if (!m) {
    first = within.text;
    m = HOSTED.exec(first);
  }
  // Else the first later sentence a department (or a collective of governments) opens as its subject:
  // `…给予奖励。市市场监管局做好…`, `…分担。市科技局按季度受理申报,会同市财政局…`.
  if (!m) {
    let at = head!.length + 1;
    for (const sentence of within.text.slice(at).split("。")) {
      const hit = found(sentence) ?? SUBJECT.exec(sentence);
      if (hit) {
        hit.index += at;
        first = within.text.slice(0, at + sentence.length);
        m = hit;
        break;
      }
      at += sentence.length + 1;
    }
  }
  if (!m) {
    first = within.text;
    m = SHARED.exec(first);
    shared = m !== null;
  }
  if (!m) return null;
  const groups: { words: string; role: ResponsibleRole }[] = [{ words: m[1]!, role: shared ? "JOINT" : "LEAD" }];
  const others = m[2] ?? m[3] ?? m[4];
  if (others) groups.push({ words: others, role: "PARTICIPANT" });
  // Those the lead works with may be joined by those later sentences set to work (`A会同B负责…。C、D等部门按照
  // 各自职责做好相关工作`).
  if (!shared) {
    // Those the rest of its sentence, or the next sentence, sets to work by their own duties take part.
    const end = within.text.indexOf("。", m.index + m[0].length);
    const rest = within.text.slice(m.index + m[0].length, end === -1 ? undefined : end);
    const later = PARTS_LATER.exec(rest);
    const next = end === -1 ? null : within.text.slice(end + 1).split("。")[0]!;
    const parts = later ? null : next === null ? null : PARTS_NEXT.exec(next);
    if (later) groups.push({ words: later[1]!, role: "PARTICIPANT" });
    else if (parts) {
      first = within.text.slice(0, end + 1 + next!.length);
      groups.push({ words: parts[1]!, role: "PARTICIPANT" });
    } else {
      // Each later clause an article gives another body as subject (`…;市财政局负责资金拨付。` / `各区政府负责…`)
      // names one that takes part.
      const stop = /[。；;\n]/.exec(within.text.slice(m.index + m[0].length));
      const after = stop ? m.index + m[0].length + stop.index + 1 : within.text.length;
      let at = after;
      for (const clause of within.text.slice(after).split(/(?<=[。；;\n])/)) {
        const hit = ACTING.exec(clause);
        // The lead again, with those it works with (`…。经开区应急管理局会同经开区财政局编制…`).
        // Another body's clause names those it works with too (`…。C会同D引导…`): both take part.
        const words = hit ? (!hit[1]!.includes(m[1]!) ? [hit[1]!, hit[2]] : [hit[2]]) : [];
        for (const w of words.filter((x): x is string => !!x)) {
          groups.push({ words: w, role: "PARTICIPANT" });
          first = within.text.slice(0, at + clause.length);
        }
        at += clause.length;
      }
    }
  }
  const items: Span[] = [];
  const roles: ResponsibleRole[] = [];
  let from = m.index;
  for (const g of groups) {
    const at = first.indexOf(g.words, from);
    from = at + g.words.length;
    const words = spanOf(text, within.start + at, within.start + at + g.words.length);
    for (const name of COLLECTIVE_ALONE.test(g.words) ? [words] : splitList(text, words)) {
      items.push(name);
      roles.push(g.role);
    }
  }
  const units: RoleUnit[] = readUnits(text, items).map(({ unit, index }, position) => ({
    span: unit,
    position,
    role: roles[index]!,
  }));
  const whole = spanOf(text, within.start, within.start);
  return {
    whole,
    list: spanOf(text, within.start + m.index, within.start + m.index + m[0].length),
    units,
    prefix: levelPrefix(m[1]!),
  };
}

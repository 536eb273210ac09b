import { DOMAIN_VERBS, dictionaryEntry, type Token } from "./segmenter.js";
import { DIVISION_STEMS } from "./division-stems.js";

/**
 * The words that decide where a name found by its head starts, and whether what was found names
 * one thing. They are classes of words (verbs, counts, determiners, generic nouns), not names.
 */

/** Heads that end an entity name, longest first so `高新区` wins over `新区`; an edition suffix (`Ⅲ`, `二期`) may follow. */
export const ORG =
  "股份有限公司|有限责任公司|有限公司|供电公司|集团|研究院|研究所|大学|学院|学校|医院|银行|联合体|联盟|联合会|促进会|基金会|协会|学会|商会";
const PLATFORM =
  "平台|实验室|交易所|(?:创新|创业|计算|算力|智算|超算|数据|资源|调度|评测|检测|检验|测试|测评|研发|交易|诊断|监测|监管|管控|验证|应用|转移|转化|促进|赋能|运营|认证|配送|指挥|训练|研修|研究|保护|保障|体验|展示|孵化|调解|调查|维权|仲裁|援助|鉴定|共享|备份|灾备|利用|合作|繁育|选品|集配|分拨)(?:服务)?中心|(?:二级|顶级)节点|运行(?:管理)?中心|测运控中心|服务中心|(?:算力|智算|计算|超算)集群";
const ZONE =
  "产业园区|科技园区|产业园|科技园|创新园|创业园|软件园|示范园|创意园|孵化园|文创园|设计园|物流园|加工园|园区|港区|街区|示范区|先导区|试验区|集聚区|功能区|核心区|承载区|合作区|商务区|先行区|引领区|实验区|片区|基地|高新区|经开区|开发区|综合保税区|保税区|经济区|新区|起步区|小镇|走廊|科学城|科技城|知识城|航空城|大学城|风景名胜区|自然保护区|保护区|森林公园|湿地公园|地质公园|国家公园|风景区|旅游度假区|度假区|旅游区|景区";
/** An edition that is part of the name (`Ⅲ`); a build phase (`二期`) is a stage of the same thing, outside it. */
const EDITION = "[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+";
export const HEAD = new RegExp(`(?:(${ORG})|(${PLATFORM})|(${ZONE}))(${EDITION})?`, "gu");
/** Text ending in a head: the left conjunct of `A和B先导区` is a name of its own only if this matches it. */
export const ENDS_IN_HEAD = new RegExp(`(?:${ORG}|${PLATFORM}|${ZONE})(?:${EDITION})?”?$`, "u");
/** Heads of areas that may have a government of their own (`浦东新区人民政府`): then they are jurisdictions, not zones. */
export const AREA_HEAD = /(?:新区|高新区|经开区|开发区)$/;
export const AREA_BODY = "(?:人民政府|政府|管委|管理委员会|党工委|工委)";
/** Company heads: what precedes them is a trade name even when it is an ordinary word (`星河科技有限公司`). */
export const COMPANY = /(?:有限公司|有限责任公司|集团)$/;
/** Heads of names that are trade or given names, verbs and all (`恒动精工传动股份有限公司`, `赣江数字治理研究院`). */
export const TRADED_HEAD = /(?:有限公司|有限责任公司|集团|研究院|研究所)$/;
/** Names of enterprises, schools and institutes, never of government bodies (an academy of sciences, `中国科学院`, is one). */
export const ORG_NAME = /(?:有限公司|有限责任公司|股份公司|集团|大学|(?<!科)学院|研究院|研究所)$/;
/** A head used as a modifier of what follows (`产业园管委会`, `平台企业`, `银行机构`, `园区龙头企业`) ends nothing. */
export const HEAD_AS_MODIFIER =
  /^(?:管委会|管理委员会|企业|公司|有限|股份|集团|经济|机构|(?:龙头|重点|骨干|领军|规上|入驻)企业)/;

/** Action verbs that open the clause before a name, whatever tag the segmenter gives them (`谋划/n`, `布局/n`). */
const ACTIONS = new Set([
  ...(
    "建设 建成 打造 建立 组建 搭建 构建 布局 依托 支持 推进 推动 创建 争取 加快 培育 完善 设立 新建 " +
    "引进 落地 发展壮大 强化 加强 提升 优化 谋划 共建 申报 认定 围绕 聚焦 鼓励 引导 推广 牵头 入驻 落户 " +
    "高水平 高标准 高质量 积极 大力 着力 重点支持 重点建设 印发 制定 出台 实施 开展 组织 统筹 用好 做强 做优 做大 " +
    "支撑 服务于 面向 依靠 利用 吸引 招引 集聚 携手 协助 配合 参与 上线 扩容 升级 授权 委托 指定 推荐 授予 批准 " +
    "指导 深化 督促 落实 贯彻 认真 认真落实 贯彻落实 规范 投向 投入 力争 争创 创成 共用 遴选 引入 使用 发挥 充分发挥 " +
    "执行 严格执行 严格控制 加密"
  ).split(" "),
  ...DOMAIN_VERBS,
]);
/** Verb-like words that are part of names as attributes (`创新应用先导区`, `公共服务平台`, `教育实践基地`), but never start one. */
const NAME_VERBS = new Set(
  (
    "创新 应用 发展 计算 研究 服务 开放 共享 制造 示范 试验 先导 孵化 转化 融合 协同 检测 测试 " +
    "认证 训练 交易 设计 研发 集成 评测 创业 智造 互联 感知 交互 控制 处理 分析 加速 赋能 开源 标注 调度 监测 联合 " +
    "流通 统一 实践 运行 验证 追溯 诊断 实训 体验 通用 检验 适配 交换 试飞 飞行 培训 展示 " +
    "托管 渲染 配送 运维 监管 审查 演艺 登记 备案 评估 溯源 结算 确权 存证 核验 问答 治理 预警 " +
    // Public services a platform or centre is named for (`就业见习服务平台`, `应急指挥平台`, `消费维权…平台`).
    "就业 见习 指挥 应急 维权 消费 救援 防汛 审批 育种 " +
    // What a centre keeps or moves (`知识产权保护中心`, `应急物资保障中心`, `技术转移中心`, `虚拟电厂…平台`).
    "保护 保障 转移 虚拟 " +
    // What a platform serves (`城中村改造…监管平台`, `产教融合供需对接平台`).
    "改造 对接 " +
    // Trade as a field (`数字贸易孵化基地`, `跨境贸易服务中心`).
    "贸易 " +
    // Services a public platform or park is named for (`智慧停车云平台`, `数字娱乐产业园`, `预警信息发布中心`).
    "停车 娱乐 休闲 运动 健身 学习 发布 处置 回收 辅导 直播 采购 信任 托育 调解 选品 " +
    // Setting and testing standards (`标准化公共服务平台`, `产品测评验证中心`).
    "标准化 测评"
  ).split(" "),
);
/**
 * Names of regions that are no administrative area, used as brands of what is built there
 * (`天府低空飞行服务中心`, `燕赵信创适配验证中心`, `川西无人机试飞基地`): they tell one thing from another.
 */
const REGIONS = new Set(
  (
    "天府 京津冀 长三角 珠三角 粤港澳 大湾区 成渝 横琴 前海 雄安 燕赵 齐鲁 三秦 荆楚 八闽 中原 江淮 沂蒙 " +
    "川西 川南 川东 川北 苏南 苏北 苏中 浙东 浙西 浙南 皖江 皖北 皖南 赣南 湘南 闽南 闽东 粤东 粤西 粤北 " +
    "桂北 滇中 黔中 关中 陕北 陕南 陇东 河西 辽西 辽南 蒙东 晋北 冀中 鲁南 胶东 豫北 鄂西 渝东 环渤海 东北亚 " +
    // Science districts known by their by-names (`光谷…产业园`, Wuhan's; `中关村…`, Beijing's).
    "光谷 中关村 张江"
  ).split(" "),
);

/** Nouns the default dictionary tags as verbs (`知识/v`, `教育/vn`): inside a name they are nouns. */
const NOUNS_TAGGED_AS_VERBS = new Set(
  "知识 教育 体育 管理 设计 旅游 安防 安全 健康 卫生 养殖 运营 通信 存储 决策 出行 康养 养老 物流 会展 文创 创意".split(
    " ",
  ),
);
/**
 * The one-character names of provinces and of a few cities (`湘`, `赣`, `穗`), which open the brands of
 * their governments' services (`湘易办`, `赣服通`, `穗好办`). Characters common as words (`云`, `新`, `青`) are left out.
 */
const ABBREVIATIONS = new Set([..."京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵滇陕甘陇藏桂蒙穗甬榕蓉邕襄"]);

/** Whether a token is such a one-character name. */
export const isAbbreviation = (t: Token): boolean => ABBREVIATIONS.has(t.word);

/** Nouns the dictionary tags as counts for the numeral they open with (`零部件/mq`, `良种/m`), or as an adverb (`高速/d`, a zone's `高新/d`, a city's `更新/d` in `…城市更新…有限公司`, a rights centre's `快速/d`). */
const NOUNS_TAGGED_AS_COUNTS = new Set(["零部件", "良种", "高速", "高新", "更新", "快速"]);
/** Words that make what follows a kind of thing, not one named thing. */
const DETERMINERS = new Set(
  "各类 各级 各 一流 相关 有关 上述 其他 其它 现有 已有 存量 增量 首批 更多 若干 一批 多个 多家 一些 一系列 世界级 国际一流 主要".split(
    " ",
  ),
);
/**
 * Generic modifiers dropped from a name's start (`重点`, `公共` alone do not begin a name), and the kind of party
 * a text names before a company's name (`支持区内企业/秦安…有限公司`).
 */
const LEADING_GENERIC = new Set(
  "重点 公共 新型 综合 专业 特色 共性 骨干 龙头 大型 高端 先进 标杆 标志性 引领 区内 辖区 本地 当地 域内 企业".split(
    " ",
  ),
);
/**
 * Ordinary words of the field: a name made only of these and its head (`人工智能公共算力平台`,
 * `智慧园区`) is a kind of thing. Some carry misleading proper-noun tags (`智慧/nr`, `小镇/nr`).
 */
const GENERIC = new Set(
  (
    "人工智能 智能 数字 算力 智算 超算 科技 技术 创新 国家 国家级 省级 市级 区级 新一代 产业 公共 服务 公共服务 " +
    "数据 大数据 信息 网络 互联网 工业互联网 云 云计算 计算 计算机 软件 工程 研发 研究 智慧 高性能 开放 共享 制造 工业 " +
    "大模型 模型 区块链 物联网 集成电路 芯片 机器人 示范 试验 先导 综合 新型 国际 全球 企业 行业 领域 融合 协同 孵化 " +
    "成果 转化 科研 基础 前沿 关键 共性 中试 检测 测试 认证 标准 训练 交易 语料 场景 生态 人才 教育 医疗 交通 金融 " +
    "城市 园区 新区 高新区 小镇 产业园 科技园 基地 中心 平台 集群 应用 发展 重点 骨干 龙头 联合 高新技术 经济 投资 " +
    "控股 实业 集团 电子 通信 视觉 语音 算法 数据中心 智造 双创 众创 创业 特色 专业 高端 先进 中小企业 AI GPU IT ICT 5G 6G 开源 " +
    "研究型 新兴 未来 重大 大型 领军 头部 高校 院所 科研院所 三甲 附属 供需 " +
    // Kinds of school and where they are (`普通高等学校`, `区内学校`, `中等职业学校`): a school's name needs its own name.
    "普通 高等 中等 职业 中小学 中小 义务教育 区内 市内 省内 县内 辖区 辖区内 本地 " +
    // The whole of an area (`州域医学影像诊断中心`): a kind of centre each prefecture may have.
    "省域 市域 州域 县域 区域 全域 " +
    // What a kind of thing concerns (`涉海重大科技创新平台`): a scope, not a name.
    "涉海 涉农 涉外 涉企 " +
    // Words of the field jieba tags as names or places (`智慧/nr 养老/nr`, `海外/s`), and kinds of school (`老年大学`).
    "养老 居家 康养 老年 海外 境外 县级 乡镇 街道 电商 " +
    // Industries newer than the dictionary, rare in it (`氢能` 14): a kind of park, never its brand.
    "氢能 储能 光伏 风电 核电 液冷 锂电 新能源 半导体 低空 文旅 元宇宙 数智 冷链 物流 供应链 跨境 公共信息 电竞 游戏 低碳 会展 娱乐 境内外 国内外 省内外 市内外 国内 国外 海洋 海工 综合信息 车路 城市级 高新 联网 物业 省外 市外 链主 封测 港航 中医 中医药 中西医 中药 三级 二级 碳 碳普惠 普惠 能碳 宣传教育 宣传 教育培训 高标准农田 线上 线下 海外仓 " +
    // Fields of security and renewal, and where a kind of school stands (`社区老年大学`).
    "网络安全 数据安全 信息安全 城市更新 社区 " +
    // Trades and industries as kinds (`家政实训基地`, `石化园区`, `港口集团`).
    "家政 石化 港口 " +
    // Care and the old as fields (`康复/nr`, `银发经济…集聚区`), deep-sea fishing (`远洋渔业/nt 基地`), battery swapping.
    "康复 银发 银发经济 远洋 远洋渔业 换电 " +
    // Drones, seed breeding and a crop the dictionary files as a name (`玉米/nr`), pupils, old towns, going global.
    "无人机 育种 制种 玉米 中小学生 老城区 城区 主城区 中心城区 国际化 古建筑 海上 " +
    // Kinds said by what they are like (`行业性工业设计研究院`, `区域性…中心`).
    "行业性 区域性 综合性 专业性 国际性 全国性 公益性 功能性 示范性 引领性 低效 小散"
  ).split(" "),
);
/** Tags of words a name never contains: conjunctions, particles, prepositions, pronouns, adverbs, idioms, numbers. */
const ROLE_NOUNS = new Set(["单位", "主体"]);
const STOP_TAGS = /^(?:c|u.*|p|r.*|d|ad|y|e|o|l|i|m|mq|q|w|uj|ul|uv|uz|ug|ud)$/;
const VERB_TAGS = /^v/;
const PROPER_TAGS = /^(?:ns|nr|nrt|nrfg|nt|nz|j|s)$/;
/** Localisers that end a phrase (`以下`, `之间`) rather than name a part of a place (`东部`, `北岸`). */
const FUNCTION_LOCALISERS =
  /^(?:以下|以上|之间|其中|之中|以内|以外|之内|当中|期间|中间|前后|左右|之后|之前|以来|以后|以前|沿线|沿岸|沿江|沿海|沿边|沿湖|周边|上|下|中|内|外|里)$/;

const HAN = /^\p{Script=Han}+$/u;

export type WordRole = "part" | "stop" | "count";

/** How a word before a head bears on the name: inside it, ending it, or making it a count of things (`10个`, `一批`). */
export function roleOf(t: Token, inRun: boolean): WordRole {
  const w = t.word;
  if (REGIONS.has(w)) return "part";
  // A character the dictionary reads as a count (`元/m`) is a piece of an unknown name in a run (`智元`): numerals are not runs.
  // A bound morpheme (`兹/rg`, tags ending in `g`) is no word of its own: in a run it is a piece of the name.
  if (inRun) return !/g$/.test(t.tag) && /^(?:v.*|p|c|u.*|r.*|d)$/.test(t.tag) ? "stop" : "part";
  // A role (`运营单位`, `实施主体`) says what the body before a name does: the name starts after it.
  if (ROLE_NOUNS.has(w)) return "stop";
  if (DETERMINERS.has(w)) return /^(?:一批|若干|多个|多家|一些|一系列|首批)$/.test(w) ? "count" : "stop";
  if (ACTIONS.has(w)) return "stop";
  if (/^第[一二三四五六七八九十]+$/.test(w)) return "part";
  if (NOUNS_TAGGED_AS_COUNTS.has(w)) return "part";
  if (/^(?:m|mq|q)$/.test(t.tag) || (/\d/.test(w) && !/[A-Za-z]/.test(w))) return "count";
  if (/^[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*$/.test(w)) return "part";
  if (!HAN.test(w)) return "stop";
  if (t.tag === "f") return FUNCTION_LOCALISERS.test(w) ? "stop" : "part";
  if (VERB_TAGS.test(t.tag) || t.tag === "ad" || t.tag === "an")
    return NAME_VERBS.has(w) || GENERIC.has(w) || NOUNS_TAGGED_AS_VERBS.has(w) ? "part" : "stop";
  if (t.tag === "l" && isLexicalPhrase(w)) return "part";
  // A field's compound the dictionary files as an idiom (`数据交换/i`) is a noun in a name; real idioms say more.
  if (t.tag === "i" && NAME_VERBS.has(w.slice(2)) && w.length === 4) return "part";
  if (STOP_TAGS.test(t.tag)) return "stop";
  // A time that opens a clause (`近年来`, `年内`) ends a name; other words the dictionary files as times
  // are a name's (`现代`, `青年`).
  if (t.tag === "t" && CLAUSE_TIMES.has(w)) return "stop";
  return "part";
}

const CLAUSE_TIMES = new Set(
  "近年来 近年 年内 今年 去年 明年 目前 当前 以来 今后 近期 日前 近日 此前 届时 期间 当年 全年 每年 年底 年末 年初".split(
    " ",
  ),
);

/**
 * A phrase the dictionary tags `l` (习用语) that holds no particle: mostly nouns and attributes
 * (`一体化`, `观澜湖`, `中等专业`, `互联互通`), inside a name like any noun. One with a particle is a
 * clause's words (`别忘了`, `很难说`) and ends a name; so do idioms, which the dictionary tags `i`.
 */
const isLexicalPhrase = (w: string): boolean => HAN.test(w) && !/[了着过的地得吧呢吗啊呀么说来去]/.test(w);

export const isAction = (w: string): boolean => ACTIONS.has(w);
export const isGeneric = (w: string): boolean => GENERIC.has(w);

/** Words that may not begin a name: attribute verbs (`创新…`) and generic determiners (`重点…`). */
export const droppedAtStart = (w: string): boolean => NAME_VERBS.has(w) || LEADING_GENERIC.has(w);

/**
 * How many tokens at `k` are a verb before a name rather than its first word: an action the
 * segmenter split (`做/强` of 做强), or a common verb right before a place or a brand (`建设运营/湖州…平台`: a
 * name opens with its place, not with what is done to it). 0 when `tokens[k]` may begin a name.
 */
export function verbBeforeName(tokens: Token[], k: number): number {
  const [t, next] = [tokens[k], tokens[k + 1]];
  if (!t || !next) return 0;
  if (ACTIONS.has(t.word + next.word)) return 2;
  // A rare "verb" is a place the dictionary misreads (`兴化/v`), the name's own first word.
  const common = (dictionaryEntry(t.word)?.freq ?? 0) >= COMMON_VERB;
  // …or before a brand the dictionary files as a person's name (`建设运营/齐鲁/nr…平台`).
  // …or a province's one-character name or a region (`建设运营/滇/中…平台`).
  const proper =
    next.tag === "ns" ||
    (next.tag === "nr" && !GENERIC.has(next.word)) ||
    isAbbreviation(next) ||
    REGIONS.has(next.word);
  return VERB_TAGS.test(t.tag) && common && proper && !REGIONS.has(t.word) ? 1 : 0;
}

/** Does this word tell one thing from another (a place, a brand, an unknown word, a Latin trade name)? */
export function isSpecific(t: Token, inRun: boolean, company: boolean): boolean {
  if (GENERIC.has(t.word)) return false;
  if (REGIONS.has(t.word) || isDivisionName(t)) return true;
  if (inRun || PROPER_TAGS.test(t.tag) || /^[A-Za-z]{2,}$/.test(t.word)) return true;
  // A city or county the dictionary files as a common noun (`保定市/n`), not a kind of town (`大城市`).
  if (/^\p{Script=Han}{2,4}[市县]$/u.test(t.word) && !/(?:城|都)市$/.test(t.word) && /^n/.test(t.tag)) return true;
  if ((t.tag === "x" || t.tag === "f") && HAN.test(t.word) && t.word.length > 1) return true;
  // A rare three-character phrase that is no attribute (`观澜湖`, not `差异化`, `一体化`) names a place.
  if (
    t.tag === "l" &&
    isLexicalPhrase(t.word) &&
    t.word.length === 3 &&
    !/[化性式度感型]$/.test(t.word) &&
    (dictionaryEntry(t.word)?.freq ?? 0) < RARE
  )
    return true;
  return company && HAN.test(t.word) && t.word.length > 1 && !VERB_TAGS.test(t.tag);
}

/** From this count in jieba's dictionary a verb is an ordinary one (`运营` 1039), not a place it misreads (`兴化` 73). */
const COMMON_VERB = 500;

/** Below this count in jieba's dictionary (of some 350,000 words) a noun is rare enough to be a place or brand. */
const RARE = 1500;
/** How common a division's name may be as a word and still be read as the place (`开封`, 1696; not `东方`, 3993). */
const DIVISION_WORD = 2500;
// `会同` (a county of Hunan) is far more often the word that joins bodies' work (`甲局会同乙局`), and
// `延长`, `安定`, `振兴`, `互助`, `通道` (counties too) are far more often verbs (`延长营业时间`).
const COMMON_WORDS = new Set(["会同", "延长", "安定", "振兴", "互助", "通道"]);
const DIVISIONS = new Set(DIVISION_STEMS.split(" ").filter((w) => !COMMON_WORDS.has(w)));

/**
 * A province's, city's or county's own name (`大同/d`, `介休/v`, `白云/nr`, `合肥/n`, `鼓楼区/n`, `五峰/m`), unless a word far
 * commoner as a word (`和平`, `东方`).
 */
export function isDivisionName(t: Token): boolean {
  // …or that name with its level, which the dictionary may file as a common noun (`鼓楼区/n`).
  const stem = /^\p{Script=Han}{2,4}[省市区县旗盟]$/u.test(t.word) ? t.word.slice(0, -1) : t.word;
  return (
    DIVISIONS.has(stem) &&
    (/^(?:n|nz|nr|nrt|nrfg|ns|v|vn|a|j|b|d|ad|an|s)$/.test(t.tag) || (t.tag === "m" && t.word.length > 1)) &&
    (dictionaryEntry(t.word)?.freq ?? 0) < DIVISION_WORD
  );
}

/**
 * A dictionary word used as a place (`海棠/n`, a flower, in `海棠区`; `兴化/v`, a verb, in `兴化市`) in a
 * name: rare in the dictionary, not a word of the field, an action, a modifier or a determiner, and known
 * as a place with a level (`W区`, `W市`, `W县`) to the dictionary or to the document itself (`W区政府`).
 * Rarity alone would admit new industries the old dictionary barely counts (`氢能`, `储能`), which make
 * kinds of park, not names. A province's, city's or county's own name ({@link isDivisionName}) is one
 * whatever its tag.
 */
export function isPlaceWord(t: Token, text: string): boolean {
  const w = t.word;
  if (!HAN.test(w) || w.length < 2 || w.length > 4) return false;
  if (
    GENERIC.has(w) ||
    LEADING_GENERIC.has(w) ||
    DETERMINERS.has(w) ||
    NAME_VERBS.has(w) ||
    ACTIONS.has(w) ||
    COMMON_WORDS.has(w)
  )
    return false;
  if (isDivisionName(t)) return true;
  if (!/^(?:n|nz|v|vn|a|j|b)$/.test(t.tag) || w.length > 3) return false;
  const freq = dictionaryEntry(w)?.freq ?? 0;
  if (freq === 0 || freq >= RARE) return false;
  const levels = ["区", "市", "县"];
  return (
    levels.some((l) => dictionaryEntry(w + l)?.tag === "ns") ||
    new RegExp(`${w}[区市县](?:人民政府|政府|委|、|，|,|和)`).test(text)
  );
}

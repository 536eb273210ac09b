import { createRequire } from "node:module";
import type { Jieba } from "@node-rs/jieba";
import type { Gazetteer } from "./gazetteer.js";

// Required on first use: importing the native binding and its 5 MB dictionary costs every process
// that imports the ingest code, most of which never discover anything.
const require = createRequire(import.meta.url);

/** A word of the text with its part-of-speech tag (jieba's ICTCLAS set: n, ns, nt, v, vn, c, m, …) and offsets. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/**
 * Words of the domain the default dictionary lacks or splits (`先导/区`), added as common nouns so a
 * name's head is one token and `算力` is not read as two unknown characters.
 */
const DOMAIN_WORDS = [
  "算力",
  "智算",
  "超算",
  "先导区",
  "试验区",
  "示范区",
  "高新区",
  "开发区",
  "产业园",
  "科技园",
  "园区",
  "算力中心",
  "智算中心",
  "超算中心",
  "计算中心",
  "数据中心",
  "创新中心",
  "算力集群",
  "智算集群",
  "计算集群",
  "大模型",
  "具身智能",
  "智造",
  "类脑",
  "类脑智能",
  "智能体",
  "数据标注",
  "算力调度",
  "智能计算",
  "智能网联",
  "智能驾驶",
  "自动驾驶",
  "数字孪生",
  "数据要素",
  "人形机器人",
  "低空经济",
  "交易中心",
  "中试",
  "中试验证",
  "临空",
  // Words of the field the 2012 dictionary predates: unknown, they read as single characters (`元/m 宇宙`,
  // `运/n 维/v`), which end a name or pass for an unknown proper name (`文/旅`).
  "元宇宙",
  "康养",
  "运维",
  "授权运营",
  "车路云",
  "车联网",
  "数智",
  "冷链",
  "电竞",
  "高标准农田",
  "线上",
  "线下",
  "海外仓",
  "碳普惠",
  "普惠",
  "能碳",
  // A city's one-code pass for tourists and services (`一/m 码/n 通/v`), vehicle-grid interaction, study tours.
  "一码通",
  "一码游",
  "车网互动",
  "研学",
  // Energy use and its quota (`用/p 能/v` otherwise, ending a name such as `…重点用能单位能耗在线监测平台`).
  "用能",
  "用能权",
  "链主",
  "封测",
  "低碳",
  "出海",
  "文旅",
  "文创",
  "信创",
  "智驾",
  "数字人",
  "政务云",
  "多式联运",
  // Words of industrial policy the dictionary splits at a verb (`预制/v 菜`, `专精/特新`).
  "预制菜",
  "专精特新",
  // Synthetic biology, joint distribution, monitoring and analysis: a field, a way of delivering and a
  // centre's work that the dictionary splits at a verb (`合成/v 生物`, `共同/d 配送/v`, `监测/vn 分析/vn`).
  "合成生物",
  "共同配送",
  "监测分析",
  // Gathering and dispatching cold-chain goods (`集/q 配/v`), a hub's work.
  "集配",
  // Moving onto the cloud (`上/云/上平台`, characters a run would join into a name).
  "上云",
  // Small, scattered and inefficient (`低效/小/散` 数据中心): how a kind is, no brand a run makes.
  "小散",
  // Battery swapping (`换/nz 电`), a field of charging infrastructure.
  "换电",
  "智慧城市",
  "智能制造",
  "新材料",
  "经开区",
  "产教融合",
  "实训",
  "高能级",
  // Terms of public service and the sea the dictionary splits into a verb (`社会/组织/v`, `云/控/v`).
  "社会组织",
  "云控",
  "深远海",
  "海工",
  // Big-data centres and city-level platforms.
  "大数据中心",
  "城市级",
  "一网通",
  "一网通办",
  "一网统管",
  // `多` would otherwise read as a count (`多/m 模态`); `统筹` alone is an action verb that ends a name.
  "多模态",
  "统筹调度",
  // Industries of the national classification named with 和 (`软件和信息技术服务业`): one word, so the
  // 和 inside joins no two names (`番禺软件和信息服务产业基地` is one zone).
  "软件和信息服务",
  "软件和信息服务业",
  "软件和信息技术服务",
  "软件和信息技术服务业",
  "科学研究和技术服务",
  "科学研究和技术服务业",
];

/** The field's verbs of building up (`建强高能级创新平台`): one verb, not `建` and an adjective that opens a name. */
export const DOMAIN_VERBS = ["建强", "做实", "育强", "做精", "做专", "对标"];

let jieba: Jieba | null = null;
let entries: Map<string, { freq: number; tag: string }> | null = null;
const loaded = new WeakSet<Gazetteer>();

/**
 * The process's one segmenter (loading the default dictionary takes a few hundred ms, so it is
 * done on first use, not at import), with each gazetteer's names added once as its user
 * dictionary: curated names (`nz`), agencies (`nt`), places (`ns`) and technologies (`n`) stay whole words, so a known
 * name is never cut into a fragment that looks like a new one.
 */
function segmenter(gazetteer: Gazetteer): Jieba {
  if (!jieba) {
    const { Jieba: Segmenter } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    const { dict } = require("@node-rs/jieba/dict.js") as typeof import("@node-rs/jieba/dict.js");
    jieba = Segmenter.withDict(dict);
    jieba.loadDict(
      Buffer.from([...DOMAIN_WORDS.map((w) => `${w} 20000 n`), ...DOMAIN_VERBS.map((w) => `${w} 20000 v`)].join("\n")),
    );
  }
  if (!loaded.has(gazetteer)) {
    const lines: string[] = [];
    const add = (names: Iterable<string>, tag: string) => {
      for (const n of names) if (n.length > 1 && !/\s/.test(n)) lines.push(`${n} 100000 ${tag}`);
    };
    for (const list of [gazetteer.organizations, gazetteer.platforms, gazetteer.zones])
      add(
        list.flatMap((e) => [e.name, ...e.aliases]),
        "nz",
      );
    // A technology (`智能网联汽车`) is a kind of thing, a common noun: it tells no one centre from another.
    add(
      gazetteer.technologies.flatMap((e) => [e.name, ...e.aliases]),
      "n",
    );
    add(
      gazetteer.agencies.flatMap((e) => [e.name, ...e.aliases]),
      "nt",
    );
    add(
      (gazetteer.jurisdictions ?? []).flatMap((j) => [j.name, ...j.names]),
      "ns",
    );
    jieba.loadDict(Buffer.from(lines.join("\n")));
    loaded.add(gazetteer);
  }
  return jieba;
}

/**
 * A word's count and tag in the default dictionary, if it has the word. A place or brand that
 * happens to be a dictionary noun (`海棠`, a flower) is rare there, a generic noun (`区域`, `全省`)
 * common; and the dictionary lists many places with their level (`W区/ns`, `W市/ns`). Parsed on first use.
 */
export function dictionaryEntry(word: string): { freq: number; tag: string } | undefined {
  if (!entries) {
    const { dict } = require("@node-rs/jieba/dict.js") as typeof import("@node-rs/jieba/dict.js");
    entries = new Map();
    for (const line of new TextDecoder().decode(dict).split("\n")) {
      const [w, f, tag] = line.split(" ");
      if (w && f && tag) entries.set(w, { freq: Number(f), tag });
    }
  }
  return entries.get(word);
}

/**
 * The text as tagged words with offsets. HMM guessing of unknown words is off: it glues a
 * conjunction to the unknown name after it (`和琶洲`), while without it an unknown name is a run of
 * single characters that the name finder reads as one.
 */
export function tagWords(text: string, gazetteer: Gazetteer): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of segmenter(gazetteer).tag(text, false)) {
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    out.push({ word, tag, start, end: start + word.length });
    at = start + word.length;
  }
  return out;
}

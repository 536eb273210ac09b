import type { Discovered } from "./agency-units.js";
import { shortHash } from "./entity-props.js";
import type { Owner } from "./extract-parts.js";
import type { GraphBuilder } from "./graph-builder.js";
import type { Mention } from "./mentions.js";
import { type NodeLabel, nodeId } from "./model.js";
import { type Span, spanOf } from "./span.js";

const PLATFORM = /(?:平台|实验室)$/;
const ZONE = /(?:园区|产业园|示范区|先导区|试验区|基地)$/;
/** A run of name characters ending in a platform or zone suffix. */
const CANDIDATE = /[\p{Script=Han}A-Za-z0-9“”]+?(?:平台|实验室|园区|产业园|示范区|先导区|试验区|基地)(?![\p{Script=Han}])/gu;
/** Verbs that open the clause before a name: the name is what follows the last of them. */
const VERB = /(?:建设|建成|打造|建立|组建|搭建|构建|布局|依托|支持|推进|推动|创建|争取|加快|培育|完善|设立|新建|引进|落地|发展|强化|加强|提升|优化)/g;
/** A count before the name (`10个`, `一批`) makes it a kind of thing, not one named place. */
const QUANTIFIED_START = /^(?:\d|一批|若干|多个|一个|各类|一流)/;
/** `支持X、Y等企业`: the enterprises a document names. */
const ENTERPRISES = /支持((?:[\p{Script=Han}A-Za-z0-9]{2,12}、)*[\p{Script=Han}A-Za-z0-9]{2,12})等(?:龙头|骨干|重点)?(?:企业|单位|机构)/gu;

/**
 * Organisations, platforms and zones the gazetteer lacks, found by the patterns official documents
 * use, as nodes marked `foundBy: "pattern"` with their evidence. Words inside a gazetteer mention
 * are left to it. A task's platform is SUPPORTS, its zone DEVELOPS; anything else MENTIONS.
 */
export function discoverEntities(b: GraphBuilder, text: string, docId: string, owners: Owner[], known: Mention<unknown>[], discovered: Discovered[]): void {
  const overlapsKnown = (s: Span) => known.some((m) => m.span.start < s.end && s.start < m.span.end);
  const add = (label: "Organization" | "Platform" | "Zone", span: Span) => {
    if (overlapsKnown(span)) return;
    const id = nodeId(label, `found-${shortHash(span.text)}`);
    b.node(id, label, { key: id.slice(label.length + 1), name: span.text, nameEn: null, aliases: [], category: null, foundBy: "pattern", source: "Found by pattern in the text; not in the gazetteer." }, span);
    if (!discovered.some((d) => d.id === id)) discovered.push({ id, label, name: span.text, nameEn: null, nameEnComposed: false, quote: span.text, start: span.start });
    const owner = owners.find((o) => span.start >= o.span.start && span.end <= o.span.end);
    if (owner?.exclude && span.start >= owner.exclude.start && span.end <= owner.exclude.end) return;
    const from = owner ?? { id: docId, label: "PolicyDocument" as NodeLabel };
    if (from.label === "Task" && label === "Platform") b.relate("SUPPORTS", from.id, id, {}, span);
    else if (from.label === "Task" && label === "Zone") b.relate("DEVELOPS", from.id, id, { intent: /创建|争取|申报/.test(text.slice(Math.max(0, span.start - 8), span.start)) ? "CREATE" : "BUILD" }, span);
    else b.relate("MENTIONS", from.id, id, {}, span);
  };
  for (const m of text.matchAll(CANDIDATE)) {
    const run = m[0];
    const verbs = [...run.matchAll(VERB)];
    const last = verbs.at(-1);
    const cut = last ? last.index! + last[0].length : 0;
    const name = run.slice(cut);
    if (QUANTIFIED_START.test(name)) continue;
    const suffix = /(?:平台|实验室|园区|产业园|示范区|先导区|试验区|基地)$/.exec(name)![0];
    if (name.length - suffix.length < 2 || /^(省级|市级|区级|国家级)?(重点|公共|创新|服务|开放|共性|技术)*$/.test(name.slice(0, -suffix.length))) continue;
    const start = m.index! + run.length - name.length;
    add(PLATFORM.test(name) && !ZONE.test(name) ? "Platform" : "Zone", spanOf(text, start, start + name.length));
  }
  for (const m of text.matchAll(ENTERPRISES)) {
    let at = m.index! + 2;
    for (const part of m[1]!.split("、")) {
      add("Organization", spanOf(text, at, at + part.length));
      at += part.length + 1;
    }
  }
}

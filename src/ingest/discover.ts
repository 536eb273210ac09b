import { isSubsequence } from "./signer-names.js";
import type { Discovered } from "./agency-units.js";
import { namesText } from "./entity-lines.js";
import { findListedCompanies } from "./entity-lists.js";
import { findNames } from "./entity-names.js";
import { shortHash } from "./entity-props.js";
import type { Owner } from "./extract-parts.js";
import type { Gazetteer } from "./gazetteer.js";
import type { GraphBuilder } from "./graph-builder.js";
import type { Mention } from "./mentions.js";
import { type NodeLabel, nodeId } from "../model/graph-model.js";
import { ORG_NAME } from "./entity-words.js";
import { tagWords } from "./segmenter.js";
import { type Span, spanOf } from "./span.js";

/**
 * Organisations, platforms and zones the gazetteer lacks, found by their boundaries in the
 * segmented text (`findNames`) and as the trade names of a list of companies (`findListedCompanies`), as nodes marked `foundBy: "pattern"` with their evidence. The
 * segmenter knows the gazetteer's names, and a name overlapping a gazetteer mention is left to
 * it, and so is a name the document already gave a body it issued or made responsible (an issuer
 * `中国科学院` is that agency, not an organisation besides), except an enterprise, university or
 * institute named as a responsible unit: it is the agency of its role and the organisation it names. A task's platform is SUPPORTS, its zone DEVELOPS (CREATE after 创建/争取/申报, else BUILD);
 * anything else MENTIONS.
 */
export function discoverEntities(
  b: GraphBuilder,
  text: string,
  docId: string,
  owners: Owner[],
  known: Mention<{ label: string }>[],
  discovered: Discovered[],
  gazetteer: Gazetteer,
): void {
  // A known body, platform or zone inside the name is the gazetteer's; a known technology or domain
  // may sit inside a name (`…大数据产业园`), but not straddle its edge.
  const overlapsKnown = (s: Span) =>
    known.some(
      (m) =>
        m.span.start < s.end &&
        s.start < m.span.end &&
        (!/^(?:Technology|Domain)$/.test(m.entry.label) || m.span.start < s.start || m.span.end > s.end),
    );
  // Names are read with the breaks that cut a sentence removed; their evidence maps back to the text.
  const read = namesText(text);
  const words = (r: { start: number; end: number }) => read.text.slice(r.start, r.end);
  const agencies = b.namesOf("Agency");
  const agencyNames = [...agencies];
  // An issuer (`中国科学院` among ministries) is the body that signs, never an organisation besides.
  const issuers = b.namesRelatedFrom("ISSUED_BY", docId);
  const tokens = tagWords(read.text, gazetteer);
  const listed = findListedCompanies(read.text, tokens);
  for (const found of [...findNames(read.text, tokens), ...listed]) {
    const { label } = found;
    const span = spanOf(text, read.offsets[found.start]!, read.offsets[found.end - 1]! + 1);
    if (overlapsKnown(span)) continue;
    // A listed company is a whole item: any known name in it (`人工智能`) makes it no company.
    if (listed.includes(found) && known.some((m) => m.span.start < span.end && span.start < m.span.end)) continue;
    const name = words(found.aliasOf ?? found);
    // `中共洛阳高新区工委`: a party committee's area is the committee's, no zone of its own.
    if (/^中共/.test(name)) continue;
    // The zone that issues the document (`合肥经开区` in 合肥经济技术开发区管委会's) is its area, as a
    // city is a city's: no zone the text develops.
    if (label === "Zone" && [...issuers].some((i) => ownZone(name, i))) continue;
    // A government body the document made responsible is that agency; an enterprise, university or
    // institute named as a unit (`责任单位:…,某某科技有限公司`) is also the organisation it names.
    // The agency may be named in full where the text shortens it (`临港经开区政务服务中心` of `宜宾临港经开区…`).
    const agency = agencies.has(name) || agencyNames.some((a) => a.length > name.length && a.endsWith(name));
    if (agency && !(label === "Organization" && ORG_NAME.test(name) && !issuers.has(name))) continue;
    const id = nodeId(label, `found-${shortHash(name)}`);
    const aliases = found.aliases.map(words).filter((a) => a !== name);
    const before = b.has(id) ? [] : null;
    const node = b.node(
      id,
      label,
      {
        key: id.slice(label.length + 1),
        name,
        nameEn: null,
        category: null,
        foundBy: "pattern",
        source: "Found by pattern in the text; not in the gazetteer.",
      },
      span,
    );
    // A name met again keeps the aliases given at its first mention.
    node.props.aliases = [...new Set([...((node.props.aliases as string[] | undefined) ?? before ?? []), ...aliases])];
    if (!discovered.some((d) => d.id === id))
      discovered.push({ id, label, name, nameEn: null, nameEnComposed: false, quote: span.text, start: span.start });
    const owner = owners.find((o) => span.start >= o.span.start && span.end <= o.span.end);
    if (owner?.exclude && span.start >= owner.exclude.start && span.end <= owner.exclude.end) continue;
    const from = owner ?? { id: docId, label: "PolicyDocument" as NodeLabel };
    if (from.label === "Task" && label === "Platform") b.relate("SUPPORTS", from.id, id, {}, span);
    else if (from.label === "Task" && label === "Zone")
      b.relate(
        "DEVELOPS",
        from.id,
        id,
        { intent: /创建|争取|申报/.test(text.slice(Math.max(0, span.start - 8), span.start)) ? "CREATE" : "BUILD" },
        span,
      );
    else b.relate("MENTIONS", from.id, id, {}, span);
  }
}

/** Whether `zone` names the area of `issuer` (`宜昌高新区` of `宜昌高新区管委会办公室`), in any of its usual spellings. */
function ownZone(zone: string, issuer: string): boolean {
  // The zone's committee, or one of its bureaus (`成都高新区科技创新局`).
  const bureau =
    /^(.{2,20}?(?:高新区|经开区|开发区|新区|示范区|园区|试验区))[\u4e00-\u9fff]{2,12}?(?:局|委|办|中心)$/.exec(issuer);
  const area = bureau
    ? bureau[1]!
    : issuer.replace(/(?:管理委员会|管理委|管委会|党工委|工委|办公室|办公厅|人民政府|政府)+$/, "");
  if (area === issuer || area.length < 3) return false;
  const long = zone.replace(/经开区$/, "经济技术开发区").replace(/高新区$/, "高新技术产业开发区");
  if (zone === area || long === area) return true;
  // A zone written short (`杨凌示范区`) of its long name (`杨凌农业高新技术产业示范区`): same place, same kind;
  // a high-tech zone by its place (`东湖高新区`) of its long name (`武汉东湖新技术开发区`) too.
  const kind = /(?:示范区|开发区|新区|园区|试验区)$/.exec(zone)?.[0];
  const place = /^(\p{Script=Han}{2,4}?)(?:高新区|经开区)$/u.exec(zone)?.[1];
  if (place && /开发区$/.test(area) && area.includes(place)) return true;
  return !!kind && area.endsWith(kind) && zone.slice(0, 2) === area.slice(0, 2) && isSubsequence(zone, area);
}

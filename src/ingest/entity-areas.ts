import { COPY_LIST_LABEL } from "./structure-furniture.js";
import { AREA_BODY, AREA_HEAD } from "./entity-words.js";
import { DOC_KIND, SENTENCE, TRAILING_PARENS } from "./bare-title.js";
import type { FoundName } from "./found-name.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Zones headed like areas with a government of their own (`新区`, `开发区`) are at times jurisdictions.

/**
 * A zone among the addressees (`各区政府，X经济技术开发区、Y管委会：`) is the zone's government or its
 * body receiving the document, a jurisdiction, not a zone the text develops.
 */
export function inSalutation(text: string, label: FoundName["label"], start: number, end: number): boolean {
  // …and so is any zone's (`苏州工业园区、苏州高新区管委会：`, `济源示范区质量强市工作领导小组：`).
  if (label !== "Zone") return false;
  const lineEnd = text.indexOf("\n", end);
  const line = text.slice(text.lastIndexOf("\n", start) + 1, lineEnd < 0 ? undefined : lineEnd).trim();
  return /[：:]$/.test(line) && line.length < 120 && !/[。；]/.test(line);
}

/** A site's footer line (`主办：…　承办：山东省大数据中心`, `…ICP备…`): who runs the page, not what the text names. */
const SITE_FOOTER = /^\s*(?:主办|承办|协办|技术支持|版权所有|网站标识码)(?:单位)?\s*[：:]|ICP备/;

/** Whether the line holding `start` is a site's footer. */
export function inSiteFooter(text: string, start: number): boolean {
  const lineEnd = text.indexOf("\n", start);
  return SITE_FOOTER.test(text.slice(text.lastIndexOf("\n", start) + 1, lineEnd < 0 ? undefined : lineEnd));
}

const COPY_LIST_BEFORE = new RegExp(String.raw`(?:${COPY_LIST_LABEL})\s*[：:][^。；;\n]*$`);

/** A name in a notice's copy list (`抄送：中国气象学会。`) is a recipient the text writes to, not one it speaks of. */
export function inCopyList(text: string, start: number): boolean {
  // The list may follow a joined line (names are read with the breaks that cut a sentence removed).
  return COPY_LIST_BEFORE.test(text.slice(Math.max(0, start - 200), start));
}

/**
 * `浦东新区` in a text that also names `浦东新区人民政府` is an administrative area (a jurisdiction), not a
 * zone. A development zone run by a committee (`X高新区管委会`, `X高新技术产业开发区管理委员会`) is a zone
 * the text names when it names it as a place somewhere (`在X高新区开展试点`); named only in its
 * committee's name (also shared, `X高新区、Y经开区管委会`) or in a title (`《X高新区…方案》`, or the title's
 * own line) it is the area of a body, no zone of the text.
 */
export function isJurisdiction(text: string, f: FoundName): boolean {
  const name = text.slice(f.start, f.end);
  if (f.label !== "Zone" || !AREA_HEAD.test(name)) return false;
  const names = [name, name.replace(/高新区$/, "高新技术产业开发区"), name.replace(/经开区$/, "经济技术开发区")];
  const any = names.map(escape).join("|");
  if (new RegExp(`(?:${any})(?:人民政府|政府)`).test(text)) return true;
  const ofBody = new RegExp(
    String.raw`^(?:[、和及][\u4e00-\u9fff]{2,14}?(?:新区|高新区|经开区|开发区|园区))*\s*${AREA_BODY}`,
    "u",
  );
  const mentions = [...text.matchAll(new RegExp(any, "gu"))];
  const asPlace = mentions.filter((m) => {
    const end = m.index + m[0].length;
    const open = text.lastIndexOf("《", m.index);
    const inTitle = open >= 0 && text.indexOf("》", open) >= end && !text.slice(open, m.index).includes("\n");
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const lineEnd = text.indexOf("\n", end);
    const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
    const titleLine = !SENTENCE.test(line) && DOC_KIND.test(line.replace(TRAILING_PARENS, ""));
    return !ofBody.test(text.slice(end)) && !inTitle && !titleLine;
  });
  return mentions.length > 0 && asPlace.length === 0;
}

const COUNT = "(?:\\d+|[一二三四五六七八九十百两几]+)(?:个|家|处|座|万?亩)";
/** Verbs a count of a kind of thing reaches with (`达到8个`, `累计超过10家`). */
const REACH = "(?:数量|总数)?(?:累计)?(?:达到|达|超过|突破|增至|增加到|扩大到)\\s*";

/**
 * A name the text counts, itself or by the short form given at any of its mentions (`…先导区（以下简称
 * 先导区）` then `建设先导区20个`), is a designation many places hold, a kind of thing, not one zone.
 */
export function withoutCounted(text: string, found: FoundName[]): FoundName[] {
  const nameOf = (f: FoundName) => text.slice(f.start, f.end);
  const counted = new Set(
    found
      .filter((f) => {
        const names = found
          .filter((o) => nameOf(o) === nameOf(f))
          .flatMap((o) => o.aliases.map((a) => text.slice(a.start, a.end)));
        const any = [nameOf(f), ...names].map(escape).join("|");
        // A count or an area after the name ends its phrase (`先导区20个左右`, `…标准化基地1万亩`), after a verb of reaching too
        // (`国家骨干冷链物流基地达到8个`); `X园3家企业` counts what is in it.
        return new RegExp(
          `(?:${any})(?:${REACH})?${COUNT}(?=左右|以上|[，,。；;、）)\\s]|$)|(?:${COUNT}|一批|若干|多个)(?:${any})`,
          "u",
        ).test(text);
      })
      .map(nameOf),
  );
  return found.filter((f) => !counted.has(nameOf(f)));
}

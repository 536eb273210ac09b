import type { CitationFields } from "./citation-fields.js";

/** A date as GB/T 7714 writes it (GB/T 7408, ISO 8601): `2020-02-27`. */
const isoDate = (d: readonly number[]) => d.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0")).join("-");

/**
 * One reference as GB/T 7714-2015 (信息与文献 参考文献著录规则) lays it out:
 *
 *   主要责任者. 题名: 其他题名信息[文献类型标识/载体标识]. 出版地: 出版者, 出版年(更新或修改日期)[引用日期]. 获取和访问路径.
 *
 * The issuing body is the 主要责任者 and the 出版者, the 文号 the 其他题名信息 (as the standard's
 * own example of a government notice does), where the body sits the 出版地. A document with an
 * official page is an electronic bulletin online, `[EB/OL]`, followed by the date its page was
 * published or the date of issue, the day it is cited as read, and its URL; one without is `[Z]`
 * (a document of no other type). What is unknown is written as the standard says:
 * `[出版地不详]`, `[出版者不详]`.
 */
export function toGbt7714Entry(f: CitationFields): string {
  const online = f.url !== null;
  const author = f.issuer ? `${f.issuer.name}. ` : "";
  const title = `${f.title}${f.docNumber ? `: ${f.docNumber}` : ""}[${online ? "EB/OL" : "Z"}]`;
  const publication = `${f.place ?? "[出版地不详]"}: ${f.issuer?.name ?? "[出版者不详]"}${f.date ? `, ${f.date[0]}` : ""}`;
  if (!online) return `${author}${title}. ${publication}.`;
  const dates = `${f.updated ? `(${isoDate(f.updated)})` : ""}${f.accessed ? `[${isoDate(f.accessed)}]` : ""}`;
  return `${author}${title}. ${publication}${dates}. ${f.url}.`;
}

/** A reference list in GB/T 7714's numeric order (顺序编码制): `[1] …`, one reference a line, UTF-8. */
export function toGbt7714(fields: CitationFields[]): string {
  return fields.map((f, i) => `[${i + 1}] ${toGbt7714Entry(f)}\n`).join("");
}

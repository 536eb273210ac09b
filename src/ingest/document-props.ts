import { normaliseDocNumber, titleKey } from "./document-number.js";
import type { DocumentEntry } from "./gazetteer.js";

/** The properties a document node takes from its curated entry (if any), with `title` as its name. */
export function documentProps(entry: DocumentEntry | undefined, title: string) {
  return {
    name: title,
    nameEn: entry?.titleEn ?? null,
    docNumber: entry?.docNumber ?? null,
    level: entry?.level ?? null,
    type: entry?.type ?? null,
    issueDate: entry?.issueDate ?? null,
    period: entry?.period ?? null,
    sourceUrl: entry?.sourceUrl ?? null,
    source: entry?.source ?? null,
  };
}

/** The curated entry of a document: by normalised 文号, or failing that by normalised title. */
export function findDocumentEntry(
  docs: DocumentEntry[],
  title: string,
  docNumber: string | null,
): DocumentEntry | undefined {
  const key = titleKey(title);
  return (
    docs.find((d) => docNumber !== null && d.docNumber !== null && normaliseDocNumber(d.docNumber) === docNumber) ??
    docs.find((d) => titleKey(d.title) === key)
  );
}

/** The kind of document its title's last words name. */
export function typeFromTitle(title: string): string | null {
  const t = title.replace(/\(\d{4}-\d{4}年\)$/, "");
  if (/实施方案$/.test(t)) return "IMPLEMENTATION_PLAN";
  if (/行动(计划|方案)$/.test(t)) return "ACTION_PLAN";
  if (/规划$/.test(t)) return "PLAN";
  if (/意见$/.test(t)) return "OPINION";
  if (/措施$/.test(t)) return "MEASURES";
  if (/方案$/.test(t)) return "WORK_PLAN";
  if (/通知$/.test(t)) return "NOTICE";
  return null;
}

import type { CitationAgency, CitationSource } from "./citation-source.js";
import { placeOf } from "./place.js";

/** A date as citation formats hold it: [year], or [year, month, day]. */
export type DateParts = readonly [number] | readonly [number, number, number];

/**
 * The facts every citation format shares, derived once from a {@link CitationSource}: which body is
 * the author, where it sits, the date's parts, the English words that go into a note. The format
 * writers only spell them.
 */
export interface CitationFields {
  /** Citation key: the document's key (its id without `PolicyDocument:`). */
  key: string;
  title: string;
  titleEn: string | null;
  /** The issuing body in Chinese (the author and authority of the document). */
  issuer: CitationAgency | null;
  approver: CitationAgency | null;
  /** Where the issuer sits (`广州`): the place of publication; null when unknown. */
  place: string | null;
  docNumber: string | null;
  /** Date of issue; only the year when the graph knows no more than the 文号's (a document only cited). */
  date: DateParts | null;
  /** When its web page was published or last changed (发布日期, else the date of issue); null without a full date. */
  updated: readonly [number, number, number] | null;
  url: string | null;
  /** The day the official page is cited as read (the day the citation is made); null without a URL. */
  accessed: readonly [number, number, number] | null;
  /** English kind of document (`action plan`), from its type. */
  genre: string | null;
  /** English facts for readers without Chinese, one sentence each. */
  note: string;
}

/** Language of every document the service holds (BCP 47). */
export const DOCUMENT_LANGUAGE = "zh-CN";

const GENRES: Record<string, string> = {
  PLAN: "plan",
  ACTION_PLAN: "action plan",
  IMPLEMENTATION_PLAN: "implementation plan",
  OPINION: "opinion",
  MEASURES: "measures",
  WORK_PLAN: "work plan",
  NOTICE: "notice",
};

/** [year, month, day] of an ISO date, or null. */
function fullDate(iso: string | null | undefined): [number, number, number] | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** The year in a 文号 (`国发〔2017〕35号` → 2017), or null. */
function docNumberYear(docNumber: string | null): [number] | null {
  const m = docNumber ? /〔(\d{4})〕/.exec(docNumber) : null;
  return m ? [Number(m[1])] : null;
}

/** Today in China Standard Time, the documents' own time zone, as an ISO date. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The fields of `s`, its official page cited as read on `accessedOn` (an ISO date). */
export function citationFields(s: CitationSource, accessedOn: string): CitationFields {
  const issuer = s.issuers.find((a) => a.role === "ISSUER") ?? null;
  const approver = s.issuers.find((a) => a.role === "APPROVER") ?? null;
  const sentences = [
    s.titleEn && `English title: ${s.titleEn}.`,
    issuer?.nameEn && `Issued by the ${issuer.nameEn.replace(/^the /i, "")}.`,
    approver && `Approved by ${approver.name}${approver.nameEn ? ` (${approver.nameEn})` : ""}.`,
    s.period && `Period: ${s.period}.`,
    s.placeholder && "Cited by another document; its text is not in policy-graph.",
    s.example && "Fictional example document written for the tests of policy-graph; not a real policy.",
  ];
  return {
    key: s.id.replace(/^PolicyDocument:/, ""),
    title: s.title,
    titleEn: s.titleEn,
    issuer,
    approver,
    place: issuer ? placeOf(issuer.name, issuer.level ?? s.level) : null,
    docNumber: s.docNumber,
    date: fullDate(s.issueDate) ?? docNumberYear(s.docNumber),
    updated: fullDate(s.publishedOn) ?? fullDate(s.issueDate),
    url: s.sourceUrl,
    accessed: s.sourceUrl ? fullDate(accessedOn) : null,
    genre: s.type ? (GENRES[s.type] ?? null) : null,
    note: sentences.filter(Boolean).join(" "),
  };
}

import type { CitationAgency, CitationSource } from "./citation-source.js";

/**
 * The facts every citation format shares, derived once from a {@link CitationSource}: which body is
 * the author, the date's parts, the English words that go into a note. The format writers only
 * spell them.
 */
export interface CitationFields {
  /** Citation key: the document's key (its id without `PolicyDocument:`). */
  key: string;
  title: string;
  titleEn: string | null;
  /** The issuing body in Chinese (the author and authority of the document). */
  issuer: CitationAgency | null;
  approver: CitationAgency | null;
  docNumber: string | null;
  /** [year, month, day] of issue. */
  date: [number, number, number] | null;
  url: string | null;
  /** English kind of document (`action plan`), from its type. */
  genre: string | null;
  /** English facts for readers without Chinese, one sentence each. */
  note: string;
}

/** Language of every document the service holds (BCP 47). */
export const DOCUMENT_LANGUAGE = "zh-CN";

const GENRES: Record<string, string> = {
  PLAN: "plan", ACTION_PLAN: "action plan", IMPLEMENTATION_PLAN: "implementation plan", OPINION: "opinion",
  MEASURES: "measures", WORK_PLAN: "work plan", NOTICE: "notice",
};

export function citationFields(s: CitationSource): CitationFields {
  const issuer = s.issuers.find((a) => a.role === "ISSUER") ?? null;
  const approver = s.issuers.find((a) => a.role === "APPROVER") ?? null;
  const m = s.issueDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.issueDate) : null;
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
    docNumber: s.docNumber,
    date: m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null,
    url: s.sourceUrl,
    genre: s.type ? (GENRES[s.type] ?? null) : null,
    note: sentences.filter(Boolean).join(" "),
  };
}

import type { Database } from "../db/database.js";

/** A body that issued or approved a document. */
export interface CitationAgency {
  role: "ISSUER" | "APPROVER" | string;
  name: string;
  nameEn: string | null;
  /** Its level of government (NATIONAL, PROVINCIAL, …), where known: where it sits follows from it. */
  level?: string | null;
}

/** What a citation of one policy document is made from, as stored in the graph. */
export interface CitationSource {
  id: string;
  title: string;
  titleEn: string | null;
  /** 文号, normalised (year in 〔〕). */
  docNumber: string | null;
  /** ISO date (YYYY-MM-DD) of issue. */
  issueDate: string | null;
  /** ISO date its web page was published (发布日期), when ingested from one. */
  publishedOn?: string | null;
  level: string | null;
  type: string | null;
  period: string | null;
  sourceUrl: string | null;
  /** Cited by another document, its text not ingested. */
  placeholder: boolean;
  /** An invented document written for the tests. */
  example: boolean;
  /** Issuer first, then approving bodies. */
  issuers: CitationAgency[];
}

/**
 * The documents with `ids`, in that order (an unknown id is left out; the caller compares), or every
 * document in listing order when `ids` is undefined. One statement.
 */
export async function findCitationSources(db: Database, ids?: readonly string[]): Promise<CitationSource[]> {
  const rows = (await db.read("find-citation-sources", { ids: ids ?? null })) as unknown as CitationSource[];
  if (!ids) return rows;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

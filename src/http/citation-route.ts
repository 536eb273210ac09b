import type { Request, Response } from "express";
import {
  CITATION_FORMAT_INFO,
  citationFormatOfExtension,
  findCitationSources,
  renderCitations,
} from "../citations/index.js";
import type { Database } from "../db/database.js";
import { ErrorCode } from "../errors/error-code.js";
import { sendJsonError } from "./json-errors.js";
import { sendClientError } from "./route-errors.js";

/** The paths this route serves: /export/citations.json (CSL-JSON), .bib (BibTeX), .ris (RIS) and .txt (GB/T 7714-2015). */
export const CITATION_PATHS = [
  "/export/citations.json",
  "/export/citations.bib",
  "/export/citations.ris",
  "/export/citations.txt",
];

/** The document ids a request names (`?ids=a,b` and/or `?document=a`, each may repeat), undefined for all, or a problem. */
export function readCitationIds(query: Request["query"]): string[] | undefined | { problem: string } {
  const unknown = Object.keys(query).filter((k) => k !== "ids" && k !== "document");
  if (unknown.length > 0)
    return {
      problem: `Unknown parameter ${unknown.map((k) => `"${k.slice(0, 50)}"`).join(", ")}; citations take only ids=<id>,<id>… or document=<id>.`,
    };
  const values = (name: string): string[] => {
    const v = query[name];
    return v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String);
  };
  const ids = [...values("ids").flatMap((v) => v.split(",")), ...values("document")].map((id) => id.trim());
  if (query.ids === undefined && query.document === undefined) return undefined;
  if (ids.some((id) => id === ""))
    return {
      problem:
        "ids and document must name policy documents, e.g. ids=PolicyDocument:gz-ai-plan-2020-2022, but one was empty.",
    };
  return [...new Set(ids)];
}

/**
 * `GET /export/citations.{json,bib,ris,txt}`: citations of every policy document, or of those named by
 * `?ids=` / `?document=` (404 naming any id that is no policy document), as a download.
 */
export function citationRoute(db: Database) {
  return async (req: Request, res: Response): Promise<void> => {
    const format = citationFormatOfExtension(req.path.slice(req.path.lastIndexOf(".") + 1))!;
    const ids = readCitationIds(req.query);
    if (ids && "problem" in ids) return sendJsonError(res, 400, ErrorCode.BAD_USER_INPUT, ids.problem);
    let sources: Awaited<ReturnType<typeof findCitationSources>>;
    try {
      sources = await findCitationSources(db, ids);
    } catch (error) {
      if (sendClientError(res, error)) return;
      throw error;
    }
    const missing = (ids ?? []).filter((id) => !sources.some((s) => s.id === id));
    if (missing.length > 0)
      return sendJsonError(
        res,
        404,
        ErrorCode.NOT_FOUND,
        `No policy document has the id ${missing.map((m) => `"${m.slice(0, 200)}"`).join(", ")}. Ids look like "PolicyDocument:gz-ai-plan-2020-2022".`,
        { ids: missing },
      );
    const info = CITATION_FORMAT_INFO[format];
    res.setHeader("Content-Type", info.contentType);
    res.setHeader("Content-Disposition", `attachment; filename="policy-graph-citations.${info.fileExtension}"`);
    res.setHeader("Cache-Control", "public, max-age=300");
    res.send(renderCitations(sources, format));
  };
}

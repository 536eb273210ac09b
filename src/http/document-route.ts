import type { Request, Response } from "express";
import type { Database } from "../db/database.js";
import { type DocumentText, findDocumentText } from "../documents/document-text.js";
import { readQuoteRange } from "../documents/quote-range.js";
import { renderReaderError, renderReaderPage } from "../documents/reader-page.js";
import { ErrorCode } from "../errors/error-code.js";
import { sendJsonError } from "./json-errors.js";
import { sendClientError } from "./route-errors.js";

/** Readers' pages change only when a document is ingested again. */
const CACHE_CONTROL = "public, max-age=300";

/**
 * `GET /documents/<url-encoded id>?start=S&end=E`: the reader page of a policy document, the quote
 * marked (evidence.link points here); `GET /documents/<id>.txt`: its normalised text as UTF-8 plain
 * text, which evidence offsets index. An unknown id, a document only cited (no text) or bad offsets
 * get a 404 or 400: HTML for a browser on the reader page, otherwise the service's JSON error.
 */
export function documentRoute(db: Database, publicUrl: () => string) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      await serveDocument(db, publicUrl, req, res);
    } catch (error) {
      if (!sendClientError(res, error)) throw error;
    }
  };
}

async function serveDocument(db: Database, publicUrl: () => string, req: Request, res: Response): Promise<void> {
  const file = String(req.params.file ?? "");
  const plain = file.endsWith(".txt");
  const id = plain ? file.slice(0, -".txt".length) : file;
  const wantsHtml = !plain && req.accepts(["html", "json"]) === "html";
  const fail = (status: 400 | 404, message: string) => {
    if (!wantsHtml)
      return sendJsonError(res, status, status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT, message);
    res.status(status).type("html").send(renderReaderError(status, message));
  };
  const doc = await findDocumentText(db, id);
  if (!doc)
    return fail(
      404,
      `No policy document has the id "${id.slice(0, 200)}". Ids look like "PolicyDocument:gz-ai-plan-2020-2022"; { documents { edges { node { id } } } } lists them.`,
    );
  if (doc.text === null)
    return fail(
      404,
      `${doc.id} (${doc.title}) is only cited by other documents: its text is not in the graph, so there is nothing to show.`,
    );
  res.setHeader("Cache-Control", CACHE_CONTROL);
  res.setHeader("X-Content-Type-Options", "nosniff");
  if (plain) {
    res.type("text/plain; charset=utf-8").send(doc.text);
    return;
  }
  const range = readQuoteRange(req.query, doc.text.length);
  if (range && "problem" in range) return fail(400, range.problem);
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
  res.type("html").send(renderReaderPage(doc as DocumentText & { text: string }, publicUrl(), range));
}

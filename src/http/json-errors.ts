import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { ErrorCode } from "../errors/error-code.js";
import { requestRecord } from "./request-log.js";

/** Sends the one error shape every route uses, GraphQL's: `{ errors: [{ message, extensions: { code } }] }`. */
export function sendJsonError(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, code } }] });
}

/** body-parser's failures (error.type), as the client should read them. */
const BODY_ERRORS: Record<string, (error: BodyError, maxBodyBytes: number) => string> = {
  "entity.parse.failed": (e) =>
    `The request body is not valid JSON (${e.message}). Send an object such as {"query": "{ __typename }"} with content-type application/json.`,
  "entity.too.large": (_e, max) =>
    `The request body is over the limit of ${max.toLocaleString("en-US")} bytes. Send a shorter query, or use variables instead of long literals.`,
  "encoding.unsupported": (e) => `${e.message}; send the body uncompressed (or gzip, deflate, br).`,
  "charset.unsupported": (e) => `${e.message}; send UTF-8.`,
  "request.aborted": () => "The request was aborted before its body arrived.",
  "request.size.invalid": () => "The request body is shorter or longer than its Content-Length.",
};

interface BodyError extends Error {
  type?: string;
  status?: number;
}

/**
 * The last handler: turns any error a route or the body parser throws into the JSON error shape,
 * with a 4xx status and BAD_USER_INPUT for the client's mistakes, 500 and INTERNAL_SERVER_ERROR
 * otherwise. A client's mistake shows only in the request's log line; the server's own faults get a
 * line of their own, with the stack.
 */
export function jsonErrorHandler(o: { production: boolean; maxBodyBytes: number }): ErrorRequestHandler {
  return (error: BodyError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const record = requestRecord(res);
    const describe = error.type ? BODY_ERRORS[error.type] : undefined;
    const status = Number(error.status);
    if (describe && status >= 400 && status < 500) {
      // The client's mistake: the request's own log line says so (`refused`); no stack trace.
      record.refused = error.type;
      sendJsonError(res, status, ErrorCode.BAD_USER_INPUT, describe(error, o.maxBodyBytes));
      return;
    }
    if (error instanceof URIError) {
      // Express decodes path parameters; malformed percent-encoding (`%ZZ`, a lone surrogate) is the client's.
      record.refused = "path.malformed";
      sendJsonError(
        res,
        400,
        ErrorCode.BAD_USER_INPUT,
        "The path holds malformed percent-encoding (such as %ZZ, a lone %, or an encoded lone surrogate). Encode it with encodeURIComponent.",
      );
      return;
    }
    record.log.error({ err: error }, "internal error");
    sendJsonError(
      res,
      500,
      ErrorCode.INTERNAL_SERVER_ERROR,
      o.production ? "Internal server error." : String(error.message),
    );
  };
}

/** A JSON 404 for paths the service does not serve. */
export function notFound(): RequestHandler {
  return (req, res) => {
    sendJsonError(
      res,
      404,
      ErrorCode.NOT_FOUND,
      `Nothing is served at ${req.method} ${req.path.slice(0, 200)}. GraphQL is at /graphql; see also /health, /ready and /export/graph.<cyjs|graphml|gexf|nodes.csv|edges.csv>.`,
    );
  };
}

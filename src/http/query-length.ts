import type { RequestHandler } from "express";
import { ErrorCode } from "../errors/error-code.js";
import { sendJsonError } from "./json-errors.js";
import { requestRecord } from "./request-log.js";

/**
 * Refuses a query text longer than `maxQueryLength` characters (`MAX_QUERY_LENGTH`) before Apollo
 * hashes, parses or caches it: a parsed document keeps its whole source text, so without this one
 * client sending distinct long texts (a long comment before `{ __typename }`) fills memory at about
 * a megabyte a request. Answers 400 with BAD_USER_INPUT and `extensions.limit: "queryLength"`, like
 * the other limits. Runs after the JSON body parser, on POST bodies and GET's `?query=`.
 */
export function queryLengthLimit(maxQueryLength: number): RequestHandler {
  return (req, res, next) => {
    const fromBody: unknown =
      req.body && typeof req.body === "object" && !Array.isArray(req.body)
        ? (req.body as Record<string, unknown>).query
        : undefined;
    const query =
      typeof fromBody === "string" ? fromBody : typeof req.query?.query === "string" ? req.query.query : undefined;
    if (query === undefined || query.length <= maxQueryLength) return next();
    requestRecord(res).refused = "query.too.long";
    sendJsonError(
      res,
      400,
      ErrorCode.BAD_USER_INPUT,
      `The query text is ${query.length.toLocaleString("en-US")} characters long, over the limit of ${maxQueryLength.toLocaleString("en-US")} (MAX_QUERY_LENGTH). Send a shorter query: drop comments and unused fragments, and pass long values as variables.`,
      { limit: "queryLength", maximum: maxQueryLength, actual: query.length },
    );
  };
}

import type { Response } from "express";
import { ClientError } from "../errors/client-errors.js";
import { ErrorCode } from "../errors/error-code.js";
import { sendJsonError } from "./json-errors.js";

/** HTTP status of a client-facing error code. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.UNAVAILABLE]: 503,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/**
 * Answers a {@link ClientError} thrown by the database door (UNAVAILABLE: Neo4j down, the request's
 * time budget spent) in the JSON error shape with its status, and returns true; anything else is
 * left to the error handler (a 500).
 */
export function sendClientError(res: Response, error: unknown): boolean {
  if (!(error instanceof ClientError)) return false;
  const code = String(error.extensions.code) as ErrorCode;
  sendJsonError(res, STATUS[code] ?? 400, code, error.message);
  return true;
}

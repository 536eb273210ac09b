import { setMaxListeners } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestScope } from "../db/database.js";
import { UnavailableError } from "../errors/client-errors.js";

/** How a request's database work is bounded; config.ts fills it (`REQUEST_TIMEOUT_MS`, `CLIENT_ID_HEADER`). */
export interface RequestScopeOptions {
  requestTimeoutMs: number;
  clientIdHeader?: string;
}

/**
 * What leftover work of an answered request is cancelled with. Made once: nothing reports it to a
 * client, and building an error (with its stack) on every response cost about 1.5% of Node's CPU.
 */
const ANSWERED = new UnavailableError("The request had been answered; its leftover database work was cancelled.");

/**
 * The scope of one HTTP request's database work: a signal that aborts when the response is closed
 * (finished, or the client went away first) or when the request's time budget runs out, and the
 * client whose share it uses.
 */
export function requestScope(req: IncomingMessage, res: ServerResponse, o: RequestScopeOptions): RequestScope {
  const scoped = new AbortController();
  // Each database call of the request listens to this signal while it runs (or waits for a slot)
  // and stops listening when it ends; a query with more than ten lists at the top has more than ten
  // at once, which is no leak. The query limits bound how many there can be.
  setMaxListeners(0, scoped.signal);
  const timer = setTimeout(() => {
    scoped.abort(
      new UnavailableError(
        `The request ran out of its time budget of ${o.requestTimeoutMs} ms (REQUEST_TIMEOUT_MS) and its database work was cancelled; narrow the query and try again.`,
      ),
    );
  }, o.requestTimeoutMs);
  timer.unref();
  res.once("close", () => {
    clearTimeout(timer);
    scoped.abort(
      res.writableFinished
        ? ANSWERED
        : new UnavailableError("The request ended before its database work did; that work was cancelled."),
    );
  });
  return { signal: scoped.signal, clientId: clientId(req, o.clientIdHeader) };
}

/**
 * The client a request counts against: the peer's address, or behind a proxy the named header. For
 * `X-Forwarded-For` the LAST address is used, the one the nearest proxy appended; earlier ones are
 * whatever the client chose to send.
 */
export function clientId(req: IncomingMessage, header?: string): string {
  const raw = header ? req.headers[header] : undefined;
  const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  const last = value?.split(",").pop()?.trim();
  return last || req.socket.remoteAddress || "unknown";
}

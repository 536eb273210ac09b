import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler, Response } from "express";
import type { Context } from "../graphql/context.js";
import type { Logger } from "../log.js";

/** What the request log knows about one request; handlers fill in what they learn. */
export interface RequestRecord {
  id: string;
  /** The logger of this request: every line carries its `reqId`. */
  log: Logger;
  /** For GraphQL requests: the operation's name, its cost and the database round trips it took. */
  graphql?: { operation: string | null; cost: number | null; dbRoundTrips: number | null };
  /** Why the request was refused before reaching a handler (e.g. body-parser's `entity.parse.failed`). */
  refused?: string;
}

/**
 * Where a GraphQL context keeps its request's record. A symbol, because Apollo gives each operation
 * a shallow copy of the context: the copy shares the record, so what a plugin learns reaches the log.
 */
const RECORD = Symbol("requestRecord");

/** The record {@link requestLogging} made for this response. */
export function requestRecord(res: Response): RequestRecord {
  return res.locals.request as RequestRecord;
}

/** Ties a GraphQL context to its request's record (and so to its logger). */
export function bindContext(context: Context, record: RequestRecord): void {
  Object.defineProperty(context, RECORD, { value: record, enumerable: true });
}

/** The request logger of a GraphQL context (or `fallback` outside a request). */
export function contextLogger(context: Context, fallback: Logger): Logger {
  return (context as Context & { [RECORD]?: RequestRecord })[RECORD]?.log ?? fallback;
}

/** Copies what the GraphQL pipeline learnt (operation, cost, round trips) into the request's record. */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          const record = (contextValue as Context & { [RECORD]?: RequestRecord })[RECORD];
          if (!record) return;
          record.graphql = {
            operation: contextValue.operationName ?? null,
            cost: contextValue.cost ?? null,
            dbRoundTrips: contextValue.db?.roundTrips ?? null,
          };
        },
      };
    },
  };
}

/** An incoming X-Request-Id is kept when it is short and plain (no spaces or control characters). */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/**
 * Gives each request an id (the client's X-Request-Id when acceptable, else a new UUID), echoes it in
 * the X-Request-Id response header, and writes ONE line when the request ends: method, path, status,
 * duration and, for GraphQL, the operation name, its cost and the database round trips.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get("x-request-id");
    const id = incoming !== undefined && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
    const record: RequestRecord = { id, log: logger.child({ reqId: id }) };
    res.locals.request = record;
    res.setHeader("X-Request-Id", id);
    const started = process.hrtime.bigint();
    // Read now: routers mounted on a prefix (app.use("/graphql", …)) rewrite req.path on the way.
    const path = req.path.length > 200 ? `${req.path.slice(0, 200)}…` : req.path;
    res.once("close", () => {
      // Health probes and metric scrapes come every few seconds: their lines are debug, the rest info.
      const level = path === "/health" || path === "/ready" || path === "/metrics" ? "debug" : "info";
      record.log[level](
        {
          method: req.method,
          path,
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          bytes: Number(res.getHeader("content-length") ?? 0) || undefined,
          ...(res.writableFinished ? {} : { aborted: true }),
          ...(record.refused ? { refused: record.refused } : {}),
          ...record.graphql,
        },
        "request",
      );
    });
    next();
  };
}

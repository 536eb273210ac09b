import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../errors/error-code.js";
import type { Context } from "../graphql/context.js";
import type { Logger } from "../log.js";
import { contextLogger } from "./request-log.js";

const OURS = new Set<string>(Object.values(ErrorCode));
/** Apollo's codes for requests that are malformed: the client's fault, reported as BAD_USER_INPUT. */
const CLIENT_FAULTS = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** How a GraphQL error is reported: as one of our codes, or as an internal error. */
export function publicCode(code: unknown, error: unknown): ErrorCode {
  const c = String(code ?? "");
  if (OURS.has(c) && c !== ErrorCode.INTERNAL_SERVER_ERROR) return c as ErrorCode;
  if (CLIENT_FAULTS.has(c)) return ErrorCode.BAD_USER_INPUT;
  // Apollo marks some client mistakes only with a 4xx status (a persisted query whose hash does not
  // match its text, an unsupported persisted query version): they are the client's fault too.
  const status =
    error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : undefined;
  if (status !== undefined && status >= 400 && status < 500) return ErrorCode.BAD_USER_INPUT;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

export interface ErrorFormatOptions {
  /** Hide internal messages and stack traces. */
  production: boolean;
  /** Keep graphql's "Did you mean …?" hints, which reveal the schema. */
  suggestions: boolean;
  /** MAX_QUERY_TOKENS, named in the message of a query that has more. */
  maxTokens: number;
}

// graphql 16 writes "more that"; accept the corrected wording too.
const TOO_MANY_TOKENS = /Document contains more tha[nt] \d+ tokens/;

/**
 * Gives every error a code from {@link ErrorCode}, the public contract. Unexpected errors become
 * INTERNAL_SERVER_ERROR; in production their message (which may hold Cypher or driver details) is
 * replaced ({@link internalErrorLogging} logs them).
 */
export function formatErrorFor(o: ErrorFormatOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = publicCode(formatted.extensions?.code, error);
    let message =
      code === ErrorCode.INTERNAL_SERVER_ERROR && o.production ? "Internal server error." : formatted.message;
    let extensions: Record<string, unknown> = { ...formatted.extensions, code };
    if (TOO_MANY_TOKENS.test(message)) {
      message = `The query has more than ${o.maxTokens.toLocaleString("en-US")} tokens (names, punctuation, values), the limit. Send a shorter query.`;
      extensions = { ...extensions, limit: "tokens", maximum: o.maxTokens };
    }
    if (message.startsWith("GraphQL introspection is not allowed")) {
      message =
        "Introspection is turned off on this server (GRAPHQL_INTROSPECTION=false, the default in production). The schema is published as schema.graphql with the source.";
    }
    if (message === "Validation aborted.") {
      // graphql-js gives up on a selection too repetitive to check (e.g. one field thousands of times).
      message =
        "The query is too large or too repetitive to validate. Send a smaller query; asking for the same field many times adds nothing.";
    }
    if (!o.suggestions) message = message.replace(/ ?Did you mean .+?\?/g, "");
    if (o.production) delete extensions.stacktrace;
    return { ...formatted, message, extensions };
  };
}

/** Logs each error that will reach the client as INTERNAL_SERVER_ERROR, with its stack, on the request's logger. */
export function internalErrorLogging(fallback: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (publicCode(error.extensions.code, error) !== ErrorCode.INTERNAL_SERVER_ERROR) continue;
            contextLogger(contextValue, fallback).error(
              { err: error.originalError ?? error, path: error.path },
              "internal error",
            );
          }
        },
      };
    },
  };
}

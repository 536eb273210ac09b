import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code.js";

/** Base of every error a client may see: a message for humans, a code from {@link ErrorCode} for programs. */
export class ClientError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** An argument is out of range or malformed; the message names the argument, the limit and what was received. */
export class BadUserInputError extends ClientError {
  constructor(message: string, argument?: string) {
    super(message, ErrorCode.BAD_USER_INPUT, argument ? { argument } : {});
  }
}

/** The id names nothing in the graph. */
export class NotFoundError extends ClientError {
  constructor(id: string) {
    super(
      `No node has the id "${id}". Ids look like "Task:gz-ai-plan-2020-2022/task-02"; search() finds them.`,
      ErrorCode.NOT_FOUND,
      { id },
    );
  }
}

/** Why the database could not answer: the server is out of reach, busy, or stopped the work at its time limit. */
export type UnavailableReason = "unreachable" | "busy" | "timeout" | "cancelled";

/** Neo4j is unreachable, or a query hit its time limit. `reason` is for the service's own messages, not sent to clients. */
export class UnavailableError extends ClientError {
  constructor(
    message: string,
    readonly reason?: UnavailableReason,
  ) {
    super(message, ErrorCode.UNAVAILABLE);
  }
}

/** The limits a request can exceed; the names error messages and `extensions.limit` use. */
export type QueryLimitName = "depth" | "cost" | "aliases" | "tokens" | "responseBytes";

/**
 * A request exceeds one of the query limits (MAX_QUERY_*, MAX_RESPONSE_BYTES) and is refused before
 * it runs (or, for the response size, before it is sent). `extensions` carry the numbers, so a client
 * can show them: `limit` (which), `maximum`, `actual`, and `cost` when it is known.
 */
export class QueryLimitError extends ClientError {
  constructor(message: string, details: { limit: QueryLimitName; maximum: number; actual: number; cost?: number }) {
    super(message, ErrorCode.BAD_USER_INPUT, { ...details, http: { status: 400 } });
  }
}

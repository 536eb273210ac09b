import { createHash } from "node:crypto";
import { ClientError } from "../errors/client-errors.js";
import { ErrorCode } from "../errors/error-code.js";

/** Statement shapes remembered as planned: Neo4j's own plan cache holds 1,000 by default (`server.db.query_cache_size`). */
const KNOWN_SHAPES = 1000;
const MINUTE_MS = 60_000;
/** Clients tracked before the ones with nothing in their last minute are swept out. */
const SWEEP_AT = 10_000;

/** A client has spent its minute's budget of new statement shapes: 429 with `Retry-After`. */
export class NewShapeLimitError extends ClientError {
  constructor(message: string, details: { maximum: number; actual: number; retryAfterSeconds: number }) {
    const headers = new Map([["retry-after", String(details.retryAfterSeconds)]]);
    super(message, ErrorCode.BAD_USER_INPUT, { limit: "newShapes", ...details, http: { status: 429, headers } });
  }
}

/** The subqueries of a generated statement: what planning it grows with (measured, see README). */
export function subqueriesOf(text: string): number {
  return Math.max(1, text.split("COLLECT {").length - 1);
}

/**
 * How much new-shape planning one client may cause per minute. The query engine writes one Cypher
 * statement per query shape (lookahead-statement.ts), and Neo4j plans each new text before it runs
 * it: measured on a busy 2-core machine (load 4–5), a new statement of 1 COLLECT subquery plans in
 * 7–12 ms, of 3 in 0.25–0.37 s, of 28 side by side in 1.4–2.4 s (4–6.5 s at load 12–18), while the
 * same text again runs in about 10 ms. So a client sending a new shape per request could keep Neo4j
 * planning all the time.
 *
 * A statement whose text was run in the last {@link KNOWN_SHAPES} shapes (by anyone) is free. A new
 * one costs its client its number of subqueries, out of `perMinute` over any sliding minute; past
 * that it is refused, before Neo4j sees it, with {@link NewShapeLimitError}. A shape larger than
 * the whole budget runs when the client has spent nothing in the last minute.
 */
export class NewShapeBudget {
  private readonly known = new Map<string, true>();
  private readonly spent = new Map<string, { at: number; subqueries: number }[]>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Charges `clientId` for `text` when its shape is new; throws {@link NewShapeLimitError} when the client's minute is spent. */
  admit(clientId: string, text: string): void {
    const key = createHash("sha1").update(text).digest("base64");
    if (this.known.delete(key)) {
      this.known.set(key, true); // most recently used last
      return;
    }
    const now = this.now();
    const recent = (this.spent.get(clientId) ?? []).filter((s) => s.at > now - MINUTE_MS);
    const used = recent.reduce((sum, s) => sum + s.subqueries, 0);
    const subqueries = subqueriesOf(text);
    if (used > 0 && used + subqueries > this.perMinute) {
      throw new NewShapeLimitError(
        `This query needs Neo4j to plan a statement of a new shape (${subqueries} subqueries), and this client has spent ${used} of its ${this.perMinute} per minute on new shapes ` +
          "(NEW_SHAPE_SUBQUERIES_PER_MINUTE). Planning a new shape takes Neo4j up to seconds; a shape already planned costs nothing. " +
          `Reuse query texts and pass values as variables, or try again in ${this.retryAfter(recent, subqueries, now)} s.`,
        {
          maximum: this.perMinute,
          actual: used + subqueries,
          retryAfterSeconds: this.retryAfter(recent, subqueries, now),
        },
      );
    }
    recent.push({ at: now, subqueries });
    this.spent.set(clientId, recent);
    this.known.set(key, true);
    if (this.known.size > KNOWN_SHAPES) this.known.delete(this.known.keys().next().value!);
    if (this.spent.size > SWEEP_AT) this.sweep(now);
  }

  /** Seconds until enough of the client's minute has passed for `subqueries` more to fit (or for all of it to pass). */
  private retryAfter(recent: { at: number; subqueries: number }[], subqueries: number, now: number): number {
    let used = recent.reduce((sum, s) => sum + s.subqueries, 0);
    for (const s of recent) {
      used -= s.subqueries;
      if (used === 0 || used + subqueries <= this.perMinute)
        return Math.max(1, Math.ceil((s.at + MINUTE_MS - now) / 1000));
    }
    return 60;
  }

  private sweep(now: number): void {
    for (const [clientId, spent] of this.spent) {
      if (spent.every((s) => s.at <= now - MINUTE_MS)) this.spent.delete(clientId);
    }
  }
}

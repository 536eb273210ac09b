import { createHash } from "node:crypto";
import { BadUserInputError } from "../../errors/client-errors.js";
import type { CountSpec } from "./count-spec.js";
import { OrderBy } from "./enums.js";

/**
 * A keyset cursor: the sort key and id of a row, so the next page starts with
 * `WHERE (key, id) > (cursorKey, cursorId)` (or `<` paging backward) and costs the same on page 1
 * and page 1000. Encoded as base64url JSON `[order, key, id]`; opaque to clients. The order is
 * "n" (NAME), "p" (POSITION) or, for a ranking, "c" and a digest of what it counts, so a cursor
 * of one ranking is not taken for another's.
 */
export interface Cursor {
  order: string;
  key: number | string;
  id: string;
}

/** The order tag of a list: its orderBy, or the ranking it counts. */
export function orderTag(orderBy: OrderBy, rank: (CountSpec & { descending: boolean }) | null): string {
  if (rank) return `c${createHash("sha1").update(JSON.stringify(rank)).digest("base64url").slice(0, 8)}`;
  return orderBy === OrderBy.NAME ? "n" : "p";
}

function describe(tag: string): string {
  return tag === "n" ? "ordered by NAME" : tag === "p" ? "ordered by POSITION" : "ranked by rankBy";
}

/** An edge of a page whose cursor is encoded only when the query reads it (most read only the nodes). */
export class CursorEdge<T> {
  constructor(
    readonly node: T,
    private readonly at: Cursor,
  ) {}

  get cursor(): string {
    return encodeCursor(this.at);
  }
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.order, c.key, c.id])).toString("base64url");
}

/** Decodes `value` (the argument `argument`: after or before), which must come from a list of the same order. */
export function decodeCursor(value: string, argument: "after" | "before", tag: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[2] !== "string" ||
    typeof parsed[0] !== "string" ||
    !/^(n|p|c.{8})$/.test(parsed[0])
  ) {
    throw new BadUserInputError(
      `${argument} must be a cursor returned by this list (edges.cursor, pageInfo.startCursor or pageInfo.endCursor), but "${value}" is not one.`,
      argument,
    );
  }
  if (parsed[0] !== tag) {
    const same = tag.startsWith("c") && parsed[0].startsWith("c") ? " with the same rankBy" : "";
    throw new BadUserInputError(
      `${argument} is a cursor of a list ${describe(parsed[0])}, but this list is ${describe(tag)}; use the same orderBy or rankBy for every page${same}.`,
      argument,
    );
  }
  const key = parsed[1];
  if ((tag === "n" && typeof key !== "string") || (tag !== "n" && typeof key !== "number")) {
    throw new BadUserInputError(`${argument} is a malformed cursor: "${value}".`, argument);
  }
  return { order: tag, key, id: parsed[2] };
}

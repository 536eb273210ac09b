import { BadUserInputError } from "../../errors/client-errors.js";
import { OrderBy } from "./enums.js";

/**
 * A keyset cursor: the sort key and id of the last row seen, so the next page starts with
 * `WHERE (key, id) > (cursorKey, cursorId)` and costs the same on page 1 and page 1000.
 * Encoded as base64url JSON; opaque to clients.
 */
export interface Cursor {
  orderBy: OrderBy;
  key: number | string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.orderBy === OrderBy.NAME ? "n" : "p", c.key, c.id])).toString("base64url");
}

/** Decodes `after`, which must come from a list of the same order. */
export function decodeCursor(after: string, orderBy: OrderBy): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const tag = orderBy === OrderBy.NAME ? "n" : "p";
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[2] !== "string" || !["n", "p"].includes(parsed[0])) {
    throw new BadUserInputError(`after must be a cursor returned by this list (edges.cursor or pageInfo.endCursor), but "${after}" is not one.`, "after");
  }
  if (parsed[0] !== tag) {
    throw new BadUserInputError(`after is a cursor of a list ordered by ${parsed[0] === "n" ? "NAME" : "POSITION"}, but this list is ordered by ${orderBy}; use the same orderBy for every page.`, "after");
  }
  const key = parsed[1];
  if ((tag === "p" && typeof key !== "number") || (tag === "n" && typeof key !== "string")) {
    throw new BadUserInputError(`after is a malformed cursor: "${after}".`, "after");
  }
  return { orderBy, key, id: parsed[2] };
}

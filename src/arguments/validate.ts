import { BadUserInputError } from "../errors/client-errors.js";

/** Checks that `value` (named `argument`) is a whole number in [min, max]; the error names the limit and what was received. */
export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(
      `${argument} must be a whole number from ${min} to ${max}, but was ${value}.`,
      argument,
    );
  }
  return value;
}

/**
 * Checks that every one of `values` (named `argument`) is among `allowed`; the error lists the
 * unknown ones and every known `what`. An absent or empty list is null: no filter.
 */
export function checkKnown(
  argument: string,
  values: string[] | null | undefined,
  allowed: readonly string[],
  what: string,
): string[] | null {
  if (!values || values.length === 0) return null;
  const unknown = values.filter((v) => !allowed.includes(v));
  if (unknown.length > 0)
    throw new BadUserInputError(
      `${argument} has unknown ${what} ${unknown.join(", ")}; known: ${allowed.join(", ")}.`,
      argument,
    );
  return values;
}

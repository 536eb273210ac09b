import { BadUserInputError } from "../../errors/client-errors.js";

/** Checks that `value` (named `argument`) is a whole number in [min, max]; the error names the limit and what was received. */
export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${argument} must be a whole number from ${min} to ${max}, but was ${value}.`, argument);
  }
  return value;
}

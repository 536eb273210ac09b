/**
 * A response's JSON, made once per response: the response-size limit and the response cache need
 * its size, and Apollo sends it (`stringifyResult`, given to ApolloServer). Serialising every
 * response twice, once to measure it and once to send it, was about 2% of a request's CPU.
 */

interface ResultParts {
  errors?: unknown;
  data?: unknown;
  extensions?: unknown;
}

interface Made {
  errors: unknown;
  extensions: unknown;
  /** What Apollo's own stringifier would send: errors, data, extensions, then a newline. */
  text: string;
}

/** By the response's `data` object: Apollo stringifies a copy of the result that shares it. */
const made = new WeakMap<object, Made>();

const isObject = (x: unknown): x is object => typeof x === "object" && x !== null;

function textOf(result: ResultParts): string {
  return `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;
}

/**
 * The response's JSON, reused when it was made for the same data, errors and extensions: ApolloServer's
 * `stringifyResult`, and what {@link responseBytes} measures. With nothing made yet (or the result
 * changed since), the same serialisation as Apollo's default.
 */
export function stringifyResult(result: ResultParts): string {
  if (!isObject(result.data)) return textOf(result);
  const known = made.get(result.data);
  if (known && known.errors === result.errors && known.extensions === result.extensions) return known.text;
  const text = textOf(result);
  made.set(result.data, { errors: result.errors, extensions: result.extensions, text });
  return text;
}

/** The size in bytes of a response's JSON (without the final newline). */
export function responseBytes(result: ResultParts): number {
  return Buffer.byteLength(stringifyResult(result)) - 1;
}

/**
 * The size of a response's JSON, computed once per response: the response-size limit and the
 * response cache both need it, and serialising a large response twice is what they would
 * otherwise do.
 */
const sizes = new WeakMap<object, number>();

export function responseBytes(result: object): number {
  let size = sizes.get(result);
  if (size === undefined) sizes.set(result, (size = Buffer.byteLength(JSON.stringify(result))));
  return size;
}

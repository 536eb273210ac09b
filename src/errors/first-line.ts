/** The first line of an error's message, cut at `max` characters: what a log line or `/ready` reason shows. */
export function firstLine(error: unknown, max = Number.POSITIVE_INFINITY): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, max);
}

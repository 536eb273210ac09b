import { Writable } from "node:stream";

/** A log destination that keeps every JSON line the service writes, parsed, for assertions. */
export function captureLog(): { lines: Record<string, any>[]; stream: Writable } {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      for (const line of chunk.toString().split("\n"))
        if (line.trim() !== "") lines.push(JSON.parse(line) as Record<string, any>);
      callback();
    },
  });
  return { lines, stream };
}

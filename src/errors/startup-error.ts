/**
 * A problem that stops the service from starting (bad configuration, Java missing, a port taken,
 * Neo4j unreachable). `main.ts` prints `message` as one paragraph and exits non-zero, without a
 * stack trace: the message itself must say what is wrong and how to fix it.
 */
export class StartupError extends Error {
  override readonly name = "StartupError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

import pino, { type Logger } from "pino";
import type { Config } from "./config.js";

export type { Logger };

/**
 * The service's structured logger: one JSON object per line (pino), ISO timestamps, level names.
 * Writes synchronously, so the lines of a request that ends just before the process exits are kept.
 */
export function createLogger(config: Pick<Config, "logLevel" | "logDestination">): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: "policy-graph" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    config.logDestination ?? pino.destination({ dest: 1, sync: true }),
  );
}

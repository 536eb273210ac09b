import { expect } from "vitest";
import { loadConfig } from "../../src/config.js";
import { StartupError } from "../../src/errors/startup-error.js";

/** The message with which loadConfig rejects `env`; fails the test when it accepts it. */
export function configProblem(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return (error as Error).message;
  }
  throw new Error("expected loadConfig to reject the environment");
}

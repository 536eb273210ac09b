import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { configProblem as problem } from "../helpers/config-problem.js";

describe("loadConfig: limits, surface and logs", () => {
  it("has the documented default limits", () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 12,
      maxCost: 20_000,
      maxAliases: 30,
      maxTokens: 20_000,
      maxResponseBytes: 5_000_000,
      maxBodyBytes: 1_000_000,
      maxQueryLength: 100_000,
    });
  });

  it("reads every limit from its variable", () => {
    const c = loadConfig({
      MAX_QUERY_DEPTH: "8",
      MAX_QUERY_COST: "5000",
      MAX_QUERY_ALIASES: "0",
      MAX_QUERY_TOKENS: "500",
      MAX_RESPONSE_BYTES: "100000",
      MAX_BODY_BYTES: "20000",
      MAX_QUERY_LENGTH: "5000",
    });
    expect(c.limits).toEqual({
      maxDepth: 8,
      maxCost: 5000,
      maxAliases: 0,
      maxTokens: 500,
      maxResponseBytes: 100_000,
      maxBodyBytes: 20_000,
      maxQueryLength: 5000,
    });
  });

  it("turns introspection and suggestions on in development and off in production, unless told otherwise", () => {
    expect(loadConfig({})).toMatchObject({ introspection: true, suggestions: true });
    expect(loadConfig({ NODE_ENV: "production" })).toMatchObject({ introspection: false, suggestions: false });
    expect(
      loadConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true", GRAPHQL_SUGGESTIONS: "1" }),
    ).toMatchObject({ introspection: true, suggestions: true });
    expect(loadConfig({ GRAPHQL_INTROSPECTION: "false" })).toMatchObject({ introspection: false, suggestions: true });
  });

  it("allows any CORS origin by default and reads a comma-separated list", () => {
    expect(loadConfig({}).corsOrigins).toBe("*");
    expect(loadConfig({ CORS_ORIGINS: "https://a.example, http://localhost:5173" }).corsOrigins).toEqual([
      "https://a.example",
      "http://localhost:5173",
    ]);
  });

  it("logs at info unless LOG_LEVEL says otherwise", () => {
    expect(loadConfig({}).logLevel).toBe("info");
    expect(loadConfig({ LOG_LEVEL: "DEBUG" }).logLevel).toBe("debug");
  });

  it("names each bad value and what it should be", () => {
    const message = problem({
      MAX_QUERY_COST: "lots",
      GRAPHQL_INTROSPECTION: "maybe",
      CORS_ORIGINS: "example.org/path",
      LOG_LEVEL: "loud",
    });
    expect(message).toContain('MAX_QUERY_COST must be a whole number from 1 to 1000000000, but is "lots"');
    expect(message).toContain('GRAPHQL_INTROSPECTION must be true or false, but is "maybe"');
    expect(message).toContain(
      'CORS_ORIGINS must be * or a comma-separated list of origins like https://example.org (scheme and host, no path), but has "example.org/path"',
    );
    expect(message).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, but is "loud"');
  });

  it("rejects a misspelt MAX_QUERY_ variable and suggests the one meant", () => {
    expect(problem({ MAX_QUERY_DEPT: "5" })).toContain(
      "MAX_QUERY_DEPT is not a setting of this service (did you mean MAX_QUERY_DEPTH?)",
    );
  });
});

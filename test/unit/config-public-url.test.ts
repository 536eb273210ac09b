import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { configProblem as problem } from "../helpers/config-problem.js";

describe("PUBLIC_URL", () => {
  it("is unset by default, so links use http://localhost:<the port the server listens on>", () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
  });

  it("keeps an http(s) base URL, with a path, and drops its trailing slash", () => {
    expect(loadConfig({ PUBLIC_URL: "https://policy.example.org/" }).publicUrl).toBe("https://policy.example.org");
    expect(loadConfig({ PUBLIC_URL: "http://example.org/api/graph//" }).publicUrl).toBe("http://example.org/api/graph");
  });

  it("rejects a value that is not an absolute http(s) URL, naming what it received", () => {
    expect(problem({ PUBLIC_URL: "policy.example.org" })).toContain(
      'PUBLIC_URL must be an absolute http(s) URL such as https://policy-graph.example.org (a path is allowed, no query or fragment), but is "policy.example.org"',
    );
    expect(problem({ PUBLIC_URL: "ftp://example.org" })).toContain("PUBLIC_URL must be an absolute http(s) URL");
    expect(problem({ PUBLIC_URL: "https://example.org/?a=1" })).toContain("PUBLIC_URL must be an absolute http(s) URL");
  });
});

import { spawnSync } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { connect } from "../../src/db/connect.js";
import { StartupError } from "../../src/errors/startup-error.js";
import { freePort } from "../helpers/free-port.js";
import { PROJECT_ROOT, testNeo4j } from "../helpers/neo4j.js";

async function startupError(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return (error as Error).message;
  }
  throw new Error("expected a StartupError");
}

describe("start-up errors", () => {
  it("names the HTTP port that is taken and how to pick another", async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const t = testNeo4j();
      const config = loadConfig({}, {
        port, host: "127.0.0.1", projectRoot: PROJECT_ROOT, seed: "never",
        neo4j: { kind: "external", uri: t.uri, username: t.username ?? "neo4j", password: t.password ?? "" },
      });
      const message = await startupError(() => startApp(config, () => {}));
      expect(message).toContain(`Port ${port} is already in use`);
      expect(message).toContain("set PORT to a free port");
    } finally {
      blocker.close();
    }
  });

  it("retries an unreachable NEO4J_URI for a bounded time, then says how to fix it", async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const message = await startupError(() => connect({ uri, auth: { username: "neo4j", password: "x" }, retryForMs: 1_500 }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(message).toMatch(new RegExp(`Neo4j at ${uri} is not reachable \\(tried \\d+ times over 2 s`));
    expect(message).toContain("unset NEO4J_URI to use the embedded Neo4j");
  });

  it("prints one paragraph and exits 1, without a stack trace, when the environment is bad", () => {
    // As `npm start` runs it: compiled (scripts/build.mjs), then plain node.
    expect(spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: PROJECT_ROOT, timeout: 60_000 }).status).toBe(0);
    const result = spawnSync(process.execPath, ["dist/src/main.js"], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, PORT: "forty", NEO4J_URL: "bolt://x" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT must be a whole number from 0 to 65535, but is "forty"');
    expect(result.stderr).toContain("did you mean NEO4J_URI?");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("wrong credentials", () => {
  it("fail at once, without retrying, with a message naming the user and the fix", async () => {
    const { uri } = testNeo4j();
    const started = Date.now();
    const message = await startupError(() => connect({ uri, auth: { username: "neo4j", password: "wrong" }, retryForMs: 30_000 }));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(message).toContain(`Neo4j at ${uri} refused the credentials for user "neo4j"`);
    expect(message).toContain("Set NEO4J_USERNAME and NEO4J_PASSWORD");
  });
});

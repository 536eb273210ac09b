import { spawnSync } from "node:child_process";
import net from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { connect } from "../../src/db/connect.js";
import { StartupError } from "../../src/errors/startup-error.js";
import { freePort } from "../helpers/free-port.js";
import { openTestDatabase, openTestDriver, PROJECT_ROOT, testNeo4j } from "../helpers/neo4j.js";
import { ensureSeeded } from "../helpers/seeded.js";

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
      const config = loadConfig(
        {},
        {
          port,
          host: "127.0.0.1",
          projectRoot: PROJECT_ROOT,
          seed: "never",
          neo4j: { kind: "external", uri: t.uri, username: t.username ?? "neo4j", password: t.password ?? "" },
        },
      );
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
    const message = await startupError(() =>
      connect({ uri, auth: { username: "neo4j", password: "x" }, retryForMs: 1_500 }),
    );
    // It kept trying (a busy machine is only slower), and it gave up: 1.5 s and one last attempt
    // (whose connection timeout is at most 5 s), with room for a busy machine.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(Date.now() - started).toBeLessThan(30_000);
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
    const lines: string[] = [];
    const started = Date.now();
    const message = await startupError(() =>
      connect({ uri, auth: { username: "neo4j", password: "wrong" }, retryForMs: 30_000, log: (l) => lines.push(l) }),
    );
    // No retry: the first refusal is final (a retry would say "Waiting for Neo4j", and last 30 s).
    expect(lines.filter((l) => l.startsWith("Waiting for Neo4j"))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(message).toContain(`Neo4j at ${uri} refused the credentials for user "neo4j"`);
    expect(message).toContain("Set NEO4J_USERNAME and NEO4J_PASSWORD");
  });
});

describe("start-up on a busy machine", () => {
  const planId = "PolicyDocument:gz-ai-plan-2020-2022";

  beforeAll(async () => {
    const db = await openTestDatabase();
    await ensureSeeded(db);
    await db.close();
  });

  /** Holds a write lock on the plan's node for `ms` in another transaction, as a slow machine would hold up the seed. */
  async function lockPlanFor(ms: number): Promise<{ released: Promise<void> }> {
    const driver = openTestDriver();
    const session = driver.session();
    const tx = session.beginTransaction();
    const { records } = await tx.run("MATCH (d:Entity {id: $id}) SET d.lockProbe = 1 RETURN count(d) AS n", {
      id: planId,
    });
    expect(records[0]?.get("n")).toBe(1);
    // Wrapped: an async function returning a promise would wait for it.
    const released = (async () => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await tx.rollback();
      await session.close();
      await driver.close();
    })();
    return { released };
  }

  function configWith(overrides: { queryTimeoutMs: number; setupTimeoutMs: number }) {
    const t = testNeo4j();
    return loadConfig(
      {},
      {
        port: 0,
        host: "127.0.0.1",
        projectRoot: PROJECT_ROOT,
        seed: "always",
        ...overrides,
        neo4j: { kind: "external", uri: t.uri, username: t.username ?? "neo4j", password: t.password ?? "" },
      },
    );
  }

  it("loads the seed even when it takes far longer than a request may (NEO4J_QUERY_TIMEOUT_MS)", async () => {
    // Neo4j checks timeouts every 2 s: a 4 s wait is past a 200 ms timeout whenever it is checked.
    const { released } = await lockPlanFor(4_000);
    const lines: string[] = [];
    const started = Date.now();
    const app = await startApp(configWith({ queryTimeoutMs: 200, setupTimeoutMs: 120_000 }), (l) => lines.push(l));
    try {
      expect(Date.now() - started, lines.join("\n")).toBeGreaterThanOrEqual(3_500);
      expect(lines).toContain("Loading the seed graph (the first start on an empty database takes a few seconds)…");
      expect(
        lines.some((l) => /^Loaded PolicyDocument:gz-ai-plan-2020-2022: \d+ nodes/.test(l)),
        lines.join("\n"),
      ).toBe(true);
    } finally {
      await app.stop();
      await released;
    }
  }, 60_000);

  it("says in one paragraph which step ran out of NEO4J_SETUP_TIMEOUT_MS and what to do", async () => {
    const { released } = await lockPlanFor(8_000);
    try {
      const message = await startupError(() =>
        startApp(configWith({ queryTimeoutMs: 60_000, setupTimeoutMs: 1_000 }), () => {}),
      );
      expect(message).toMatch(/^Loading the seed graph failed: /);
      expect(message).toContain("NEO4J_SETUP_TIMEOUT_MS (now 1 s)");
      expect(message).toContain("raise it");
      expect(message).not.toMatch(/\n\s+at /);
    } finally {
      await released;
    }
  }, 60_000);
});

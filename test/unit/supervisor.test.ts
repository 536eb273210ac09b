import { describe, expect, it } from "vitest";
import { DatabaseHealth } from "../../src/db/database-health.js";
import type { EmbeddedNeo4j } from "../../src/db/embedded.js";
import { neo4jState } from "../../src/db/neo4j-state.js";
import { EmbeddedSupervisor } from "../../src/db/supervisor.js";

/** A typed stand-in for the JVM handle: `die()` plays a crash. */
class FakeNeo4j implements EmbeddedNeo4j {
  uri = "bolt://127.0.0.1:1";
  auth = { username: "neo4j", password: "unused" };
  passwordFile = "/nonexistent/auth/password";
  stopped = false;
  private listeners: ((how: string) => void)[] = [];
  constructor(readonly pid: number) {}
  async stop() {
    this.stopped = true;
  }
  onExit(listener: (how: string) => void) {
    this.listeners.push(listener);
  }
  die(how = "SIGKILL") {
    for (const l of this.listeners) l(how);
  }
}

function setup(outcomes: ("ok" | "fail")[], maxRestarts = 3) {
  const started: FakeNeo4j[] = [];
  const lines: string[] = [];
  let calls = 0;
  const start = async () => {
    const outcome = calls++ === 0 ? "ok" : (outcomes.shift() ?? "ok");
    if (outcome === "fail") throw new Error(`The embedded Neo4j could not start: the disk holding /x is full\nmore`);
    const n = new FakeNeo4j(100 + calls);
    started.push(n);
    return n;
  };
  const health = new DatabaseHealth(async () => {});
  return {
    start,
    started,
    lines,
    health,
    options: { start, maxRestarts, log: (l: string) => lines.push(l), backoffMs: 1 },
  };
}

describe("EmbeddedSupervisor", () => {
  it("holds the database unavailable with the attempt number while it restarts, then releases it", async () => {
    const s = setup(["fail", "ok"]);
    const supervisor = await EmbeddedSupervisor.start(s.options);
    supervisor.attach(s.health);
    s.started[0]!.die();
    expect(s.health.reason).toBe("Neo4j is restarting (attempt 1 of 3) after it exited (SIGKILL)");
    await supervisor.settled();
    expect(s.health.reason).toBeUndefined();
    expect(supervisor.neo4j).toBe(s.started[1]);
    expect(s.lines).toEqual([
      "Neo4j is restarting (attempt 1 of 3) after it exited (SIGKILL)…",
      "Restarting the embedded Neo4j failed (attempt 1 of 3): The embedded Neo4j could not start: the disk holding /x is full",
      "Neo4j is restarting (attempt 2 of 3) after it exited (SIGKILL)…",
      expect.stringMatching(/^Embedded Neo4j restarted \(attempt 2 of 3\) in \d+\.\d s; serving requests again\.$/),
    ]);
  });

  it("gives up after the bounded number of attempts and says why on the health", async () => {
    const s = setup(["fail", "fail", "fail"]);
    const supervisor = await EmbeddedSupervisor.start(s.options);
    supervisor.attach(s.health);
    s.started[0]!.die("code 137");
    await supervisor.settled();
    expect(s.health.reason).toBe(
      "Neo4j stopped and could not be restarted (3 attempts): The embedded Neo4j could not start: the disk holding /x is full",
    );
    expect(s.lines.filter((l) => l.startsWith("Neo4j is restarting"))).toHaveLength(3);
  });

  it("reports its state as up, restarting, then down once it gave up, with the reason as its failure", async () => {
    const s = setup(["fail", "fail", "fail"]);
    const supervisor = await EmbeddedSupervisor.start(s.options);
    supervisor.attach(s.health);
    expect([supervisor.state, supervisor.failure]).toEqual(["up", undefined]);
    s.started[0]!.die();
    expect([supervisor.state, supervisor.failure]).toEqual(["restarting", undefined]);
    expect(neo4jState(s.health, supervisor)).toBe("restarting");
    await supervisor.settled();
    expect(supervisor.state).toBe("down");
    expect(supervisor.failure).toMatch(/^Neo4j stopped and could not be restarted \(3 attempts\): /);
    expect(neo4jState(s.health, supervisor)).toBe("down");
  });

  it("is up again after a restart that succeeded, with no failure to report", async () => {
    const s = setup(["fail", "ok"]);
    const supervisor = await EmbeddedSupervisor.start(s.options);
    supervisor.attach(s.health);
    s.started[0]!.die();
    await supervisor.settled();
    expect([supervisor.state, supervisor.failure, neo4jState(s.health, supervisor)]).toEqual(["up", undefined, "up"]);
  });

  it("does not restart a Neo4j that it was asked to stop", async () => {
    const s = setup([]);
    const supervisor = await EmbeddedSupervisor.start(s.options);
    supervisor.attach(s.health);
    await supervisor.stop();
    s.started[0]!.die();
    await supervisor.settled();
    expect(s.started).toHaveLength(1);
    expect(s.started[0]!.stopped).toBe(true);
    expect(s.health.reason).toBeUndefined();
  });
});

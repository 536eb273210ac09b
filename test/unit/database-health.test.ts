import { describe, expect, it } from "vitest";
import { DatabaseHealth } from "../../src/db/database-health.js";
import { ClientError } from "../../src/errors/client-errors.js";

describe("DatabaseHealth", () => {
  it("fails fast with UNAVAILABLE once a call found the server unreachable, cancels calls in flight, and closes when the probe answers", async () => {
    let reachable = false;
    const lines: string[] = [];
    const health = new DatabaseHealth(
      async () => {
        if (!reachable) throw new Error("ECONNREFUSED");
      },
      (l) => lines.push(l),
    );
    const inFlight = health.signal;

    health.reportUnreachable("bolt://db:7687");
    expect(inFlight.aborted).toBe(true);
    expect((inFlight.reason as ClientError).extensions.code).toBe("UNAVAILABLE");
    expect(() => health.assertAvailable()).toThrow(/Neo4j at bolt:\/\/db:7687 is not reachable/);
    expect(health.signal.aborted).toBe(false); // calls after recovery get a fresh signal

    reachable = true;
    await expect.poll(() => health.reason, { timeout: 5_000 }).toBeUndefined();
    expect(lines).toEqual([expect.stringContaining("not reachable"), "Neo4j answers again; serving requests."]);
    health.close();
  });

  it("lets the supervisor's reason win over the probe's until the supervisor releases it", () => {
    const health = new DatabaseHealth(async () => {});
    health.hold("Neo4j is restarting (attempt 1 of 5)");
    health.reportUnreachable("bolt://127.0.0.1:7687");
    expect(health.reason).toBe("Neo4j is restarting (attempt 1 of 5)");
    health.hold(undefined);
    expect(health.reason).toBeUndefined();
    health.close();
  });
});

import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { NewShapeBudget, NewShapeLimitError, subqueriesOf } from "../../src/db/new-shape-budget.js";

/** A generated statement with `n` COLLECT subqueries side by side, its text varied by `variant`. */
function statement(n: number, variant: string): string {
  const collects = Array.from(
    { length: n },
    (_, i) =>
      `COLLECT { MATCH (a)-[r${i}:\`SUPPORTS\`]->(n${i}:Platform) WITH r${i}, n${i} ORDER BY n${i}.ord RETURN [n${i}.\`${variant}\`] }`,
  );
  return `UNWIND $p0 AS pid MATCH (a:Entity {id: pid}) RETURN 0 AS b, pid AS id, null AS self, [${collects.join(", ")}] AS kids`;
}

function refusal(f: () => void): NewShapeLimitError {
  try {
    f();
  } catch (error) {
    if (error instanceof NewShapeLimitError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("NewShapeBudget", () => {
  it("counts a statement's COLLECT subqueries, at least one", () => {
    expect(subqueriesOf(statement(28, "name"))).toBe(28);
    expect(subqueriesOf("MATCH (n:Entity) RETURN n.id")).toBe(1);
  });

  it("charges a client for new shapes only, and refuses past its minute with 429, Retry-After and the numbers", () => {
    let now = 1_000_000;
    const budget = new NewShapeBudget(20, () => now);
    budget.admit("a", statement(12, "name"));
    for (let i = 0; i < 5; i++) budget.admit("a", statement(12, "name")); // the same shape again: free
    now += 10_000;
    budget.admit("a", statement(6, "nameEn")); // 18 of 20
    const error = refusal(() => budget.admit("a", statement(3, "id")));
    expect(error.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      limit: "newShapes",
      maximum: 20,
      actual: 21,
      retryAfterSeconds: 50,
    });
    expect((error.extensions.http as { status: number; headers: Map<string, string> }).status).toBe(429);
    expect((error.extensions.http as { headers: Map<string, string> }).headers.get("retry-after")).toBe("50");
    expect(error.message).toMatch(
      /new shape \(3 subqueries\), and this client has spent 18 of its 20 per minute .*NEW_SHAPE_SUBQUERIES_PER_MINUTE.*try again in 50 s\.$/,
    );
    // Shapes already planned still run, and other clients have their own minute.
    budget.admit("a", statement(6, "nameEn"));
    budget.admit("b", statement(12, "kind"));
    // A minute after the first shape, its 12 subqueries are free again.
    now += 50_001;
    budget.admit("a", statement(3, "id"));
  });

  it("lets a shape larger than the whole budget run when the client has spent nothing in the last minute", () => {
    let now = 0;
    const budget = new NewShapeBudget(10, () => now);
    budget.admit("a", statement(28, "name"));
    expect(refusal(() => budget.admit("a", statement(1, "id"))).extensions.retryAfterSeconds).toBe(60);
    now += 60_001;
    budget.admit("a", statement(1, "id"));
  });

  it("does not remember a refused shape as planned: it is charged when it runs later", () => {
    let now = 0;
    const budget = new NewShapeBudget(5, () => now);
    budget.admit("a", statement(5, "name"));
    refusal(() => budget.admit("a", statement(4, "id")));
    now += 60_001;
    budget.admit("a", statement(4, "id"));
    expect(refusal(() => budget.admit("a", statement(2, "kind"))).extensions.actual).toBe(6);
  });

  it("defaults to 120 subqueries a minute, read from NEW_SHAPE_SUBQUERIES_PER_MINUTE (0: no budget)", () => {
    expect(loadConfig({}).newShapeSubqueriesPerMinute).toBe(120);
    expect(loadConfig({ NEW_SHAPE_SUBQUERIES_PER_MINUTE: "0" }).newShapeSubqueriesPerMinute).toBe(0);
  });
});

import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { executeCypher, openTestDriver, testNeo4j } from "../helpers/neo4j.js";

// The embedded Neo4j's password is random and long, so its failed-login lockout only helped an
// attacker: any local process could lock the service's own user out by guessing.
describe.skipIf(process.env.NEO4J_URI !== undefined)("password guessing on the embedded Neo4j's Bolt port", () => {
  it("does not lock the service's user out", async () => {
    const { uri } = testNeo4j();
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const guess = neo4j.driver(uri, neo4j.auth.basic("neo4j", `guess-${i}`));
      try {
        await guess.verifyAuthentication().then(
          (ok) => codes.push(ok ? "accepted" : "refused"),
          (e: { code?: string }) => codes.push(e.code ?? "?"),
        );
      } finally {
        await guess.close();
      }
    }
    // Each guess is refused as a wrong password, never as "too many attempts".
    expect(codes.filter((c) => c !== "refused" && c !== "Neo.ClientError.Security.Unauthorized")).toEqual([]);
    const driver = openTestDriver();
    try {
      expect(await executeCypher(driver, "RETURN 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await driver.close();
    }
  });
});

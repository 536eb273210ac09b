import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Driver, Transaction } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../src/db/connect.js";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import { Database, type DatabaseOptions } from "../../src/db/database.js";
import { ClientError } from "../../src/errors/client-errors.js";
import { requestScope } from "../../src/http/request-scope.js";
import { executeCypher, openTestDriver, testNeo4j } from "../helpers/neo4j.js";

// The door's bounds, tested on the real Neo4j with statements of the fixture folder: a slow read
// (CPU for seconds) and a write that waits on a lock the test holds (no CPU, as long as the test
// wants). Each request's transactions must be gone from SHOW TRANSACTIONS once it is cancelled.
const FIXTURES = CypherStatements.load(path.join(import.meta.dirname, "fixtures", "cypher"));

let admin: Driver;
const opened: Database[] = [];
const held: Transaction[] = [];
const servers: http.Server[] = [];

async function openDoor(
  options: Partial<DatabaseOptions> = {},
  pool?: { maxConnections: number; acquireTimeoutMs: number },
): Promise<Database> {
  const t = testNeo4j();
  const driver = await connect({
    uri: t.uri,
    auth: t.username !== undefined ? { username: t.username, password: t.password ?? "" } : undefined,
    retryForMs: 10_000,
    pool: pool && { ...pool, retryTimeMs: 0 },
  });
  const db = new Database(driver, FIXTURES, { queryTimeoutMs: 60_000, ...options });
  opened.push(db);
  return db;
}

/** Transactions whose query text contains `marker`, other than the SHOW itself. */
async function transactionsRunning(marker: string): Promise<string[]> {
  const rows = await executeCypher(
    admin,
    "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $marker AND NOT currentQuery STARTS WITH 'SHOW' RETURN transactionId",
    { marker },
  );
  return rows.map((r) => String(r.transactionId));
}

async function waitFor(what: string, check: () => Promise<boolean>, withinMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > withinMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Locks the fixture node `id` in an open transaction of the admin driver until the test ends. */
async function holdLock(id: string): Promise<void> {
  await executeCypher(admin, "MERGE (:DbDoorLockFixture {id: $id})", { id });
  const tx = admin.session().beginTransaction();
  await tx.run("MATCH (n:DbDoorLockFixture {id: $id}) SET n.held = true", { id });
  held.push(tx);
}

function codeOf(error: unknown): unknown {
  return error instanceof ClientError ? error.extensions.code : error;
}

beforeAll(() => {
  admin = openTestDriver();
});
afterEach(async () => {
  for (const server of servers.splice(0)) server.close();
  for (const tx of held.splice(0)) await tx.rollback().catch(() => {});
  for (const db of opened.splice(0)) await db.close();
});
afterAll(async () => {
  await executeCypher(admin, "MATCH (n:DbDoorLockFixture) DELETE n");
  await admin.close();
});

describe("a request's database work", () => {
  /** A bare HTTP server whose every request runs `statement` through its own request door. */
  async function serve(db: Database, statement: string, params: Record<string, unknown>, requestTimeoutMs: number) {
    const outcomes: unknown[] = [];
    const server = http.createServer((req, res) => {
      const door = db.forRequest(requestScope(req, res, { requestTimeoutMs }));
      door.read(statement, params).then(
        (rows) => res.end(JSON.stringify(rows)),
        (error: unknown) => {
          outcomes.push(error);
          res.end(JSON.stringify({ code: codeOf(error), message: (error as Error).message }));
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, outcomes };
  }

  it("is terminated on the server when the client goes away, and the call fails with UNAVAILABLE at once", async () => {
    const db = await openDoor();
    const { url, outcomes } = await serve(db, "count-slowly", { slowFixtureUpTo: 2_000_000_000 }, 60_000);
    const client = new AbortController();
    const request = fetch(url, { signal: client.signal }).catch(() => "aborted");
    await waitFor("the slow read to run", async () => (await transactionsRunning("slowFixtureUpTo")).length === 1);

    client.abort();
    expect(await request).toBe("aborted");
    await waitFor("the call to fail", async () => outcomes.length === 1);
    expect(codeOf(outcomes[0])).toBe("UNAVAILABLE");
    await waitFor("the slow read to be gone", async () => (await transactionsRunning("slowFixtureUpTo")).length === 0);
  });

  it("is terminated when the request's time budget runs out, and the client is told the budget", async () => {
    const db = await openDoor();
    const { url } = await serve(db, "count-slowly", { slowFixtureUpTo: 2_000_000_000 }, 700);
    const answer = (await (await fetch(url)).json()) as { code: string; message: string };
    expect(answer.code).toBe("UNAVAILABLE");
    expect(answer.message).toContain("time budget of 700 ms");
    await waitFor("the slow read to be gone", async () => (await transactionsRunning("slowFixtureUpTo")).length === 0);
  });

  it("counts its own round trips, and the service-wide door counts them too", async () => {
    const db = await openDoor();
    const before = db.roundTrips;
    const request = db.forRequest({ signal: new AbortController().signal, clientId: "a" });
    await request.read("return-one");
    await request.read("return-one");
    expect(request.roundTrips).toBe(2);
    expect(db.roundTrips - before).toBe(2);
  });
});

describe("the fair share of each client", () => {
  it("answers another client's simple query while one client floods the database with blocked queries, and refuses the flood with UNAVAILABLE", async () => {
    const db = await openDoor(
      { perClient: { concurrency: 2, queue: 3, waitMs: 1_000 } },
      { maxConnections: 4, acquireTimeoutMs: 20_000 },
    );
    await holdLock("flood");
    const flooder = db.forRequest({ signal: new AbortController().signal, clientId: "10.0.0.1" });
    const settled: number[] = [];
    const flood = Array.from({ length: 20 }, (_, i) =>
      flooder
        .write("touch-lock-fixture", { id: "flood" })
        .then(() => "ok", codeOf)
        .finally(() => settled.push(i)),
    );
    await waitFor(
      "two blocked writes of the flooder",
      async () => (await transactionsRunning("DbDoorLockFixture")).length === 2,
    );

    const other = db.forRequest({ signal: new AbortController().signal, clientId: "10.0.0.2" });
    expect(await other.read("return-one")).toEqual([{ one: 1 }]);
    expect(db.slots.usage("10.0.0.1").running).toBe(2);

    // Beyond 2 running and 3 waiting the flood is refused at once; the waiting 3 give up after 1 s.
    // "At once" is an order, not a time on a possibly busy machine: all 15 refusals come before
    // the first of the 3 gives up.
    expect(await Promise.all(flood.slice(5))).toEqual(Array(15).fill("UNAVAILABLE"));
    expect(await Promise.all(flood.slice(2, 5))).toEqual(Array(3).fill("UNAVAILABLE"));
    expect(settled.slice(0, 15).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 5));
  });

  it("turns a pool with no free connection in time into UNAVAILABLE, not an internal error", async () => {
    const db = await openDoor(
      { perClient: { concurrency: 5, queue: 5, waitMs: 5_000 } },
      { maxConnections: 1, acquireTimeoutMs: 300 },
    );
    await db.read("return-one"); // opens the pool's one connection now: on a busy machine that can take longer than 300 ms
    await holdLock("pool");
    const blocked = db
      .forRequest({ signal: new AbortController().signal, clientId: "x" })
      .write("touch-lock-fixture", { id: "pool" })
      .catch(codeOf);
    await waitFor("the blocked write", async () => (await transactionsRunning("DbDoorLockFixture")).length === 1);
    const error = await db
      .forRequest({ signal: new AbortController().signal, clientId: "y" })
      .read("return-one")
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("UNAVAILABLE");
    expect((error as Error).message).toMatch(/connection.*busy/i);
    for (const tx of held.splice(0)) await tx.rollback();
    expect(await blocked).toEqual([{ id: "pool" }]);
  });
});

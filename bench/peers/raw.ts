import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";
import { NO_AUTH, type Neo4jAuth, type RunningPeer } from "./peer.js";

const CYPHER_DIR = path.join(import.meta.dirname, "..", "cypher", "raw");

/** Hand-written statements of the floor, one per workload, read from bench/cypher/raw/<name>.cypher. */
export function rawStatements(): Map<string, string> {
  return new Map(
    fs
      .readdirSync(CYPHER_DIR)
      .filter((f) => f.endsWith(".cypher"))
      .map((f) => [f.replace(/\.cypher$/, ""), fs.readFileSync(path.join(CYPHER_DIR, f), "utf8")]),
  );
}

/**
 * The floor: a bare node:http server that answers `POST /<workload>` with body `{params}` by running
 * that workload's ONE hand-written Cypher statement in a read transaction and returning its rows as
 * JSON. No GraphQL, no framework: what is left is the database and the driver.
 */
export async function startRaw(boltUri: string, auth: Neo4jAuth = NO_AUTH): Promise<RunningPeer> {
  const statements = rawStatements();
  const driver = neo4j.driver(boltUri, neo4j.auth.basic(auth.username, auth.password), {
    disableLosslessIntegers: true,
  });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const statement = statements.get((req.url ?? "/").slice(1));
      if (!statement) {
        res.writeHead(404).end();
        return;
      }
      try {
        const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
        const { records } = await driver.executeQuery(statement, toIntegers(body.params ?? {}), {
          routing: neo4j.routing.READ,
        });
        const json = JSON.stringify({ rows: records.map((r) => r.toObject()) });
        res.writeHead(200, { "content-type": "application/json" }).end(json);
      } catch (error) {
        res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    name: "raw",
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}

/** Whole JS numbers as Cypher INTEGERs (the driver sends every number as FLOAT otherwise). */
function toIntegers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isSafeInteger(v) ? neo4j.int(v) : v]),
  );
}

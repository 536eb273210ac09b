// Measures what a client sees when the embedded Neo4j's JVM is killed (SIGKILL): how long a
// request takes to be refused with UNAVAILABLE, what /ready says, and how long until the service
// answers again by itself. Starts its own service on free ports and a temporary data folder.
// Usage: npx tsx scripts/measure-db-failure.ts
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";

const QUERY = JSON.stringify({ query: "{ documents(first: 1) { totalCount } }" });

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function query(url: string): Promise<{ ms: number; code: string; message?: string }> {
  const t0 = performance.now();
  const body = (await (
    await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: QUERY })
  ).json()) as {
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return {
    ms: Math.round(performance.now() - t0),
    code: body.errors?.[0]?.extensions?.code ?? "OK",
    message: body.errors?.[0]?.message,
  };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "measure-db-failure-"));
const config = loadConfig(
  {},
  {
    port: 0,
    host: "127.0.0.1",
    queryTimeoutMs: 60_000,
    neo4j: { kind: "embedded", boltPort: await freePort(), dataDir, heapMb: 512, pageCacheMb: 128 },
  },
);
const app = await startApp(config, (line) => console.log(`  [service] ${line}`));
try {
  console.log(`before: ${JSON.stringify(await query(app.url))}`);
  const killedAt = performance.now();
  process.kill(app.embedded!.neo4j.pid, "SIGKILL");
  const during: { ms: number; code: string; message?: string }[] = [];
  let first: number | undefined;
  while (during.length < 20) {
    const r = await query(app.url);
    if (r.code === "UNAVAILABLE") {
      first ??= performance.now() - killedAt;
      during.push(r);
    }
  }
  const ready = await fetch(`${app.url}/ready`);
  console.log(`first UNAVAILABLE answered ${first!.toFixed(0)} ms after the kill`);
  const rest = during.slice(1).map((d) => d.ms);
  console.log(
    `the request in flight at the kill took ${during[0]!.ms} ms; the next ${rest.length}: slowest ${Math.max(...rest)} ms, median ${rest.sort((a, b) => a - b)[rest.length >> 1]} ms`,
  );
  console.log(`all refused with ${[...new Set(during.map((d) => d.code))].join()}: "${during[1]!.message}"`);
  console.log(`/ready while down: ${ready.status} ${await ready.text()}`);
  while ((await fetch(`${app.url}/ready`)).status !== 200) await new Promise((r) => setTimeout(r, 100));
  console.log(`/ready 200 again ${((performance.now() - killedAt) / 1000).toFixed(1)} s after the kill`);
  for (let i = 0; i < 3; i++) console.log(`query after recovery: ${JSON.stringify(await query(app.url))}`);
} finally {
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

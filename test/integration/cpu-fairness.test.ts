import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { ExportFormat } from "../../src/export/export-format.js";
import { renderTask } from "../../src/export/render-task.js";
import { HEAVY_EXPORTS, measureCpuFairness } from "../../bench/lib/cpu-fairness.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { useSeededGraph } from "../helpers/seeded.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

// Issue 20: four concurrent requests of five aliased whole-graph GEXF exports took another client's
// trivial query from p50 10 ms to p50 2.35 s, because rendering ran on the event loop. Exports now
// render in a worker thread, read and rendered in their client's turn (src/export/render-pool.ts),
// and their rendering counts in the cost (src/graphql/limits/render-cost.ts).

const graph = useSeededGraph();
let seedItems: number;
beforeAll(async () => {
  await graph.resetToSeed();
  const [counts] = await graph.cypher(
    "CALL () { MATCH (n:Entity) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  seedItems = Number(counts!.nodes) + Number(counts!.rels);
});

describe("another client's trivial query beside heavy exports", () => {
  let app: RunningApp;
  beforeAll(async () => {
    // The cost limit raised so that the exact load runs: what keeps the other client
    // answered here is the render pool alone, not the cost limit refusing the exports.
    app = await startServer({ MAX_QUERY_COST: "1000000", RENDER_WORKERS: "1" });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("stays fast while one client sends 5 aliased whole-graph GEXF exports at concurrency 4", async () => {
    const r = await measureCpuFairness({
      url: app.url.replace("localhost", "127.0.0.1"),
      baselineSec: 4,
      hostileSec: 20,
    });
    console.log(
      `cpu fairness: trivial client alone p50 ${r.before.p50Ms.toFixed(1)} / p99 ${r.before.p99Ms.toFixed(1)} ms (${r.before.requests}); ` +
        `beside the exports p50 ${r.during.p50Ms.toFixed(1)} / p99 ${r.during.p99Ms.toFixed(1)} / max ${r.during.maxMs.toFixed(0)} ms (${r.during.requests}); ` +
        `heavy client ${r.heavy.ok} answered (${r.heavy.okPerSec.toFixed(2)}/s), p50 ${r.heavy.p50Ms.toFixed(0)} ms, refused ${JSON.stringify(r.heavy.refused)}`,
    );
    // The heavy load really ran: its exports were answered, slowly.
    expect(r.heavy.ok).toBeGreaterThan(3);
    expect(r.before.ok).toBe(r.before.requests);
    expect(r.during.ok).toBe(r.during.requests);
    // Before: p50 2.35 s (the exports rendered on the event loop); now about 10 ms on an idle machine.
    // The bounds only have to catch that regression, so they are loose: a 2-core machine busy with
    // other work meets them. The soak reports p99 against 100 ms.
    expect(r.during.requests).toBeGreaterThan(20);
    expect(r.during.p50Ms).toBeLessThan(500);
    expect(r.during.p99Ms).toBeLessThan(2_000);
  }, 120_000);
});

describe("the cost of an export counts its rendering", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startServer();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("refuses the issue's five whole-graph GEXF exports at the default limit, costed by the graph's size", async () => {
    const res = await executeGraphQL(app.url, HEAVY_EXPORTS);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    // Each: the read (2,000), GEXF's 10 an item for every node and relationship of the graph, and 1 for its `text`.
    expect(res.errors![0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", limit: "cost", maximum: 20_000, actual: 5 * (2000 + 10 * seedItems + 1) },
    });
  });

  it("answers fewer of them, within the limit", async () => {
    const res = await executeGraphQL(
      app.url,
      "{ a: graph(format: GEXF) { text } b: graph(format: GEXF, gexfVersion: V1_3) { text } c: graph(format: CYTOSCAPE) { json } }",
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.a.text).toMatch(/^<\?xml/);
    expect(res.data!.c.json.elements.nodes.length).toBeGreaterThan(100);
  });
});

/** Twelve relationship lists of a task side by side (one statement, 12 COLLECT subqueries), each reading `fields` (and always `id`). */
function broad(fields: string): string {
  const lists = ["platforms", "zones", "technologies", "domains", "organizations", "agencies"];
  return `{ node(id: "Task:gz-ai-plan-2020-2022/task-01") { ... on Task { ${Array.from({ length: 12 }, (_, i) => `a${i}: ${lists[i % 6]} { ${fields} }`).join(" ")} } } }`;
}

describe("new query shapes", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startServer({ NEW_SHAPE_SUBQUERIES_PER_MINUTE: "30", CLIENT_ID_HEADER: "X-Forwarded-For" });
  });
  afterAll(async () => {
    await app?.stop();
  });
  const from = (client: string) => ({ "x-forwarded-for": client });

  it("refuses a client's third new 12-subquery shape within a minute with 429, still answering shapes already planned and other clients", async () => {
    const first = await executeGraphQL(app.url, broad("name"), {}, from("198.51.100.1"));
    expect(first.errors).toBeUndefined();
    expect((await executeGraphQL(app.url, broad("name nameEn"), {}, from("198.51.100.1"))).errors).toBeUndefined();

    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...from("198.51.100.1") },
      body: JSON.stringify({ query: broad("nameEn") }),
    });
    expect(res.status).toBe(429);
    // When the first shape's charge leaves the client's minute.
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    const body = (await res.json()) as {
      data?: { node: unknown };
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.data?.node ?? null).toBeNull();
    expect(body.errors[0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      limit: "newShapes",
      maximum: 30,
      actual: 36,
    });
    expect(body.errors[0]!.message).toMatch(
      /new shape \(12 subqueries\), and this client has spent 24 of its 30 per minute .*pass values as variables/,
    );

    // A shape Neo4j has planned costs nothing, whoever sent it; another client has its own minute.
    expect((await executeGraphQL(app.url, broad("name"), {}, from("198.51.100.1"))).data).toEqual(first.data);
    expect((await executeGraphQL(app.url, broad("nameEn"), {}, from("198.51.100.2"))).errors).toBeUndefined();
  });
});

describe("the compiled service's render worker", () => {
  it("renders in dist/ as under tsx: the worker entry is compiled beside the pool", async () => {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, "scripts", "build.mjs")], { stdio: "ignore" });
    const task = {
      kind: "subgraph" as const,
      graph: { nodes: [{ id: "Task:fiction/t-1", label: "Task", name: "虚构任务" }], edges: [] },
      format: ExportFormat.GRAPHML,
      publicUrl: "http://localhost:4000",
    };
    const script = `const { RenderPool } = await import(${JSON.stringify(path.join(PROJECT_ROOT, "dist/src/export/render-pool.js"))});
      const pool = new RenderPool({ workers: 1, queuePerClient: 1 });
      process.stdout.write(await pool.render({ clientId: "x" }, async () => (${JSON.stringify(task)})));
      await pool.close();`;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-render-")), "render.mjs");
    fs.writeFileSync(file, script);
    try {
      expect(execFileSync(process.execPath, [file], { encoding: "utf8" })).toBe(await renderTask(task));
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  }, 60_000);
});

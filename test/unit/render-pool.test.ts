import os from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { ClientError } from "../../src/errors/client-errors.js";
import { ExportFormat } from "../../src/export/export-format.js";
import { FairSlots } from "../../src/export/fair-slots.js";
import { RenderPool, SLOTS_PER_WORKER } from "../../src/export/render-pool.js";
import { type RenderTask, renderTask } from "../../src/export/render-task.js";
import type { Subgraph } from "../../src/subgraph/subgraph.js";
import { RdfFormat } from "../../src/rdf/index.js";

const codeOf = (e: unknown) => (e instanceof ClientError ? e.extensions.code : e);

/**
 * A fictional graph of `n` tasks of an invented plan, each with a long name, a few properties and
 * evidence, linked in a chain and to one invented agency: about what the seed's nodes carry.
 */
function inventedGraph(n: number): Subgraph {
  const plan = "PolicyDocument:fiction-plan-2031";
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `Task:fiction-plan-2031/task-${i}`,
    label: "Task",
    name: `虚构任务${i}：推进"智能+"示范应用，建设<试点>平台 & 公共服务体系`,
    nameEn: `Invented task ${i}`,
    properties: {
      ordinal: i,
      example: true,
      evidence: [
        { documentId: plan, quote: `虚构引文${i}`, start: i * 10, end: i * 10 + 6, rawStart: null, rawEnd: null },
      ],
    },
  }));
  nodes.push({
    id: "Agency:fiction-bureau",
    label: "Agency",
    name: "虚构市数据局",
    nameEn: "Invented Data Bureau",
    properties: { ordinal: 0, example: true, evidence: [] },
  });
  const edges: Subgraph["edges"] = nodes.slice(1, n).flatMap((node, i) => [
    {
      id: `NEXT|${nodes[i]!.id}|${node.id}`,
      source: nodes[i]!.id,
      target: node.id,
      type: "MENTIONS",
      properties: { role: "LEAD", position: 0 },
    },
    {
      id: `RESPONSIBLE|Agency:fiction-bureau|${node.id}`,
      source: "Agency:fiction-bureau",
      target: node.id,
      type: "RESPONSIBLE",
      properties: { role: "LEAD", position: i },
    },
  ]);
  return { nodes, edges };
}

const task = (graph: Subgraph, format = ExportFormat.GEXF): RenderTask => ({
  kind: "subgraph",
  graph,
  format,
  publicUrl: "http://localhost:4000",
});

/** Runs `work` while timing the event loop: the longest gap between ticks of a 2 ms timer. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 2);
  try {
    const result = await work();
    return { result, stallMs: Math.max(stallMs, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

describe("FairSlots", () => {
  it("gives a freed slot to the client holding the fewest, so another client never waits behind a flood", async () => {
    const slots = new FairSlots(2, 10, "exports");
    const order: string[] = [];
    const flood = await Promise.all([slots.acquire("flood"), slots.acquire("flood")]);
    const waiting = [
      ...[1, 2, 3].map((i) => slots.acquire("flood").then((release) => (order.push(`flood ${i}`), release))),
      slots.acquire("other").then((release) => (order.push("other"), release)),
    ];
    expect(slots.usage).toEqual({ running: 2, waiting: 4 });
    flood[0]!();
    await Promise.resolve();
    expect(order).toEqual(["other"]); // arrived last, served first: it held nothing
    flood[1]!();
    for (const w of waiting) (await w)();
    expect(order).toEqual(["other", "flood 1", "flood 2", "flood 3"]);
    expect(slots.usage).toEqual({ running: 0, waiting: 0 });
  });

  it("takes turns between clients holding as many, even with one slot and one client's queue full first", async () => {
    const slots = new FairSlots(1, 10, "exports");
    const order: string[] = [];
    const first = await slots.acquire("a");
    const queued = [
      ...[1, 2, 3].map((i) => slots.acquire("a").then((release) => (order.push(`a${i}`), release()))),
      ...[1, 2].map((i) => slots.acquire("b").then((release) => (order.push(`b${i}`), release()))),
    ];
    first();
    await Promise.all(queued);
    expect(order).toEqual(["b1", "a1", "b2", "a2", "a3"]);
  });

  it("refuses a client's waiter beyond its queue with UNAVAILABLE, and one whose request ended with the reason", async () => {
    const slots = new FairSlots(1, 1, "exports");
    const held = await slots.acquire("a");
    const ended = new AbortController();
    const waiter = slots.acquire("a", ended.signal);
    const refused = await slots.acquire("a").catch((e: unknown) => e);
    expect(codeOf(refused)).toBe("UNAVAILABLE");
    expect((refused as Error).message).toMatch(
      /Too many exports from this client at once \(1 running and 1 waiting; 1 may wait\)/,
    );
    ended.abort(new Error("the request ended"));
    await expect(waiter).rejects.toThrow("the request ended");
    held();
  });
});

// Renders of a few thousand items take seconds on a loaded 2-core machine, under tsx.
describe("RenderPool", { timeout: 60_000 }, () => {
  const pool = new RenderPool({ workers: 1, queuePerClient: 4 });
  afterAll(() => pool.close());

  it("renders in a worker thread exactly what renders in place, for every format and RDF", async () => {
    const graph = inventedGraph(20);
    for (const format of Object.values(ExportFormat)) {
      expect(await pool.render({ clientId: "a" }, async () => task(graph, format))).toBe(
        await renderTask(task(graph, format)),
      );
    }
    const full = {
      nodes: graph.nodes.map((n) => ({ id: n.id, label: n.label, props: { id: n.id, name: n.name, kind: n.label } })),
      relationships: [],
    };
    const rdf: RenderTask = { kind: "rdf", graph: full, format: RdfFormat.TURTLE, publicUrl: "http://localhost:4000" };
    expect(await pool.render({ clientId: "a" }, async () => rdf)).toBe(await renderTask(rdf));
  });

  it("keeps the event loop turning while a heavy render runs, which in place it would stall for the whole render", async () => {
    const graph = inventedGraph(600);
    await pool.render({ clientId: "a" }, async () => task(inventedGraph(5))); // the worker is started
    const inPlace = await longestStall(() => renderTask(task(graph)));
    const pooled = await longestStall(() => pool.render({ clientId: "a" }, async () => task(graph)));
    expect(pooled.result).toBe(inPlace.result);
    expect(inPlace.stallMs).toBeGreaterThan(200);
    // What is left on the event loop is copying the graph to the worker and the text back.
    expect(pooled.stallMs).toBeLessThan(inPlace.stallMs / 3);
  });

  it("reads an export only in its client's turn, and refuses a client's exports beyond its queue with UNAVAILABLE", async () => {
    const reading: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow = (who: string) => async () => {
      reading.push(who);
      await gate;
      return task(inventedGraph(3));
    };
    // One worker: SLOTS_PER_WORKER floods read, four more wait (the client's queue), the next is refused.
    const flood = Array.from({ length: SLOTS_PER_WORKER + 5 }, (_, i) =>
      pool.render({ clientId: "flood" }, slow(`flood ${i}`)).catch(codeOf),
    );
    const other = pool.render({ clientId: "other" }, slow("other"));
    await new Promise((r) => setTimeout(r, 20));
    expect(reading).toEqual(Array.from({ length: SLOTS_PER_WORKER }, (_, i) => `flood ${i}`));
    expect(await flood[SLOTS_PER_WORKER + 4]).toBe("UNAVAILABLE");
    open();
    await other;
    expect(reading.indexOf("other")).toBe(SLOTS_PER_WORKER); // next after those already reading, before the four waiting
    const done = await Promise.all(flood.slice(0, SLOTS_PER_WORKER + 4));
    expect(done.every((text) => typeof text === "string" && text.startsWith("<?xml"))).toBe(true);
  });

  it("stops a render whose request ended and renders the next in a fresh worker; a render that fails or cannot be sent is an error, not a crash", async () => {
    const ended = new AbortController();
    const abandoned = pool.render({ clientId: "a", signal: ended.signal }, async () =>
      task(inventedGraph(3000), ExportFormat.GRAPHML),
    );
    setTimeout(() => ended.abort(new Error("the client went away")), 50);
    await expect(abandoned).rejects.toThrow("the client went away");
    const broken: RenderTask = {
      kind: "subgraph",
      graph: inventedGraph(2),
      format: "PNG" as ExportFormat,
      publicUrl: "http://localhost:4000",
    };
    await expect(pool.render({ clientId: "a" }, async () => broken)).rejects.toThrow(
      /could not be rendered: TypeError: Expected an ExportFormat/,
    );
    const uncopyable = task({
      nodes: [{ id: "Task:fiction/t", label: "Task", name: "虚构", properties: { f: (() => 1) as never } }],
      edges: [],
    });
    await expect(pool.render({ clientId: "a" }, async () => uncopyable)).rejects.toThrow(/could not be cloned/);
    expect(await pool.render({ clientId: "a" }, async () => task(inventedGraph(2)))).toMatch(/^<\?xml/);
    expect(pool.usage).toEqual({ running: 0, waiting: 0 });
  });
});

describe("render settings", () => {
  it("default to half the cores (one on two, at most four) and 32 waiting exports per client, and read RENDER_WORKERS and RENDER_QUEUE_PER_CLIENT", () => {
    expect(loadConfig({}).renders).toEqual({
      workers: Math.max(1, Math.min(4, Math.floor(os.availableParallelism() / 2))),
      queuePerClient: 32,
    });
    expect(loadConfig({ RENDER_WORKERS: "3", RENDER_QUEUE_PER_CLIENT: "0" }).renders).toEqual({
      workers: 3,
      queuePerClient: 0,
    });
    expect(() => loadConfig({ RENDER_WORKERS: "0" })).toThrow(
      /RENDER_WORKERS must be a whole number from 1 to 64, but is "0"/,
    );
  });
});

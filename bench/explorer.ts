// `npm run bench:explorer`: how fast the explorer page is, in Debian's headless Chromium, on the
// seed graph plus the four example documents (about 200 nodes, all on screen in the first view).
// It starts its own embedded Neo4j in a temporary folder and the service on a free port, so it
// touches neither `.data/` nor a running `npm start`.
//
// Measured, each over several runs (median, min–max):
//   - navigation → first drawn graph (window.explorerTimings.firstDraw), with a fresh browser
//     profile (cold: nothing cached) and again in the same profile (warm: libraries cached);
//   - bytes transferred by each load (Resource Timing transferSize of the page, its files and
//     its GraphQL requests);
//   - expanding a hub (the Guangzhou plan): mouse click → its neighbours drawn and its details
//     shown, in the whole-graph view and from a view where its neighbours are not drawn yet.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { startApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { launchChromium } from "../test/helpers/browser.js";
import { PROJECT_ROOT, startBenchNeo4j } from "./lib/neo4j.js";
import { median } from "./lib/stats.js";

// page.evaluate's functions run in the browser; the project compiles without the DOM library.
declare const window: any;
declare const performance: { getEntriesByType(type: string): { name: string; transferSize: number }[] };

const RUNS = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 5);
const HUB = "PolicyDocument:gz-ai-plan-2020-2022";
/** A view with the hub drawn but not its neighbours: the plan's first action and its neighbours. */
const FIRST_ACTION = "Action:gz-ai-plan-2020-2022/action-1";
const TOKEN = "bench-explorer-ingest-token";

const summary = (xs: number[], unit: string) =>
  `${Math.round(median(xs))} ${unit} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;

async function loadTimes(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector("body[data-ready]", { timeout: 60_000 });
  return page.evaluate(() => {
    const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
    const w = window as any;
    return {
      firstDraw: w.explorerTimings.firstDraw as number,
      parts: w.explorerTimings.firstParts as Record<string, number>,
      bytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
      graphqlBytes: entries.filter((e) => e.name.endsWith("/graphql")).reduce((sum, e) => sum + e.transferSize, 0),
      nodes: w.cy.nodes(":visible").length as number,
      edges: w.cy.edges(":visible").length as number,
    };
  });
}

/** Clicks the hub on the canvas and waits until its neighbours are drawn and its details shown. */
async function expandHub(page: Page) {
  const point = await page.evaluate((id) => {
    const cy = (window as any).cy;
    const node = cy.getElementById(id);
    cy.zoom(1.5);
    cy.center(node);
    const p = node.renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, HUB);
  const started = Date.now();
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector(`#details[data-shown="${HUB}"]`, { timeout: 30_000 });
  const total = Date.now() - started;
  const inPage = await page.evaluate(() => (window as any).explorerTimings.lastExpand as number);
  return {
    total,
    neighboursDrawn: inPage,
    nodes: await page.evaluate(() => (window as any).cy.nodes().length as number),
  };
}

async function main() {
  const log = (line: string) => console.error(line);
  const neo4j = await startBenchNeo4j({ heapMb: 512, pageCacheMb: 256, log });
  const config = loadConfig(
    { LOG_LEVEL: "silent", INGEST_TOKEN: TOKEN },
    {
      port: 0,
      host: "127.0.0.1",
      projectRoot: PROJECT_ROOT,
      neo4j: {
        kind: "external",
        uri: neo4j.uri,
        username: neo4j.auth?.username ?? "neo4j",
        password: neo4j.auth?.password ?? "",
      },
    },
  );
  const app = await startApp(config, log);
  const base = `http://127.0.0.1:${app.port}`;
  try {
    const dir = path.join(PROJECT_ROOT, "test", "fixtures", "documents");
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const res = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          query: "mutation($t: String!) { ingestDocument(text: $t) { status } }",
          variables: { t: fs.readFileSync(path.join(dir, file), "utf8") },
        }),
      });
      log(`ingested ${file}: ${JSON.stringify(await res.json())}`);
    }
    // One throw-away load warms the service (JIT, Neo4j caches), as a running service is warm.
    const warmup = await launchChromium();
    await loadTimes(await warmup.context.newPage(), `${base}/`);
    await warmup.close();

    const cold: Awaited<ReturnType<typeof loadTimes>>[] = [];
    const warm: Awaited<ReturnType<typeof loadTimes>>[] = [];
    const hubWhole: Awaited<ReturnType<typeof expandHub>>[] = [];
    const hubNew: Awaited<ReturnType<typeof expandHub>>[] = [];
    for (let i = 0; i < RUNS; i++) {
      const browser = await launchChromium();
      try {
        const page = await browser.context.newPage();
        cold.push(await loadTimes(page, `${base}/`));
        warm.push(await loadTimes(page, `${base}/?again=${i}`));
        hubWhole.push(await expandHub(page));
        await loadTimes(page, `${base}/#x=${encodeURIComponent(FIRST_ACTION)}`);
        hubNew.push(await expandHub(page));
      } finally {
        await browser.close();
      }
    }
    const kb = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
    const lines = [
      `Explorer on the seed graph + 4 example documents: ${cold[0]!.nodes} nodes and ${cold[0]!.edges} edges on screen; ${RUNS} runs, median (min–max).`,
      `- navigation → first drawn graph, fresh profile: ${summary(
        cold.map((c) => c.firstDraw),
        "ms",
      )}`,
      `    of which GraphQL request ${summary(
        cold.map((c) => c.parts.fetch!),
        "ms",
      )}, layout ${summary(
        cold.map((c) => c.parts.layout!),
        "ms",
      )}, first frame ${summary(
        cold.map((c) => c.parts.frame!),
        "ms",
      )}`,
      `- navigation → first drawn graph, libraries cached: ${summary(
        warm.map((c) => c.firstDraw),
        "ms",
      )}`,
      `- bytes transferred, fresh profile: ${kb(median(cold.map((c) => c.bytes)))} (GraphQL ${kb(median(cold.map((c) => c.graphqlBytes)))}); cached: ${kb(median(warm.map((c) => c.bytes)))}`,
      `- expand the plan (hub) in the whole-graph view: ${summary(
        hubWhole.map((h) => h.total),
        "ms",
      )} click → details shown (neighbours drawn after ${summary(
        hubWhole.map((h) => h.neighboursDrawn),
        "ms",
      )})`,
      `- expand the plan from its first action's neighbourhood (${hubNew[0]!.nodes} nodes after): ${summary(
        hubNew.map((h) => h.total),
        "ms",
      )} click → details shown (neighbours drawn and laid out after ${summary(
        hubNew.map((h) => h.neighboursDrawn),
        "ms",
      )})`,
    ];
    console.log(lines.join("\n"));
  } finally {
    await app.stop();
    await neo4j.stop();
  }
}

await main();

import fs from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { EXPLORER_CSP } from "../../src/http/explorer-route.js";
import { GRAPHIQL_CSP } from "../../src/http/graphiql-route.js";
import { launchChromium, type TestBrowser } from "../helpers/browser.js";
import { executeCypher, openTestDriver, PROJECT_ROOT } from "../helpers/neo4j.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

// The functions passed to page.evaluate run in the browser; the project compiles without the DOM
// library, so these two names are declared for them here (module scope only).
declare const window: any;
declare const document: any;

const ARTIFACTS = path.join(PROJECT_ROOT, "test-artifacts");
const IFLYTEK = "Organization:iflytek";
const STATE_COUNCIL = "Agency:state-council";
const PLAN = "PolicyDocument:gz-ai-plan-2020-2022";

let app: RunningApp;
let browser: TestBrowser;
/** Loopback by address: every request the page makes must go here. */
let base: string;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  app = await startServer();
  base = `http://127.0.0.1:${app.port}`;
  browser = await launchChromium();
  browser.context.on("request", (r) => requests.push(r.url()));
  browser.context.on("page", watch);
  browser.context.pages().forEach(watch);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Page errors, console errors and CSP violations all fail the test at its end. */
function watch(page: Page) {
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
}

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await executeGraphQL<T>(app.url, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** What the page has drawn: node and edge ids, the selection, the path, visible counts, captions. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const cy = (window as any).cy;
    const ids = (c: any) => c.map((e: any) => e.id()).sort();
    return {
      nodes: ids(cy.nodes()) as string[],
      edges: ids(cy.edges()) as string[],
      visibleNodes: cy.nodes(":visible").length as number,
      visibleEdges: cy.edges(":visible").length as number,
      selected: ids(cy.$(":selected")) as string[],
      path: ids(cy.$(".path")) as string[],
      captions: Object.fromEntries(cy.nodes().map((n: any) => [n.id(), n.data("caption")])) as Record<string, string>,
      labels: [...new Set(cy.nodes().map((n: any) => n.data("label")))].sort() as string[],
    };
  });
}

async function ready(page: Page) {
  await page.waitForSelector("body[data-ready]", { timeout: 60_000 });
  expect(await page.evaluate(() => document.body.dataset.error ?? null)).toBeNull();
}

/** Types into the search box and picks the hit with this id. */
async function pick(page: Page, query: string, id: string) {
  await page.fill("#search-input", query);
  const hit = page.locator(`#search-results li[data-id="${id}"]`);
  await hit.waitFor();
  await hit.click();
  await page.waitForSelector(`#details[data-shown="${id}"]`);
  expect(await page.evaluate((id) => (window as any).cy.getElementById(id).selected(), id)).toBe(true);
}

/** A GraphEdge's relationship id (TYPE|from|to), which is what the page draws an edge by. */
const relationshipId = (graphEdgeId: string) => graphEdgeId.replace(/^GraphEdge:/, "");

describe("the explorer page", () => {
  it("serves the page at / with a same-origin Content-Security-Policy, and only whitelisted library files", async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.headers.get("content-security-policy")).toBe(EXPLORER_CSP);
    expect(EXPLORER_CSP).toContain("connect-src 'self'");
    const html = await page.text();
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.every((s) => s.startsWith("/explorer/"))).toBe(true);
    for (const s of scripts) {
      const res = await fetch(base + s);
      expect(res.status, s).toBe(200);
      if (s.includes("/vendor/")) expect(res.headers.get("cache-control")).toMatch(/immutable/);
    }
    expect((await fetch(`${base}/explorer/vendor/cytoscape.js`)).status).toBe(404);
    expect((await fetch(`${base}/explorer/vendor/..%2F..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/explorer/../package.json`)).status).toBe(404);
  });

  it("leaves /graphql to GraphiQL for browsers, under its own policy", async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("GraphiQL");
    expect(res.headers.get("content-security-policy")).toBe(GRAPHIQL_CSP);
  });

  it("draws the whole graph first, coloured by label, with every node and edge the API has", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/`);
    await ready(page);
    const whole = (await gql<{ graph: { json: any } }>("{ graph(format: CYTOSCAPE) { json } }")).graph.json;
    const view = await drawn(page);
    expect(view.nodes).toEqual(whole.elements.nodes.map((n: any) => n.data.id).sort());
    expect(view.edges).toEqual(whole.elements.edges.map((e: any) => e.data.id).sort());
    expect(view.labels).toEqual([...new Set<string>(whole.elements.nodes.map((n: any) => n.data.kind))].sort());
    expect(await page.evaluate(() => Number(document.body.dataset.nodes))).toBe(view.nodes.length);
    // Documents are coloured by level: a national one differs from a municipal one.
    const colours = await page.evaluate(() => {
      const cy = (window as any).cy;
      return {
        plan: cy.getElementById("PolicyDocument:gz-ai-plan-2020-2022").style("background-color"),
        national: cy.getElementById("PolicyDocument:national-ngai-development-plan").style("background-color"),
      };
    });
    expect(colours.plan).not.toBe(colours.national);
    const timings = await page.evaluate(() => (window as any).explorerTimings);
    console.log(
      `explorer: whole graph ${view.nodes.length} nodes, ${view.edges.length} edges, first draw ${Math.round(timings.firstDraw)} ms after navigation`,
      timings.firstParts,
    );
    await page.close();
  });

  it("searches, expands, shows an edge's evidence in context, opens the document at the quote, finds the path to the State Council, and restores it all from the shared URL", async () => {
    const page = await browser.context.newPage();
    // Start from the plan's neighbourhood, so that what the search adds is visible in the counts.
    await page.goto(`${base}/#x=${encodeURIComponent(PLAN)}`);
    await ready(page);
    const before = await drawn(page);
    const planHood = await gql(`query($id: ID!) { neighborhood(id: $id) { nodes { id: entityId } edges { id } } }`, {
      id: PLAN,
    });
    expect(before.nodes).toEqual(planHood.neighborhood.nodes.map((n: any) => n.id).sort());
    expect(before.edges).toEqual(planHood.neighborhood.edges.map((e: any) => relationshipId(e.id)).sort());

    // Search in Simplified Chinese; the hit appears with its neighbours.
    const hood = await gql(
      `query($id: ID!) { neighborhood(id: $id) { nodes { id: entityId name } edges { id source: sourceEntityId target: targetEntityId type } } }`,
      { id: IFLYTEK },
    );
    await pick(page, "科大讯飞", IFLYTEK);
    let view = await drawn(page);
    const expected = new Set([...before.nodes, ...hood.neighborhood.nodes.map((n: any) => n.id)]);
    expect(view.nodes).toEqual([...expected].sort());
    for (const e of hood.neighborhood.edges) expect(view.edges).toContain(relationshipId(e.id));
    expect(view.selected).toEqual([IFLYTEK]);
    expect(await page.textContent("#details h2.title")).toBe(
      hood.neighborhood.nodes.find((n: any) => n.id === IFLYTEK).name,
    );

    // Traditional characters find the same company.
    await page.fill("#search-input", "科大訊飛");
    await page.locator(`#search-results li[data-id="${IFLYTEK}"]`).waitFor();
    await page.keyboard.press("Escape");
    expect(await page.isHidden("#search-results")).toBe(true);

    // The evidence of an edge: iFlytek's OPERATED_BY edge, its quote marked inside the source text around it.
    const platform = hood.neighborhood.nodes.find((n: any) => n.id.startsWith("Platform:"))!;
    const operated = await gql(
      `query($id: ID!) { node(id: $id) { ... on Platform { operatedBy { id evidence { quote start end link document { id name text } } } } } }`,
      { id: platform.id },
    );
    const rel = operated.node.operatedBy;
    const ev = rel.evidence[0];
    expect(ev.quote.length).toBeGreaterThan(0);
    await page.click(`#details button.edge-link[data-edge="${rel.id}"]`);
    await page.waitForSelector(`#details[data-shown="${rel.id}"] .evidence mark`);
    expect(await drawn(page).then((v) => v.selected)).toEqual([rel.id]);
    expect(await page.textContent("#details .evidence mark")).toBe(ev.quote);
    const context = (await page.textContent("#details .evidence"))!;
    expect(context).toContain(ev.document.text.slice(Math.max(0, ev.start - 20), ev.end + 20));
    // Next to it, the permalink to the service's reader page at that quote (Evidence.link).
    expect(await page.getAttribute("#details .evidence a.quote-permalink", "href")).toBe(ev.link);
    expect(ev.link).toContain(`/documents/${encodeURIComponent(ev.document.id)}?start=${ev.start}&end=${ev.end}#quote`);

    // Expanding the platform (from the edge's details, then "Show neighbours") draws its neighbours.
    const platformHood = await gql(`query($id: ID!) { neighborhood(id: $id) { nodes { id: entityId } } }`, {
      id: platform.id,
    });
    await page.click(`#details .rels button:has-text("${platform.name}")`);
    await page.waitForSelector(`#details[data-shown="${platform.id}"]`);
    expect(await page.textContent("#details h2.title")).toBe(platform.name);
    await page.click("#details button:has-text('Show neighbours')");
    await page.waitForFunction((id) => (window as any).cy.getElementById(id).hasClass("expanded"), platform.id, {
      polling: 100,
    });
    view = await drawn(page);
    for (const n of platformHood.neighborhood.nodes) expect(view.nodes).toContain(n.id);
    await page.waitForSelector(`#details[data-shown="${platform.id}"] button.edge-link[data-edge="${rel.id}"]`);
    await page.click(`#details button.edge-link[data-edge="${rel.id}"]`);
    await page.waitForSelector(`#details[data-shown="${rel.id}"] .evidence a.open-quote`);

    // Open the document at that quote: the whole normalised text, the quote marked at its offsets.
    await page.click("#details .evidence a.open-quote");
    await page.waitForSelector("#reader:not([hidden]) #quote");
    expect(await page.textContent("#quote")).toBe(ev.quote);
    const reader = await page.evaluate(() => {
      const article = document.getElementById("reader-text")!;
      const range = document.createRange();
      range.setStart(article, 0);
      range.setEndBefore(document.getElementById("quote")!);
      return {
        text: article.textContent,
        before: range.toString().length,
        title: document.getElementById("reader-title")!.textContent,
      };
    });
    expect(reader.text).toBe(ev.document.text);
    expect(reader.before).toBe(ev.start);
    expect(reader.title).toContain(ev.document.name);
    expect(await page.locator("#reader-outline a").count()).toBeGreaterThan(0);

    // Clicking a passage of the document selects the node it became.
    const doc = await gql(`query($id: ID!) { node(id: $id) { ... on PolicyDocument { measures { id name } } } }`, {
      id: ev.document.id,
    });
    const measure = doc.node.measures[0];
    if (measure) {
      await page.click(`#reader-text [data-node="${measure.id}"]`);
      await page.waitForSelector(`#details[data-shown="${measure.id}"]`);
      expect(await page.textContent("#details h2.title")).toBe(measure.name);
    }

    // The path from iFlytek to the State Council, highlighted, with the API's nodes in order.
    const expectedPath = await gql(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxLength: 10) { nodes { id: entityId name } edges { id } } }`,
      { from: IFLYTEK, to: STATE_COUNCIL },
    );
    await pick(page, "国务院", STATE_COUNCIL);
    await page.click("#details button:has-text('Path to here')");
    await pick(page, "科大讯飞", IFLYTEK);
    await page.click("#details button:has-text('Path from here')");
    await page.waitForSelector("#path-names");
    expect(await page.textContent("#path-names")).toBe(
      expectedPath.shortestPath.nodes.map((n: any) => n.name).join(" → "),
    );
    expect(await page.evaluate(() => document.body.dataset.path!.split("\n"))).toEqual(
      expectedPath.shortestPath.nodes.map((n: any) => n.id),
    );
    view = await drawn(page);
    expect(view.path).toEqual(
      [
        ...expectedPath.shortestPath.nodes.map((n: any) => n.id),
        ...expectedPath.shortestPath.edges.map((e: any) => e.id.replace(/^GraphEdge:/, "")),
      ].sort(),
    );

    // The screenshot (test-artifacts/explorer.png; docs/explorer.png in the README is a copy): the
    // path highlighted in the whole drawn graph, the document open at the quote, iFlytek's details.
    await page.click("#fit");
    await page.evaluate(() => document.getElementById("quote").scrollIntoView({ block: "center" }));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer.png") });

    // A path over some relationship types only, as short as Neo4j's own over those types.
    const types = ["HAS_PART", "IMPLEMENTS", "ISSUED_BY"];
    const task = "Task:gz-ai-plan-2020-2022/task-02";
    await page.click("#path-clear");
    await page.click("#path-panel summary");
    for (const t of types) await page.check(`#path-types input[value="${t}"]`);
    await pick(page, "推进创新平台建设", task);
    await page.click("#details button:has-text('Path from here')");
    await pick(page, "国务院", STATE_COUNCIL);
    await page.click("#details button:has-text('Path to here')");
    await page.waitForFunction((ids) => document.body.dataset.path?.split("\n")[0] === ids[0], [task], {
      polling: 100,
    });
    const driver = openTestDriver();
    const [shortest] = await executeCypher(
      driver,
      `MATCH p = shortestPath((a:Entity {id: $from})-[:HAS_PART|IMPLEMENTS|ISSUED_BY*..6]-(b:Entity {id: $to})) RETURN length(p) AS hops`,
      { from: task, to: STATE_COUNCIL },
    );
    await driver.close();
    const typedPath = await page.evaluate(() => ({
      ids: document.body.dataset.path.split("\n") as string[],
      types: (window as any).cy.edges(".path").map((e: any) => e.data("type")) as string[],
    }));
    expect(typedPath.ids.at(-1)).toBe(STATE_COUNCIL);
    expect(typedPath.ids.length - 1).toBe(Number(shortest!.hops));
    expect(typedPath.types.length).toBe(Number(shortest!.hops));
    expect(typedPath.types.every((t) => types.includes(t))).toBe(true);
    view = await drawn(page);

    // Filters and the language switch are part of the view.
    const technologies = await page.evaluate(() => (window as any).cy.nodes('[label = "Technology"]').length);
    await page.uncheck("#legend-labels li:has-text('Technology') input");
    await page.click("#lang");
    view = await drawn(page);
    expect(view.visibleNodes).toBe(view.nodes.length - technologies);
    const english = await gql(`query($id: ID!) { node(id: $id) { nameEn } }`, { id: IFLYTEK });
    expect(view.captions[IFLYTEK]).toBe(english.node.nameEn);

    // Reload from the shared URL in a fresh tab: the same view.
    const shared = page.url();
    expect(shared).toContain("#");
    const again = await browser.context.newPage();
    await again.goto(shared);
    await ready(again);
    await again.waitForSelector("#path-names");
    await again.waitForSelector("#reader:not([hidden]) #quote");
    const restored = await drawn(again);
    expect(restored.nodes).toEqual(view.nodes);
    expect(restored.edges).toEqual(view.edges);
    expect(restored.visibleNodes).toBe(view.visibleNodes);
    expect(restored.selected).toEqual(view.selected);
    expect(restored.path).toEqual(view.path);
    expect(restored.captions).toEqual(view.captions);
    expect(await again.textContent("#quote")).toBe(ev.quote);
    expect(await again.textContent("#path-names")).toBe(await page.textContent("#path-names"));
    await again.screenshot({ path: path.join(ARTIFACTS, "explorer-restored.png") });

    // Downloads: the data are the server's exports, here around the selected node; the pictures are
    // drawn in the page from what is on screen.
    await again.click("#downloads summary");
    const around = again.locator('#download-menu a[data-scope="around"][data-format="graphml"]');
    const href = (await around.getAttribute("href"))!;
    expect(href).toBe(`/export/graph.graphml?around=${encodeURIComponent(restored.selected[0]!)}&depth=1`);
    const [graphmlDownload] = await Promise.all([again.waitForEvent("download"), around.click()]);
    const graphmlFile = fs.readFileSync((await graphmlDownload.path())!);
    expect(graphmlFile.equals(Buffer.from(await (await fetch(base + href)).arrayBuffer()))).toBe(true);
    const graphml = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === "node" || name === "edge",
    }).parse(graphmlFile.toString("utf8"));
    const aroundHood = await gql(`query($id: ID!) { neighborhood(id: $id) { nodes { id } } }`, {
      id: restored.selected[0],
    });
    expect(graphml.graphml.graph.node.length).toBe(aroundHood.neighborhood.nodes.length);
    const picture = async (format: string) => {
      const [download] = await Promise.all([
        again.waitForEvent("download"),
        again.click(`#download-menu button[data-format="${format}"]`),
      ]);
      return fs.readFileSync((await download.path())!);
    };
    const png = await picture("png");
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    const svg = (await picture("svg")).toString("utf8");
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    // The selected node is always captioned, in the language chosen (a long name ends in "…").
    const selectedEn = (await gql(`query($id: ID!) { node(id: $id) { nameEn } }`, { id: restored.selected[0] })).node
      .nameEn as string;
    expect(svg).toContain(`>${selectedEn.slice(0, 12)}`);

    await again.close();
    await page.close();
  }, 180_000);

  it("made no request that left 127.0.0.1, and had no errors or CSP violations", () => {
    expect(requests.length).toBeGreaterThan(20);
    const outside = requests.filter(
      (u) => !u.startsWith(`${base}/`) && !u.startsWith("data:") && !u.startsWith("blob:"),
    );
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});

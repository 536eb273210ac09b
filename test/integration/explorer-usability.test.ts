import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { layoutPositions } from "../../src/export/layout.js";
import { launchChromium, type TestBrowser } from "../helpers/browser.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

// The explorer on a phone, by keyboard and at a glance (issue 18 item 6), driven in Debian's
// Chromium against the real service. The functions passed to page.evaluate run in the browser; the
// project compiles without the DOM library, so these two names are declared for them here.
declare const window: any;
declare const document: any;

const IFLYTEK = "Organization:iflytek";
const STATE_COUNCIL = "Agency:state-council";
const PLAN = "PolicyDocument:gz-ai-plan-2020-2022";

let app: RunningApp;
let browser: TestBrowser;
let base: string;
const problems: string[] = [];

beforeAll(async () => {
  app = await startServer();
  base = `http://127.0.0.1:${app.port}`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await executeGraphQL<T>(app.url, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** A page of `b` at `hash`, ready; page errors and console errors fail the last test. */
async function open(hash = "", b: TestBrowser = browser): Promise<Page> {
  const page = await b.context.newPage();
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector("body[data-ready]", { timeout: 60_000 });
  expect(await page.evaluate(() => document.body.dataset.error ?? null)).toBeNull();
  return page;
}

/** The ids of the nodes the page has selected since `recordSelections`. */
const selections = (page: Page) => page.evaluate(() => window.selections as string[]);
const recordSelections = (page: Page) =>
  page.evaluate(() => {
    window.selections = [];
    window.cy.on("select", "node", (e: any) => window.selections.push(e.target.id()));
  });

/** The whole graph as the page draws it: entity ids, relationship ids, each end's entity id. */
async function wholeGraph() {
  const json = (await gql<{ graph: { json: any } }>("{ graph(format: CYTOSCAPE, detail: DRAWING) { json } }")).graph
    .json;
  const nodes = json.elements.nodes.map((n: any) => ({
    id: n.data.id as string,
    kind: n.data.kind as string,
    level: (n.data.level ?? null) as string | null,
  }));
  const edges = json.elements.edges.map((e: any) => ({
    id: (e.data.id as string).replace(/^GraphEdge:/, ""),
    source: (e.data.sourceEntityId ?? e.data.source) as string,
    target: (e.data.targetEntityId ?? e.data.target) as string,
  }));
  return { nodes, edges };
}

describe("the explorer on a phone", () => {
  // The narrowest phones in use (360 px) and a common one (390 px).
  it.each([
    [360, 740],
    [390, 844],
  ])(
    "gives the graph the screen at %i×%i and opens the panels as drawers, never wider than the viewport",
    async (W, H) => {
      const phone = await launchChromium({ width: W, height: H });
      try {
        const page = await open("", phone);
        const box = (await page.locator("#cy").boundingBox())!;
        expect(box.height).toBeGreaterThan(300);
        expect(box.width).toBeGreaterThan(W - 10);
        const fits = () =>
          page.evaluate(
            () =>
              document.documentElement.scrollWidth <= window.innerWidth &&
              document.body.scrollWidth <= window.innerWidth,
          );
        expect(await fits()).toBe(true);
        expect(await page.isVisible("#side")).toBe(false);
        expect(await page.isVisible("#details-panel")).toBe(false);

        // The filters drawer opens over the graph, inside the screen, and Escape closes it.
        await page.click("#toggle-side");
        const side = (await page.locator("#side").boundingBox())!;
        expect(side.x).toBeGreaterThanOrEqual(0);
        expect(side.x + side.width).toBeLessThanOrEqual(W);
        expect(await fits()).toBe(true);
        await page.keyboard.press("Escape");
        expect(await page.isVisible("#side")).toBe(false);

        // Choosing a search hit opens the details drawer below the graph, which keeps its height.
        await page.fill("#search-input", "科大讯飞");
        await page.keyboard.press("Enter");
        await page.waitForSelector(`#details[data-shown="${IFLYTEK}"]`);
        const details = (await page.locator("#details-panel").boundingBox())!;
        expect(details.x).toBeGreaterThanOrEqual(0);
        expect(details.x + details.width).toBeLessThanOrEqual(W);
        expect(details.y + details.height).toBeLessThanOrEqual(H);
        expect((await page.locator("#cy").boundingBox())!.height).toBeGreaterThan(300);
        expect(await fits()).toBe(true);

        // So does the download menu.
        await page.click("#downloads summary");
        const menu = (await page.locator("#download-menu").boundingBox())!;
        expect(menu.x).toBeGreaterThanOrEqual(0);
        expect(menu.x + menu.width).toBeLessThanOrEqual(W);
        expect(await fits()).toBe(true);
      } finally {
        await phone.close();
      }
    },
  );
});

describe("the explorer by keyboard", () => {
  it("moves through the hits with the arrow keys and picks the current text's hit with Enter, never an earlier text's", async () => {
    const page = await open(`#x=${encodeURIComponent(PLAN)}`);
    await recordSelections(page);
    const hits = (await gql(`{ search(query: "人工智能", first: 12) { node { id } } }`)).search.map(
      (h: any) => h.node.id as string,
    );
    expect(hits.length).toBeGreaterThan(2);
    await page.fill("#search-input", "人工智能");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowDown");
    await page.waitForSelector("#search-results li#hit-1.active");
    expect(await page.getAttribute("#search-results li.active", "data-id")).toBe(hits[1]);
    expect(await page.getAttribute("#search-input", "aria-activedescendant")).toBe("hit-1");
    await page.keyboard.press("Enter");
    await page.waitForSelector(`#details[data-shown="${hits[1]}"]`);
    expect(await selections(page)).toEqual([hits[1]]);

    // A list showing 科大讯飞's hits, then 国务院 typed and Enter at once: 国务院's first hit is picked.
    const council = (await gql(`{ search(query: "国务院", first: 12) { node { id } } }`)).search[0].node.id as string;
    expect(council).toBe(STATE_COUNCIL);
    await page.fill("#search-input", "科大讯飞");
    await page.waitForSelector(`#search-results[data-query="科大讯飞"]:not([hidden]) li[data-id="${IFLYTEK}"]`);
    await page.fill("#search-input", "国务院");
    await page.keyboard.press("Enter");
    await page.waitForSelector(`#details[data-shown="${council}"]`);
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => window.explorer.state.selected)).toBeNull();
    // Enter on a text whose hits are still on their way (held back a second here), then a new text
    // and Enter: only the new text's hit is picked, and stays selected.
    await page.route("**/graphql", async (route) => {
      if (route.request().postData()?.includes("科大訊飛")) await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.fill("#search-input", "科大訊飛");
    await page.keyboard.press("Enter");
    await page.fill("#search-input", "国务院");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (id) => window.explorer.state.selected === id && document.querySelector("#search-results").hidden,
      council,
      { polling: 100 },
    );
    await page.waitForTimeout(1_500);
    expect(await selections(page)).toEqual([hits[1], council, council]);
    expect(await page.evaluate(() => window.explorer.state.selected)).toBe(council);
    await page.close();
  });

  it("reaches the graph with Tab, walks the selected node's neighbours with the arrow keys, selects one with Enter and deselects with Escape", async () => {
    const page = await open(`#x=${encodeURIComponent(PLAN)}&s=${encodeURIComponent(PLAN)}`);
    await page.focus("#search-input");
    let tabs = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== "cy" && tabs < 15) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cy");
    await page.waitForSelector("#neighbours:not([hidden])");

    // The list holds the plan's neighbours, as the API gives them.
    const hood = await gql(`query($id: ID!) { neighborhood(id: $id) { nodes { id: entityId } } }`, { id: PLAN });
    const neighbours = hood.neighborhood.nodes
      .map((n: any) => n.id)
      .filter((id: string) => id !== PLAN)
      .sort();
    const listed = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("#neighbours [role=option]")].map((li: any) => li.dataset.id as string),
      );
    expect([...(await listed())].sort()).toEqual(neighbours);

    const cursor = () =>
      page.evaluate(() => ({
        nodes: window.cy.nodes(".cursor").map((n: any) => n.id()) as string[],
        active: document.getElementById("cy").getAttribute("aria-activedescendant") as string | null,
      }));
    const order = await listed();
    await page.keyboard.press("ArrowDown");
    expect(await cursor()).toEqual({ nodes: [order[0]], active: "nb-0" });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    expect(await cursor()).toEqual({ nodes: [order[1]], active: "nb-1" });
    await page.keyboard.press("Enter");
    await page.waitForSelector(`#details[data-shown="${order[1]}"]`);
    expect(await page.evaluate(() => window.cy.$(":selected").map((n: any) => n.id()))).toEqual([order[1]]);
    // The list now walks the new selection's neighbours, the plan among them.
    await page.waitForFunction(
      (id) => [...document.querySelectorAll("#neighbours [role=option]")].some((li: any) => li.dataset.id === id),
      PLAN,
      { polling: 100 },
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cy");

    await page.keyboard.press("Escape");
    expect(
      await page.evaluate(() => ({ selected: window.explorer.state.selected, drawn: window.cy.$(":selected").length })),
    ).toEqual({ selected: null, drawn: 0 });
    expect(page.url()).not.toContain("s=");
    await page.close();
  });
});

describe("the explorer's filters", () => {
  it("hides the documents of a level with the level filter, and keeps the filter in the URL", async () => {
    const whole = await wholeGraph();
    const national = whole.nodes
      .filter((n: any) => n.kind === "PolicyDocument" && n.level === "NATIONAL")
      .map((n: any) => n.id)
      .sort();
    const otherDocuments = whole.nodes.filter((n: any) => n.kind === "PolicyDocument" && n.level !== "NATIONAL").length;
    expect(national.length).toBeGreaterThan(0);
    const page = await open();
    await page.uncheck('#legend-levels input[value="NATIONAL"]');
    const shown = () =>
      page.evaluate(() => ({
        hidden: window.cy
          .nodes('[label = "PolicyDocument"]')
          .filter((n: any) => !n.visible())
          .map((n: any) => n.id())
          .sort() as string[],
        visible: window.cy.nodes('[label = "PolicyDocument"]').filter((n: any) => n.visible()).length as number,
      }));
    expect(await shown()).toEqual({ hidden: national, visible: otherDocuments });
    expect(page.url()).toContain("hv=NATIONAL");
    await page.reload();
    await page.waitForSelector("body[data-ready]");
    expect(await shown()).toEqual({ hidden: national, visible: otherDocuments });
    expect(await page.isChecked('#legend-levels input[value="NATIONAL"]')).toBe(false);
    await page.close();
  });

  it("warns when a filter hides part of the highlighted path, and shows the path again on request", async () => {
    const path = (
      await gql(
        `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxLength: 10) { nodes { id: entityId label } edges { type } } }`,
        { from: IFLYTEK, to: STATE_COUNCIL },
      )
    ).shortestPath;
    const page = await open(`#pf=${encodeURIComponent(IFLYTEK)}&pt=${encodeURIComponent(STATE_COUNCIL)}`);
    await page.waitForSelector("#path-names");
    expect(await page.isVisible("#filter-warning")).toBe(false);

    // Hiding the label of a node inside the path.
    const inner = path.nodes[1].label as string;
    await page.uncheck(`#legend-labels input[value="${inner}"]`);
    await page.waitForSelector("#filter-warning:not([hidden])");
    expect(await page.textContent("#filter-warning")).toMatch(
      /The filters hide \d+ nodes? and \d+ relationships? of the highlighted path/,
    );
    await page.click("#filter-warning button");
    expect(await page.isVisible("#filter-warning")).toBe(false);
    expect(await page.isChecked(`#legend-labels input[value="${inner}"]`)).toBe(true);
    expect(await page.evaluate(() => window.cy.elements(".path").every((e: any) => e.visible()))).toBe(true);

    // Hiding a relationship type of the path.
    await page.uncheck(`#legend-types input[value="${path.edges[0].type}"]`);
    await page.waitForSelector("#filter-warning:not([hidden])");
    expect(await page.textContent("#filter-warning")).toMatch(
      /The filters hide \d+ relationships? of the highlighted path/,
    );
    await page.check(`#legend-types input[value="${path.edges[0].type}"]`);
    expect(await page.isVisible("#filter-warning")).toBe(false);
    await page.close();
  });
});

describe("the explorer's drawing", () => {
  it("draws the same graph the same way on every load, where the exports' seeded layout puts it", async () => {
    const positions = (page: Page) =>
      page.evaluate(
        () =>
          Object.fromEntries(window.cy.nodes().map((n: any) => [n.id(), n.position()])) as Record<
            string,
            { x: number; y: number }
          >,
      );
    const first = await open();
    const second = await open();
    const [a, b] = [await positions(first), await positions(second)];
    expect(Object.keys(a).length).toBeGreaterThan(100);
    expect(b).toEqual(a);

    // The same function as the exports, on the drawn graph sorted by id, with the default seed.
    const whole = await wholeGraph();
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
    const expected = layoutPositions([...whole.nodes].sort(byId), [...whole.edges].sort(byId), { seed: 1 });
    expect(a).toEqual(Object.fromEntries(expected));

    // The Layout button draws from the next seed and keeps it in the URL; a reload draws the same.
    await first.click("#relayout");
    await first.waitForFunction(() => window.location.hash.includes("ls=2"), undefined, { polling: 100 });
    const moved = await positions(first);
    expect(moved).toEqual(
      Object.fromEntries(layoutPositions([...whole.nodes].sort(byId), [...whole.edges].sort(byId), { seed: 2 })),
    );
    const again = await open(new URL(first.url()).hash);
    expect(await positions(again)).toEqual(moved);
    await Promise.all([first.close(), second.close(), again.close()]);
  });

  it("shows the whole graph as a poster before Cytoscape has loaded, placed, coloured and fitted as Cytoscape then draws it", async () => {
    // Cytoscape arrives late: the poster must stand alone until it does.
    const late = await browser.context.newPage();
    late.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await late.route(/\/explorer\/vendor\/cytoscape/, async (route) => {
      await held;
      await route.continue();
    });
    await late.goto(`${base}/`, { waitUntil: "commit" });
    await late.waitForSelector("canvas.poster", { state: "attached", timeout: 60_000 });
    const json = (await gql<{ graph: { json: any } }>("{ graph(format: CYTOSCAPE) { json } }")).graph.json;
    const plan = json.elements.nodes.find((n: any) => n.data.id === PLAN);
    const early = await late.evaluate(
      ({ at }) => {
        const { zoom, pan } = window.explorerTimings.poster;
        const canvas = document.querySelector("canvas.poster");
        const ratio = window.devicePixelRatio || 1;
        const [x, y] = [at.x * zoom + pan.x, at.y * zoom + pan.y];
        const pixel = [
          ...canvas.getContext("2d").getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data,
        ];
        return { cytoscape: typeof window.cytoscape, ready: document.body.dataset.ready ?? null, pixel, x, y };
      },
      { at: plan.position },
    );
    // Nothing of Cytoscape yet, and the plan (a municipal document) is drawn in its level's colour where it belongs.
    expect(early.cytoscape).toBe("undefined");
    expect(early.ready).toBeNull();
    expect(early.pixel).toEqual([0xd4, 0xac, 0x0d, 255]);
    release();
    await late.waitForSelector("body[data-ready]", { timeout: 60_000 });
    const after = await late.evaluate((id) => {
      const t = window.explorerTimings;
      const cy = window.cy;
      return {
        posters: document.querySelectorAll("canvas.poster").length,
        poster: t.poster,
        order: [t.posterDraw, t.firstDraw],
        zoom: cy.zoom(),
        plan: cy.getElementById(id).renderedPosition(),
        nodes: cy.nodes(":visible").length,
        edges: cy.edges(":visible").length,
      };
    }, PLAN);
    expect(after.posters).toBe(0);
    expect(after.order[0]).toBeLessThan(after.order[1]);
    expect([after.poster.nodes, after.poster.edges]).toEqual([after.nodes, after.edges]);
    expect(Math.abs(after.zoom / after.poster.zoom - 1)).toBeLessThan(0.01);
    expect(Math.abs(after.plan.x - early.x)).toBeLessThan(2);
    expect(Math.abs(after.plan.y - early.y)).toBeLessThan(2);
    await late.close();

    // The view's filters hold in the poster; another layout seed has none (the server placed seed 1 only).
    const filtered = await open("#w=1&hl=Agency");
    const counts = await filtered.evaluate(() => ({
      poster: window.explorerTimings.poster,
      nodes: window.cy.nodes(":visible").length,
      edges: window.cy.edges(":visible").length,
    }));
    expect([counts.poster.nodes, counts.poster.edges]).toEqual([counts.nodes, counts.edges]);
    expect(counts.nodes).toBeLessThan(json.elements.nodes.length);
    const reseeded = await open("#w=1&ls=2");
    expect(await reseeded.evaluate(() => window.explorerTimings.poster ?? null)).toBeNull();
    await Promise.all([filtered.close(), reseeded.close()]);
  });

  it("sizes nodes by their degree on screen", async () => {
    const whole = await wholeGraph();
    const degree = new Map<string, number>(whole.nodes.map((n: any) => [n.id, 0]));
    for (const e of whole.edges) for (const end of [e.source, e.target]) degree.set(end, degree.get(end)! + 1);
    const page = await open();
    const drawn = await page.evaluate(
      () =>
        window.cy
          .nodes()
          .map((n: any) => ({ id: n.id(), label: n.data("label"), width: n.width(), height: n.height() })) as {
          id: string;
          label: string;
          width: number;
          height: number;
        }[],
    );
    // Within a label (one shape), more relationships mean a bigger node (up to a cap past 100), and the extremes differ.
    for (const label of new Set(drawn.map((n) => n.label))) {
      const nodes = drawn.filter((n) => n.label === label).sort((x, y) => degree.get(x.id)! - degree.get(y.id)!);
      for (let i = 1; i < nodes.length; i++) {
        const [lo, hi] = [nodes[i - 1]!, nodes[i]!];
        const why = `${hi.id} (degree ${degree.get(hi.id)}) vs ${lo.id} (degree ${degree.get(lo.id)})`;
        if (degree.get(hi.id)! > degree.get(lo.id)! && degree.get(hi.id)! <= 100)
          expect(hi.height, why).toBeGreaterThan(lo.height);
        else expect(hi.height, why).toBeGreaterThanOrEqual(lo.height);
      }
    }
    const sorted = [...drawn].sort((x, y) => degree.get(x.id)! - degree.get(y.id)!);
    expect(sorted.at(-1)!.width).toBeGreaterThan(2 * sorted[0]!.width);

    // Hiding MENTIONS shrinks the nodes whose degree on screen falls.
    const mentioned = whole.edges.filter((e: any) => e.id.startsWith("MENTIONS|")).map((e: any) => e.target as string);
    expect(mentioned.length).toBeGreaterThan(0);
    const before = drawn.find((n) => n.id === mentioned[0])!.height;
    await page.uncheck('#legend-types input[value="MENTIONS"]');
    expect(await page.evaluate((id) => window.cy.getElementById(id).height(), mentioned[0])).toBeLessThan(before);
    await page.close();
  });

  it("names the hubs at fit with no two captions overlapping, and the rest on zoom or hover", async () => {
    const page = await open();
    await page.evaluate(() => new Promise((resolve) => window.requestAnimationFrame(resolve)));
    const captions = () =>
      page.evaluate(() => {
        const cy = window.cy;
        const labelled = cy.nodes(".labelled");
        const boxes = labelled.map((n: any) => ({
          id: n.id(),
          ...n.boundingBox({
            includeNodes: false,
            includeEdges: false,
            includeLabels: true,
            includeOverlays: false,
            includeUnderlays: false,
          }),
        }));
        const overlaps: string[] = [];
        const z = cy.zoom();
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            // Model coordinates; half a screen pixel of tolerance for rounding.
            const e = 0.5 / z;
            if (a.x1 + e < b.x2 && b.x1 + e < a.x2 && a.y1 + e < b.y2 && b.y1 + e < a.y2)
              overlaps.push(`${a.id} / ${b.id}`);
          }
        const hub = cy.nodes().max((n: any) => n.degree()).ele;
        return {
          ids: labelled.map((n: any) => n.id()) as string[],
          total: cy.nodes().length as number,
          overlaps,
          hub: hub.id() as string,
          fontPx: labelled.length ? labelled[0].numericStyle("font-size") * z : 0,
        };
      });
    const atFit = await captions();
    expect(atFit.overlaps).toEqual([]);
    expect(atFit.ids).toContain(atFit.hub);
    expect(atFit.ids.length).toBeGreaterThan(5);
    expect(atFit.ids.length).toBeLessThan(atFit.total);
    expect(atFit.fontPx).toBeCloseTo(12, 0);

    // Zoomed in on the biggest hub, nodes unnamed at fit get their captions; still none overlap.
    await page.evaluate((id) => {
      window.cy.zoom({ level: window.cy.zoom() * 3, position: window.cy.getElementById(id).position() });
    }, atFit.hub);
    await page.waitForFunction(
      (before) => window.cy.nodes(".labelled").some((n: any) => !before.includes(n.id())),
      atFit.ids,
      { polling: 100 },
    );
    expect((await captions()).overlaps).toEqual([]);

    // Hovering an unnamed node names it.
    const unnamed = await page.evaluate(() => {
      const cy = window.cy;
      const n = cy
        .nodes()
        .filter((x: any) => !x.hasClass("labelled") && x.visible())
        .filter((x: any) => {
          const p = x.renderedPosition();
          return p.x > 20 && p.y > 20 && p.x < cy.width() - 20 && p.y < cy.height() - 20;
        })[0];
      const box = cy.container().getBoundingClientRect();
      return { id: n.id(), x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y };
    });
    await page.mouse.move(unnamed.x, unnamed.y);
    await page.waitForFunction((id) => window.cy.getElementById(id).hasClass("labelled"), unnamed.id, { polling: 100 });
    await page.close();
  });

  it("links its data downloads to the server's exports", async () => {
    const page = await open(`#x=${encodeURIComponent(IFLYTEK)}&s=${encodeURIComponent(IFLYTEK)}`);
    await page.click("#downloads summary");
    const href = (scope: string, format: string) =>
      page.getAttribute(`#download-menu a[data-scope="${scope}"][data-format="${format}"]`, "href");
    expect(await href("whole", "graphml")).toBe("/export/graph.graphml");
    expect(await href("whole", "gexf")).toBe("/export/graph.gexf");
    expect(await href("around", "graphml")).toBe(`/export/graph.graphml?around=${encodeURIComponent(IFLYTEK)}&depth=1`);
    expect(await href("around", "cyjs")).toBe(`/export/graph.cyjs?around=${encodeURIComponent(IFLYTEK)}&depth=1`);
    await page.close();
  });

  it("had no page errors or console errors", () => {
    expect(problems).toEqual([]);
  });
});

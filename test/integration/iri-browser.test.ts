import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { launchChromium, type TestBrowser } from "../helpers/browser.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

// The functions passed to page.evaluate run in the browser; the project compiles without the DOM
// library, so these two names are declared for them here.
declare const window: any;
declare const document: any;

const IFLYTEK = "Organization:iflytek";
const EDGE = "RESPONSIBLE|Measure:gz-ai-plan-2020-2022/measure-1|Agency:gz-industry-it-bureau";
/** What Chrome sends when a person opens a URL. */
const BROWSER_ACCEPT =
  "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8";

let app: RunningApp;
beforeAll(async () => {
  app = await startServer();
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

/** Where `GET /id/<id>` sends a client with this Accept header (undefined: no header). */
async function seeOther(id: string, accept?: string): Promise<string> {
  const res = await fetch(`${app.url}/id/${encodeURIComponent(id)}`, {
    redirect: "manual",
    headers: accept ? { accept } : {},
  });
  expect(res.status).toBe(303);
  expect(res.headers.get("vary")).toMatch(/accept/i);
  return res.headers.get("location")!;
}

const explorerAt = (id: string) => `${app.url}/#x=${encodeURIComponent(id)}&s=${encodeURIComponent(id)}`;
const rdfAround = (id: string, ext: string) =>
  `${app.url}/export/graph.${ext}?around=${encodeURIComponent(id)}&depth=1`;

describe("GET /id/<id> by what the client accepts", () => {
  it("sends a browser to the explorer focused on the node", async () => {
    expect(await seeOther(IFLYTEK, BROWSER_ACCEPT)).toBe(explorerAt(IFLYTEK));
    expect(await seeOther(IFLYTEK, "text/html")).toBe(explorerAt(IFLYTEK));
  });

  it("sends a browser to a relationship's start node", async () => {
    expect(await seeOther(EDGE, BROWSER_ACCEPT)).toBe(explorerAt("Measure:gz-ai-plan-2020-2022/measure-1"));
  });

  it("keeps sending RDF clients to the RDF: Turtle for curl's */*, no Accept, Turtle or RDF/XML; JSON-LD when asked", async () => {
    for (const accept of [
      "*/*",
      undefined,
      "text/turtle",
      "application/rdf+xml",
      "application/rdf+xml, text/html;q=0.5",
    ]) {
      expect(await seeOther(IFLYTEK, accept), String(accept)).toBe(rdfAround(IFLYTEK, "ttl"));
    }
    expect(await seeOther(IFLYTEK, "application/ld+json")).toBe(rdfAround(IFLYTEK, "jsonld"));
    expect(await seeOther(IFLYTEK, "application/ld+json, text/html;q=0.9")).toBe(rdfAround(IFLYTEK, "jsonld"));
  });
});

describe("an IRI opened in a browser", () => {
  let browser: TestBrowser | undefined;
  afterAll(async () => browser?.close());

  it("shows the explorer with that node selected and its name in the details panel", async () => {
    browser = await launchChromium();
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${app.url}/id/${IFLYTEK}`);
    await page.waitForSelector("body[data-ready]", { timeout: 60_000 });
    await page.waitForSelector(`#details[data-shown="${IFLYTEK}"]`);

    const { data } = await executeGraphQL<{ node: { name: string } }>(app.url, `{ node(id: "${IFLYTEK}") { name } }`);
    expect(data!.node.name).toBe("科大讯飞股份有限公司");
    expect(await page.textContent("#details h2.title")).toBe(data!.node.name);
    expect(await page.evaluate(() => window.cy.$(":selected").map((n: any) => n.id()))).toEqual([IFLYTEK]);
    // Drawn with its neighbours, not alone and not lost in the whole graph.
    expect(
      await page.evaluate((id) => window.cy.getElementById(id).neighborhood("node").length, IFLYTEK),
    ).toBeGreaterThan(0);
    expect(page.url()).toBe(explorerAt(IFLYTEK));
    expect(await page.evaluate(() => document.body.dataset.error ?? null)).toBeNull();
    expect(problems).toEqual([]);
  });
});

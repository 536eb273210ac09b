import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { GRAPHIQL_CSP } from "../../src/http/graphiql-route.js";
import { launchChromium, type TestBrowser } from "../helpers/browser.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

// The function passed to page.evaluate runs in the browser; the project compiles without the DOM
// library, so the name is declared for it here.
declare const document: any;

/** The query the page's default editor text holds (src/http/graphiql/boot.js), asked directly. */
const SEED_PLAN = `query SeedPlan {
  node(id: "PolicyDocument:gz-ai-plan-2020-2022") { ... on PolicyDocument { name nameEn } }
  actions(partOf: "PolicyDocument:gz-ai-plan-2020-2022", first: 1) { edges { node { name tasks { ordinal name } } } }
}`;
/** What Chrome sends when a person opens a URL. */
const BROWSER_ACCEPT =
  "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8";

let app: RunningApp;
let browser: TestBrowser;
let page: Page;
/** Loopback by address: the only origin the page may reach. */
let base: string;
/** Every request the page made, and those to any other host (aborted). */
const requests: string[] = [];
const elsewhere: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  app = await startServer();
  base = `http://127.0.0.1:${app.port}`;
  browser = await launchChromium();
  // No internet, as on an offline laptop: anything not for the test server is refused and noted.
  await browser.context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    if (new URL(url).origin === base) return route.continue();
    elsewhere.push(url);
    return route.abort("internetdisconnected");
  });
  page = await browser.context.newPage();
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("GraphiQL at /graphql, without internet", () => {
  it("runs its default query against the seed from the run button, loading nothing from another host", async () => {
    const response = await page.goto(`${base}/graphql`);
    expect(response!.headers()["content-security-policy"]).toBe(GRAPHIQL_CSP);
    await page.waitForSelector(".graphiql-query-editor .CodeMirror", { timeout: 60_000 });
    await page.click(".graphiql-execute-button");
    // The result pane is a CodeMirror editor: its whole text, not only the lines scrolled into view.
    const resultText = () =>
      page.evaluate(() => document.querySelector(".result-window .CodeMirror")?.CodeMirror.getValue() ?? "");
    await expect.poll(resultText, { timeout: 30_000 }).toContain('"data"');
    const shown = JSON.parse(await resultText());

    const direct = await executeGraphQL(app.url, SEED_PLAN);
    expect(direct.errors).toBeUndefined();
    expect(shown).toEqual({ data: direct.data });
    expect(shown.data.node.name).toMatch(/人工智能/);
    expect(shown.data.actions.edges[0].node.tasks.length).toBeGreaterThan(0);

    expect(elsewhere).toEqual([]);
    expect(requests.some((u) => u.startsWith(`${base}/graphiql/vendor/graphiql-`))).toBe(true);
    expect(problems).toEqual([]);
  });

  it("shows the introspected schema in its docs and opens its dialogs, all within the page's CSP", async () => {
    await page.click('[aria-label^="Show Documentation"]');
    await page
      .locator(".graphiql-doc-explorer-type-name", { hasText: /^PolicyDocument$/ })
      .first()
      .waitFor();
    await page.click('[aria-label="Open settings dialog"]');
    await page.getByRole("dialog", { name: "Settings" }).waitFor();
    await page.keyboard.press("Escape");
    // CSP violations are console errors in Chromium.
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it("links to Apollo Sandbox with this endpoint, without loading it", async () => {
    const href = await page.getAttribute("#sandbox", "href");
    expect(href).toBe(
      `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(`${base}/graphql`)}`,
    );
    expect(elsewhere).toEqual([]);
  });
});

describe("GraphQL clients at /graphql", () => {
  it("still get JSON from a POST", async () => {
    const res = await executeGraphQL(app.url, "{ documents(level: NATIONAL) { totalCount } }");
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ documents: { totalCount: 2 } });
  });

  it("still get JSON from a GET ?query=, even when their Accept prefers HTML", async () => {
    for (const accept of ["application/json", BROWSER_ACCEPT]) {
      const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
        headers: { accept, "apollo-require-preflight": "1" },
      });
      expect(res.headers.get("content-type"), accept).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ data: { __typename: "Query" } });
    }
  });

  it("serves only the whitelisted files under /graphiql", async () => {
    for (const path of [
      "/graphiql/index.html",
      "/graphiql/vendor/graphiql.min.js",
      "/graphiql/vendor/..%2F..%2Fpackage.json",
      "/graphiql/../package.json",
    ]) {
      expect((await fetch(`${app.url}${path}`)).status, path).toBe(404);
    }
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** Debian's Chromium (package `chromium`), the browser the end-to-end tests drive. */
const CHROMIUM_PATH = "/usr/bin/chromium";

/** The flags the tests run Chromium with: headless, no sandbox (CI containers), nothing phoning home. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
];

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts Debian's headless Chromium with a fresh user-data folder (removed on close), or fails
 * saying which package to install.
 */
export async function launchChromium(viewport = { width: 1600, height: 900 }): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: the end-to-end tests drive Debian's Chromium. Install the Debian package \`chromium\` (apt-get install chromium; .ci/run does).`,
    );
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One Chromium page for the tests of a file: launched before them, closed after. Call at the top
 * level of a test file; the returned function gives the page inside tests and hooks.
 */
export function useChromiumPage(): () => Page {
  let browser: TestBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 60_000);
  afterAll(async () => browser?.close());
  return () => {
    if (!page) throw new Error("The Chromium page is only there inside tests and hooks.");
    return page;
  };
}

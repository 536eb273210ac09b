import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { createIngestPipeline } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { fixture } from "../helpers/fixtures.js";
import { graphCounts, useSeededGraph } from "../helpers/seeded.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

// Ingest by URL, through the mutation (guarded) and the CLI's path (unguarded), from a local HTTP
// server this test starts. The page wraps an invented example document in the furniture of a
// government article page; its hit counter changes on every fetch.
const TOKEN = "test-ingest-token-0123456789";
const INGEST = `mutation($url: String, $text: String, $metadata: IngestMetadata) {
  ingestDocument(url: $url, text: $text, metadata: $metadata) { documentId title status docNumber }
}`;
const DOCUMENT = `query($id: ID!) { node(id: $id) { ... on PolicyDocument {
  name format sourceUrl sourceFile originalHash publishedOn issueDate text sourceText
  evidence { quote start end rawStart rawEnd }
} } }`;

const graph = useSeededGraph();
let origin: string;
let hits = 0;
let server: http.Server;
let guarded: RunningApp;
let allowing: RunningApp;

/** An example document as an article page: navigation, breadcrumbs, a counter, the article, related links and a footer. */
function articlePage(name: "district" | "shenzhen" = "district"): string {
  const lines = fixture(name)
    .split("\n")
    .slice(1)
    .filter((l) => l.trim() !== "");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${lines[0]}_广州市黄埔区人民政府门户网站</title>
<meta name="PubDate" content="2021-11-05 09:30"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/hd">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>
<div class="info">发布日期：2021-11-05 浏览次数：${++hits}</div>
<div id="zoom">${lines.map((l) => `<p>${l.trim()}</p>`).join("\n")}</div>
<div class="tools">【打印本页】【关闭窗口】 字号：大 中 小</div>
<div class="related">相关链接：<a href="/a">黄埔区政府工作报告</a></div>
<div class="footer">主办单位：广州市黄埔区人民政府办公室 网站标识码：4401120001 粤ICP备12345678号</div>
</body></html>`;
}

const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  "/page.html": (_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(articlePage()),
  "/scenarios.htm": (_req, res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(articlePage("shenzhen")),
  "/moved": (_req, res) => res.writeHead(301, { location: "/page.html" }).end(),
  "/plan-gbk.txt": (_req, res) =>
    res
      .writeHead(200, { "content-type": "text/plain; charset=GBK" })
      .end(iconv.encode(fixture("national").replace(/^#.*\n/, ""), "gbk")),
  "/missing": (_req, res) => res.writeHead(404, { "content-type": "text/html" }).end("<h1>404</h1>"),
  "/slow": () => {}, // never answers
  "/huge": (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
    const chunk = Buffer.alloc(64 * 1024, "政".repeat(1));
    let sent = 0;
    const more = () => {
      while (sent < 3 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", more);
      }
      res.end();
    };
    more();
  },
  "/image.png": (_req, res) =>
    res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
  "/loop-a": (_req, res) => res.writeHead(302, { location: "/loop-b" }).end(),
  "/loop-b": (_req, res) => res.writeHead(302, { location: "/loop-a" }).end(),
  "/to-loopback": (_req, res) =>
    res.writeHead(302, { location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/page.html` }).end(),
  "/to-metadata": (_req, res) => res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
};

beforeAll(async () => {
  await graph.resetToSeed();
  server = http.createServer((req, res) => (routes[req.url ?? ""] ?? routes["/missing"]!)(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const limits = { INGEST_FETCH_TIMEOUT_MS: "1500", INGEST_FETCH_MAX_MB: "1" };
  guarded = await startServer(limits, { ingestToken: TOKEN });
  allowing = await startServer({ ...limits, INGEST_URL_ALLOW: "127.0.0.1" }, { ingestToken: TOKEN });
});

afterAll(async () => {
  await guarded?.stop();
  await allowing?.stop();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await graph.resetToSeed();
});

const ingestUrl = (app: RunningApp, url: string, metadata?: Record<string, unknown>) =>
  executeGraphQL(app.url, INGEST, { url, metadata }, { authorization: `Bearer ${TOKEN}` });

describe("ingestDocument(url:)", () => {
  it("refuses loopback, private and link-local targets unless INGEST_URL_ALLOW lists them, and writes nothing", async () => {
    const before = await graphCounts(graph.driver);
    for (const url of [
      `${origin}/page.html`,
      `http://localhost:${new URL(origin).port}/page.html`,
      "http://10.1.2.3/x",
      "http://[::1]/x",
      "http://169.254.169.254/latest/",
    ]) {
      const res = await ingestUrl(guarded, url);
      expect(res.errors?.[0], url).toMatchObject({
        message: expect.stringContaining("internal"),
        extensions: { code: "BAD_USER_INPUT", problem: "URL_REFUSED", argument: "url" },
      });
    }
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("refuses a redirect from an allowed host to an internal address not listed", async () => {
    for (const path of ["/to-loopback", "/to-metadata"]) {
      const res = await ingestUrl(allowing, `${origin}${path}`);
      expect(res.errors?.[0]?.extensions, path).toMatchObject({ problem: "URL_REFUSED" });
      expect(res.errors?.[0]?.message).toMatch(/redirected to http:\/\/(127\.0\.0\.2|169\.254\.169\.254)/);
    }
  });

  it("says what went wrong for a 404, a timeout, an oversized body, a wrong type, a redirect loop and a non-http URL", async () => {
    const cases: [string, string, RegExp][] = [
      [`${origin}/missing`, "FETCH_FAILED", /HTTP 404/],
      [`${origin}/slow`, "FETCH_FAILED", /within 1\.5 s/],
      [`${origin}/huge`, "TOO_LARGE", /larger than the 1 MB/],
      [`${origin}/image.png`, "UNSUPPORTED_FORMAT", /served as image\/png/],
      [`${origin}/loop-a`, "FETCH_FAILED", /redirects in a loop/],
      ["ftp://example.org/plan.txt", "URL_REFUSED", /not an http\(s\) URL/],
      [`http://127.0.0.1:1/`, "FETCH_FAILED", /refused the connection/],
    ];
    for (const [url, problem, message] of cases) {
      const res = await ingestUrl(allowing, url);
      expect(res.errors?.[0]?.extensions?.problem, url).toBe(problem);
      expect(res.errors?.[0]?.message, url).toMatch(message);
    }
    const both = await executeGraphQL(
      allowing.url,
      INGEST,
      { url: `${origin}/page.html`, text: "x" },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(both.errors?.[0]?.message).toContain("text or as url");
  });

  it("reads the article of an allowed page, keeps where it came from, and finds a re-fetch UNCHANGED", async () => {
    const first = await ingestUrl(allowing, `${origin}/moved`, { example: true });
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestDocument).toMatchObject({
      status: "ADDED",
      title: "黄埔区加快人工智能产业集聚发展若干措施",
      docNumber: "穗埔府规〔2021〕8号",
    });
    const id = first.data!.ingestDocument.documentId as string;
    const doc = (await executeGraphQL(allowing.url, DOCUMENT, { id })).data!.node;
    // The final address after the redirect is the document's page; the bytes hashed are those served.
    expect(doc).toMatchObject({
      format: "HTML",
      sourceUrl: `${origin}/page.html`,
      sourceFile: null,
      publishedOn: "2021-11-05",
      issueDate: "2021-11-02",
    });
    expect(doc.originalHash).toMatch(/^[0-9a-f]{64}$/);
    for (const furniture of ["浏览次数", "网站标识码", "ICP备", "当前位置", "打印本页", "相关链接"])
      expect(doc.sourceText, furniture).not.toContain(furniture);
    // Raw offsets index the extracted text as it came from the page (Traditional here), normalised offsets the text.
    expect(doc.evidence.length).toBeGreaterThan(0);
    for (const e of doc.evidence) {
      expect(doc.text.slice(e.start, e.end)).toBe(e.quote);
      expect(doc.sourceText.slice(e.rawStart, e.rawEnd).length).toBeGreaterThan(0);
    }
    // The page is fetched again (its counter has moved on): same article, nothing written.
    const again = await ingestUrl(allowing, `${origin}/page.html`, { example: true });
    expect(again.data?.ingestDocument).toMatchObject({ documentId: id, status: "UNCHANGED" });
  });

  it("decodes a GBK text file by its declared charset", async () => {
    const res = await ingestUrl(allowing, `${origin}/plan-gbk.txt`, { example: true });
    expect(res.errors).toBeUndefined();
    const id = res.data!.ingestDocument.documentId as string;
    const doc = (await executeGraphQL(allowing.url, DOCUMENT, { id })).data!.node;
    expect(doc).toMatchObject({ format: "TEXT", sourceUrl: `${origin}/plan-gbk.txt` });
    expect(doc.text).not.toContain("\uFFFD");
    expect(doc.name).toBe(res.data!.ingestDocument.title);
    expect(doc.originalHash).toBe(
      createHash("sha256")
        .update(iconv.encode(fixture("national").replace(/^#.*\n/, ""), "gbk"))
        .digest("hex"),
    );
  });
});

describe("npm run ingest -- <url>", () => {
  it("fetches what its user can reach (loopback included) and reports a failed URL by name", async () => {
    // The CLI's pipeline: the service's configuration, without an address guard.
    const config = loadConfig(
      { LOG_LEVEL: "silent", INGEST_FETCH_TIMEOUT_MS: "1500" },
      { projectRoot: PROJECT_ROOT, neo4j: { kind: "external", uri: "bolt://unused", username: "", password: "" } },
    );
    const pipeline = createIngestPipeline(guarded.db, config);
    const outcomes = await ingestFiles(pipeline, [`${origin}/scenarios.htm`, `${origin}/missing`], { metadata: {} });
    expect(outcomes[0]).toMatchObject({
      file: `${origin}/scenarios.htm`,
      report: { status: "ADDED", title: expect.stringContaining("深圳") },
    });
    expect(outcomes[1]).toMatchObject({
      file: `${origin}/missing`,
      error: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/missing could not be fetched: it answered HTTP 404/),
    });
  });
});

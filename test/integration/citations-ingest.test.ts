import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { parseCitations } from "../helpers/citation-parsers.js";
import { fixture } from "../helpers/fixtures.js";
import { graphCounts, useSeededGraph } from "../helpers/seeded.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

const TOKEN = "test-ingest-token-0123456789";
const AUTH = { authorization: `Bearer ${TOKEN}` };
const INGEST = `mutation($text: String!, $metadata: IngestMetadata) { ingestDocument(text: $text, metadata: $metadata) { documentId status } }`;
const SOURCE = "https://www.hp.gov.cn/xxgk/zcfg/content/post_0000001.html";

const graph = useSeededGraph();
let app: RunningApp;

beforeAll(async () => {
  await graph.resetToSeed();
  app = await startServer({}, { ingestToken: TOKEN });
});

afterAll(async () => {
  await app?.stop();
  await graph.resetToSeed();
});

describe("a document ingested with a sourceUrl", () => {
  it("refuses a sourceUrl that is not an absolute http(s) URL, and writes nothing", async () => {
    const before = await graphCounts(graph.driver);
    const res = await executeGraphQL(
      app.url,
      INGEST,
      { text: fixture("district"), metadata: { sourceUrl: "www.hp.gov.cn/a.html" } },
      AUTH,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'metadata.sourceUrl must be an absolute http(s) URL, but is "www.hp.gov.cn/a.html".',
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("is cited with that URL, and its evidence links to its reader page and into that page", async () => {
    const ingested = await executeGraphQL<any>(
      app.url,
      INGEST,
      { text: fixture("district"), metadata: { sourceUrl: SOURCE } },
      AUTH,
    );
    expect(ingested.errors).toBeUndefined();
    const id: string = ingested.data.ingestDocument.documentId;
    const res = await executeGraphQL<any>(
      app.url,
      `{ node(id: "${id}") { ... on PolicyDocument { name nameEn docNumber sourceUrl citation(format: RIS) evidence { quote start end link sourceLink } tasks { evidence { quote start end link sourceLink } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const doc = res.data.node;
    expect(doc.sourceUrl).toBe(SOURCE);
    const [ref] = parseCitations(doc.citation, "ris");
    expect(ref).toMatchObject({ URL: SOURCE, number: doc.docNumber, title: doc.name, "publisher-place": "广州" });
    const evidence = [...doc.evidence, ...doc.tasks.flatMap((t: any) => t.evidence)];
    expect(evidence.length).toBeGreaterThan(3);
    const text = await (await fetch(`${app.url}/documents/${encodeURIComponent(id)}.txt`)).text();
    for (const e of evidence) {
      expect(text.slice(e.start, e.end)).toBe(e.quote);
      expect(e.sourceLink.startsWith(`${SOURCE}#:~:text=`)).toBe(true);
    }
    const page = await (await fetch(evidence[1].link)).text();
    expect(page).toContain("虚构示例");
    expect(page).toContain(`<a href="${SOURCE}" rel="external noopener">`);
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseIngestArgs } from "../../src/cli/ingest-args.js";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer, validateGazetteer } from "../../src/ingest/gazetteer.js";
import { extractSeed } from "../../src/ingest/seed.js";
import { fixture } from "../helpers/fixtures.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const gazetteer = () => loadGazetteer(path.join(PROJECT_ROOT, "seeds", "gazetteer"));

describe("a document's sourceUrl", () => {
  it("comes from the curated documents for the seed plan and for the documents it cites that have one", () => {
    const [plan] = extractSeed(PROJECT_ROOT);
    const docs = plan!.nodes.filter((n) => n.label === "PolicyDocument");
    expect(docs.find((d) => d.id === plan!.documentId)!.props.sourceUrl).toBe(
      "https://gxj.gz.gov.cn/yw/tzgg/content/post_5685387.html",
    );
    const curated = new Map(gazetteer().documents.map((d) => [`PolicyDocument:${d.key}`, d.sourceUrl ?? null]));
    for (const d of docs) expect(d.props.sourceUrl, d.id).toBe(curated.get(d.id));
  });

  it("is given at ingest, by --source-url or metadata, and wins over the curated one", () => {
    expect(parseIngestArgs(["a.txt", "--source-url", "https://www.hp.gov.cn/a/post_1.html"]).metadata).toEqual({
      sourceUrl: "https://www.hp.gov.cn/a/post_1.html",
    });
    const g = extractDocument(fixture("district"), gazetteer(), {
      metadata: { sourceUrl: "https://www.hp.gov.cn/a/post_1.html" },
      discover: true,
    });
    expect(g.nodes.find((n) => n.id === g.documentId)!.props.sourceUrl).toBe("https://www.hp.gov.cn/a/post_1.html");
    const without = extractDocument(fixture("district"), gazetteer(), { discover: true });
    expect(without.nodes.find((n) => n.id === without.documentId)!.props.sourceUrl).toBeNull();
  });

  it("must be an absolute http(s) URL, on the command line and in the curated data", () => {
    expect(() => parseIngestArgs(["a.txt", "--source-url", "www.hp.gov.cn/a.html"])).toThrow(
      /--source-url must be an absolute http\(s\) URL .* but is "www.hp.gov.cn\/a.html"/,
    );
    const g = gazetteer();
    g.documents[0] = { ...g.documents[0]!, sourceUrl: "gxj.gz.gov.cn/yw/tzgg/content/post_5685387.html" };
    expect(validateGazetteer(g)).toContain(
      'documents/gz-ai-plan-2020-2022: sourceUrl "gxj.gz.gov.cn/yw/tzgg/content/post_5685387.html" must be an absolute http(s) URL, or null',
    );
  });
});

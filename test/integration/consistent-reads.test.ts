import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { useSeededGraph } from "../helpers/seeded.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

// A request runs several statements (one per list at the top, its count, node(id:)…). While a
// document is updated, each request must see either its old version or its new one, never a mix
// (read-write-gate.ts). An invented document is ingested back and forth between two versions, one of
// 3 tasks and one of 4 with other names and another date, while clients read it concurrently.

const TOKEN = "test-ingest-token-consistent-reads";
const INGEST = `mutation($text: String!, $metadata: IngestMetadata) {
  ingestDocument(text: $text, metadata: $metadata, replace: true) { documentId status }
}`;
const READ = `query($doc: ID!) {
  tasks(partOf: $doc, first: 20) { totalCount edges { node { id name } } }
  node(id: $doc) { ... on PolicyDocument { issueDate tasks { name } } }
}`;

interface Version {
  issuedOn: string;
  tasks: string[];
}
const VERSIONS: Version[] = [
  { issuedOn: "2024-01-15", tasks: ["建设公共算力平台", "培育数据要素市场", "推广智能制造应用"] },
  { issuedOn: "2024-03-20", tasks: ["完善人才引进机制", "建设开源创新社区", "开展伦理治理试点", "扩大场景开放清单"] },
];
const text = (v: Version) =>
  "# 虚构示例:读写一致性测试用文件\n某市人工智能读写一致性测试工作方案\n一、重点任务\n" +
  v.tasks.map((name, i) => `(${"一二三四"[i]})${name}。由市科技局负责。`).join("\n") +
  "\n";

/** Which version an answer is entirely of, or why it is not of one. */
function versionOf(data: any): number | string {
  const listed = (data.tasks.edges as { node: { name: string } }[]).map((e) => e.node.name);
  if (data.tasks.totalCount !== listed.length) return `totalCount ${data.tasks.totalCount} with ${listed.length} edges`;
  const nested = (data.node.tasks as { name: string }[]).map((t) => t.name);
  const same = (names: string[], v: Version) =>
    names.length === v.tasks.length && names.every((n) => v.tasks.includes(n));
  const at = VERSIONS.findIndex((v) => same(listed, v) && same(nested, v) && data.node.issueDate === v.issuedOn);
  return at >= 0 ? at : `mixed: list ${listed.join("/")}, node ${nested.join("/")} of ${data.node.issueDate}`;
}

const graph = useSeededGraph();
let app: RunningApp;
const ingest = async (v: Version) => {
  const res = await executeGraphQL(
    app.url,
    INGEST,
    { text: text(v), metadata: { issuedOn: v.issuedOn, example: true } },
    { authorization: `Bearer ${TOKEN}` },
  );
  if (res.errors) throw new Error(`ingest failed: ${JSON.stringify(res.errors)}`);
  return res.data!.ingestDocument as { documentId: string; status: string };
};

beforeAll(async () => {
  app = await startServer({}, { ingestToken: TOKEN });
});

afterAll(async () => {
  await app?.stop();
  await graph.resetToSeed();
});

describe("answers while a document is updated", () => {
  it("never mix two versions of the document, within one list or across the statements of one request", async () => {
    const documentId = (await ingest(VERSIONS[0]!)).documentId;
    const first = await executeGraphQL(app.url, READ, { doc: documentId });
    expect(versionOf(first.data)).toBe(0);

    const UPDATES = 10;
    const deadline = Date.now() + 30_000;
    let writing = true;
    const seen = [0, 0];
    const wrong: string[] = [];
    const reader = async () => {
      // Bounded by the writer (which stops after UPDATES or the deadline) and by a count of its own.
      for (let i = 0; writing && i < 5_000 && Date.now() < deadline + 5_000; i++) {
        const res = await executeGraphQL(app.url, READ, { doc: documentId });
        if (res.errors) {
          wrong.push(`errors: ${JSON.stringify(res.errors)}`);
          continue;
        }
        const version = versionOf(res.data);
        if (typeof version === "number") seen[version]!++;
        else wrong.push(version);
      }
    };
    const writer = async () => {
      try {
        for (let i = 1; i <= UPDATES && Date.now() < deadline; i++) {
          expect((await ingest(VERSIONS[i % 2]!)).status).toBe("UPDATED");
        }
      } finally {
        writing = false;
      }
    };
    await Promise.all([writer(), ...Array.from({ length: 6 }, reader)]);

    expect(wrong.slice(0, 5)).toEqual([]);
    // The readers saw both versions: the reads did overlap the updates.
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[1]).toBeGreaterThan(0);
  }, 90_000);
});

import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpus, type GeneratedDocument } from "../../bench/corpus/generate.js";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import type { Statement } from "../../src/db/database.js";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { loadStatements } from "../../src/ingest/load.js";
import { IngestPipeline } from "../../src/ingest/pipeline.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { useSeededGraph } from "../helpers/seeded.js";

// Ingest cost must not grow with the corpus: every statement an ingest runs finds what it touches
// through an index on this document's ids (or the ids and keys its text names), so its work is
// the same whether the graph holds 10 generated documents or 10 times as many. Checked by PROFILE,
// in a transaction that is rolled back, for the statements one more document's ingest sends.

const graph = useSeededGraph();
const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const statements = CypherStatements.load(path.join(PROJECT_ROOT, "cypher"));
const SMALL = 10;
const LARGE = 100;
const docs: GeneratedDocument[] = [...corpus({ count: LARGE + 1, seed: 11 })];
const probe = docs[LARGE]!;
const SCANS =
  /AllNodesScan|NodeByLabelScan|AllRelationshipsScan|RelationshipTypeScan|NodeIndexScan|RelationshipIndexScan|DirectedRelationshipIndexScan|UndirectedRelationshipIndexScan/;

let pipeline: IngestPipeline;
beforeAll(async () => {
  await graph.resetToSeed();
  pipeline = new IngestPipeline(graph.db, gazetteer);
});
afterAll(() => graph.resetToSeed());

async function ingest(from: number, to: number): Promise<void> {
  const outcomes = await pipeline.ingestBatch(docs.slice(from, to).map((d) => ({ text: d.text, source: d.file })));
  expect(outcomes.filter((o) => "error" in o)).toEqual([]);
}

/** The statements the probe document's ingest sends: its reads, then its load. */
function probeStatements(): Statement[] {
  const g = extractDocument(probe.text, gazetteer, { discover: true });
  return [
    {
      name: "find-documents-by-keys",
      params: { numbers: [g.docNumber, ...probe.cites], titleKeys: [g.title], ids: [g.documentId] },
    },
    { name: "find-existing-ids", params: { ids: g.nodes.map((n) => n.id) } },
    { name: "find-document-owned", params: { documentId: g.documentId } },
    { name: "find-ingested-originals", params: { hashes: ["0".repeat(64)] } },
    ...loadStatements([g]),
  ];
}

/** Database hits and operators of each statement, PROFILEd in order in one transaction that is rolled back. */
async function profileAll(): Promise<Map<string, { hits: number; operators: string[] }>> {
  const out = new Map<string, { hits: number; operators: string[] }>();
  const session = graph.driver.session();
  const tx = session.beginTransaction();
  try {
    for (const s of probeStatements()) {
      const result = await tx.run(`PROFILE ${statements.get(s.name)}`, integers(s.params ?? {}));
      let hits = 0;
      const operators: string[] = [];
      const walk = (p: { operatorType: string; dbHits: number; children: unknown[] }) => {
        hits += Number(p.dbHits);
        operators.push(p.operatorType.replace(/@.*$/, ""));
        p.children.forEach((c) => walk(c as typeof p));
      };
      walk(result.summary.profile as unknown as { operatorType: string; dbHits: number; children: unknown[] });
      out.set(s.name, { hits, operators });
    }
  } finally {
    await tx.rollback();
    await session.close();
  }
  return out;
}

interface EvidencePageProfile {
  quotes: number;
  operators: string[];
  /** Rows of the index seek the page is read from. */
  pageRows: number;
  page: { document: string; start: number; end: number }[];
  /** The first 20 records of the hub, sorted here. */
  expected: { document: string; start: number; end: number }[];
}

/** The PROFILE of the evidence page (first 20) of the node with the most evidence records. */
async function profileEvidencePage(): Promise<EvidencePageProfile> {
  const [hub] = await graph.cypher(
    `MATCH (v:Evidence) WITH v.node AS node, count(*) AS quotes RETURN node, quotes ORDER BY quotes DESC, node LIMIT 1`,
  );
  // The first 20 as the database sorts them in a statement of its own, without the index hint.
  const expected = (
    await graph.cypher(
      `MATCH (v:Evidence) WHERE v.node = $node RETURN v.document AS document, v.start AS start, v.end AS end
       ORDER BY document, start, end LIMIT 20`,
      { node: hub!.node },
    )
  ).map((r) => ({ document: r.document as string, start: Number(r.start), end: Number(r.end) }));
  const session = graph.driver.session();
  try {
    const result = await session.run(
      `PROFILE ${statements.get("find-evidence-of-nodes")}`,
      integers({ ids: [hub!.node], offset: 0, first: 20 }),
    );
    const operators: string[] = [];
    let pageRows = -1;
    const walk = (p: {
      operatorType: string;
      rows: number;
      arguments: Record<string, unknown>;
      children: unknown[];
    }) => {
      operators.push(p.operatorType.replace(/@.*$/, ""));
      if (/NodeIndexSeek/.test(p.operatorType) && String(p.arguments.Details).includes("document"))
        pageRows = Number(p.rows);
      p.children.forEach((c) => walk(c as typeof p));
    };
    walk(result.summary.profile as unknown as Parameters<typeof walk>[0]);
    const page = (result.records[0]!.get("page") as Record<string, unknown>[]).map((v) => ({
      document: v.document as string,
      start: Number(v.start),
      end: Number(v.end),
    }));
    return { quotes: Number(hub!.quotes), operators, pageRows, page, expected };
  } finally {
    await session.close();
  }
}

describe("ingest cost at corpus scale", () => {
  let small: Map<string, { hits: number; operators: string[] }>;
  let large: Map<string, { hits: number; operators: string[] }>;
  let smallPage: EvidencePageProfile;
  let largePage: EvidencePageProfile;
  beforeAll(async () => {
    await ingest(0, SMALL);
    small = await profileAll();
    smallPage = await profileEvidencePage();
    await ingest(SMALL, LARGE);
    large = await profileAll();
    largePage = await profileEvidencePage();
  }, 600_000);

  it("reads a hub's evidence page in order from an index, its 20 quotes only, however many it has", () => {
    // At 10× the hub has many times 20 quotes: sorting them all would read every one.
    expect(largePage.quotes).toBeGreaterThan(5 * 20);
    expect(largePage.quotes).toBeGreaterThan(smallPage.quotes);
    for (const p of [smallPage, largePage]) {
      expect(
        p.operators.filter((o) => /Sort|Top/.test(o)),
        p.operators.join(" "),
      ).toEqual([]);
      expect(p.pageRows).toBeGreaterThan(0);
      expect(p.pageRows).toBeLessThanOrEqual(20);
      expect(p.page).toEqual(p.expected);
    }
  });

  it("never scans a label, an index or the relationships, at 1× or 10× the corpus", () => {
    for (const profiles of [small, large]) {
      for (const [name, p] of profiles)
        expect(
          p.operators.filter((o) => SCANS.test(o)),
          `${name}: ${p.operators.join(" ")}`,
        ).toEqual([]);
    }
  });

  it("does the same work for one more document at 10× the corpus as at 1×", () => {
    expect([...large.keys()]).toEqual([...small.keys()]);
    for (const [name, p] of large) {
      const before = small.get(name)!.hits;
      // A little slack for index pages and the few documents the probe cites that exist only in the larger graph.
      expect(p.hits, `${name}: ${before} db hits at ${SMALL} documents, ${p.hits} at ${LARGE}`).toBeLessThanOrEqual(
        before * 1.25 + 50,
      );
    }
  });

  it("keeps every node small: no property list grows with the documents naming it", async () => {
    const [row] = await graph.cypher(`MATCH (n:Entity)
      WITH n, [k IN keys(n) WHERE valueType(n[k]) STARTS WITH "LIST" | size(n[k])] AS lists
      RETURN max(size(keys(n))) AS properties, max(reduce(m = 0, x IN lists | CASE WHEN x > m THEN x ELSE m END)) AS longest`);
    const [hub] = await graph.cypher(
      `MATCH (v:Evidence) WITH v.node AS node, count(DISTINCT v.document) AS documents RETURN node, documents ORDER BY documents DESC LIMIT 1`,
    );
    // The corpus has hubs: a department named by dozens of documents, whose evidence is as many records, not a longer list.
    expect(hub!.documents as number).toBeGreaterThan(20);
    expect(row!.longest as number).toBeLessThan(20);
    expect(row!.properties as number).toBeLessThan(40);
  });
});

/** Whole numbers as Neo4j integers, as the service's door sends them. */
function integers(v: unknown): any {
  if (typeof v === "number") return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(integers);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, integers(x)]));
  return v;
}

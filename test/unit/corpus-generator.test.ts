// The benchmark's generated corpus (bench/corpus/): deterministic, in realistic proportions, and
// read by the extractor as generated: title, 文号, level, issuer, tasks, targets, units, and citations
// that link to the documents generated before.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpus, type GeneratedDocument, generateCorpus } from "../../bench/corpus/generate.js";
import { titleKey } from "../../src/ingest/document-number.js";
import { type DocumentLookup, type Extraction, extractDocument, type KnownDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { isMarkedExample } from "../../src/ingest/pipeline.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const docs = generateCorpus({ count: 1000, seed: 1 });
const idOf = (d: GeneratedDocument) => `PolicyDocument:corpus-${d.file.slice(0, 5)}`;
// Curated national bodies carry their full name; keys compare names without it (test/fixtures/layouts/KEYS.md).
const bodyName = (name: string) => name.replace(/^中华人民共和国/, "");

/** Extracts `chosen` documents, each with a lookup of the documents generated before it (as the graph would hold them). */
function extractInOrder(chosen: Set<GeneratedDocument>): Map<GeneratedDocument, Extraction> {
  const byNumber = new Map<string, KnownDocument>();
  const byTitle = new Map<string, KnownDocument>();
  const lookup: DocumentLookup = (docNumber, title) =>
    docNumber ? byNumber.get(docNumber) : byTitle.get(titleKey(title));
  const out = new Map<GeneratedDocument, Extraction>();
  for (const d of docs) {
    if (chosen.has(d))
      out.set(d, extractDocument(d.text, gazetteer, { discover: true, example: true, documents: lookup }));
    const known = { id: idOf(d), full: true, title: d.title, docNumber: d.docNumber };
    byNumber.set(d.docNumber, known);
    byTitle.set(titleKey(d.title), known);
  }
  return out;
}

/** The first document of every level × layout there is, then evenly spaced ones up to 60. */
function sample(): GeneratedDocument[] {
  const firsts = new Map<string, GeneratedDocument>();
  for (const d of docs) if (!firsts.has(`${d.level} ${d.layout}`)) firsts.set(`${d.level} ${d.layout}`, d);
  const chosen = new Set(firsts.values());
  for (let i = 0; chosen.size < 60; i += 17) chosen.add(docs[i % docs.length]!);
  return [...chosen];
}

describe("the generated policy corpus", () => {
  it("gives the same texts for the same seed and other texts for another seed", () => {
    const texts = (seed: number) => [...corpus({ count: 150, seed })].map((d) => `${d.file}\n${d.text}`);
    expect(texts(1)).toEqual(texts(1));
    const [one, two] = [texts(1), texts(2)];
    expect(two.filter((t, i) => t === one[i])).toEqual([]);
  });

  it("generates 1000 documents in seconds", () => {
    const started = performance.now();
    expect(generateCorpus({ count: 1000, seed: 9 })).toHaveLength(1000);
    // A sanity bound against a generator that grows faster than its count (the bench asks for
    // 1000× the seed), not a speed target: about a second idle, so a busy machine meets it.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("keeps the shares of the levels: about 1% national, 5% provincial, 30% municipal, the rest district", () => {
    const share = (level: string) => docs.filter((d) => d.level === level).length / docs.length;
    expect(share("NATIONAL")).toBeGreaterThanOrEqual(0.005);
    expect(share("NATIONAL")).toBeLessThanOrEqual(0.02);
    expect(share("PROVINCIAL")).toBeGreaterThanOrEqual(0.03);
    expect(share("PROVINCIAL")).toBeLessThanOrEqual(0.07);
    expect(share("MUNICIPAL")).toBeGreaterThanOrEqual(0.25);
    expect(share("MUNICIPAL")).toBeLessThanOrEqual(0.35);
    expect(share("DISTRICT")).toBeGreaterThanOrEqual(0.58);
    expect(docs[0]!.level).toBe("NATIONAL");
  });

  it("gives every document its own 文号, title and file, a fiction mark, and 2.5–4 KB of text on average", () => {
    expect(new Set(docs.map((d) => d.docNumber)).size).toBe(docs.length);
    expect(new Set(docs.map((d) => titleKey(d.title))).size).toBe(docs.length);
    expect(docs.map((d) => d.file)).toEqual(docs.map((d) => d.file).sort());
    expect(docs.filter((d) => !isMarkedExample(d.text))).toEqual([]);
    const bytes = docs.map((d) => Buffer.byteLength(d.text));
    const mean = bytes.reduce((a, b) => a + b, 0) / bytes.length;
    expect(mean).toBeGreaterThan(2500);
    expect(mean).toBeLessThan(4000);
    expect(Math.min(...bytes)).toBeGreaterThan(1500);
    expect(Math.max(...bytes)).toBeLessThan(5000);
  });

  it("cites 1–4 earlier documents of the same or a higher level, some only by title and some outside the corpus", () => {
    const index = new Map(docs.map((d, i) => [d.docNumber, i]));
    const rank = { NATIONAL: 0, PROVINCIAL: 1, MUNICIPAL: 2, DISTRICT: 3 };
    let placeholders = 0;
    let titleOnly = 0;
    let all = 0;
    for (const [i, d] of docs.entries()) {
      expect(d.cites.length).toBeGreaterThanOrEqual(1);
      expect(d.cites.length).toBeLessThanOrEqual(4);
      for (const n of d.cites) {
        all++;
        const at = index.get(n);
        if (at === undefined) placeholders++;
        else {
          expect(at).toBeLessThan(i);
          expect(rank[docs[at]!.level]).toBeLessThanOrEqual(rank[d.level]);
          if (!d.text.includes(`（${n}）`)) titleOnly++;
        }
      }
    }
    expect(placeholders / all).toBeGreaterThan(0.03);
    expect(titleOnly / all).toBeGreaterThan(0.05);
    // A district's plans cite its city's, its province's and the nation's.
    const district = docs
      .filter((d) => d.level === "DISTRICT" && d.cites.length >= 3)
      .map((d) => d.cites.map((n) => docs[index.get(n) ?? -1]?.level));
    expect(
      district.filter(
        (levels) => levels.includes("MUNICIPAL") && levels.includes("PROVINCIAL") && levels.includes("NATIONAL"),
      ).length,
    ).toBeGreaterThan(district.length / 3);
  });

  it("is read by the extractor as generated, each level and layout: title, 文号, level, issuer, tasks, goals, units and linked citations", () => {
    const chosen = sample();
    expect(new Set(chosen.map((d) => d.level)).size).toBe(4);
    expect(new Set(chosen.map((d) => d.layout)).size).toBe(9);
    const byNumber = new Map(docs.map((d) => [d.docNumber, d]));
    for (const [d, g] of extractInOrder(new Set(chosen))) {
      const read = (label: string) => g.nodes.filter((n) => n.label === label);
      const issuers = g.relationships
        .filter((r) => r.type === "ISSUED_BY" && r.props.role === "ISSUER")
        .map((r) => g.nodes.find((n) => n.id === r.to)?.props.name as string);
      expect({
        file: d.file,
        title: titleKey(g.title),
        docNumber: g.docNumber,
        level: read("PolicyDocument").find((n) => n.id === g.documentId)?.props.level,
        issuers: issuers.map(bodyName),
      }).toEqual({
        file: d.file,
        title: titleKey(d.title),
        docNumber: d.docNumber,
        level: d.level,
        issuers: [d.issuer],
      });
      expect(read("Task").length, d.file).toBeGreaterThanOrEqual(3);
      expect(read("Target").length, d.file).toBeGreaterThanOrEqual(2);
      expect(g.relationships.filter((r) => r.type === "RESPONSIBLE").length, d.file).toBeGreaterThanOrEqual(
        read("Task").length,
      );
      // Each cited corpus document links to its id; the others become placeholders.
      expect(g.cited.length, d.file).toBe(d.cites.length);
      for (const n of d.cites) {
        const cited = byNumber.get(n);
        if (cited)
          expect(
            g.cited.map((c) => c.id),
            `${d.file} cites ${n}`,
          ).toContain(idOf(cited));
      }
      const linked = new Set(d.cites.flatMap((n) => (byNumber.has(n) ? [idOf(byNumber.get(n)!)] : [])));
      expect(
        g.cited.filter((c) => !linked.has(c.id)).every((c) => c.placeholder),
        d.file,
      ).toBe(true);
    }
  }, 30_000);

  it("makes a city's departments hubs: the most-named one is named by more than 20% of the city's own documents", () => {
    const city = docs.filter((d) => d.level === "MUNICIPAL" && d.place === "qingchuan");
    expect(city.length).toBeGreaterThan(20);
    const naming = new Map<string, number>();
    for (const g of extractInOrder(new Set(city)).values()) {
      const named = new Set(
        g.relationships
          .filter((r) => r.type === "RESPONSIBLE")
          .map((r) => g.nodes.find((n) => n.id === r.to)?.props.name as string),
      );
      for (const name of named) naming.set(name, (naming.get(name) ?? 0) + 1);
    }
    const [top, times] = [...naming].sort((a, b) => b[1] - a[1])[0]!;
    expect(top).toMatch(/^青川市(科技局|工业和信息化局|发展改革委)$/);
    expect(times / city.length).toBeGreaterThan(0.2);
  }, 30_000);
});

import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Quad } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../src/model/graph-model.js";
import { BOOKKEEPING } from "../../src/rdf/bookkeeping.js";
import { expand, PG } from "../../src/rdf/namespaces.js";
import { nodePropertyTerms, relationshipPropertyTerms } from "../../src/rdf/property-terms.js";
import { nodeClasses, projectClass, relationshipClass } from "../../src/rdf/type-terms.js";
import { executeCypher, openTestDriver, PROJECT_ROOT } from "../helpers/neo4j.js";
import {
  countByClass,
  jsonLdToQuads,
  objectsOf,
  parseTurtle,
  rapperCount,
  rdflibRead,
  statementKey,
  subjectsOf,
} from "../helpers/rdf.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

const PUBLIC_URL = "https://policy-graph.example.org";
const PLAN = "PolicyDocument:gz-ai-plan-2020-2022";
const id = (entityId: string) => `${PUBLIC_URL}/id/${encodeURIComponent(entityId)}`;
const LIST_QUERIES: Record<string, string> = {
  PolicyDocument: "documents",
  Agency: "agencies",
  Organization: "organizations",
  Platform: "platforms",
  Zone: "zones",
  Target: "targets",
  Action: "actions",
  Task: "tasks",
  Measure: "measures",
  Technology: "technologies",
  Domain: "domains",
};

let app: RunningApp;
let driver: Driver;
let turtle: Response;
let turtleText: string;
let turtleQuads: Quad[];
let jsonLdResponse: Response;
let jsonLdText: string;
/** Nodes per label, from each list query's totalCount. */
let labelCounts: Record<string, number>;
/** Relationships per type, from the edges of the GraphQL Cytoscape export of the whole graph. */
let typeCounts: Record<string, number>;

beforeAll(async () => {
  app = await startServer({ PUBLIC_URL: `${PUBLIC_URL}/` });
  driver = openTestDriver();
  turtle = await fetch(`${app.url}/export/graph.ttl`);
  turtleText = await turtle.text();
  turtleQuads = parseTurtle(turtleText);
  jsonLdResponse = await fetch(`${app.url}/export/graph.jsonld`);
  jsonLdText = await jsonLdResponse.text();
  // One list query per request, one after another: eleven at once can outwait a client's database
  // slots on a busy machine while Neo4j is still cold.
  labelCounts = {};
  for (const [label, q] of Object.entries(LIST_QUERIES)) {
    const res = await executeGraphQL(app.url, `{ ${q} { totalCount } }`);
    expect(res.errors, `the totalCount of ${q}`).toBeUndefined();
    labelCounts[label] = res.data![q].totalCount as number;
  }
  const cy = await executeGraphQL(app.url, "{ graph(format: CYTOSCAPE) { json } }");
  expect(cy.errors, "the GraphQL Cytoscape export").toBeUndefined();
  typeCounts = tally(cy.data!.graph.json.elements.edges.map((e: { data: { type: string } }) => e.data.type));
});
afterAll(async () => {
  await driver?.close();
  await app?.stop();
});

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

describe("GET /export/graph.ttl", () => {
  it("serves Turtle that N3.js parses, as a download", () => {
    expect(turtle.status).toBe(200);
    expect(turtle.headers.get("content-type")).toBe("text/turtle; charset=utf-8");
    expect(turtle.headers.get("content-disposition")).toBe('attachment; filename="policy-graph.ttl"');
    expect(turtleText).toContain("@prefix eli: <http://data.europa.eu/eli/ontology#>.");
    expect(turtleQuads.length).toBeGreaterThan(1000);
  });

  it("has one resource of class pg:<Label> per node GraphQL counts, for every label", () => {
    const byClass = countByClass(turtleQuads);
    expect(Object.keys(labelCounts).sort()).toEqual([...NODE_LABELS].sort());
    for (const label of NODE_LABELS)
      expect([label, byClass.get(projectClass(label)) ?? 0]).toEqual([label, labelCounts[label]]);
    const total = Object.values(labelCounts).reduce((a, b) => a + b, 0);
    expect(new Set(NODE_LABELS.flatMap((l) => subjectsOf(turtleQuads, projectClass(l)))).size).toBe(total);
  });

  it("counts each standard class (eli:LegalResource, schema:GovernmentOrganization, …) as the nodes of the labels mapped to it", () => {
    const byClass = countByClass(turtleQuads);
    const expected = new Map<string, number>();
    for (const label of NODE_LABELS)
      for (const c of nodeClasses(label).slice(1)) expected.set(c, (expected.get(c) ?? 0) + labelCounts[label]!);
    for (const [cls, n] of expected) expect([cls, byClass.get(cls)]).toEqual([cls, n]);
    expect(byClass.get(expand("eli:LegalResource"))).toBe(labelCounts.PolicyDocument);
    expect(byClass.get(expand("eli:LegalResourceSubdivision"))).toBe(
      labelCounts.Action! + labelCounts.Task! + labelCounts.Measure!,
    );
  });

  it("writes every relationship as a direct triple and as a qualified pg:Relationship, as many of each type as the graph has", async () => {
    const byClass = countByClass(turtleQuads);
    const stored = await executeCypher(driver, "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n");
    expect(Object.fromEntries(stored.map((r) => [r.type, r.n]))).toEqual(typeCounts);
    // The seed has no REPEALS: each type the graph holds is a type of the model, written as often as stored.
    expect(Object.keys(typeCounts).filter((t) => !(RELATIONSHIP_TYPES as readonly string[]).includes(t))).toEqual([]);
    for (const type of RELATIONSHIP_TYPES)
      expect([type, byClass.get(relationshipClass(type)) ?? 0]).toEqual([type, typeCounts[type] ?? 0]);
    const relationships = subjectsOf(turtleQuads, `${PG}Relationship`);
    expect(relationships).toHaveLength(Object.values(typeCounts).reduce((a, b) => a + b, 0));
    const statements = new Set(turtleQuads.map(statementKey));
    for (const r of relationships) {
      const [from] = objectsOf(turtleQuads, r, `${PG}from`);
      const [predicate] = objectsOf(turtleQuads, r, `${PG}predicate`);
      const [to] = objectsOf(turtleQuads, r, `${PG}to`);
      expect(statements.has(`<${from!.value}> <${predicate!.value}> <${to!.value}>`)).toBe(true);
    }
  });

  it("says in ELI that the plan applies the national plan 国发〔2017〕35号, which is titled in Chinese and English", () => {
    const statements = new Set(turtleQuads.map(statementKey));
    const [docWithNumber] = turtleQuads
      .filter((q) => q.predicate.value === expand("eli:id_local") && q.object.value === "国发〔2017〕35号")
      .map((q) => q.subject.value);
    expect(docWithNumber).toBeDefined();
    expect(statements.has(`<${id(PLAN)}> <${expand("eli:applies")}> <${docWithNumber}>`)).toBe(true);
    const titles = objectsOf(turtleQuads, docWithNumber!, expand("eli:title")).map((o) => [
      o.value,
      (o as { language: string }).language,
    ]);
    expect(titles).toContainEqual(["新一代人工智能发展规划", "zh-hans"]);
    expect(titles.some(([, lang]) => lang === "en")).toBe(true);
    expect(
      objectsOf(turtleQuads, id(PLAN), expand("eli:date_document")).map(
        (o) => `${o.value}^^${(o as { datatype: { value: string } }).datatype.value}`,
      ),
    ).toEqual([`2020-02-27^^${expand("xsd:date")}`]);
  });

  it("names the issuing bureau with eli:passed_by and the approving city government with eli:responsibility_of_agent", () => {
    const names = (predicate: string) =>
      objectsOf(turtleQuads, id(PLAN), predicate)
        .flatMap((a) => objectsOf(turtleQuads, a.value, expand("rdfs:label")))
        .filter((l) => (l as { language: string }).language === "zh-hans")
        .map((l) => l.value);
    expect(names(expand("eli:passed_by"))).toEqual(["广州市工业和信息化局"]);
    expect(names(expand("eli:responsibility_of_agent"))).toEqual(["广州市人民政府"]);
  });

  it("gives every quotation the exact words of its document's text at oa:start..oa:end, and links it from what it supports", () => {
    const quotations = subjectsOf(turtleQuads, expand("prov:Entity"));
    expect(quotations.length).toBeGreaterThan(100);
    for (const q of quotations) {
      const [doc] = objectsOf(turtleQuads, q, expand("prov:wasQuotedFrom"));
      const [value] = objectsOf(turtleQuads, q, expand("prov:value"));
      const position = objectsOf(turtleQuads, q, expand("oa:hasSelector")).find(
        (s) => objectsOf(turtleQuads, s.value, expand("oa:start")).length > 0,
      )!;
      const start = Number(objectsOf(turtleQuads, position.value, expand("oa:start"))[0]!.value);
      const end = Number(objectsOf(turtleQuads, position.value, expand("oa:end"))[0]!.value);
      const text = objectsOf(turtleQuads, doc!.value, expand("schema:text")).find(
        (t) => (t as { language: string }).language === "zh-hans",
      )!.value;
      expect([q, text.slice(start, end)]).toEqual([q, value!.value]);
    }
    const supported = new Set(
      turtleQuads.filter((t) => t.predicate.value === expand("prov:wasDerivedFrom")).map((t) => t.object.value),
    );
    expect([...supported].sort()).toEqual([...quotations].sort());
  });

  it("cites as many distinct quotations as the graph's evidence has distinct spans, and the plan's RESPONSIBLE edges cite theirs", async () => {
    const spans = await distinctSpans();
    expect(subjectsOf(turtleQuads, expand("prov:Entity"))).toHaveLength(spans);
    const edge = id("RESPONSIBLE|Measure:gz-ai-plan-2020-2022/measure-1|Agency:gz-industry-it-bureau");
    const [quote] = objectsOf(turtleQuads, edge, expand("prov:wasDerivedFrom"));
    expect(objectsOf(turtleQuads, quote!.value, expand("prov:value"))[0]!.value).toBe("市工业和信息化局");
    expect(objectsOf(turtleQuads, edge, `${PG}role`)[0]!.value).toBe("LEAD");
  });

  it("writes every stored property of every node and relationship, each under its mapped term", async () => {
    const statements = new Set(turtleQuads.map((q) => `${q.subject.value} ${q.predicate.value}`));
    const nodes = await executeCypher(
      driver,
      "MATCH (n:Entity) RETURN n.id AS id, n.kind AS label, properties(n) AS props",
    );
    let checked = 0;
    for (const n of nodes) {
      for (const [key, value] of Object.entries(n.props as Record<string, unknown>)) {
        for (const t of nodePropertyTerms(n.label as string, key, value)) {
          if (Array.isArray(value) && value.length === 0) continue;
          expect([n.id, key, statements.has(`${id(n.id as string)} ${t.predicate}`)]).toEqual([n.id, key, true]);
          checked++;
        }
      }
    }
    const rels = await executeCypher(driver, "MATCH ()-[r]->() RETURN r.id AS id, properties(r) AS props");
    for (const r of rels) {
      for (const [key, value] of Object.entries(r.props as Record<string, unknown>)) {
        for (const t of relationshipPropertyTerms(key, value)) {
          expect([r.id, key, statements.has(`${id(r.id as string)} ${t.predicate}`)]).toEqual([r.id, key, true]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("leaves out the bookkeeping Neo4j keeps (ord, titleKey, extractionHash, loadedAt): no term, no value", async () => {
    const stored = await executeCypher(
      driver,
      `MATCH (n:Entity) UNWIND [k IN keys(n) WHERE k IN $keys] AS k
      RETURN k, collect(DISTINCT toString(n[k]))[0..50] AS values`,
      { keys: [...BOOKKEEPING] },
    );
    expect(stored.map((r) => r.k).sort()).toEqual(["extractionHash", "loadedAt", "ord", "titleKey"]);
    const predicates = new Set(turtleQuads.map((q) => q.predicate.value));
    const objects = new Set(turtleQuads.filter((q) => q.object.termType === "Literal").map((q) => q.object.value));
    for (const { k, values } of stored as { k: string; values: string[] }[]) {
      expect(predicates.has(`${PG}${k}`), k).toBe(false);
      // Hashes and load times are distinctive: none is any statement's value (an order or a title key may equal another value).
      if (k === "extractionHash" || k === "loadedAt")
        expect(
          values.filter((v) => objects.has(v)),
          k,
        ).toEqual([]);
    }
  });

  it("builds every IRI under PUBLIC_URL (without its trailing slash) or a published vocabulary, besides the official pages documents link to", () => {
    const namespaces = [
      PUBLIC_URL + "/id/",
      PG,
      "http://data.europa.eu/eli/",
      "http://www.w3.org/",
      "https://schema.org/",
      "http://purl.org/dc/terms/",
    ];
    const official = turtleQuads.filter(
      (q) =>
        q.predicate.value === "https://schema.org/url" && q.subject.value.startsWith(`${PUBLIC_URL}/id/PolicyDocument`),
    );
    expect(official.map((q) => q.object.value)).toContain("https://gxj.gz.gov.cn/yw/tzgg/content/post_5685387.html");
    const iris = turtleQuads
      .filter((q) => !official.includes(q))
      .flatMap((q) => [q.subject, q.predicate, q.object])
      .filter((t) => t.termType === "NamedNode")
      .map((t) => t.value);
    const stray = iris.filter(
      (i) => !namespaces.some((ns) => i.startsWith(ns)) && !i.startsWith(`${PUBLIC_URL}/documents/`),
    );
    expect(stray).toEqual([]);
  });

  it("uses only pg: terms that vocab/policy-graph.ttl declares with a label and a comment", () => {
    const vocab = parseTurtle(fs.readFileSync(path.join(PROJECT_ROOT, "vocab/policy-graph.ttl"), "utf8"));
    const declared = (term: string) =>
      objectsOf(vocab, term, expand("rdfs:label")).length > 0 &&
      objectsOf(vocab, term, expand("rdfs:comment")).length > 0;
    const used = new Set(
      turtleQuads
        .flatMap((q) => [q.predicate, q.object])
        .filter((t) => t.termType === "NamedNode" && t.value.startsWith(PG))
        .map((t) => t.value),
    );
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((t) => !declared(t))).toEqual([]);
  });

  it("has as many triples for Debian's rapper (raptor2-utils) as for N3.js", () => {
    expect(rapperCount(turtleText, PUBLIC_URL)).toBe(turtleQuads.length);
  });
});

describe("rdflib (Debian's python3-rdflib)", () => {
  it("reads the Turtle and the JSON-LD as the same triples, with the same count per class as N3.js", () => {
    const byClass = Object.fromEntries(countByClass(turtleQuads));
    for (const [format, text] of [
      ["turtle", turtleText],
      ["json-ld", jsonLdText],
    ] as const) {
      const reading = rdflibRead(text, format);
      expect([format, reading.triples]).toEqual([format, turtleQuads.length]);
      expect(reading.classes).toEqual(byClass);
    }
  });
});

describe("GET /export/graph.jsonld", () => {
  it("serves JSON-LD whose statements (jsonld.toRDF) are exactly the Turtle's", async () => {
    expect(jsonLdResponse.status).toBe(200);
    expect(jsonLdResponse.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
    const doc = JSON.parse(jsonLdText);
    expect(doc["@context"].eli).toBe("http://data.europa.eu/eli/ontology#");
    const fromJsonLd = (await jsonLdToQuads(jsonLdText)).map(statementKey).sort();
    expect(fromJsonLd).toEqual(turtleQuads.map(statementKey).sort());
  });

  it("reads as compact JSON a researcher can use without RDF tools: the plan's titles and its eli:applies links", () => {
    const doc = JSON.parse(jsonLdText);
    const plan = doc["@graph"].find((n: { "@id": string }) => n["@id"] === id(PLAN));
    expect(plan["@type"]).toEqual(expect.arrayContaining(["pg:PolicyDocument", "eli:LegalResource"]));
    expect(plan["eli:title"]).toContainEqual({
      "@language": "zh-hans",
      "@value": "广州市关于推进新一代人工智能产业发展的行动计划(2020-2022年)",
    });
    expect(plan["eli:applies"]).toHaveLength(4);
    const national = doc["@graph"].find((n: Record<string, unknown>) => n["eli:id_local"] === "国发〔2017〕35号");
    expect(national["eli:date_document"]).toEqual({ "@type": "xsd:date", "@value": "2017-07-08" });
    expect(national["rdfs:label"]).toContainEqual({ "@language": "zh-hans", "@value": "新一代人工智能发展规划" });
    expect(jsonLdText).not.toContain('"xsd:string"');
  });
});

describe("GET /export/graph.ttl?around=…", () => {
  it("exports the neighbourhood GraphQL returns: its nodes per label and its relationships per type", async () => {
    const around = "Zone:huangpu-chain-valley";
    const res = await fetch(`${app.url}/export/graph.ttl?around=${encodeURIComponent(around)}&depth=2`);
    expect(res.status).toBe(200);
    const quads = parseTurtle(await res.text());
    const hood = await executeGraphQL(
      app.url,
      `{ neighborhood(id: "${around}", depth: 2, limit: 5000) { truncated nodes { id label } edges { type } } }`,
    );
    const { nodes, edges, truncated } = hood.data!.neighborhood;
    expect(truncated).toBe(false);
    const byClass = countByClass(quads);
    const labels = tally(nodes.map((n: { label: string }) => n.label));
    for (const label of NODE_LABELS)
      expect([label, byClass.get(projectClass(label)) ?? 0]).toEqual([label, labels[label] ?? 0]);
    const types = tally(edges.map((e: { type: string }) => e.type));
    for (const type of RELATIONSHIP_TYPES)
      expect([type, byClass.get(relationshipClass(type)) ?? 0]).toEqual([type, types[type] ?? 0]);
    expect(nodes.length).toBeLessThan(Object.values(labelCounts).reduce((a, b) => a + b, 0));
    expect(subjectsOf(quads, projectClass("Zone"))).toContain(id(around));
    expect(
      rapperCount(
        await (await fetch(`${app.url}/export/graph.ttl?around=${encodeURIComponent(around)}&depth=2`)).text(),
        PUBLIC_URL,
      ),
    ).toBe(quads.length);
    const ld = await fetch(`${app.url}/export/graph.jsonld?around=${encodeURIComponent(around)}&depth=2`);
    expect((await jsonLdToQuads(await ld.text())).map(statementKey).sort()).toEqual(quads.map(statementKey).sort());
  });

  it("answers a bad around or an unknown file with a JSON 400 that lists the RDF formats", async () => {
    const missing = await fetch(`${app.url}/export/graph.ttl?around=Zone:nowhere`);
    expect(missing.status).toBe(404);
    const unknown = await fetch(`${app.url}/export/graph.rdfxml`);
    expect(unknown.status).toBe(400);
    const body = (await unknown.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toContain("graph.ttl");
    expect(body.errors[0]!.message).toContain("graph.jsonld");
  });
});

describe("GET /id/…", () => {
  const local = (iri: string) => iri.replace(PUBLIC_URL, app.url);

  it("dereferences a node's IRI with a 303 to the RDF of its neighbourhood, which describes that node", async () => {
    const zone = "Zone:huangpu-chain-valley";
    const res = await fetch(local(id(zone)), { redirect: "manual", headers: { accept: "application/ld+json" } });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(
      `${PUBLIC_URL}/export/graph.jsonld?around=${encodeURIComponent(zone)}&depth=1`,
    );
    const quads = await jsonLdToQuads(await (await fetch(local(res.headers.get("location")!))).text());
    expect(objectsOf(quads, id(zone), expand("rdfs:label")).map((l) => l.value)).toContain("黄埔链谷");
  });

  it("dereferences a relationship's IRI to Turtle around its start node, which holds the relationship", async () => {
    const edge = "RESPONSIBLE|Measure:gz-ai-plan-2020-2022/measure-1|Agency:gz-industry-it-bureau";
    const res = await fetch(local(id(edge)), { redirect: "manual" });
    expect(res.status).toBe(303);
    const quads = parseTurtle(await (await fetch(local(res.headers.get("location")!))).text());
    expect(subjectsOf(quads, relationshipClass("RESPONSIBLE"))).toContain(id(edge));
  });

  it("dereferences a quotation's IRI to the words in the document reader", async () => {
    const quotation = subjectsOf(turtleQuads, expand("prov:Entity"))[0]!;
    const res = await fetch(local(quotation), { redirect: "manual" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(objectsOf(turtleQuads, quotation, expand("schema:url"))[0]!.value);
    expect(res.headers.get("location")).toMatch(
      new RegExp(`^${PUBLIC_URL}/documents/PolicyDocument%3A[^?]+\\?start=\\d+&end=\\d+#quote$`),
    );
  });
});

/** Distinct (document, start, end) spans of all stored evidence (relationships' lists and nodes' :Evidence records), counted in JavaScript. */
async function distinctSpans(): Promise<number> {
  const rows = await executeCypher(
    driver,
    `
    CALL () {
      MATCH ()-[r]->() RETURN r.evidenceDocuments AS docs, r.evidenceStarts AS starts, r.evidenceEnds AS ends
      UNION ALL
      MATCH (v:Evidence) RETURN [v.document] AS docs, [v.start] AS starts, [v.end] AS ends
    }
    RETURN docs, starts, ends`,
  );
  const spans = new Set<string>();
  for (const r of rows)
    ((r.docs as string[] | null) ?? []).forEach((d, i) =>
      spans.add(`${d}|${(r.starts as number[])[i]}|${(r.ends as number[])[i]}`),
    );
  return spans.size;
}

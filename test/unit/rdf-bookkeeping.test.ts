import { describe, expect, it } from "vitest";
import { BOOKKEEPING } from "../../src/rdf/bookkeeping.js";
import { Iris } from "../../src/rdf/iris.js";
import { PG } from "../../src/rdf/namespaces.js";
import type { FullGraph } from "../../src/rdf/rdf-graph.js";
import { toQuads } from "../../src/rdf/to-quads.js";

// An invented document and task, with every bookkeeping key an ingest stores on them.
const BOOKS = {
  ord: 7,
  titleKey: "某市行动计划",
  extractionHash: "e3b0c44298fc",
  contentHash: "9f86d081884c",
  loadedAt: "2026-05-01T08:00:00.000Z",
};
const GRAPH: FullGraph = {
  nodes: [
    {
      id: "PolicyDocument:doc-x",
      label: "PolicyDocument",
      props: { id: "PolicyDocument:doc-x", name: "某市行动计划", originalHash: "2c26b46b68ff", ...BOOKS },
    },
    { id: "Task:doc-x/task-01", label: "Task", props: { id: "Task:doc-x/task-01", name: "建设算力平台", ord: 12 } },
  ],
  relationships: [
    {
      id: "HAS_PART|PolicyDocument:doc-x|Task:doc-x/task-01",
      type: "HAS_PART",
      from: "PolicyDocument:doc-x",
      to: "Task:doc-x/task-01",
      props: { ordinal: 1, ord: 3 },
    },
  ],
};

describe("the RDF of a graph", () => {
  const quads = toQuads(GRAPH, new Iris("https://policy-graph.example.org"));

  it("holds no statement of the database's bookkeeping: no term, no value", () => {
    expect([...BOOKKEEPING].sort()).toEqual(["contentHash", "extractionHash", "loadedAt", "ord", "titleKey"]);
    const predicates = new Set(quads.map((q) => q.predicate.value));
    for (const key of BOOKKEEPING) expect(predicates.has(`${PG}${key}`), key).toBe(false);
    const values = quads.map((q) => q.object.value);
    for (const v of [BOOKS.extractionHash, BOOKS.contentHash, BOOKS.loadedAt]) expect(values).not.toContain(v);
  });

  it("keeps what is about the document: its title, its parts, the hash of its original", () => {
    const has = (predicate: string, value: string) =>
      quads.some((q) => q.predicate.value === predicate && q.object.value === value);
    expect(has(`${PG}originalHash`, "2c26b46b68ff")).toBe(true);
    expect(has(`${PG}ordinal`, "1")).toBe(true);
    expect(has("http://www.w3.org/2000/01/rdf-schema#label", "某市行动计划")).toBe(true);
  });
});

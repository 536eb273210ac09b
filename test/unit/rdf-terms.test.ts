import { describe, expect, it } from "vitest";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../src/model/graph-model.js";
import { Iris } from "../../src/rdf/iris.js";
import { expand, PG } from "../../src/rdf/namespaces.js";
import { nodePropertyTerms, relationshipPropertyTerms } from "../../src/rdf/property-terms.js";
import { parseRdfFormat, RdfFormat } from "../../src/rdf/rdf-format.js";
import { toQuads } from "../../src/rdf/to-quads.js";
import { nodeClasses, projectClass, relationshipClass, relationshipPredicate } from "../../src/rdf/type-terms.js";

describe("RDF terms of the model", () => {
  it("gives every label its own project class, and all but platforms a standard class too", () => {
    for (const label of NODE_LABELS) expect(nodeClasses(label)[0]).toBe(`${PG}${label}`);
    expect(NODE_LABELS.filter((l) => nodeClasses(l).length === 1)).toEqual(["Platform"]);
    expect(nodeClasses("PolicyDocument")).toContain(expand("eli:LegalResource"));
    expect(nodeClasses("Agency")).toContain(expand("schema:GovernmentOrganization"));
  });

  it("maps every relationship type to a predicate and a distinct class, ELI terms for documents", () => {
    const classes = RELATIONSHIP_TYPES.map(relationshipClass);
    expect(new Set(classes).size).toBe(RELATIONSHIP_TYPES.length);
    expect(relationshipClass("OPERATED_BY")).toBe(`${PG}OperatedBy`);
    expect(relationshipPredicate("IMPLEMENTS", {})).toBe(expand("eli:applies"));
    expect(relationshipPredicate("REPEALS", {})).toBe(expand("eli:repeals"));
    expect(relationshipPredicate("ISSUED_BY", { role: "ISSUER" })).toBe(expand("eli:passed_by"));
    expect(relationshipPredicate("ISSUED_BY", { role: "APPROVER" })).toBe(expand("eli:responsibility_of_agent"));
    expect(relationshipPredicate("HAS_PART", {})).toBe(expand("eli:has_part"));
    expect(relationshipPredicate("DEVELOPS", {})).toBe(`${PG}develops`);
  });

  it("writes a property it does not know under pg:<key> rather than dropping it, and the evidence lists as quotations", () => {
    expect(nodePropertyTerms("Zone", "futureField", 3)).toEqual([{ predicate: `${PG}futureField`, kind: "number" }]);
    expect(relationshipPropertyTerms("weight", 0.5)).toEqual([{ predicate: `${PG}weight`, kind: "number" }]);
    expect(nodePropertyTerms("Task", "evidenceQuotes", ["x"])).toEqual([]);
    expect(nodePropertyTerms("PolicyDocument", "docNumber", "国发〔2017〕35号")).toEqual([
      { predicate: expand("eli:id_local"), kind: "string" },
    ]);
  });

  it("keeps unknown labels and types: a project class, a pg: predicate", () => {
    expect(nodeClasses("Programme")).toEqual([projectClass("Programme")]);
    expect(relationshipPredicate("FUNDED_BY", {})).toBe(`${PG}fundedBy`);
    expect(relationshipClass("FUNDED_BY")).toBe(`${PG}FundedBy`);
  });
});

describe("toQuads", () => {
  const iris = new Iris("https://example.org");
  const doc = "PolicyDocument:d";
  const quads = toQuads(
    {
      nodes: [
        {
          id: doc,
          label: "PolicyDocument",
          props: {
            id: doc,
            kind: "PolicyDocument",
            name: "规划",
            issueDate: "2017-07-08",
            text: "为贯彻落实规划",
            extras: [1, 2],
          },
        },
        {
          id: "Agency:a",
          label: "Agency",
          props: {
            id: "Agency:a",
            kind: "Agency",
            name: "国务院",
            evidenceDocuments: [doc, doc],
            evidenceQuotes: ["规划", "规划"],
            evidenceStarts: [5, 5],
            evidenceEnds: [7, 7],
            evidenceRawStarts: [9, 9],
            evidenceRawEnds: [11, 11],
          },
        },
      ],
      relationships: [
        {
          id: "ISSUED_BY|PolicyDocument:d|Agency:a",
          type: "ISSUED_BY",
          from: doc,
          to: "Agency:a",
          props: {
            id: "ISSUED_BY|PolicyDocument:d|Agency:a",
            role: "ISSUER",
            evidenceDocuments: [doc],
            evidenceQuotes: ["规划"],
            evidenceStarts: [5],
            evidenceEnds: [7],
          },
        },
      ],
    },
    iris,
  );
  const lines = quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`);

  it("writes a span cited twice as one quotation, and each statement once", () => {
    expect(quads.filter((q) => q.predicate.value === expand("prov:value"))).toHaveLength(1);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).toContain(`${iris.entity("Agency:a")} ${expand("prov:wasDerivedFrom")} ${iris.quotation(doc, 5, 7)}`);
    expect(lines).toContain(
      `${iris.entity("ISSUED_BY|PolicyDocument:d|Agency:a")} ${expand("prov:wasDerivedFrom")} ${iris.quotation(doc, 5, 7)}`,
    );
  });

  it("types dates, numbers and lists, and writes one statement per list item", () => {
    const date = quads.find((q) => q.predicate.value === expand("eli:date_document"))!;
    expect(date.object.termType === "Literal" && date.object.datatype.value).toBe(expand("xsd:date"));
    expect(quads.filter((q) => q.predicate.value === `${PG}extras`).map((q) => q.object.value)).toEqual(["1", "2"]);
    expect(lines).toContain(`${iris.entity(doc)} ${expand("eli:passed_by")} ${iris.entity("Agency:a")}`);
  });

  it("percent-encodes ids whole, so an id's : and / never become path segments", () => {
    expect(iris.entity("Task:plan/task-02")).toBe("https://example.org/id/Task%3Aplan%2Ftask-02");
  });
});

describe("RDF formats", () => {
  it("reads the RDF extensions in any case, with or without a dot", () => {
    expect(parseRdfFormat("TTL")).toBe(RdfFormat.TURTLE);
    expect(parseRdfFormat(".jsonld")).toBe(RdfFormat.JSONLD);
    expect(parseRdfFormat("graphml")).toBeUndefined();
  });
});

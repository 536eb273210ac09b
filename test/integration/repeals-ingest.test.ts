import { describe, expect, it } from "vitest";
import { expand, PG } from "../../src/rdf/namespaces.js";
import { objectsOf, parseTurtle, statementKey, subjectsOf } from "../helpers/rdf.js";
import { useIngestedDocument } from "../helpers/ingested.js";
import { executeGraphQL } from "../helpers/server.js";

// An invented notice that carries out one document and repeals an older one of its own issuer.
const TEXT = [
  "某县人民政府关于印发《某县智能农机推广办法》的通知",
  "某府〔2026〕 2号",
  "各乡镇人民政府:",
  "  现将《某县智能农机推广办法》印发给你们,请认真贯彻执行。",
  "  为贯彻落实《某省智慧农业行动方案》(某省府〔2025〕",
  "  16 号)精神,制定本办法。",
  "一、工作目标",
  "  到2028年,智能农机示范基地超过12个。",
  "二、附则",
  "  本办法自印发之日起施行,原《某县农机补贴暂行办法》(某府〔2019〕7号)同时废止。",
].join("\n");

const ingested = useIngestedDocument(TEXT);

describe("a document that repeals another", () => {
  it("reads the repeal through GraphQL from both ends, with the 废止 words as evidence, and the cited plan as IMPLEMENTS", async () => {
    const res = await executeGraphQL<any>(
      ingested.app.url,
      `{ node(id: "${ingested.documentId}") { ... on PolicyDocument {
      repeals { id name docNumber placeholder repealedBy { id } }
      repealsEdges { type evidence { quote } repealed { docNumber } }
      implements { docNumber } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const doc = res.data.node;
    expect(doc.repeals).toEqual([
      expect.objectContaining({
        name: "某县农机补贴暂行办法",
        docNumber: "某府〔2019〕7号",
        placeholder: true,
        repealedBy: [{ id: ingested.documentId }],
      }),
    ]);
    expect(doc.repealsEdges).toEqual([
      {
        type: "REPEALS",
        evidence: [{ quote: "原《某县农机补贴暂行办法》(某府〔2019〕7号)同时废止" }],
        repealed: { docNumber: "某府〔2019〕7号" },
      },
    ]);
    expect(doc.implements).toEqual([{ docNumber: "某省府〔2025〕16号" }]);
  });

  it("exports the repeal as eli:repeals and as a pg:Repeals relationship resource in Turtle", async () => {
    const quads = parseTurtle(await (await fetch(`${ingested.app.url}/export/graph.ttl`)).text());
    const iriOf = (id: string) =>
      quads.find((q) => q.predicate.value === expand("dcterms:identifier") && q.object.value === id)!.subject.value;
    const [resource, ...more] = subjectsOf(quads, `${PG}Repeals`);
    expect(more).toEqual([]);
    const [from] = objectsOf(quads, resource!, `${PG}from`);
    const [predicate] = objectsOf(quads, resource!, `${PG}predicate`);
    const [to] = objectsOf(quads, resource!, `${PG}to`);
    expect([from!.value, predicate!.value]).toEqual([iriOf(ingested.documentId), expand("eli:repeals")]);
    expect(quads.map(statementKey)).toContain(`<${from!.value}> <${expand("eli:repeals")}> <${to!.value}>`);
    expect(subjectsOf(quads, `${PG}Relationship`)).toContain(resource);
  });
});

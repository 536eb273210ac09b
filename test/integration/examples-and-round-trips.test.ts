import fs from "node:fs";
import path from "node:path";
import { Kind, parse, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

let app: RunningApp;
beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.stop();
});

describe("examples.graphql", () => {
  const doc = parse(fs.readFileSync(path.join(PROJECT_ROOT, "examples.graphql"), "utf8"));
  const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);

  it.each(operations.map((o) => [o.name!.value, print(o)]))(
    "runs %s without errors and returns data",
    async (_name, query) => {
      const res = await executeGraphQL(app.url, query);
      expect(res.errors).toBeUndefined();
      expect(Object.values(res.data!).every((v) => v !== null)).toBe(true);
    },
  );

  it("answers the researcher's question: the city industry and IT bureau leads the most measures", async () => {
    const res = await executeGraphQL(
      app.url,
      print(operations.find((o) => o.name!.value === "AgenciesByResponsibility")!),
    );
    const agencies = res.data!.agencies.edges.map((e: any) => e.node);
    const top = [...agencies].sort((a: any, b: any) => b.responsibleFor.length - a.responsibleFor.length)[0];
    expect(top.name).toBe("广州市工业和信息化局");
    expect(top.responsibleFor.filter((r: any) => r.role === "LEAD")).toHaveLength(3);
    expect(top.responsibleFor).toHaveLength(4);
  });
});

describe("batching and lookahead", () => {
  // The page, its totalCount and every level below it (action, platforms, zones; action.document,
  // operator, zone.tasks) are ONE statement, however many tasks the page holds.
  const query = (first: number) => `{ tasks(first: ${first}) { totalCount edges { node {
    name action { name document { name } }
    platforms { name operator { name } }
    zones { name tasks { name } } } } } }`;

  async function tripsFor(first: number): Promise<number> {
    const before = app.db.roundTrips;
    const res = await executeGraphQL(app.url, query(first));
    expect(res.errors).toBeUndefined();
    expect(res.data!.tasks.edges).toHaveLength(first);
    return app.db.roundTrips - before;
  }

  it("issues one Cypher statement for a three-level list query, for 18 tasks as for 2", async () => {
    expect(await tripsFor(18)).toBe(1);
    expect(await tripsFor(2)).toBe(1);
  });
});

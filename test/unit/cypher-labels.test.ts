import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NODE_LABELS } from "../../src/model/graph-model.js";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

describe.each(["count-entities-of-kind"])("cypher/%s.cypher", (name) => {
  it("has a count-store branch for every label of the model, and no other", () => {
    const text = fs.readFileSync(path.join(PROJECT_ROOT, `cypher/${name}.cypher`), "utf8");
    const branches = [...text.matchAll(/MATCH \(n:(\w+)\) WITH count\(n\) AS total RETURN '(\w+)' AS kind/g)];
    expect(branches.every((m) => m[1] === m[2])).toBe(true);
    expect(branches.map((m) => m[1]).sort()).toEqual([...NODE_LABELS].sort());
  });
});

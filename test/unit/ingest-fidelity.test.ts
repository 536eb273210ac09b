import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/ingest/extract.js";
import { extractionFacts, keyFacts } from "../../src/ingest/fidelity/facts.js";
import { evaluateFolder, keyedDocuments } from "../../src/ingest/fidelity/evaluate.js";
import { FACT_CLASSES, readKey } from "../../src/ingest/fidelity/key.js";
import { precision, recall, scoreDocument, totals } from "../../src/ingest/fidelity/score.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const LAYOUTS = path.join(PROJECT_ROOT, "test/fixtures/layouts");
const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));

describe("the fidelity measure", () => {
  const [first] = keyedDocuments(LAYOUTS);

  it("scores a key against itself as perfect, and counts a changed fact as one wrong and one missed", () => {
    const key = keyFacts(readKey(first!.key));
    const self = scoreDocument("self", key, key);
    for (const c of FACT_CLASSES) expect(self.classes[c].fp + self.classes[c].fn).toBe(0);
    const unit = key.find((f) => f.cls === "units" || f.cls === "targets")!;
    const changed = { ...unit, fields: { ...unit.fields, role: "JOINT", comparator: "AT_MOST" } };
    const scored = scoreDocument(
      "changed",
      key,
      key.map((f) => (f === unit ? changed : f)),
    );
    expect(scored.classes[unit.cls]).toMatchObject({ fp: 1, fn: 1 });
  });

  it("rejects a key with a misspelt field value, naming the file and the field", () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-key-")), "bad.key.json");
    try {
      const key = JSON.parse(fs.readFileSync(first!.key, "utf8"));
      key.targets = [{ value: 3, unit: "家", comparator: "MORE_THAN", deadlineYear: 2025 }];
      fs.writeFileSync(bad, JSON.stringify(key));
      expect(() => readKey(bad)).toThrow(/bad\.key\.json: targets\[0\]\.comparator is "MORE_THAN", not one of OVER/);
    } finally {
      fs.rmSync(path.dirname(bad), { recursive: true, force: true });
    }
  });
});

describe("reading the layout fixtures (npm run eval:ingest)", async () => {
  const score = await evaluateFolder(LAYOUTS, gazetteer);
  const sum = totals(score.documents);

  it("covers at least 20 documents and refuses none of them", () => {
    expect(score.documents.length).toBeGreaterThanOrEqual(20);
    expect(score.refused).toEqual([]);
  });

  it.each(FACT_CLASSES)("reads %s with precision ≥ 0.95 and recall ≥ 0.90 over the corpus", (cls) => {
    const missed = score.documents.flatMap((d) =>
      d.missed.filter((f) => f.cls === cls).map((f) => `${d.name}: missed ${f.label}`),
    );
    const wrong = score.documents.flatMap((d) =>
      d.wrong.filter((f) => f.cls === cls).map((f) => `${d.name}: wrong ${f.label}`),
    );
    expect(precision(sum[cls]), wrong.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(recall(sum[cls]), missed.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("never names an entity or unit with 、 (collectives aside), a digit, 等 (高等 aside) or a doubled place name", () => {
    const bad: string[] = [];
    for (const d of keyedDocuments(LAYOUTS)) {
      const g = extractDocument(fs.readFileSync(d.file, "utf8"), gazetteer, { discover: true });
      for (const n of g.nodes) {
        if (!["Agency", "Organization", "Platform", "Zone"].includes(n.label) || n.evidence.length === 0) continue;
        const name = String(n.props.name);
        // A collective is named as written: `各区、县(市)政府` is one set of bodies, not a list.
        if (n.props.collective === true && name.startsWith("各")) continue;
        if (/、|\d|(?<![高平同中初])等/.test(name) || /(\p{Script=Han}{2,}[省市区县])\1/u.test(name))
          bad.push(`${d.name}: ${n.label} ${name}`);
      }
      expect(extractionFacts(g).length).toBeGreaterThan(0);
    }
    expect(bad).toEqual([]);
  });
});

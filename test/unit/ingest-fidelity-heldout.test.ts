// The held-out sets once used: each was written blind by another hand, read by the extractor of its
// moment before anyone looked at it (README, "Fidelity, measured"), and its general causes then fixed.
// Kept here as a regression corpus, they hold the extractor to what it reads on them today: a change
// that reads one form better must not quietly read these worse. Their first readings, blind, are the
// numbers that say what an unseen document can expect; these are not.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateFolder } from "../../src/ingest/fidelity/evaluate.js";
import { FACT_CLASSES } from "../../src/ingest/fidelity/key.js";
import { precision, recall, totals } from "../../src/ingest/fidelity/score.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

const HELDOUT = path.join(PROJECT_ROOT, "test/fixtures/heldout");
const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const sets = fs
  .readdirSync(HELDOUT)
  .filter((d) => fs.statSync(path.join(HELDOUT, d)).isDirectory())
  .sort();

describe("reading the used held-out sets (npm run eval:ingest -- test/fixtures/heldout/heldoutNN)", async () => {
  const scores = await Promise.all(sets.map((s) => evaluateFolder(path.join(HELDOUT, s), gazetteer)));
  const documents = scores.flatMap((s) => s.documents);
  const sum = totals(documents);

  it("holds every set's documents, marked as fiction, and refuses none", () => {
    expect(documents.length).toBeGreaterThanOrEqual(8 * sets.length);
    for (const s of sets) expect(fs.existsSync(path.join(HELDOUT, s, "FICTION.md"))).toBe(true);
    expect(scores.flatMap((s) => s.refused)).toEqual([]);
  });

  it.each(FACT_CLASSES)("reads %s with precision ≥ 0.95 and recall ≥ 0.90 over the sets together", (cls) => {
    const missed = documents.flatMap((d) => d.missed.filter((f) => f.cls === cls).map((f) => `${d.name}: ${f.label}`));
    const wrong = documents.flatMap((d) => d.wrong.filter((f) => f.cls === cls).map((f) => `${d.name}: ${f.label}`));
    expect(precision(sum[cls]), wrong.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(recall(sum[cls]), missed.join("\n")).toBeGreaterThanOrEqual(0.9);
  });
});

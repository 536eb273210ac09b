// Every layout fixture, rendered as an article page, a printed PDF and a Word file, must read as well as its
// plain-text twin: the same keys, scored the same way (npm run eval:ingest reads these formats too).
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateDocuments, type FolderScore, keyedDocuments } from "../../src/ingest/fidelity/evaluate.js";
import { FACT_CLASSES } from "../../src/ingest/fidelity/key.js";
import { precision, recall, totals } from "../../src/ingest/fidelity/score.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { useChromiumPage } from "../helpers/browser.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";
import { asArticlePage, asDocx, asPdf } from "../helpers/render-formats.js";

const LAYOUTS = path.join(PROJECT_ROOT, "test/fixtures/layouts");
const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const texts = keyedDocuments(LAYOUTS).filter((d) => d.name.endsWith(".txt"));
const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const page = useChromiumPage();
let plain: FolderScore;
beforeAll(async () => {
  plain = await evaluateDocuments(texts, gazetteer);
}, 120_000);

const renderers: [string, string, (text: string) => Promise<Uint8Array> | Uint8Array][] = [
  ["an article page", ".html", asArticlePage],
  ["a printed PDF", ".pdf", (text) => asPdf(page(), text)],
  ["a Word file", ".docx", asDocx],
];

describe.each(renderers)("the layout fixtures as %s", (_what, ext, render) => {
  it("read with the precision of their plain-text twins, and nearly their recall", { timeout: 300_000 }, async () => {
    const docs = [];
    for (const d of texts)
      docs.push({ name: d.name.replace(/\.txt$/, ext), key: d.key, bytes: await render(decoded(d.bytes)) });
    const score = await evaluateDocuments(docs, gazetteer);
    expect(score.refused).toEqual([]);
    const [base, sum] = [totals(plain.documents), totals(score.documents)];
    const report = FACT_CLASSES.map(
      (c) =>
        `${c}: text ${precision(base[c]).toFixed(2)}/${recall(base[c]).toFixed(2)}, ${ext} ${precision(sum[c]).toFixed(2)}/${recall(sum[c]).toFixed(2)}`,
    ).join("\n");
    console.log(`${ext}\n${report}`);
    for (const c of FACT_CLASSES) {
      const missed = score.documents.flatMap((d) =>
        d.missed.filter((f) => f.cls === c).map((f) => `${d.name}: missed ${f.label}`),
      );
      const wrong = score.documents.flatMap((d) =>
        d.wrong.filter((f) => f.cls === c).map((f) => `${d.name}: wrong ${f.label}`),
      );
      expect(precision(sum[c]), `${report}\n${wrong.join("\n")}`).toBeGreaterThanOrEqual(precision(base[c]) - 0.02);
      expect(recall(sum[c]), `${report}\n${missed.join("\n")}`).toBeGreaterThanOrEqual(recall(base[c]) - 0.05);
    }
  });
});

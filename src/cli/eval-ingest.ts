// `npm run eval:ingest [-- DIR…] [--details]`: how faithfully the extractor reads documents with
// written keys (test/fixtures/layouts/ by default; a held-out folder laid out the same way).
// Prints precision and recall per fact class and per document; --details lists every miss.
import path from "node:path";
import { loadGazetteer } from "../ingest/gazetteer.js";
import { evaluateFolder } from "../ingest/fidelity/evaluate.js";
import { formatScores } from "../ingest/fidelity/report.js";
import { PROJECT_ROOT } from "../project-root.js";

const args = process.argv.slice(2);
const details = args.includes("--details");
const dirs = args.filter((a) => !a.startsWith("--"));
const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds", "gazetteer"));
for (const dir of dirs.length > 0 ? dirs : [path.join(PROJECT_ROOT, "test/fixtures/layouts")]) {
  const score = await evaluateFolder(path.resolve(dir), gazetteer);
  console.log(`# ${path.relative(process.cwd(), path.resolve(dir)) || "."}: ${score.documents.length} documents\n`);
  console.log(formatScores(score, { details }));
}

// `npm run bench:corpus -- --count 1000 --seed 1 --out /tmp/corpus`: writes a generated corpus, one
// `.txt` per document, named so that they sort in generation order (cited documents first).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { corpus } from "./generate.js";

const USAGE = "Usage: npm run bench:corpus -- --count 1000 --seed 1 --out /tmp/corpus";

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      count: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1) fail(`--count must be a positive integer, got "${values.count}".`);
  if (!Number.isInteger(seed)) fail(`--seed must be an integer, got "${values.seed}".`);
  if (!values.out) fail("--out is required: the folder to write the documents to.");
  const out = path.resolve(values.out);
  // Never mixed with an earlier corpus: its files would sort among the new ones.
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0) fail(`${out} is not empty: give a new or empty folder.`);
  fs.mkdirSync(out, { recursive: true });
  const started = Date.now();
  let bytes = 0;
  for (const doc of corpus({ count, seed })) {
    fs.writeFileSync(path.join(out, doc.file), doc.text);
    bytes += Buffer.byteLength(doc.text);
  }
  console.log(
    `Wrote ${count} documents (${(bytes / 1e6).toFixed(1)} MB, seed ${seed}) to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

main();

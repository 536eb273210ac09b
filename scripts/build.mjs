// `npm run build` (and the first step of `npm start`): compiles src/**/*.ts into dist/src/, the ES
// modules `npm start` runs with plain `node`. Why not tsx, which the tests and CLIs use: tsx
// compiles with esbuild's keepNames (a __name() call each time a function is created) and turns on
// source-mapped stack traces, which the Neo4j driver captures once per statement. Together they
// took about a sixth of the service's Node CPU per request (bench/analysis.md). Same compiler (esbuild),
// same tsconfig, so the code that runs is the code the tests run, without those two costs.
//
// Only files whose output changed are written (each through a temporary file and a rename), and
// outputs whose source is gone are removed: a build over an unchanged tree writes nothing, so it
// cannot disturb a service already running from dist/.
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const srcDir = path.join(root, "src");
const outDir = path.join(root, "dist", "src");

const sources = fs
  .readdirSync(srcDir, { recursive: true })
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
  .map((f) => path.join(srcDir, f));

const result = await build({
  entryPoints: sources,
  outbase: srcDir,
  outdir: outDir,
  format: "esm",
  platform: "node",
  target: "node20",
  // Written next to each file; Node reads them only when asked (NODE_OPTIONS=--enable-source-maps).
  sourcemap: "linked",
  tsconfig: path.join(root, "tsconfig.json"),
  write: false,
  logLevel: "warning",
});

const wanted = new Set();
let written = 0;
for (const file of result.outputFiles) {
  wanted.add(file.path);
  const old = fs.existsSync(file.path) ? fs.readFileSync(file.path) : null;
  if (old && Buffer.compare(old, file.contents) === 0) continue;
  fs.mkdirSync(path.dirname(file.path), { recursive: true });
  const temp = `${file.path}.${process.pid}.tmp`;
  fs.writeFileSync(temp, file.contents);
  fs.renameSync(temp, file.path);
  written++;
}
let removed = 0;
if (fs.existsSync(outDir)) {
  for (const f of fs.readdirSync(outDir, { recursive: true })) {
    const p = path.join(outDir, f);
    if (fs.statSync(p).isFile() && !wanted.has(p)) {
      fs.rmSync(p);
      removed++;
    }
  }
}
if (written || removed)
  console.log(`Built dist/src: ${written} file(s) written, ${removed} removed (${sources.length} sources).`);

// Child of scripts/measure-engine.ts: starts the service of the checkout given as argv[2] (compiled,
// as its npm start runs it, when it can be) against the Neo4j at argv[3] (the parent's
// byte-counting proxy), and answers "stats" on stdin with the statements sent and this process's
// CPU time.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(process.argv[2] ?? ".");
const neo4j = process.argv[3] ?? "127.0.0.1:7687";
await import(path.join(root, "node_modules/reflect-metadata/Reflect.js"));
// The checkout as its `npm start` runs it: compiled into dist/src/ when it has scripts/build.mjs
// (then without the source-mapped stacks tsx turned on for this file), else its src/ under tsx.
const compiled = fs.existsSync(path.join(root, "scripts", "build.mjs"));
if (compiled) {
  execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit" });
  process.setSourceMapsEnabled(false);
}
const [dir, ext] = compiled ? ["dist/src", ".js"] : ["src", ".ts"];
const code = (file: string) => path.join(root, dir, `${file}${ext}`);
const { loadConfig } = await import(code("config"));
const { startApp } = await import(code("app"));
// Production settings and no request log: its JSON lines would reach the parent on stdout.
const config = loadConfig(
  { NODE_ENV: "production", LOG_LEVEL: "warn" },
  {
    port: 0,
    host: "127.0.0.1",
    projectRoot: root,
    seed: "auto",
    neo4j: { kind: "external", uri: `bolt://${neo4j}`, username: "neo4j", password: process.env.NEO4J_PASSWORD ?? "" },
  },
);
const app = await startApp(config, () => {});
console.log(JSON.stringify({ url: app.url }));
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  if (line === "stats") {
    const cpu = process.cpuUsage();
    console.log(
      JSON.stringify({ trips: app.db.roundTrips, cpuMicros: cpu.user + cpu.system, rss: process.memoryUsage().rss }),
    );
  }
  if (line === "stop") void app.stop().then(() => process.exit(0));
});

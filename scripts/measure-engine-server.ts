// Child of scripts/measure-engine.ts: starts the service of the checkout given as argv[2] against
// the Neo4j at argv[3] (the parent's byte-counting proxy), and answers "stats" on stdin with the
// statements sent and this process's CPU time.
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(process.argv[2] ?? ".");
const neo4j = process.argv[3] ?? "127.0.0.1:7687";
await import(path.join(root, "node_modules/reflect-metadata/Reflect.js"));
const { loadConfig } = await import(path.join(root, "src/config.ts"));
const { startApp } = await import(path.join(root, "src/app.ts"));
const config = loadConfig({}, { port: 0, host: "127.0.0.1", projectRoot: root, seed: "auto", neo4j: { kind: "external", uri: `bolt://${neo4j}`, username: "neo4j", password: "" } });
const app = await startApp(config, () => {});
console.log(JSON.stringify({ url: app.url }));
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  if (line === "stats") {
    const cpu = process.cpuUsage();
    console.log(JSON.stringify({ trips: app.db.roundTrips, cpuMicros: cpu.user + cpu.system, rss: process.memoryUsage().rss }));
  }
  if (line === "stop") void app.stop().then(() => process.exit(0));
});

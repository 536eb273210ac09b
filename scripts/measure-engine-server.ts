// Child of scripts/measure-engine.ts: starts the service of the checkout given as argv[2] against
// the Neo4j at argv[3], through a byte-counting TCP proxy, and answers "stats" on stdin with the
// statements sent, the bytes Neo4j sent back and this process's CPU time.
import net from "node:net";
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(process.argv[2] ?? ".");
const [host, port] = (process.argv[3] ?? "127.0.0.1:7687").split(":");
let bytesFromNeo4j = 0;
const proxy = net.createServer((client) => {
  const upstream = net.connect(Number(port), host);
  upstream.on("data", (chunk) => (bytesFromNeo4j += chunk.length));
  client.pipe(upstream).pipe(client);
  const close = () => { client.destroy(); upstream.destroy(); };
  client.on("error", close);
  upstream.on("error", close);
});
await new Promise<void>((ok) => proxy.listen(0, "127.0.0.1", ok));
const proxyPort = (proxy.address() as net.AddressInfo).port;

await import(path.join(root, "node_modules/reflect-metadata/Reflect.js"));
const { loadConfig } = await import(path.join(root, "src/config.ts"));
const { startApp } = await import(path.join(root, "src/app.ts"));
const config = loadConfig({}, { port: 0, host: "127.0.0.1", projectRoot: root, seed: "auto", neo4j: { kind: "external", uri: `bolt://127.0.0.1:${proxyPort}`, username: "neo4j", password: "" } });
const app = await startApp(config, () => {});
console.log(JSON.stringify({ url: app.url }));
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  if (line === "stats") {
    const cpu = process.cpuUsage();
    console.log(JSON.stringify({ trips: app.db.roundTrips, bytes: bytesFromNeo4j, cpuMicros: cpu.user + cpu.system, rss: process.memoryUsage().rss }));
  }
  if (line === "stop") void app.stop().then(() => process.exit(0));
});

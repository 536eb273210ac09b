// Measures the query engine on the seed graph: req/s at concurrency C, statements, bytes from Neo4j
// and Node CPU per request, for a few workloads.
//   NEO4J=127.0.0.1:7687 [NEO4J_PASSWORD=…] [NEO4J_PID=…] npx tsx scripts/measure-engine.ts [checkout root] [seconds] [concurrency]
// The service runs in a child process (scripts/measure-engine-server.ts), so the load generator's
// own CPU is not counted.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(process.argv[2] ?? ".");
const seconds = Number(process.argv[3] ?? 8);
const concurrency = Number(process.argv[4] ?? 8);
const neo4j = process.env.NEO4J ?? "127.0.0.1:7687";
/** Pid of the Neo4j JVM, to report its CPU per request too (optional). */
const neo4jPid = process.env.NEO4J_PID;
const neo4jCpuMs = () => {
  if (!neo4jPid) return 0;
  const fields = fs.readFileSync(`/proc/${neo4jPid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
};

const WORKLOADS: Record<string, string> = {
  nested: `{ tasks(first: 18) { edges { node { id name action { name } platforms { name operator { name } } zones { name } technologies { name } } } } }`,
  measures: `{ measures(first: 5) { edges { node { name responsible { role agency { name } } } } } }`,
  page: `{ tasks(first: 5, after: "CURSOR") { totalCount edges { cursor node { id name } } } }`,
  byId: `{ node(id: "Task:gz-ai-plan-2020-2022/task-02") { ... on Task { id name action { name document { name } } } } }`,
  search: `{ search(query: "区块链") { score node { id name } } }`,
  neighborhood: `{ neighborhood(id: "Zone:huangpu-chain-valley", depth: 2) { truncated nodes { id name } edges { id source target type } } }`,
  path: `{ shortestPath(from: "Organization:iflytek", to: "Agency:state-council") { length nodes { id name } edges { source target type } } }`,
  export: `{ graph(format: GRAPHML, around: "Zone:huangpu-chain-valley", depth: 2) { text } }`,
};

// A TCP proxy in front of Neo4j counts the bytes it sends the service (here, so that its CPU is
// not the service's).
let bytesFromNeo4j = 0;
const [neo4jHost, neo4jPort] = neo4j.split(":");
const proxy = net.createServer((client) => {
  const upstream = net.connect(Number(neo4jPort), neo4jHost);
  // Without this, Nagle's algorithm holds small Bolt messages back for a delayed ACK (~40 ms).
  client.setNoDelay(true);
  upstream.setNoDelay(true);
  upstream.on("data", (chunk: Buffer) => (bytesFromNeo4j += chunk.length));
  client.pipe(upstream).pipe(client);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on("error", close);
  upstream.on("error", close);
});
await new Promise<void>((ok) => proxy.listen(0, "127.0.0.1", ok));
const viaProxy = `127.0.0.1:${(proxy.address() as net.AddressInfo).port}`;

const child = spawn(
  process.execPath,
  [
    ...(process.env.CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.CPU_PROF}`] : []),
    "--import",
    "tsx",
    path.join(import.meta.dirname, "measure-engine-server.ts"),
    root,
    viaProxy,
  ],
  { cwd: root, stdio: ["pipe", "pipe", "inherit"] },
);
const lines = readline.createInterface({ input: child.stdout! });
const waiting: ((line: string) => void)[] = [];
lines.on("line", (l) => (l.startsWith("{") ? waiting.shift()?.(l) : process.stderr.write(l + "\n")));
const next = () => new Promise<any>((ok) => waiting.push((l) => ok(JSON.parse(l))));
const { url } = await next();
const stats = async () => {
  const p = next();
  child.stdin!.write("stats\n");
  return { ...(await p), bytes: bytesFromNeo4j };
};

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
function post(query: string): Promise<string> {
  return new Promise((ok, fail) => {
    const body = JSON.stringify({ query });
    const req = http.request(
      `${url}/graphql`,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res
          .setEncoding("utf8")
          .on("data", (c) => (text += c))
          .on("end", () => (res.statusCode === 200 && !text.includes('"errors"') ? ok(text) : fail(new Error(text))));
      },
    );
    req.on("error", fail);
    req.end(body);
  });
}

async function load(query: string, ms: number): Promise<number> {
  let done = 0;
  const until = Date.now() + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        await post(query);
        done++;
      }
    }),
  );
  return done;
}

const page = JSON.parse(await post(`{ tasks(first: 3) { pageInfo { endCursor } } }`));
WORKLOADS.page = WORKLOADS.page!.replace("CURSOR", page.data.tasks.pageInfo.endCursor);
const only = process.env.ONLY?.split(",");
console.log(
  `| workload | req/s (c=${concurrency}) | statements/req | KB from Neo4j/req | Node CPU ms/req | Neo4j CPU ms/req |`,
);
console.log("|---|---|---|---|---|---|");
for (const [name, query] of Object.entries(WORKLOADS)) {
  if (only && !only.includes(name)) continue;
  await load(query, 1500); // warm-up
  const a = await stats();
  const javaBefore = neo4jCpuMs();
  const started = Date.now();
  const n = await load(query, seconds * 1000);
  const elapsed = (Date.now() - started) / 1000;
  const b = await stats();
  const java = (neo4jCpuMs() - javaBefore) / n;
  console.log(
    `| ${name} | ${(n / elapsed).toFixed(0)} | ${((b.trips - a.trips) / n).toFixed(2)} | ${((b.bytes - a.bytes) / n / 1024).toFixed(1)} | ${((b.cpuMicros - a.cpuMicros) / n / 1000).toFixed(2)} | ${neo4jPid ? java.toFixed(2) : "–"} |`,
  );
}
child.stdin!.write("stop\n");
child.on("exit", () => proxy.close());
agent.destroy();

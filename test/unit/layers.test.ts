import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/project-root.js";

/**
 * The layers of `src/`, lowest first (the README's Layout section draws them). A file may import
 * from its own layer and the layers below it, never from one above. Parts are the top-level folders
 * and files of `src/` (a file without `.ts`). Parts of one layer may use each other, in one direction
 * only: the folder-cycle test below fails when two of them import each other.
 */
const LAYERS: readonly { name: string; parts: readonly string[] }[] = [
  { name: "base", parts: ["errors", "net", "project-root", "config", "log"] },
  { name: "database door", parts: ["db"] },
  { name: "graph model", parts: ["model", "arguments"] },
  { name: "domain", parts: ["ingest", "subgraph", "citations", "documents", "rdf", "export"] },
  { name: "API", parts: ["graphql"] },
  { name: "server", parts: ["http", "metrics", "explorer"] },
  { name: "start-up", parts: ["app"] },
  { name: "entry points", parts: ["cli", "main"] },
];

/** `graphql/common/` is below the entity folders: of the rest of `graphql/`, it may use only these. */
const COMMON_MAY_USE = ["graphql/context.ts", "graphql/loaders.ts", "graphql/records.ts", "graphql/engine/"];

const SRC = path.join(PROJECT_ROOT, "src");

/** Relative module names a source text imports: `import`, `import type`, `export … from`, `import()`. */
function importsIn(text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith("."));
}

/** Every `.ts` file under src/ (paths relative to it, `/`-separated) with the src/ files it imports. */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.split(path.sep).join("/"));
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const targets = importsIn(readFileSync(path.join(SRC, file), "utf8"))
        .map((name) => path.posix.join(path.posix.dirname(file), name.replace(/\.js$/, ".ts")))
        .filter((target) => known.has(target));
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The part (top-level folder or file) of src/ a file belongs to. */
const partOf = (file: string) => file.split("/")[0]!.replace(/\.ts$/, "");
const layerOf = (part: string) => LAYERS.findIndex((l) => l.parts.includes(part));

/** One cycle for each group of nodes that reach each other, as a path back to where it starts. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (v: string) => {
    // Tarjan's strongly connected components
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group = stack.splice(stack.indexOf(v));
    if (group.length > 1 || graph.get(v)?.includes(v)) groups.push(group);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return groups.map((group) => shortestCycle(graph, group[0]!, new Set(group)));
}

/** The shortest path from `start` back to itself inside `within` (breadth first). */
function shortestCycle(
  graph: ReadonlyMap<string, readonly string[]>,
  start: string,
  within: ReadonlySet<string>,
): string[] {
  const from = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const w of graph.get(queue[i]!) ?? []) {
      if (!within.has(w) || from.has(w)) continue;
      from.set(w, queue[i]!);
      if (w === start) {
        const path = [start];
        for (let at = queue[i]!; at !== start; at = from.get(at)!) path.unshift(at);
        return [start, ...path];
      }
      queue.push(w);
    }
  }
  throw new Error(`${start} is in no cycle`);
}

describe("the checker", () => {
  it("reads type-only imports, re-exports and dynamic imports, and leaves packages out", () => {
    const text =
      'import type { A } from "./a.js";\nexport { b } from "../b.js";\nconst c = await import("./c.js");\nimport ts from "typescript";\n';
    expect(importsIn(text)).toEqual(["./a.js", "../b.js", "./c.js"]);
  });

  it("finds a cycle and names its files in order", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
    ]);
    expect(cyclesOf(graph)).toEqual([["a", "b", "c", "a"]]);
    expect(
      cyclesOf(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe("the layers of src/", () => {
  const graph = importGraph();
  const edges = [...graph].flatMap(([file, targets]) => targets.map((target) => ({ file, target })));

  it("reads the imports of every file", () => {
    expect(graph.get("main.ts")).toContain("app.ts");
  });

  it("places every top-level folder and file of src/ in a layer", () => {
    const unplaced = [...new Set([...graph.keys()].map(partOf))].filter((part) => layerOf(part) < 0);
    expect(unplaced, "add these to LAYERS in test/unit/layers.test.ts").toEqual([]);
  });

  it("imports only from the same layer or a lower one", () => {
    const upward = edges
      .filter(({ file, target }) => layerOf(partOf(target)) > layerOf(partOf(file)))
      .map(
        ({ file, target }) =>
          `src/${file} (${LAYERS[layerOf(partOf(file))]?.name}) imports src/${target} (${LAYERS[layerOf(partOf(target))]?.name}), a higher layer`,
      );
    expect(upward, "move the imported code down, or the importing code up").toEqual([]);
  });

  it("has no import cycle between files, type-only imports included", () => {
    const cycles = cyclesOf(graph).map((cycle) => cycle.map((f) => `src/${f}`).join(" → "));
    expect(cycles, "move what the files share into a module both import").toEqual([]);
  });

  it("has no import cycle between the folders of src/", () => {
    const parts = new Map<string, string[]>();
    const witness = new Map<string, string>(); // one import behind each folder-to-folder step
    for (const { file, target } of edges) {
      const [from, to] = [partOf(file), partOf(target)];
      if (from === to) continue;
      parts.set(from, [...new Set([...(parts.get(from) ?? []), to])]);
      if (!witness.has(`${from} ${to}`)) witness.set(`${from} ${to}`, `src/${file} imports src/${target}`);
    }
    const cycles = cyclesOf(parts).map(
      (cycle) =>
        `${cycle.join(" → ")} (${cycle
          .slice(1)
          .map((to, i) => witness.get(`${cycle[i]} ${to}`))
          .join("; ")})`,
    );
    expect(cycles, "folders of one layer may use each other in one direction only").toEqual([]);
  });

  it("keeps graphql/common below the entity folders", () => {
    const above = edges
      .filter(
        ({ file, target }) =>
          file.startsWith("graphql/common/") && target.startsWith("graphql/") && !target.startsWith("graphql/common/"),
      )
      .filter(
        ({ target }) =>
          !COMMON_MAY_USE.some(
            (allowed) => target === allowed || (allowed.endsWith("/") && target.startsWith(allowed)),
          ),
      )
      .map(({ file, target }) => `src/${file} imports src/${target}`);
    expect(above, `graphql/common may use only ${COMMON_MAY_USE.join(", ")} of graphql/`).toEqual([]);
  });
});

import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  GraphQLList,
  type GraphQLSchema,
  type GraphQLType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";

/** mulberry32: a tiny seeded PRNG, so a failing fuzz run can be replayed exactly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One HTTP request the fuzzer sends. */
export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const IDS = [
  "Task:gz-ai-plan-2020-2022/task-02",
  "Zone:huangpu-chain-valley",
  "Organization:iflytek",
  "Agency:state-council",
  "Technology:blockchain",
  "PolicyDocument:gz-ai-plan-2020-2022",
  "Task:nope",
  "",
];
const NASTY = [
  "",
  " ",
  "区块链",
  "區塊鏈",
  "blockchain",
  "AI",
  '+-&&||!(){}[]^"~*?:\\/',
  "*",
  "?",
  "\\",
  '"',
  "'",
  "`",
  "${x}",
  "%00",
  "%s%s%n",
  "') MATCH (n) DETACH DELETE n //",
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "]]><x/>",
  "\u0000",
  "\u0001\u0002\u0003\b\f\u001f",
  "\r\n\r\nX-Injected: 1",
  "\u202e\u200b\ufeff",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀",
  "NaN",
  "null",
  "undefined",
  "-1",
  "1e309",
  "__proto__",
  "constructor",
  "Task:gz-ai-plan-2020-2022/task-02",
  "Zone:huangpu-chain-valley",
  "MENTIONS",
  "SUPPORTS",
];

/** Builds the requests of one fuzz run from `seed`: random, malformed and hostile, at every layer. */
export function fuzzRequests(schema: GraphQLSchema, seed: number, count: number): FuzzRequest[] {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => random() < p;

  function randomString(): string {
    if (chance(0.01)) return pick(NASTY).repeat(1 + int(5_000));
    if (chance(0.3))
      return Array.from({ length: 1 + int(30) }, () => String.fromCharCode(int(chance(0.8) ? 0x80 : 0x10000))).join("");
    return chance(0.5) ? pick(NASTY) : pick(IDS);
  }

  function randomJsonValue(depth = 0): unknown {
    switch (int(depth > 2 ? 5 : 7)) {
      case 0:
        return pick([0, 1, -1, 2 ** 31, -(2 ** 53), 1e308, 3.5, 100, 1000]);
      case 1:
        return randomString();
      case 2:
        return chance(0.5);
      case 3:
        return null;
      case 4:
        return pick(["NAME", "POSITION", "GRAPHML", "NATIONAL", "bogus"]);
      case 5:
        return Array.from({ length: int(4) }, () => randomJsonValue(depth + 1));
      default:
        return Object.fromEntries(
          Array.from({ length: int(3) }, () => [pick(["a", "id", "first", "__proto__"]), randomJsonValue(depth + 1)]),
        );
    }
  }

  /** A GraphQL literal for `type`: usually right, sometimes of the wrong type. */
  function literal(type: GraphQLType, depth = 0): string {
    const t = getNullableType(type);
    if (chance(0.1))
      return pick(["null", "1", "-1", "2147483648", "1.5", '"x"', "true", "[1,2]", "{a: 1}", "BOGUS", "$undeclared"]);
    if (t instanceof GraphQLList || isListType(t))
      return `[${Array.from({ length: int(4) }, () => literal((t as GraphQLList<GraphQLType>).ofType, depth + 1)).join(", ")}]`;
    if (isEnumType(t)) return chance(0.9) ? pick(t.getValues()).name : "NOT_A_VALUE";
    if (isInputObjectType(t))
      return `{${Object.values(t.getFields())
        .map((f) => `${f.name}: ${literal(f.type, depth + 1)}`)
        .join(", ")}}`;
    if (isScalarType(t)) {
      if (t.name === "Int") return String(pick([0, 1, 2, 3, 5, 10, 18, 50, 100, 101, -1, 0, 1000000, 2147483647]));
      if (t.name === "Boolean") return pick(["true", "false"]);
      if (t.name === "Float") return String(random() * 100);
      return JSON.stringify(t.name === "ID" && chance(0.6) ? pick(IDS) : randomString());
    }
    return "null";
  }

  function args(field: GraphQLField<unknown, unknown>): string {
    const chosen = field.args.filter((a: GraphQLArgument) =>
      a.type.toString().endsWith("!") ? chance(0.97) : chance(0.4),
    );
    if (chance(0.03))
      chosen.push({
        name: "bogusArg",
        type: field.args[0]?.type ?? schema.getQueryType()!.getFields().node!.type,
      } as GraphQLArgument);
    return chosen.length === 0 ? "" : `(${chosen.map((a) => `${a.name}: ${literal(a.type)}`).join(", ")})`;
  }

  /** Fields the query being built may still add: deep and wide, but never exponential. */
  let budget = 0;

  /** A random selection on `type`, `depth` levels at most. */
  function selection(type: GraphQLType, depth: number): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return "";
    if (depth <= 0 || --budget <= 0) return "{ __typename }";
    const parts: string[] = [];
    const width = chance(0.05) ? 20 + int(60) : 1 + int(4);
    if (isUnionType(named) || isInterfaceType(named)) {
      const possible = schema.getPossibleTypes(named);
      for (let i = 0; i < 1 + int(2); i++)
        parts.push(`... on ${pick(possible).name} ${selection(pick(possible), depth - 1)}`);
      if (isUnionType(named)) return `{ __typename ${parts.join(" ")} }`;
    }
    if (isObjectType(named) || isInterfaceType(named)) {
      const fields = Object.values(named.getFields());
      for (let i = 0; i < width && budget > 0; i++, budget--) {
        const f = pick(fields);
        const alias = chance(0.1) ? `a${int(100)}: ` : "";
        parts.push(`${alias}${f.name}${args(f)} ${selection(f.type, depth - 1)}`);
      }
      if (chance(0.03)) parts.push("notAField");
    }
    return `{ ${parts.join(" ")} }`;
  }

  function randomQuery(): string {
    const depth = chance(0.1) ? 10 + int(20) : 1 + int(4);
    budget = chance(0.1) ? 500 : 30;
    const body = selection(schema.getQueryType()!, depth);
    const op = pick([
      "",
      "query ",
      "query Fuzz ",
      "subscription ",
      "mutation ",
      "query Q($x: Int) ",
      "fragment F on Task { name } query ",
    ]);
    return `${op}${body}`;
  }

  /** A query with characters deleted, inserted or swapped: mostly syntax errors. */
  function mangle(q: string): string {
    const chars = [...q];
    for (let i = 0; i < 1 + int(5); i++) {
      const at = int(chars.length + 1);
      switch (int(4)) {
        case 0:
          chars.splice(at, 1 + int(5));
          break;
        case 1:
          chars.splice(
            at,
            0,
            pick([
              "{",
              "}",
              "(",
              ")",
              '"',
              "...",
              "@include",
              "$",
              "#",
              ":",
              "\\",
              "\u0000",
              "\ud800",
              "\uFFFF",
              "!",
              "[",
              "]",
            ]),
          );
          break;
        case 2:
          chars.splice(at);
          break;
        default:
          chars.splice(at, 0, ...randomString().slice(0, 50));
      }
    }
    return chars.join("");
  }

  function graphqlBody(): string | Uint8Array {
    switch (int(12)) {
      case 0:
        return JSON.stringify({ query: mangle(randomQuery()) });
      case 1:
        return JSON.stringify({
          query: randomQuery(),
          variables: randomJsonValue(),
          operationName: chance(0.5) ? pick(["Fuzz", "Nope", "", null, 5]) : undefined,
        });
      case 2:
        return JSON.stringify({
          query:
            "query Q($first: Int, $id: ID!, $o: OrderBy) { tasks(first: $first, orderBy: $o) { totalCount } node(id: $id) { id } }",
          variables: { first: randomJsonValue(), id: randomJsonValue(), o: randomJsonValue() },
        });
      case 3:
        return JSON.stringify(randomJsonValue());
      case 4:
        return JSON.stringify({ query: randomQuery() }).slice(0, int(80));
      case 5: {
        const [head, tail] = [`{"query":"{ search(query: \\"`, `\\") { score } }"}`];
        const bad = Uint8Array.from(
          Array.from({ length: 1 + int(8) }, () => pick([0xff, 0xfe, 0xc0, 0xc3, 0xe2, 0x80, 0xed, 0xa0, 0xf4, 0x90])),
        );
        return Buffer.concat([Buffer.from(head), Buffer.from(randomString().slice(0, 20)), bad, Buffer.from(tail)]);
      }
      case 6:
        return JSON.stringify({
          query: randomQuery(),
          extensions: chance(0.5)
            ? {
                persistedQuery: {
                  version: pick([1, 2, "1", null]),
                  sha256Hash: pick(["0".repeat(64), "abc", 5, null]),
                },
              }
            : randomJsonValue(),
        });
      case 7:
        return `${"[".repeat(1 + int(5000))}${"]".repeat(int(5000))}`;
      case 8:
        return JSON.stringify({
          query: `{ ${Array.from({ length: 1 + int(chance(0.1) ? 30 : 300) }, (_, i) => `t${i}: ${pick(["tasks { totalCount }", "graph(format: GRAPHML) { text }", "__typename", 'search(query: "ai") { score }'])}`).join(" ")} }`,
        });
      case 9: {
        let inner = pick(["name", "id text", "evidence { quote document { text } }"]);
        for (let level = 1 + int(12); level >= 1; level--)
          inner = `${level % 2 === 1 ? "tasks" : "action"} { ${inner} }`;
        return JSON.stringify({
          query: `{ actions${chance(0.2) ? "(first: 1)" : ""} { edges { node { ${inner} } } } }`,
        });
      }
      default:
        return JSON.stringify({ query: randomQuery() });
    }
  }

  const requests: FuzzRequest[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const requestId: Record<string, string> = chance(0.05)
      ? {
          "x-request-id":
            randomString()
              .replace(/[^\x20-\x7e]/g, "?")
              .slice(0, 300) || "x",
        }
      : {};
    if (roll < 0.75) {
      const contentType = chance(0.9)
        ? "application/json"
        : pick([
            "text/plain",
            "application/xml",
            "application/graphql",
            "multipart/form-data; boundary=x",
            "application/json; charset=utf-16",
            "application/x-www-form-urlencoded",
          ]);
      requests.push({
        kind: "graphql POST",
        method: "POST",
        path: "/graphql",
        headers: { "content-type": contentType, ...requestId },
        body: graphqlBody(),
      });
    } else if (roll < 0.85) {
      const q = chance(0.7) ? randomQuery() : mangle(randomQuery());
      const params = new URLSearchParams({
        query: q,
        ...(chance(0.3) ? { variables: JSON.stringify(randomJsonValue()) } : {}),
      });
      requests.push({
        kind: "graphql GET",
        method: "GET",
        path: `/graphql?${params}`,
        headers: { ...(chance(0.8) ? { "apollo-require-preflight": "1" } : {}), ...requestId },
      });
    } else if (roll < 0.9) {
      requests.push({
        kind: "wrong method",
        method: pick(["PUT", "DELETE", "PATCH"]),
        path: pick(["/graphql", "/export/graph.cyjs", "/health"]),
        headers: { "content-type": "application/json", ...requestId },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
    } else if (roll < 0.97) {
      const ext = pick([
        "cyjs",
        "json",
        "graphml",
        "gexf",
        "nodes.csv",
        "edges.csv",
        "pdf",
        "",
        "graphml.exe",
        "../etc/passwd",
      ]);
      const params = new URLSearchParams();
      for (let j = 0; j < int(4); j++)
        params.append(
          pick(["around", "depth", "arond", "around[x]", "format"]),
          chance(0.5) ? pick(IDS) : String(randomJsonValue()),
        );
      requests.push({
        kind: "export",
        method: "GET",
        path: `/export/graph.${encodeURIComponent(ext)}?${params}`,
        headers: { ...requestId },
      });
    } else {
      requests.push({
        kind: "random path",
        method: pick(["GET", "POST"]),
        path: pick([
          "/",
          "/graphql/x",
          "/export",
          "/export/",
          "/%2e%2e/",
          `/${encodeURIComponent(
            randomString()
              .slice(0, 40)
              .replace(/[\ud800-\udfff]/g, "\ufffd"),
          )}`,
        ]),
        headers: { ...requestId },
      });
    }
  }
  return requests;
}

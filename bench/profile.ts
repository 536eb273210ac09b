import neo4j, { type Driver } from "neo4j-driver";
import type { CapturedStatement } from "./lib/bolt-proxy.js";

/** The PROFILE of one statement as a peer sent it. */
export interface StatementProfile {
  workload: string;
  query: string;
  params: Record<string, unknown>;
  /** The plan as an indented tree: operator, details, rows and db hits. */
  plan: string;
  totalDbHits: number;
}

type Plan = {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits?: number;
  rows?: number;
  children: Plan[];
};

/** Runs `PROFILE` on each distinct captured statement (same parameters) and renders the plans. */
export async function profileStatements(
  driver: Driver,
  workload: string,
  statements: CapturedStatement[],
): Promise<StatementProfile[]> {
  const out: StatementProfile[] = [];
  const seen = new Set<string>();
  for (const s of statements) {
    if (seen.has(s.query)) continue;
    seen.add(s.query);
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`PROFILE ${s.query}`, toDriverValues(s.params));
      const plan = result.summary.profile as unknown as Plan | false;
      if (!plan) continue;
      out.push({ workload, query: s.query, params: s.params, plan: render(plan), totalDbHits: sumHits(plan) });
    } finally {
      await session.close();
    }
  }
  return out;
}

function render(p: Plan, depth = 0): string {
  const details = p.arguments.Details ? ` ${String(p.arguments.Details).replace(/\s+/g, " ").slice(0, 160)}` : "";
  const line = `${"  ".repeat(depth)}+${p.operatorType.replace(/@.*$/, "")}${details} | rows ${p.rows ?? "?"} | db hits ${p.dbHits ?? "?"}`;
  return [line, ...p.children.map((c) => render(c, depth + 1))].join("\n");
}

function sumHits(p: Plan): number {
  return (p.dbHits ?? 0) + p.children.reduce((s, c) => s + sumHits(c), 0);
}

/** Whole numbers back to Cypher INTEGERs, as the peer sent them (PackStream decoding made them JS numbers). */
function toDriverValues(v: unknown): any {
  if (typeof v === "number") return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toDriverValues);
  if (v && typeof v === "object" && !Buffer.isBuffer(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toDriverValues(x)]));
  return v;
}

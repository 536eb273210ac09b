// Precision and recall of an extraction against its key, per fact class.
import { type Fact, canonicalName } from "./facts.js";
import { FACT_CLASSES, type FactClass } from "./key.js";

export interface ClassScore {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocumentScore {
  name: string;
  classes: Record<FactClass, ClassScore>;
  /** Key facts not found, and found facts not in the key, for the report. */
  missed: Fact[];
  wrong: Fact[];
}

const sameName = (key: string | number | null | undefined, found: Fact, field = "name") =>
  key === found.fields[field] || (typeof key === "string" && (found.aliases ?? []).includes(key));

/** Character pairs of a text (`养老机构` → 养老, 老机, 机构). */
const pairs = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));

/**
 * Whether two metrics name the same measure: one holds the other, or they share at least half of
 * their character pairs (Dice), so a reordering (`开展规模化应用的养老机构`, `养老机构开展规模化应用`)
 * is the same measure and a different one is not.
 */
export function sameMetric(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  const [pa, pb] = [pairs(a), pairs(b)];
  const left = [...pb];
  let shared = 0;
  for (const p of pa) {
    const at = left.indexOf(p);
    if (at >= 0) {
      shared++;
      left.splice(at, 1);
    }
  }
  return (2 * shared) / (pa.length + pb.length) >= 0.5;
}

/** Whether a found fact states the key's fact (fields the key leaves null are not compared). */
export function sameFact(key: Fact, found: Fact): boolean {
  const k = key.fields;
  const f = found.fields;
  switch (key.cls) {
    case "metadata":
      return k.field === f.field && sameName(k.value, found, "value");
    case "citations":
      return k.kind === f.kind && (k.docNumber ? k.docNumber === f.docNumber : k.title === f.title);
    case "items":
      return k.kind === f.kind && k.name === f.name && (!k.body || (found.text ?? "").includes(String(k.body)));
    case "units":
      return k.item === f.item && k.role === f.role && k.level === f.level && sameName(k.name, found);
    case "targets": {
      const metricOk = !k.metric || !f.metric || sameMetric(String(k.metric), String(f.metric));
      return (
        k.value === f.value &&
        canonicalName(String(k.unit)) === f.unit &&
        k.comparator === f.comparator &&
        (k.deadlineYear === null || k.deadlineYear === f.deadlineYear) &&
        metricOk
      );
    }
    case "entities":
      return k.label === f.label && sameName(k.name, found);
  }
}

/** Matches key facts to found facts one to one (first fit, in document order) and counts. */
export function scoreDocument(name: string, key: Fact[], found: Fact[]): DocumentScore {
  const classes = Object.fromEntries(FACT_CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    FactClass,
    ClassScore
  >;
  const used = new Set<Fact>();
  const missed: Fact[] = [];
  for (const k of key) {
    const hit = found.find((f) => f.cls === k.cls && !used.has(f) && sameFact(k, f));
    if (hit) {
      used.add(hit);
      classes[k.cls].tp++;
    } else {
      missed.push(k);
      classes[k.cls].fn++;
    }
  }
  // A found fact that repeats a matched one (the same unit twice) is not counted against it.
  const wrong = found.filter((f) => !used.has(f) && ![...used].some((u) => u.cls === f.cls && u.label === f.label));
  for (const f of wrong) classes[f.cls].fp++;
  return { name, classes, missed, wrong };
}

/** Sums class counts over documents. */
export function totals(docs: DocumentScore[]): Record<FactClass, ClassScore> {
  const sum = Object.fromEntries(FACT_CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    FactClass,
    ClassScore
  >;
  for (const d of docs)
    for (const c of FACT_CLASSES) for (const k of ["tp", "fp", "fn"] as const) sum[c][k] += d.classes[c][k];
  return sum;
}

export const precision = (s: ClassScore) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: ClassScore) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

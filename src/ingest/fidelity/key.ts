// The written key of a document: the facts a careful reader finds in it (see
// test/fixtures/layouts/KEYS.md). Read and checked here, so a typo in a key is an error that names
// the file and the field, not a silently lower score.
import fs from "node:fs";

export const FACT_CLASSES = ["metadata", "citations", "items", "units", "targets", "entities"] as const;
export type FactClass = (typeof FACT_CLASSES)[number];

export const LEVELS = ["NATIONAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT"] as const;
export const ITEM_KINDS = ["Action", "Task", "Measure"] as const;
export const ROLES = ["LEAD", "PARTICIPANT", "JOINT"] as const;
export const COMPARATORS = ["OVER", "AT_LEAST", "EXACTLY", "APPROXIMATELY", "AT_MOST"] as const;
export const ENTITY_LABELS = ["Organization", "Platform", "Zone"] as const;

export interface DocumentKey {
  fiction?: boolean;
  layouts?: string[];
  metadata: {
    title: string;
    docNumber: string | null;
    level: (typeof LEVELS)[number] | null;
    issueDate: string | null;
    issuers: { name: string; role: "ISSUER" | "APPROVER" }[];
  };
  citations: { title: string | null; docNumber: string | null; kind: "IMPLEMENTS" | "REPEALS" }[];
  items: { kind: (typeof ITEM_KINDS)[number]; name: string; body?: string }[];
  units: { item: string; name: string; role: (typeof ROLES)[number]; level: (typeof LEVELS)[number] }[];
  targets: {
    value: number;
    unit: string;
    comparator: (typeof COMPARATORS)[number];
    deadlineYear: number | null;
    metric?: string;
  }[];
  entities: { label: (typeof ENTITY_LABELS)[number]; name: string }[];
}

/** Reads a key file and checks its shape; throws one error listing every problem. */
export function readKey(file: string): DocumentKey {
  let key: DocumentKey;
  try {
    key = JSON.parse(fs.readFileSync(file, "utf8")) as DocumentKey;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const problems = checkKey(key);
  if (problems.length > 0) throw new Error(`${file}: ${problems.join("; ")}`);
  return key;
}

function checkKey(k: DocumentKey): string[] {
  const p: string[] = [];
  const oneOf = (where: string, value: unknown, allowed: readonly unknown[]) => {
    if (!allowed.includes(value)) p.push(`${where} is ${JSON.stringify(value)}, not one of ${allowed.join(", ")}`);
  };
  const text = (where: string, value: unknown) => {
    if (typeof value !== "string" || value.trim() === "") p.push(`${where} must be a non-empty string`);
  };
  if (!k.metadata) return ["metadata is missing"];
  text("metadata.title", k.metadata.title);
  if (k.metadata.level !== null) oneOf("metadata.level", k.metadata.level, LEVELS);
  if (k.metadata.issueDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(k.metadata.issueDate ?? ""))
    p.push("metadata.issueDate must be YYYY-MM-DD or null");
  for (const [i, s] of (k.metadata.issuers ?? []).entries()) {
    text(`metadata.issuers[${i}].name`, s.name);
    oneOf(`metadata.issuers[${i}].role`, s.role, ["ISSUER", "APPROVER"]);
  }
  for (const c of FACT_CLASSES.slice(1)) if (!Array.isArray(k[c])) p.push(`${c} must be a list`);
  if (p.length > 0) return p;
  k.citations.forEach((c, i) => {
    oneOf(`citations[${i}].kind`, c.kind, ["IMPLEMENTS", "REPEALS"]);
    if (!c.title && !c.docNumber) p.push(`citations[${i}] needs a title or a docNumber`);
  });
  k.items.forEach((it, i) => (oneOf(`items[${i}].kind`, it.kind, ITEM_KINDS), text(`items[${i}].name`, it.name)));
  k.units.forEach((u, i) => {
    text(`units[${i}].item`, u.item);
    text(`units[${i}].name`, u.name);
    oneOf(`units[${i}].role`, u.role, ROLES);
    oneOf(`units[${i}].level`, u.level, LEVELS);
  });
  k.targets.forEach((t, i) => {
    if (typeof t.value !== "number") p.push(`targets[${i}].value must be a number`);
    // A ratio has no unit (`PUE不高于1.25`): "" is allowed, a missing unit is not.
    if (typeof t.unit !== "string") p.push(`targets[${i}].unit must be a string ("" for a ratio with no unit)`);
    oneOf(`targets[${i}].comparator`, t.comparator, COMPARATORS);
  });
  k.entities.forEach(
    (e, i) => (oneOf(`entities[${i}].label`, e.label, ENTITY_LABELS), text(`entities[${i}].name`, e.name)),
  );
  return p;
}

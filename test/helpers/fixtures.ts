import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./project-root.js";

/** The invented example documents of `test/fixtures/documents/`. */
export const FIXTURE_DIR = path.join(PROJECT_ROOT, "test/fixtures/documents");

export const FIXTURES = {
  national: "example-national-ai-compute-guidance.txt",
  provincial: "example-guangdong-ai-action-plan.txt",
  district: "example-huangpu-ai-measures.txt",
  shenzhen: "example-shenzhen-ai-scenarios.txt",
} as const;

export type FixtureName = keyof typeof FIXTURES;

/** The raw text of a fixture. */
export function fixture(name: FixtureName): string {
  return fs.readFileSync(path.join(FIXTURE_DIR, FIXTURES[name]), "utf8");
}

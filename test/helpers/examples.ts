import fs from "node:fs";
import { expect } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { FIXTURE_DIR, fixture, FIXTURES, type FixtureName } from "./fixtures.js";
import type { SeededGraph } from "./seeded.js";
import { executeGraphQL, startServer } from "./server.js";

/** The ingest token of {@link startWithExamples}'s service. */
export const EXAMPLES_TOKEN = "test-examples-token-0123456789";

const INGEST = "mutation($text: String!) { ingestDocument(text: $text) { documentId status } }";

/**
 * The seed graph plus the four invented example documents of test/fixtures/documents, ingested
 * through the mutation without metadata, in file-name order, as `npm run ingest --
 * test/fixtures/documents` does; then the service that answers over them (ingest enabled).
 * Returns the service and the ids of the documents ingested, by fixture name.
 */
export async function startWithExamples(
  graph: SeededGraph,
  env: Record<string, string> = {},
): Promise<{ app: RunningApp; documents: Record<FixtureName, string> }> {
  await graph.resetToSeed();
  const app = await startServer(env, { ingestToken: EXAMPLES_TOKEN });
  const files = fs
    .readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const byFile = Object.fromEntries(Object.entries(FIXTURES).map(([name, file]) => [file, name as FixtureName]));
  expect(files.map((f) => byFile[f])).not.toContain(undefined);
  const documents = {} as Record<FixtureName, string>;
  for (const file of files) {
    const name = byFile[file]!;
    const res = await executeGraphQL(
      app.url,
      INGEST,
      { text: fixture(name) },
      { authorization: `Bearer ${EXAMPLES_TOKEN}` },
    );
    expect(res.errors, `ingesting ${file}`).toBeUndefined();
    documents[name] = res.data!.ingestDocument.documentId as string;
  }
  return { app, documents };
}

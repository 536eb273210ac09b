import { afterAll, beforeAll, expect } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { useSeededGraph } from "./seeded.js";
import { executeGraphQL, startServer } from "./server.js";

const TOKEN = "test-ingest-token-0123456789";
const INGEST = `mutation($text: String!) { ingestDocument(text: $text) { documentId status } }`;

/**
 * A service on the seed graph with one invented document ingested through the mutation, for the
 * tests of a file; the graph is reset to the seed before and after them. Read `app` and
 * `documentId` inside the tests (they are set in beforeAll).
 */
export function useIngestedDocument(text: string): { readonly app: RunningApp; readonly documentId: string } {
  const graph = useSeededGraph();
  const state = {} as { app: RunningApp; documentId: string };
  beforeAll(async () => {
    await graph.resetToSeed();
    state.app = await startServer({}, { ingestToken: TOKEN });
    const ingested = await executeGraphQL<any>(state.app.url, INGEST, { text }, { authorization: `Bearer ${TOKEN}` });
    expect(ingested.errors).toBeUndefined();
    state.documentId = ingested.data.ingestDocument.documentId;
  });
  afterAll(async () => {
    await state.app?.stop();
    await graph.resetToSeed();
  });
  return state;
}

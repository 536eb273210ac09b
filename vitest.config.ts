import { defineConfig } from "vitest/config";

// Three tiers (CONTRIBUTING.md says which one a new test belongs in):
// - unit: no database, no process of its own; the whole tier runs in seconds.
// - integration: the one shared Neo4j that the global setup starts (embedded on a free port, or
//   NEO4J_URI when set) and stops at the end; the service runs in the test's own process.
// - system: files that start processes of their own and drive or measure them: JVMs (their own
//   Neo4j, Maven), Chromium, the CLIs and the compiled service, the bench; that kill them, fill a
//   disk, or time a load. Listed by name below, wherever the file lives.
// `npm test` runs them one after the other (`test:unit`, `test:integration`, `test:system`).

/** The system tier: each file starts processes of its own (the comment says which). */
const SYSTEM = [
  "test/integration/bench-explorer-smoke.test.ts", // `npm run bench:explorer`: its own Node, Neo4j and Chromium
  "test/integration/bench-smoke.test.ts", // `npm run bench -- --smoke`: its own Node and Neo4j
  "test/integration/cpu-fairness.test.ts", // a 24 s load measured, and the compiled render worker
  "test/integration/database-failure.test.ts", // its own Neo4j, killed with SIGKILL
  "test/integration/disk-full.test.ts", // its own Neo4j on a full tmpfs
  "test/integration/durability.test.ts", // `npm run rebuild`, and a filled tmpfs
  "test/integration/embedded.test.ts", // its own JVMs, and a Node child killed with SIGKILL
  "test/integration/explorer.test.ts", // Chromium
  "test/integration/explorer-usability.test.ts", // Chromium
  "test/integration/graphiql-offline.test.ts", // Chromium
  "test/integration/ingest-cli.test.ts", // `npm run ingest`
  "test/integration/iri-browser.test.ts", // Chromium
  "test/integration/jars.test.ts", // Maven, and its own Neo4j
  "test/integration/seed-command.test.ts", // `npm run seed` with its own Neo4j
  "test/integration/startup-errors.test.ts", // the compiled service (`node dist/src/main.js`)
  "test/integration/stopping.test.ts", // `npm start`, stopped by signals
  "test/unit/formats-pdf.test.ts", // Chromium prints the PDFs it reads
  "test/unit/formats-pdf-layout.test.ts", // Chromium
  "test/unit/ingest-fidelity-formats.test.ts", // Chromium, for every keyed layout
];

export default defineConfig({
  // graphql 16 ships ESM (index.mjs, which Vite would pick) and CommonJS (index.js, which Node and
  // type-graphql load): two copies break `instanceof`. Point Vite at the one Node uses.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          exclude: SYSTEM,
          setupFiles: ["reflect-metadata"],
          // One module graph per worker, not per file: importing type-graphql, jieba and the rest
          // again for each of 60 files was three quarters of the tier's CPU.
          isolate: false,
          // Tests take milliseconds; the bound is only for a machine busy with other work.
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          exclude: SYSTEM,
          setupFiles: ["reflect-metadata"],
          globalSetup: ["test/helpers/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "system",
          include: SYSTEM,
          setupFiles: ["reflect-metadata"],
          // Some of these files use the shared Neo4j too (the CLIs, the browsers, the load).
          globalSetup: ["test/helpers/global-setup.ts"],
          // One file at a time: a JVM or a browser each, on 2 cores, and the load measurement
          // must not share the machine with another file.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});

import { defineConfig } from "vitest/config";

// Two projects: unit tests need nothing; integration tests share one real Neo4j that the global
// setup starts (embedded, or NEO4J_URI when set) and stops at the end of the run.
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
          setupFiles: ["reflect-metadata"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          setupFiles: ["reflect-metadata"],
          globalSetup: ["test/helpers/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});

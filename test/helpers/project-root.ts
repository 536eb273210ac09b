import path from "node:path";

/** The project root, for tests that read its files (no database needed). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

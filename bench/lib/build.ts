import { execFileSync } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "./neo4j.js";

/**
 * Compiles the service as `npm start` does first (scripts/build.mjs, a no-op when nothing changed)
 * and returns the folder of its modules, `dist/src/`: what the bench and the soak test run.
 */
export function buildService(): string {
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, "scripts", "build.mjs")], { stdio: "inherit" });
  return path.join(PROJECT_ROOT, "dist", "src");
}

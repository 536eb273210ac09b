import fs from "node:fs";
import path from "node:path";

/**
 * The repository's root: the folder with package.json, cypher/, seeds/ and the explorer's files.
 * Found by walking up from this file, so it is the same whether the code runs from src/ (tests,
 * the CLIs under tsx) or compiled into dist/src/ (`npm start`, see scripts/build.mjs).
 */
export const PROJECT_ROOT = findRoot(import.meta.dirname);

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`No package.json above ${from}: the service must run from its repository or image`);
  }
}

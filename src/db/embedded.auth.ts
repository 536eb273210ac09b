import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/** The embedded Neo4j's one user. */
export const EMBEDDED_USERNAME = "neo4j";

/** Where the embedded Neo4j's password lives: inside its data folder, readable by its owner only. */
export function passwordFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), "auth", "password");
}

/**
 * The embedded Neo4j's password, made on first start: 32 random bytes (base64url, 43 characters)
 * written to `<dataDir>/auth/password` with mode 0600 in a 0700 folder. Later starts read the same
 * file; a looser mode found on it is tightened. Concurrent first starts agree on one password (the
 * file is linked in exclusively).
 */
export async function ensurePassword(dataDir: string): Promise<{ file: string; password: string }> {
  const file = passwordFile(dataDir);
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written aside, then linked in: link() fails if the file exists, so a concurrent first start
  // never reads a half-written password, and both end up with the same one.
  if (!(await exists(file))) {
    const fresh = `${file}.${process.pid}.tmp`;
    await fs.writeFile(fresh, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
    try {
      await fs.link(fresh, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      await fs.rm(fresh, { force: true });
    }
  }
  const stat = await fs.stat(file);
  if ((stat.mode & 0o077) !== 0) await fs.chmod(file, 0o600);
  return { file, password: await readPassword(file) };
}

/** The password in an existing password file (`npm run neo4j` prints where it is). */
async function readPassword(file: string): Promise<string> {
  return (await fs.readFile(file, "utf8")).trim();
}

function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
